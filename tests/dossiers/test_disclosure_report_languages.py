"""The customer's "who received my data" report in French and English, read back with
pdfplumber: the words written out here, and none of the Vietnamese labels. Document
kinds keep the names the centre gave them (stored data, "Hộ chiếu" here)."""

from __future__ import annotations

import io
import zipfile

import pdfplumber
import pytest

from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    doc_item,
    field_item,
)
from jpf_desk.services.consent.records import short_code_for
from jpf_desk.services.dossiers import documents
from jpf_desk.services.sharing.disclosures import SendRequest
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.recipients_report import customer_disclosure_report
from tests.dossiers.helpers import give_partner_consent

VIETNAMESE_LABELS = ["AI ĐÃ NHẬN", "Khách hàng", "Mã:", "In lúc", "Thời điểm", "Đối tác nhận",
                     "Mục đích", "Dữ liệu, giấy tờ", "Hình thức", "Người gửi", "Phiếu đồng ý",
                     "Ra nước ngoài", "Có (FR)", "Họ và tên", "Tải lên", "Luật Bảo vệ",
                     "quyền theo dõi"]

EXPECTED = {
    "fr": {"words": ["QUI A REÇU MES DONNÉES ?", "Client: Phạm Minh Hoà", "Réf.",
                     "Imprimé le", "vous pouvez suivre les échanges"],
           "header": ["Date d'envoi", "Partenaire destinataire", "Finalité",
                      "Données, documents", "Moyen", "Envoyé par", "Reçu de consentement",
                      "Hors du Viêt Nam"],
           "what": "Nom complet, Hộ chiếu", "abroad": "Oui (FR)"},
    "en": {"words": ["WHO RECEIVED MY DATA?", "Customer: Phạm Minh Hoà", "Ref.",
                     "Printed at", "you may follow the exchange"],
           "header": ["Sent at", "Receiving partner", "Purpose", "Data, documents",
                      "Sent by way of", "Sent by", "Consent receipt", "Abroad"],
           "what": "Full name, Hộ chiếu", "abroad": "Yes (FR)"},
}


COVER_VIETNAMESE = ["PHIẾU GỬI", "Đơn vị gửi", "Thời điểm gửi", "Đối tác nhận", "Mục đích",
                    "Khách hàng", "Nhập học", "Phiếu đồng ý", "Hình thức gửi", "Người gửi",
                    "Chuyển ra nước ngoài", "Có –", "Thông tin", "Họ và tên", "Giấy tờ",
                    "Tệp", "Luật Bảo vệ"]
COVER = {
    "fr": {"words": ["BORDEREAU D'ENVOI AU PARTENAIRE", "Informations transmises",
                     "Documents transmis", "au seul partenaire"],
           "cells": {"Nom complet": "Phạm Minh Hoà", "Client": "Phạm Minh Hoà",
                     "Moyen d'envoi": "Dépôt sur le portail du partenaire",
                     "Document": "SHA-256"}},
    "en": {"words": ["COVER SHEET FOR THE PARTNER", "Information sent", "Documents sent",
                     "for the purpose named above only"],
           "cells": {"Full name": "Phạm Minh Hoà", "Customer": "Phạm Minh Hoà",
                     "Sent by way of": "Upload to the partner's portal",
                     "Document": "SHA-256"}},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cover_sheet_and_disclosure_report_in_french_and_english(world, tmp_path, lang):
    desk, d, partner = world.desk, world.dossier, world.partner
    item = next(i for i in documents.checklist(desk, d.id) if i.kind_code == "passport")
    documents.attach_file(desk, item.id, "hc.pdf", b"%PDF-1.4 passport scan")
    receipt_id = give_partner_consent(desk, world.customer_id, partner,
                                      DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                                      sensitive=("id_card_image",))
    sent = send_to_partner(desk, SendRequest(
        d.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
        (field_item("full_name"), doc_item("passport")), DisclosureChannel.UPLOAD,
        LegalBasis.OWN_SUBMISSION), tmp_path / "out", lang=lang)
    assert sent.package_path is not None
    with zipfile.ZipFile(sent.package_path) as zf:
        cover = zf.read("00-phieu-gui.pdf")
    with pdfplumber.open(io.BytesIO(cover)) as doc:
        cover_text = " ".join((doc.pages[0].extract_text() or "").split())
        cells = {(row[0] or "").strip(): " ".join((row[-1] or "").split())
                 for table in doc.pages[0].extract_tables() for row in table}
    assert [w for w in COVER[lang]["words"] if w not in cover_text] == []
    assert {k: cells.get(k) for k in COVER[lang]["cells"]} == COVER[lang]["cells"]
    assert [w for w in COVER_VIETNAMESE if w in cover_text] == []
    pdf = customer_disclosure_report(desk, world.customer_id, lang=lang)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        words = " ".join(" ".join(page.extract_text() or "" for page in doc.pages).split())
        rows = [[" ".join((cell or "").split()) for cell in row]
                for page in doc.pages for table in page.extract_tables() for row in table]
    expected = EXPECTED[lang]
    assert [w for w in expected["words"] if w not in words] == []
    assert rows[0] == expected["header"]
    assert rows[1][1] == "Espace Campus France Hà Nội (FR)"
    assert rows[1][3] == expected["what"]
    assert rows[1][6] == short_code_for(receipt_id)
    assert rows[1][7].startswith(expected["abroad"])
    assert [w for w in VIETNAMESE_LABELS if w in words] == []


def test_cli_report_takes_its_lang(world, tmp_path, monkeypatch):
    from jpf_desk.cli import main
    from tests.helpers.staff import password_on_stdin, signed_in_args

    give_partner_consent(world.desk, world.customer_id, world.partner,
                         DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    send_to_partner(world.desk, SendRequest(
        world.dossier.id, world.partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
        (field_item("full_name"),), DisclosureChannel.UPLOAD, LegalBasis.JPF_TRANSFER),
        tmp_path / "out")
    pdf = tmp_path / "report.pdf"
    password_on_stdin(monkeypatch)
    assert main(["--lang", "en", "dossiers", "--data-dir", str(world.desk.store.path.parent),
                 *signed_in_args(), "report", world.customer_id, "--out", str(pdf)]) == 0
    with pdfplumber.open(pdf) as doc:
        words = " ".join(" ".join(page.extract_text() or "" for page in doc.pages).split())
    assert "WHO RECEIVED MY DATA?" in words and "Full name" in words
    assert [w for w in VIETNAMESE_LABELS if w in words] == []
