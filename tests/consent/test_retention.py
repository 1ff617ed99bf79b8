"""Retention per purpose: in the policy, on the receipt and its JSON, and the manager's
list of data past its period with erasure from there."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.errors import DomainError
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import create_class, create_course
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput

TODAY = date(2026, 11, 25)


def test_each_policy_purpose_carries_its_retention_period():
    from jpf_desk.services.consent.policy import retention_by_purpose

    periods = {code: (r.months, r.start.value, r.wording("vi"))
               for code, r in retention_by_purpose().items()}
    assert periods == {
        "service": (60, "service_end", "5 năm kể từ khi khóa học hoặc hồ sơ cuối cùng kết thúc"),
        "marketing": (24, "consent", "2 năm kể từ khi đồng ý (sau đó JPF hỏi lại)"),
        "improvement": (24, "consent", "2 năm kể từ khi đồng ý"),
        "analytics": (36, "consent", "3 năm kể từ khi đồng ý"),
        "contact": (12, "consent", "1 năm kể từ khi đồng ý"),
    }


def _person(desk, given, phone):
    return records.create_customer(desk, CustomerInput(
        family_name="Vương", middle_name="Thu", given_name=given, birth_date=date(1990, 5, 6),
        sex="female", phone=phone), today=date(2020, 1, 2)).customer.id


def test_receipt_and_its_json_state_the_retention_of_each_purpose(desk, tmp_path):
    import pdfplumber

    from jpf_desk.services.consent.documents import receipt_pdf
    from jpf_desk.services.consent.export import kantara_receipt

    customer = _person(desk, "Hằng", "0913 800 001")
    receipt = capture_consent(desk, customer, ConsentInput(given=frozenset({"service"})))
    parts = {p["code"]: p for p in receipt.content["purposes"]}
    assert parts["service"]["retention"] == (
        "5 năm kể từ khi khóa học hoặc hồ sơ cuối cùng kết thúc")
    assert parts["analytics"]["retention_months"] == 36
    exported = kantara_receipt(receipt)
    terms = {p["jpfPurposeCode"]: p["termination"]
             for p in exported["services"][0]["purposes"] if "jpfPurposeCode" in p}
    # only given purposes are listed as consent in the Kantara part (a refusal is not)
    assert terms["service"] == "5 năm kể từ khi khóa học hoặc hồ sơ cuối cùng kết thúc"
    assert "marketing" not in terms
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(receipt_pdf(receipt, copy=False))
    with pdfplumber.open(pdf) as doc:
        text = " ".join(" ".join(p.extract_text() or "" for p in doc.pages).split())
    # a column of its own beside the purposes; the one-line periods read whole
    assert "Thời gian lưu trữ" in text
    assert "1 năm kể từ khi đồng ý" in text and "3 năm kể từ khi đồng ý" in text


def test_manager_list_of_data_past_its_period_and_erasure_from_it(desk):
    from jpf_desk.services.customers.audiences import marketing_list
    from jpf_desk.services.rights.retention import erase_past_retention, past_retention

    old = _person(desk, "Lan", "0913 800 002")
    current = _person(desk, "Mai", "0913 800 003")
    news = _person(desk, "Ngọc", "0913 800 004")
    capture_consent(desk, old, ConsentInput(given=frozenset({"service"})),
                    now=datetime(2020, 1, 10, 9, 0, tzinfo=VN_TZ))
    capture_consent(desk, current, ConsentInput(given=frozenset({"service"})))
    capture_consent(desk, news, ConsentInput(given=frozenset({"service", "marketing"})),
                    now=datetime(2024, 1, 5, 9, 0, tzinfo=VN_TZ))
    course = create_course(desk, "A1R", "A1", CourseKind.GENERAL)
    ended = create_class(desk, course.id, "A1R-2020", start_date=date(2020, 2, 3),
                         end_date=date(2020, 6, 30), capacity=5, fee_vnd=1)
    running = create_class(desk, course.id, "A1R-2027", start_date=date(2026, 12, 1),
                           end_date=date(2027, 3, 1), capacity=5, fee_vnd=1)
    enrolments.enrol(desk, old, ended.id, today=date(2020, 2, 1))
    enrolments.enrol(desk, current, running.id, today=TODAY)

    listed = [(p.customer_id, p.purpose, p.started_on, p.ended_on, p.erase)
              for p in past_retention(desk, today=TODAY)]
    # Course ended 30 Jun 2020 + 60 months = 30 Jun 2025. Marketing given 5 Jan 2024 +
    # 24 months = 5 Jan 2026. Both before 25 Nov 2026. Mai's class runs until 2027.
    assert listed == [
        (old, "service", date(2020, 6, 30), date(2025, 6, 30), True),
        (news, "marketing", date(2024, 1, 5), date(2026, 1, 5), False),
    ]
    assert news not in {r.customer_id for r in marketing_list(desk, today=TODAY)}
    with pytest.raises(DomainError) as err:
        erase_past_retention(desk, current, today=TODAY)
    assert err.value.code == "retention.not_past"
    tomb = erase_past_retention(desk, old, today=TODAY)
    assert "thời hạn lưu trữ" in tomb.reason
    assert [p.customer_id for p in past_retention(desk, today=TODAY)] == [news]


def test_duties_window_lists_handovers_and_erases_past_retention(qtbot, desk):
    from jpf_desk.services.customers.records import get_customer
    from jpf_desk.ui.consent.duties import DataDutiesDialog
    from tests.consent.test_handover import _turned_16_ten_days_ago

    turned = _turned_16_ten_days_ago(desk)
    old = _person(desk, "Oanh", "0913 800 005")
    capture_consent(desk, old, ConsentInput(given=frozenset({"service"})),
                    now=datetime(2020, 1, 10, 9, 0, tzinfo=VN_TZ))
    course = create_course(desk, "A1D", "A1", CourseKind.GENERAL)
    ended = create_class(desk, course.id, "A1D-2020", start_date=date(2020, 2, 3),
                         end_date=date(2020, 6, 30), capacity=5, fee_vnd=1)
    enrolments.enrol(desk, old, ended.id, today=date(2020, 2, 1))

    dialog = DataDutiesDialog(desk)
    qtbot.addWidget(dialog)
    assert [h.customer_id for h in dialog.handovers] == [turned]
    assert dialog.handover_table.item(0, 1).text() == "Hà Gia Bảo"
    assert [(p.customer_id, p.erase) for p in dialog.past] == [(old, True)]
    assert dialog.retention_table.item(0, 3).text() == "Xoá dữ liệu"
    dialog.retention_table.selectRow(0)
    dialog.erase_selected()
    assert dialog.error.text() == ""
    assert dialog.past == []
    from jpf_desk.domain.errors import NotFound

    with pytest.raises(NotFound):  # erased: the record is gone from the desk
        get_customer(desk, old)
