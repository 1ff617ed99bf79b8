"""The acknowledgement slip in French and English, read back with pdfplumber: the words
written out here, and none of the Vietnamese labels."""

from __future__ import annotations

import io
from datetime import datetime

import pdfplumber
import pytest

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import documents, requests
from jpf_desk.services.rights.requests import RequestInput
from tests.requests.builders import NAME, TODAY

VIETNAMESE_LABELS = ["PHIẾU TIẾP NHẬN", "Số yêu cầu", "Khách hàng", "Nội dung yêu cầu",
                     "Hình thức gửi", "Ngày nhận", "chậm nhất", "Cách tính hạn", "Xoá dữ liệu",
                     "Tại quầy", "Ngày lịch", "Nhân viên tiếp nhận", "In lúc", "Thời hạn",
                     "Luật Bảo vệ"]

EXPECTED = {
    "fr": ["ACCUSÉ DE RÉCEPTION D'UNE DEMANDE SUR LES DONNÉES PERSONNELLES",
           "N° de la demande", f"Client {NAME}", "Objet de la demande Effacement des données",
           "Reçue par Au comptoir", "Reçue le 25/11/2026",
           "Réponse au plus tard le 15/12/2026", "Calcul du délai Jours calendaires",
           "Loi 91/2025/QH15 sur la protection des données personnelles",
           "Reçue par l'agent: Lê Thu Trang", "Imprimé le: 25/11/2026 10:00"],
    "en": ["ACKNOWLEDGEMENT OF A PERSONAL DATA REQUEST", "Request no.", f"Customer {NAME}",
           "Request Delete data", "Received by way of At the desk", "Received on 25/11/2026",
           "Answer at the latest on 15/12/2026", "How the date is counted Calendar days",
           "Personal Data Protection Law 91/2025/QH15",
           "Received by staff member: Lê Thu Trang", "Printed at: 25/11/2026 10:00"],
}


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_acknowledgement_slip_in_french_and_english(desk, person, lang):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    slip = documents.request_slip(desk, filed.id, datetime(2026, 11, 25, 10, 0, tzinfo=VN_TZ),
                                  lang=lang)
    text = _text(documents.slip_pdf(slip))
    assert [w for w in EXPECTED[lang] if w not in text] == []
    assert filed.number in text
    assert [w for w in VIETNAMESE_LABELS if w in text] == []
