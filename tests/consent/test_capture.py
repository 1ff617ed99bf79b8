from datetime import date, timedelta

import pytest

from jpf_desk.domain.consent import ConsentMethod
from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.errors import DomainError
from jpf_desk.services.consent.capture import (
    ConsentInput,
    add_partner_consents,
    capture_consent,
    withdraw_consent,
)
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.policy import current_policy
from jpf_desk.services.consent.queries import (
    active_partner_consent,
    current_consents,
    has_active_consent,
    list_receipts,
)
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
)
from tests.consent.builders import NOW, new_adult, new_minor, new_partner


def _states(desk, customer_id):
    return {(s.purpose, s.partner_id): s.state for s in current_consents(desk, customer_id)}


def test_unticked_purposes_are_recorded_as_refused(desk):
    cid = new_adult(desk)
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "contact"})),
                              now=NOW)
    choices = {p["code"]: p["choice"] for p in receipt.content["purposes"]}
    assert choices == {"service": "given", "marketing": "refused", "improvement": "refused",
                       "analytics": "refused", "contact": "given"}
    assert _states(desk, cid)[("marketing", None)] == "refused"
    assert receipt.content["consented_at"] == "2026-11-25T09:30:00+07:00"
    assert receipt.content["policy"]["sha256"] == current_policy().sha256
    assert receipt.content["customer"]["id_document"].endswith("2345")
    assert "001198012345" not in str(receipt.content)
    assert receipt.status == "active"


def test_enrolment_needs_service_consent(desk):
    cid = new_adult(desk)
    course = create_course(desk, "A1-C", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1")
    klass = create_class(desk, course.id, "A1-C-01", start_date=date(2026, 12, 1),
                         end_date=date(2027, 3, 1), capacity=5, fee_vnd=4_000_000)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"marketing"})), now=NOW)
    with pytest.raises(DomainError) as err:
        enrolments.enrol(desk, cid, klass.id, today=NOW.date())
    assert err.value.code == "enrolment.service_consent_missing"
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})),
                    now=NOW + timedelta(minutes=1))
    assert enrolments.enrol(desk, cid, klass.id, today=NOW.date()).status == "pending"


def test_withdrawal_supersedes_the_receipt_and_stops_the_purpose(desk):
    cid = new_adult(desk)
    first = capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "marketing"})),
                            now=NOW)
    second = withdraw_consent(desk, cid, ["marketing"], now=NOW + timedelta(days=3))
    assert second.content["supersedes"] == first.id
    assert {p["code"]: p["choice"] for p in second.content["purposes"]}["marketing"] == "withdrawn"
    with desk.tx() as s:
        assert not has_active_consent(s, cid, "marketing")
        assert has_active_consent(s, cid, "service")
    statuses = {r.id: r.status for r in list_receipts(desk, cid)}
    assert statuses == {first.id: "superseded", second.id: "active"}
    with pytest.raises(DomainError) as err:
        withdraw_consent(desk, cid, ["marketing"], now=NOW + timedelta(days=4))
    assert err.value.code == "consent.not_given"


def test_withdrawing_everything_marks_the_receipt_withdrawn(desk):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    last = withdraw_consent(desk, cid, ["service"], now=NOW + timedelta(hours=1))
    assert last.status == "withdrawn"


def test_minor_needs_guardian_and_child_consent(desk):
    cid = new_minor(desk)  # 10 years old on NOW
    with pytest.raises(DomainError) as err:
        capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert err.value.code == "consent.guardian_required"
    with pytest.raises(DomainError) as err:
        capture_consent(desk, cid, ConsentInput(given=frozenset({"service"}),
                                                guardian_consented=True), now=NOW)
    assert err.value.code == "consent.child_required"
    receipt = capture_consent(desk, cid, ConsentInput(
        given=frozenset({"service"}), guardian_consented=True, child_consented=True), now=NOW)
    assert receipt.content["guardian"]["full_name"] == "Đỗ Thị Lụa"
    assert receipt.content["guardian"]["relationship"] == "mother"
    assert receipt.content["child_consented"] is True


def test_minor_under_seven_needs_only_the_guardian(desk):
    cid = new_minor(desk, birth=date(2021, 1, 10))
    receipt = capture_consent(desk, cid, ConsentInput(
        given=frozenset({"service"}), guardian_consented=True), now=NOW)
    assert receipt.content["child_consented"] is None


def test_paper_form_needs_its_signing_date(desk):
    cid = new_adult(desk)
    with pytest.raises(DomainError) as err:
        capture_consent(desk, cid, ConsentInput(given=frozenset({"service"}),
                                                method=ConsentMethod.PAPER), now=NOW)
    assert err.value.code == "consent.paper_date_required"
    receipt = capture_consent(desk, cid, ConsentInput(
        given=frozenset({"service"}), method=ConsentMethod.PAPER, signed_on=date(2026, 11, 23)),
        now=NOW)
    assert receipt.content["method"] == "paper"
    assert receipt.content["signed_on"] == "2026-11-23"


def test_partner_consent_is_per_partner_and_purpose(desk):
    cid = new_adult(desk)
    cf = new_partner(desk, "Campus France Việt Nam", "FR",
                     {"campus_france_procedure": ("field:full_name",)}).id
    uni = new_partner(desk, "Université de Lyon", "FR",
                      {"school_application": ("field:full_name",)}).id
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    receipt = add_partner_consents(desk, cid, [
        PartnerChoice(cf, "campus_france_procedure", True),
        PartnerChoice(uni, "school_application", False),
    ], now=NOW + timedelta(minutes=5))
    with desk.tx() as s:
        assert active_partner_consent(s, cid, cf, "campus_france_procedure") == receipt.id
        assert active_partner_consent(s, cid, uni, "school_application") is None
        assert active_partner_consent(s, cid, "partner-other", "service") is None
    later = withdraw_consent(desk, cid, [], partners=[(cf, "campus_france_procedure")],
                             now=NOW + timedelta(days=1))
    with desk.tx() as s:
        assert active_partner_consent(s, cid, cf, "campus_france_procedure") is None
        assert has_active_consent(s, cid, "service")
    assert {p["partner_name"] for p in later.content["partners"]} == {
        "Campus France Việt Nam", "Université de Lyon"}
