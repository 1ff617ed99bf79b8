"""The access report follows the language it is asked in (vi by default), PDF read back."""

from __future__ import annotations

import io
import json

import pdfplumber
import pytest

from jpf_desk.cli import main
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import access_report, documents, requests
from jpf_desk.services.rights.requests import RequestInput
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.requests.builders import NAME, TODAY

VIETNAMESE_TITLES = (
    "DỮ LIỆU CÁ NHÂN JPF ĐANG LƯU GIỮ", "Thông tin cá nhân", "Lịch sử thay đổi thông tin",
    "Người giám hộ", "Đăng ký khóa học", "Thanh toán", "Sự đồng ý theo từng mục đích",
    "Yêu cầu về dữ liệu cá nhân", "Không có dữ liệu.",
)
TITLES = {
    "fr": ("DONNÉES PERSONNELLES DÉTENUES PAR JPF", "Informations personnelles",
           "Historique des modifications", "Représentants légaux", "Inscriptions aux cours",
           "Paiements", "Consentements par finalité", "Demandes sur les données personnelles",
           "Montant", "Nom complet"),
    "en": ("PERSONAL DATA HELD BY JPF", "Personal details", "History of changes", "Guardians",
           "Course enrolments", "Payments", "Consent by purpose", "Personal data requests",
           "Amount", "Full name"),
}
SECTION_KEYS = ["profile", "history", "guardians", "enrolments", "payments"]


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_access_report_pdf_in_french_and_english(desk, person, lang):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    report = access_report.build_report(desk, person.id, lang)
    text = pdf_text(documents.access_report_pdf(report, "JPF Hà Nội – Cơ sở 1"))
    for title in TITLES[lang]:
        assert title in text, title
    for title in VIETNAMESE_TITLES:
        assert title not in text, title
    assert NAME in text and "1.500.000 ₫" in text and filed.number in text


def test_json_keeps_stable_section_keys_and_speaks_the_language(desk, person):
    english = access_report.build_report(desk, person.id, "en").to_json()
    assert [s["key"] for s in english["sections"]][:5] == SECTION_KEYS
    assert english["sections"][0]["title"] == "Personal details"
    assert english["sections"][0]["items"][0]["Full name"] == NAME
    payments = next(s for s in english["sections"] if s["key"] == "payments")
    assert [p["Amount"] for p in payments["items"]] == ["2.000.000 ₫", "1.500.000 ₫"]
    vietnamese = access_report.build_report(desk, person.id).to_json()
    assert [s["key"] for s in vietnamese["sections"]] == [s["key"] for s in english["sections"]]
    assert vietnamese["sections"][0]["items"][0]["Họ và tên"] == NAME


def test_answering_the_request_writes_the_report_in_the_language_asked(desk, person, tmp_path):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    pdf, data = documents.access_report_paths(tmp_path, filed.number)
    documents.answer_access_request(desk, filed.id, pdf, data, TODAY, lang="fr")
    text = pdf_text(pdf.read_bytes())
    assert "Paiements" in text and "Thanh toán" not in text
    sections = json.loads(data.read_text(encoding="utf-8"))["sections"]
    assert sections[0]["key"] == "profile" and sections[0]["title"] == "Informations personnelles"


def test_cli_lang_writes_the_report_in_that_language(desk, person, tmp_path, monkeypatch):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    data_dir = str(desk.store.path.parent)
    desk.store.close()  # the command takes the single-desk lock to write
    pdf = tmp_path / "report.pdf"
    password_on_stdin(monkeypatch)
    assert main(["--lang", "en", "requests", "access-report", person.id, "--data-dir", data_dir,
                 *signed_in_args(), "--pdf", str(pdf)]) == 0
    text = pdf_text(pdf.read_bytes())
    assert "PERSONAL DATA HELD BY JPF" in text and "Payments" in text and filed.number in text
    assert [t for t in VIETNAMESE_TITLES if t in text] == []
    sections = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))["sections"]
    assert sections[0]["key"] == "profile" and sections[0]["title"] == "Personal details"
