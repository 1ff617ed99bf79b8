"""Controller details on receipts: JPF's (head office's) and the centre's (its manager's),
printed on every receipt and present in the JSON; missing ones said plainly; a reprint
shows what was printed then. All values below are invented."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pdfplumber
import pytest

from jpf_desk.cli import main
from jpf_desk.domain.controller import ControllerDetails
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.staff import Role
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.controller import set_centre_details, set_jpf_details
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.consent.export import kantara_receipt
from jpf_desk.services.consent.queries import get_receipt
from tests.consent.builders import NOW, new_adult

JPF = ControllerDetails("Công ty Thử Nghiệm JPF (bịa)", "Số 9 phố Giả Định, Hà Nội",
                        "024 9999 0000", "dulieu@jpf-test.example", "Phòng Dữ liệu (bịa)")
CENTRE = ControllerDetails("JPF Hà Nội – Cơ sở 1", "Số 3 ngõ Thử, Đống Đa, Hà Nội",
                           "024 1111 2222", "coso1@jpf-test.example", "Chị Quản Lý (bịa)")


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_a_desk_without_details_says_so_on_the_receipt(desk):
    cid = new_adult(desk)
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert receipt.content["controller"]["missing"]["jpf"] == [
        "address", "phone", "email", "data_contact"]
    text = _text(receipt_pdf(receipt, copy=False, printed_at=NOW))
    assert "CHƯA CÓ – chưa được thiết lập" in text
    assert "Thiếu thông tin liên hệ của bên kiểm soát: Địa chỉ, Điện thoại, Thư điện tử" in text


def test_details_are_printed_exported_and_kept_for_reprints(desk):
    cid = new_adult(desk)
    before = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    set_jpf_details(desk, JPF)
    set_centre_details(desk, CENTRE)
    after = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})),
                            now=NOW + timedelta(minutes=1))
    text = _text(receipt_pdf(after, copy=False, printed_at=NOW))
    for value in ("Số 9 phố Giả Định, Hà Nội", "024 9999 0000", "dulieu@jpf-test.example",
                  "Phòng Dữ liệu (bịa)", "Số 3 ngõ Thử, Đống Đa, Hà Nội", "024 1111 2222",
                  "coso1@jpf-test.example", "Chị Quản Lý (bịa)"):
        assert value in text
    assert "CHƯA CÓ" not in text
    jpf, centre = kantara_receipt(after)["piiControllers"]
    assert jpf == {"piiController": "Công ty Thử Nghiệm JPF (bịa)", "onBehalf": False,
                   "contact": "Phòng Dữ liệu (bịa)",
                   "address": {"streetAddress": "Số 9 phố Giả Định, Hà Nội",
                               "addressCountry": "VN"},
                   "email": "dulieu@jpf-test.example", "phone": "024 9999 0000",
                   "jpfMissing": []}
    assert centre["onBehalf"] is True and centre["phone"] == "024 1111 2222"
    # The older receipt still prints what it printed: JPF's address was missing then.
    old = _text(receipt_pdf(get_receipt(desk, before.id), copy=True, printed_at=NOW))
    assert "Số 9 phố Giả Định" not in old and "CHƯA CÓ" in old
    assert kantara_receipt(get_receipt(desk, before.id))["piiControllers"][0]["jpfMissing"] == [
        "address", "phone", "email", "data_contact"]


def test_only_a_manager_sets_the_centres_details(desk):
    from tests.helpers.staff import signed_in

    receptionist = signed_in(desk, "Nguyễn Thị Lễ Tân", Role.RECEPTIONIST)
    with pytest.raises(NotAllowed) as err:
        set_centre_details(receptionist, CENTRE)
    assert err.value.code == "controller.manager_only"


def test_cli_sets_and_shows_the_centres_details(desk, store, capsys, monkeypatch):
    from tests.helpers.staff import password_on_stdin, signed_in_args

    data_dir = str(store.path.parent)
    store.close()
    password_on_stdin(monkeypatch)
    assert main(["controller", "set-centre", "--data-dir", data_dir, *signed_in_args(),
                 "--address", "Số 3 ngõ Thử, Đống Đa, Hà Nội", "--phone", "024 1111 2222",
                 "--email", "coso1@jpf-test.example", "--data-contact", "Chị Quản Lý (bịa)"]) == 0
    capsys.readouterr()
    assert main(["controller", "show", "--data-dir", data_dir, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["centre"] == {"legal_name": "JPF Hà Nội – Cơ sở 1",
                               "address": "Số 3 ngõ Thử, Đống Đa, Hà Nội",
                               "phone": "024 1111 2222", "email": "coso1@jpf-test.example",
                               "data_contact": "Chị Quản Lý (bịa)", "missing": []}
    assert shown["jpf"]["missing"] == ["address", "phone", "email", "data_contact"]


def test_jpfs_details_arriving_from_head_office_are_printed_on_the_next_receipt(desk):
    """Head office's shared row, applied by the sync inbox as a pulled page would be."""
    from jpf_desk.store.base import SHARED_CENTRE
    from jpf_desk.sync import inbox
    from jpf_desk.sync.protocol import PulledRow

    row_id = "0b7c7a3e-5d1f-4b8e-9a51-1d2f3c4b5a60"
    data = {"id": row_id, "centre_id": SHARED_CENTRE, "created_at": "2026-11-20T01:00:00+00:00",
            "updated_at": "2026-11-20T01:00:00+00:00", "changed_by": None, "revision": 1,
            "scope": "jpf", **JPF.as_dict()}
    with desk.store.session(desk.actor.centre_id, None) as s:
        inbox.apply_page(s, [PulledRow("controller_contacts", row_id, SHARED_CENTRE, 1, data,
                                       False, "head-office", 1)], 1, desk.actor.centre_id)
    cid = new_adult(desk)
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert receipt.content["controller"]["jpf"] == JPF.as_dict()
    assert "Số 9 phố Giả Định, Hà Nội" in _text(receipt_pdf(receipt, copy=False,
                                                            printed_at=NOW))
