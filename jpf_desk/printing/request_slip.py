"""The acknowledgement slip handed to the customer when a request is received.

It says what was asked, when it was received, and the date by which JPF answers
(Decree 356/2025 Art. 5), so the customer holds JPF to its deadline. Words in the
slip's `lang`; the labelled values come in already in that language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from jpf_desk.domain.dates import format_date
from jpf_desk.printing.layout import para
from jpf_desk.printing.request_common import CONTROLLER, law_words, make_styles, pairs_table
from jpf_desk.printing.words import pick_words

MARGIN = 12 * mm

# "Chậm nhất ngày" / "at the latest on": the due date itself is still in time.
WORDS = {
    "title": ("PHIẾU TIẾP NHẬN YÊU CẦU VỀ DỮ LIỆU CÁ NHÂN",
              "ACCUSÉ DE RÉCEPTION D'UNE DEMANDE SUR LES DONNÉES PERSONNELLES",
              "ACKNOWLEDGEMENT OF A PERSONAL DATA REQUEST"),
    "doc_name": ("Phiếu tiếp nhận yêu cầu", "Accusé de réception de la demande",
                 "Acknowledgement of request"),
    "number": ("Số yêu cầu", "N° de la demande", "Request no."),
    "customer": ("Khách hàng", "Client", "Customer"),
    "kind": ("Nội dung yêu cầu", "Objet de la demande", "Request"),
    "channel": ("Hình thức gửi", "Reçue par", "Received by way of"),
    "received_on": ("Ngày nhận", "Reçue le", "Received on"),
    # short enough for the label column: a wrapped label reads apart from its date
    "ack_due": ("Xác nhận chậm nhất ngày", "Accusé au plus tard le", "Acknowledged by"),
    "answer_due": ("JPF trả lời chậm nhất ngày", "Réponse au plus tard le",
                   "Answer at the latest on"),
    "counting": ("Cách tính hạn", "Calcul du délai", "How the date is counted"),
    "fields": ("Thông tin cần sửa", "Informations à corriger", "Details to correct"),
    "purposes": ("Mục đích liên quan", "Finalités concernées", "Purposes concerned"),
    "extension": ("Gia hạn", "Prolongation", "Extension"),
    "days": ("ngày", "jours", "days"),
    "terms": ("Thời hạn tính từ ngày nhận yêu cầu theo {law} (Điều 5 Nghị định). "
              "JPF chỉ gia hạn một lần và sẽ báo lý do bằng văn bản; nếu từ chối, JPF trả lời "
              "bằng văn bản kèm lý do.",
              "Délais comptés à partir de la réception de la demande selon la {law} (art. 5 "
              "du décret). JPF ne prolonge qu'une fois, en donnant ses raisons par écrit ; en "
              "cas de refus, JPF répond par écrit en donnant ses raisons.",
              "Time limits count from the day the request is received under the {law} "
              "(Art. 5 of the Decree). JPF extends only once, giving its reason in writing; "
              "a refusal is answered in writing with its reason."),
    "staff": ("Nhân viên tiếp nhận", "Reçue par l'agent", "Received by staff member"),
    "printed_at": ("In lúc", "Imprimé le", "Printed at"),
}


@dataclass(frozen=True)
class RequestSlip:
    number: str
    customer_name: str
    kind: str  # labelled
    channel: str  # labelled
    received_on: date
    acknowledge_due: date
    answer_due: date
    fields: tuple[str, ...]  # labelled fields to correct
    purposes: tuple[str, ...]  # labelled purposes concerned
    extension_days: int
    extension_reason: str
    centre_name: str
    printed_at_text: str
    staff_name: str
    counting_rule: str = ""  # how the answer date was counted, in words
    lang: str = "vi"


def build_slip(request: RequestSlip) -> bytes:
    styles, w = make_styles(), pick_words(WORDS, request.lang)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"{w['doc_name']} {request.number}")
    width = A5[0] - 2 * MARGIN
    rows = [
        (w["number"], request.number),
        (w["customer"], request.customer_name),
        (w["kind"], request.kind),
        (w["channel"], request.channel),
        (w["received_on"], format_date(request.received_on)),
        (w["ack_due"], format_date(request.acknowledge_due)),
        (w["answer_due"], format_date(request.answer_due)),
    ]
    if request.counting_rule:
        rows.append((w["counting"], request.counting_rule))
    if request.fields:
        rows.append((w["fields"], ", ".join(request.fields)))
    if request.purposes:
        rows.append((w["purposes"], ", ".join(request.purposes)))
    if request.extension_days:
        rows.append((w["extension"],
                     f"{request.extension_days} {w['days']}: {request.extension_reason}"))
    story = [
        para(w["title"], styles.title),
        para(f"{CONTROLLER} — {request.centre_name}", styles.small),
        Spacer(1, 4 * mm),
        pairs_table(rows, styles, width),
        Spacer(1, 4 * mm),
        para(w["terms"].format(law=law_words(request.lang)), styles.small),
        Spacer(1, 8 * mm),
        para(f"{w['staff']}: {request.staff_name}", styles.body),
        para(f"{w['printed_at']}: {request.printed_at_text}", styles.small),
    ]
    doc.build(story)
    return out.getvalue()
