"""The payment receipt, cash summary and attendance sheet in French and English, read
back with pdfplumber: the words written out here, and none of the Vietnamese labels."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import cash, class_lists, payments, receipts
from tests.money.builders import enrolled

VIETNAMESE_LABELS = ["BIÊN LAI", "Người nộp", "Nội dung", "Số tiền", "Bằng chữ", "Hình thức",
                     "Ngày nộp", "Học phí", "Còn phải nộp", "In lúc", "trang", "BẢN SAO",
                     "BẢNG KÊ", "Nhân viên thu", "Tổng cộng", "Tiền mặt", "Chuyển khoản",
                     "DANH SÁCH", "ĐIỂM DANH", "Giáo viên", "Phòng", "Ngày sinh", "Sĩ số",
                     "Họ và tên", "đồng"]


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in doc.pages)


def _no_vietnamese(text: str) -> None:
    assert [word for word in VIETNAMESE_LABELS if word in text] == []


RECEIPT = {
    "fr": ["REÇU DE PAIEMENT", "N°: ", "Payé par Nguyễn Thị Ánh",
           "Objet Frais de cours, classe B1-G-2612 – Tiếng Pháp B1, versement 2",
           "Montant 12.345.678 ₫", "Mode de paiement Virement (FT2611)",
           "Reste à payer 0 ₫", "Déjà payé 2.654.322 ₫", "Reçu par", "Imprimé le", "page 1/1"],
    "en": ["PAYMENT RECEIPT", "No.: ", "Paid by Nguyễn Thị Ánh",
           "For Course fee, class B1-G-2612 – Tiếng Pháp B1, instalment 2",
           "Amount 12.345.678 ₫", "Method Bank transfer (FT2611)",
           "Still due 0 ₫", "Paid before 2.654.322 ₫", "Received by", "Printed at",
           "page 1/1"],
}
COPY = {"fr": "COPIE – impression n° 2", "en": "COPY – print no. 2"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_payment_receipt_in_french_and_english(desk, lang):
    e = enrolled(desk, fee=15_000_000)
    payments.record_payment(desk, e.enrolment_id, 2_654_322, PaymentMethod.CASH)
    paid, _ = payments.record_payment(desk, e.enrolment_id, 12_345_678,
                                      PaymentMethod.TRANSFER, reference="FT2611")
    first = _text(receipts.receipt_pdf(desk, paid.id, lang=lang))
    assert [w for w in RECEIPT[lang] if w not in first] == []
    assert f": {paid.receipt_number}" in first
    assert "Mười hai triệu" not in first  # the amount in words is Vietnamese-only
    _no_vietnamese(first)
    again = _text(receipts.receipt_pdf(desk, paid.id, lang=lang))
    assert COPY[lang] in again
    _no_vietnamese(again)


CASH = {
    "fr": ["RELEVÉ DES ENCAISSEMENTS DU", "Encaissé par: Lê Thu Trang", "N° de reçu",
           "Heure", "Payé par", "Classe", "Montant", "Sous-total 1.500.000 ₫",
           "Total du centre", "Espèces 1.000.000 ₫", "Total 1.500.000 ₫", "Établi par",
           "Vérifié par", "Imprimé le"],
    "en": ["CASH SUMMARY FOR", "Taken by: Lê Thu Trang", "Receipt no.", "Time", "Paid by",
           "Class", "Amount", "Subtotal 1.500.000 ₫", "Centre totals", "Cash 1.000.000 ₫",
           "Total 1.500.000 ₫", "Prepared by", "Checked by", "Printed at"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cash_summary_in_french_and_english(desk, lang):
    e = enrolled(desk)
    payments.record_payment(desk, e.enrolment_id, 1_000_000, PaymentMethod.CASH)
    payments.record_payment(desk, e.enrolment_id, 500_000, PaymentMethod.CARD)
    day = today_vn()
    text = _text(cash.cash_summary_pdf(desk, day, lang=lang))
    assert [w for w in CASH[lang] if w not in text] == []
    assert f"{day.day:02d}/{day.month:02d}/{day.year}" in text
    _no_vietnamese(text)


CLASS_LIST = {
    "fr": ["LISTE DE LA CLASSE B1-G-2612 – PRÉSENCES", "Cours Tiếng Pháp B1", "Salle P.201",
           "Enseignant Claire Martin", "Horaire T3-T5 18:00", "Période", "Effectif 1",
           "N° Nom complet Naissance 01/12 03/12 08/12", "Nguyễn Thị Ánh 04/03/1999",
           "Imprimé le", "page 1/1"],
    "en": ["CLASS B1-G-2612 – ATTENDANCE LIST", "Course Tiếng Pháp B1", "Room P.201",
           "Teacher Claire Martin", "Schedule T3-T5 18:00", "Period", "Students 1",
           "# Full name Born 01/12 03/12 08/12", "Nguyễn Thị Ánh 04/03/1999",
           "Printed at", "page 1/1"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_attendance_sheet_in_french_and_english(desk, lang):
    e = enrolled(desk, schedule="T3-T5 18:00", room="P.201")
    text = _text(class_lists.attendance_sheet_pdf(desk, e.class_id, lang=lang))
    assert [w for w in CLASS_LIST[lang] if w not in text] == []
    _no_vietnamese(text)


ACCESS_LOG = {
    "fr": ["JOURNAL DES ACCÈS AUX DONNÉES PERSONNELLES", "Date et heure", "Agent",
           "Client (identifiant)", "Action", "Détail", "Reçu de paiement imprimé",
           "Imprimé le", "par Lê Thu Trang ; 1 événement(s)."],
    "en": ["PERSONAL DATA ACCESS LOG", "When", "Staff member", "Customer (id)", "Action",
           "Detail", "Payment receipt printed", "Printed at", "by Lê Thu Trang; 1 event(s)."],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_access_log_printout_in_french_and_english(desk, lang):
    from jpf_desk.domain.access_log import AccessKind
    from jpf_desk.services.access_log.views import AccessFilter, access_log_pdf

    e = enrolled(desk)
    paid, _ = payments.record_payment(desk, e.enrolment_id, 1_000_000, PaymentMethod.CASH)
    receipts.prepare_receipt(desk, paid.id, lang=lang)
    wanted = AccessFilter(kind=AccessKind.PAYMENT_RECEIPT_PRINTED.value)
    text = _text(access_log_pdf(desk, wanted, "01/11/2026 – 30/11/2026", lang=lang))
    assert [w for w in ACCESS_LOG[lang] if w not in text] == []
    _no_vietnamese(text)
    assert "NHẬT KÝ" not in text and "In biên lai" not in text and "sự kiện" not in text
