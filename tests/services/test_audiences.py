"""Marketing lists and analytics exports leave out whoever may not be processed for them."""

from __future__ import annotations

import csv
from datetime import date

from jpf_desk.cli import main
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.rights.restriction import restrict
from tests.helpers.staff import password_on_stdin, signed_in_args

TODAY = date(2026, 11, 25)


def _person(desk, given, phone, purposes):
    saved = records.create_customer(desk, CustomerInput(
        family_name="Lý", middle_name="Thanh", given_name=given, birth_date=date(1995, 1, 2),
        sex="male", phone=phone), today=TODAY)
    capture_consent(desk, saved.customer.id, ConsentInput(given=frozenset(purposes)))
    return saved.customer.id


def test_marketing_and_analytics_lists_obey_every_choice(desk, tmp_path, monkeypatch):
    keeps = _person(desk, "An", "0913 600 001", {"service", "marketing", "analytics"})
    objects = _person(desk, "Bảo", "0913 600 002", {"service", "marketing", "analytics"})
    restricts = _person(desk, "Cường", "0913 600 003", {"service", "marketing", "analytics"})
    withdraws = _person(desk, "Dũng", "0913 600 004", {"service", "marketing", "analytics"})
    refused = _person(desk, "Em", "0913 600 005", {"service"})
    restrict(desk, objects, RequestKind.OBJECT, ["marketing"])
    restrict(desk, restricts, RequestKind.RESTRICT, ["analytics"])
    withdraw_consent(desk, withdraws, ["marketing", "analytics"])

    out = tmp_path / "marketing.csv"
    password_on_stdin(monkeypatch)
    assert main(["lists", "marketing", "--data-dir", str(desk.store.path.parent),
                 "--csv", str(out), *signed_in_args()]) == 0
    assert out.stat().st_mode & 0o777 == 0o600  # names and contacts: the owner's only
    with out.open(encoding="utf-8") as f:
        marketing = {row["customer_id"] for row in csv.DictReader(f)}
    assert marketing == {keeps, restricts}

    out = tmp_path / "analytics.csv"
    password_on_stdin(monkeypatch)
    assert main(["lists", "analytics", "--data-dir", str(desk.store.path.parent),
                 "--csv", str(out), *signed_in_args()]) == 0
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {row["customer_id"] for row in rows} == {keeps, objects}
    assert set(rows[0]) == {"customer_id", "birth_year", "sex", "province_code"}
    assert refused not in marketing
