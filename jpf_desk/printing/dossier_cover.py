"""The cover sheet that goes inside every package sent to a partner.

It says who sends what to whom, why, under which consent receipt, and lists each
file with its SHA-256 so the partner (and JPF) can check the package is complete.
Words in the sheet's `lang` (the sender's interface language); document kinds keep the
names the centre gave them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jpf_desk.printing.fonts import nfc, register_fonts
from jpf_desk.printing.words import pick_words

WORDS = {
    "title": ("PHIẾU GỬI HỒ SƠ CHO ĐỐI TÁC", "BORDEREAU D'ENVOI AU PARTENAIRE",
              "COVER SHEET FOR THE PARTNER"),
    "doc_name": ("Phiếu gửi hồ sơ cho đối tác", "Bordereau d'envoi au partenaire",
                 "Cover sheet for the partner"),
    "sender": ("Đơn vị gửi", "Expéditeur", "Sender"),
    "sent_at": ("Thời điểm gửi", "Envoyé le", "Sent at"),
    "partner": ("Đối tác nhận", "Partenaire destinataire", "Receiving partner"),
    "purpose": ("Mục đích", "Finalité", "Purpose"),
    "customer": ("Khách hàng", "Client", "Customer"),
    "dossier": ("Hồ sơ", "Dossier", "Dossier"),
    "intake": ("Nhập học", "Rentrée", "Intake"),
    "consent": ("Phiếu đồng ý số", "Reçu de consentement n°", "Consent receipt no."),
    "channel": ("Hình thức gửi", "Moyen d'envoi", "Sent by way of"),
    "sent_by": ("Người gửi", "Envoyé par", "Sent by"),
    "abroad": ("Chuyển ra nước ngoài", "Transfert hors du Viêt Nam", "Transfer abroad"),
    "yes": ("Có", "Oui", "Yes"),
    "no": ("Không", "Non", "No"),
    "fields_heading": ("Thông tin được gửi", "Informations transmises", "Information sent"),
    "field": ("Thông tin", "Information", "Information"),
    "value": ("Nội dung", "Contenu", "Content"),
    "files_heading": ("Giấy tờ được gửi", "Documents transmis", "Documents sent"),
    "document": ("Giấy tờ", "Document", "Document"),
    "file": ("Tệp", "Fichier", "File"),
    "terms": (
        "Dữ liệu cá nhân này được chia sẻ theo sự đồng ý của khách hàng cho đúng đối tác và "
        "mục đích nêu trên (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; Nghị định "
        "356/2025/NĐ-CP). Đối tác chỉ được sử dụng cho mục đích này.",
        "Ces données personnelles sont communiquées avec le consentement du client, au seul "
        "partenaire et pour la seule finalité indiqués ci-dessus (loi 91/2025/QH15 sur la "
        "protection des données personnelles ; décret 356/2025/NĐ-CP). Le partenaire ne "
        "peut les utiliser qu'à cette fin.",
        "These personal data are shared with the customer's consent, with the partner and "
        "for the purpose named above only (Personal Data Protection Law 91/2025/QH15; "
        "Decree 356/2025/NĐ-CP). The partner may use them for this purpose only."),
}


@dataclass(frozen=True)
class CoverFile:
    label: str
    file_name: str
    sha256: str


@dataclass(frozen=True)
class CoverSheet:
    centre_name: str
    sent_at_text: str
    partner_name: str
    partner_country: str
    purpose_label: str
    customer_name: str
    dossier_label: str  # intake and level, "09/2027 · B2"
    consent_code: str
    channel_label: str
    sent_by: str
    transfer_text: str  # "" when the data stay in Viet Nam, else the legal basis in words
    fields: tuple[tuple[str, str], ...]
    files: tuple[CoverFile, ...]
    cross_border: bool = False
    lang: str = "vi"


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19,
                                spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=8,
                            spaceAfter=4),
        "p": ParagraphStyle("p", fontName=regular, fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10,
                                textColor=colors.HexColor("#444444")),
    }


def esc(text: str) -> str:
    return nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def grid(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle],
         header: bool = True) -> Table:
    cells = [[Paragraph(esc(c), st["p"]) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")))
    table.setStyle(TableStyle(style))
    return table


def build_cover_sheet(sheet: CoverSheet) -> bytes:
    st, w = styles(), pick_words(WORDS, sheet.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=w["doc_name"], author=nfc(sheet.centre_name))
    transfer = f"{w['yes']} – {sheet.transfer_text}" if sheet.cross_border else w["no"]
    facts = [
        [w["sender"], sheet.centre_name],
        [w["sent_at"], sheet.sent_at_text],
        [w["partner"], f"{sheet.partner_name} ({sheet.partner_country})"],
        [w["purpose"], sheet.purpose_label],
        [w["customer"], sheet.customer_name],
        [w["dossier"], f"{w['intake']} {sheet.dossier_label}"],
        [w["consent"], sheet.consent_code],
        [w["channel"], sheet.channel_label],
        [w["sent_by"], sheet.sent_by],
        [w["abroad"], transfer],
    ]
    story = [
        Paragraph(esc(w["title"]), st["title"]),
        grid(facts, [45 * mm, 129 * mm], st, header=False),
    ]
    if sheet.fields:
        story += [Paragraph(esc(w["fields_heading"]), st["h"]),
                  grid([[w["field"], w["value"]], *[list(f) for f in sheet.fields]],
                       [45 * mm, 129 * mm], st)]
    if sheet.files:
        story += [Paragraph(esc(w["files_heading"]), st["h"]),
                  grid([[w["document"], w["file"], "SHA-256"],
                        *[[f.label, f.file_name, f.sha256] for f in sheet.files]],
                       [45 * mm, 50 * mm, 79 * mm], st)]
    story += [Spacer(1, 6 * mm), Paragraph(esc(w["terms"]), st["small"])]
    doc.build(story)
    return out.getvalue()
