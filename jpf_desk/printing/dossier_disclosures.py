""""Who received my data": every disclosure of one customer's data, for the customer.

JPF's policy grants the right to follow exchanges with partners; this printout is
that right made concrete. Landscape, one row per disclosure. Words in the report's
`lang`; the labelled values come in already in that language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from jpf_desk.printing.dossier_cover import esc, grid, styles
from jpf_desk.printing.fonts import nfc
from jpf_desk.printing.words import pick_words

WORDS = {
    "title": ("AI ĐÃ NHẬN DỮ LIỆU CỦA TÔI?", "QUI A REÇU MES DONNÉES ?",
              "WHO RECEIVED MY DATA?"),
    "doc_name": ("Ai đã nhận dữ liệu của tôi", "Qui a reçu mes données",
                 "Who received my data"),
    "customer": ("Khách hàng", "Client", "Customer"),
    "ref": ("Mã", "Réf.", "Ref."),
    "printed_at": ("In lúc", "Imprimé le", "Printed at"),
    "sent_at": ("Thời điểm", "Date d'envoi", "Sent at"),
    "partner": ("Đối tác nhận", "Partenaire destinataire", "Receiving partner"),
    "purpose": ("Mục đích", "Finalité", "Purpose"),
    "what": ("Dữ liệu, giấy tờ", "Données, documents", "Data, documents"),
    "how": ("Hình thức", "Moyen", "Sent by way of"),
    "sent_by": ("Người gửi", "Envoyé par", "Sent by"),
    "consent": ("Phiếu đồng ý", "Reçu de consentement", "Consent receipt"),
    "abroad": ("Ra nước ngoài", "Hors du Viêt Nam", "Abroad"),
    "yes": ("Có", "Oui", "Yes"),
    "no": ("Không", "Non", "No"),
    "none": ("JPF chưa gửi dữ liệu của bạn cho đối tác nào.",
             "JPF n'a encore transmis vos données à aucun partenaire.",
             "JPF has not sent your data to any partner."),
    "rights": (
        "Theo chính sách bảo vệ dữ liệu của JPF, bạn có quyền theo dõi việc trao đổi dữ liệu "
        "của mình giữa JPF và các đối tác (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, "
        "Nghị định 356/2025/NĐ-CP). Mỗi lần gửi đều dựa trên một phiếu đồng ý còn hiệu lực "
        "của bạn; bạn có thể rút đồng ý bất cứ lúc nào tại quầy.",
        "Selon la politique de protection des données de JPF, vous pouvez suivre les échanges "
        "de vos données entre JPF et ses partenaires (loi 91/2025/QH15 sur la protection des "
        "données personnelles, décret 356/2025/NĐ-CP). Chaque envoi repose sur un de vos "
        "consentements en vigueur ; vous pouvez le retirer à tout moment au comptoir.",
        "Under JPF's data protection policy you may follow the exchange of your data between "
        "JPF and its partners (Personal Data Protection Law 91/2025/QH15, Decree "
        "356/2025/NĐ-CP). Each sending rests on a consent of yours still in force; you may "
        "withdraw it at any time at the desk."),
}


@dataclass(frozen=True)
class DisclosureLine:
    sent_at_text: str
    partner: str
    purpose: str
    what: str
    how: str
    sent_by: str
    consent_code: str
    transfer: str


@dataclass(frozen=True)
class DisclosureReport:
    centre_name: str
    customer_name: str
    customer_ref: str
    printed_at_text: str
    lines: tuple[DisclosureLine, ...]
    lang: str = "vi"


def yes_no_words(lang: str) -> tuple[str, str]:
    """The "abroad" column's answers, for the service that words each line."""
    w = pick_words(WORDS, lang)
    return w["yes"], w["no"]


def build_disclosure_report(report: DisclosureReport) -> bytes:
    st, w = styles(), pick_words(WORDS, report.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title=w["doc_name"], author=nfc(report.centre_name))
    story = [
        Paragraph(esc(w["title"]), st["title"]),
        Paragraph(esc(f"{w['customer']}: {report.customer_name}  ·  "
                      f"{w['ref']}: {report.customer_ref}"), st["p"]),
        Paragraph(esc(f"{report.centre_name}  ·  {w['printed_at']}: {report.printed_at_text}"),
                  st["p"]),
        Spacer(1, 4 * mm),
    ]
    if report.lines:
        rows = [[w["sent_at"], w["partner"], w["purpose"], w["what"], w["how"], w["sent_by"],
                 w["consent"], w["abroad"]]]
        rows += [[ln.sent_at_text, ln.partner, ln.purpose, ln.what, ln.how, ln.sent_by,
                  ln.consent_code, ln.transfer] for ln in report.lines]
        widths = [25, 36, 34, 56, 24, 30, 33, 35]  # 33 mm: even "WWWW-WWWW" fits one line
        story.append(grid(rows, [w * mm for w in widths], st))
    else:
        story.append(Paragraph(esc(w["none"]), st["p"]))
    story += [Spacer(1, 5 * mm), Paragraph(esc(w["rights"]), st["small"])]
    doc.build(story)
    return out.getvalue()
