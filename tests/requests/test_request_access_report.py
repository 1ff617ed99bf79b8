"""Access report: every section from its service, as JSON and as a PDF read back."""

from __future__ import annotations

import io
from datetime import datetime

import pdfplumber

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import access_report, documents, requests, restriction
from jpf_desk.services.rights.requests import RequestInput
from tests.requests.builders import NAME, TODAY


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_access_report_json_and_pdf(desk, person):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    report = access_report.build_report(desk, person.id)
    data = report.to_json()
    keys = [s["key"] for s in data["sections"]]
    assert keys[:5] == ["profile", "history", "guardians", "enrolments", "payments"]
    assert {"consents", "consent_receipts", "requests"} <= set(keys)
    profile = data["sections"][0]["items"][0]
    assert profile["Họ và tên"] == NAME and profile["Số điện thoại"] == "0913 222 444"
    payments = next(s for s in data["sections"] if s["key"] == "payments")
    assert [p["Số tiền"] for p in payments["items"]] == ["2.000.000 ₫", "1.500.000 ₫"]
    text = pdf_text(documents.access_report_pdf(report, "JPF Hà Nội – Cơ sở 1"))
    assert NAME in text and "Thanh toán" in text and "1.500.000 ₫" in text
    assert filed.number in text


def test_acknowledgement_slip(desk, person):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    slip = documents.request_slip(desk, filed.id, datetime(2026, 11, 25, 10, 0, tzinfo=VN_TZ))
    text = pdf_text(documents.slip_pdf(slip))
    assert filed.number in text and NAME in text and "Xoá dữ liệu" in text
    assert "25/11/2026" in text and "15/12/2026" in text  # received, answer by
    assert "JPF Hà Nội – Cơ sở 1" in text and "Nhân viên tiếp nhận: Lê Thu Trang" in text
    assert "In lúc: 25/11/2026 10:00" in text


def test_objection_to_marketing_stops_it_at_once(desk, person):
    from jpf_desk.services.consent.capture import ConsentInput, capture_consent

    capture_consent(desk, person.id, ConsentInput(given=frozenset({"service", "marketing"})))
    with desk.tx() as s:
        assert restriction.may_process(s, person.id, "marketing")
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.OBJECT, received_on=TODAY,
        purposes=("marketing",)), today=TODAY)
    done = restriction.handle_rights_request(desk, filed.id)
    assert done.status == "done"
    with desk.tx() as s:
        assert not restriction.may_process(s, person.id, "marketing")
        assert restriction.may_process(s, person.id, "service")
