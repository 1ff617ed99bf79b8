"""The selected request as HTML: what was asked, deadlines, values, every step."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from jpf_desk.domain.dates import format_datetime
from jpf_desk.domain.requests import Requester
from jpf_desk.services.consent.policy import purpose_wording
from jpf_desk.services.rights.update_fields import field_words
from jpf_desk.services.rights.views import RequestView
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.requests import labels
from jpf_desk.ui.widgets import show_date

translate = QCoreApplication.translate


def details_html(r: RequestView) -> str:
    lang = current_lang()
    rows = [
        (translate("requests", "Số"), r.number), (translate("requests", "Khách hàng"), r.customer_name),
        (translate("requests", "Loại"), labels.kinds().get(r.kind, r.kind)),
        (translate("requests", "Hình thức"), labels.channels().get(r.channel, r.channel)),
        (translate("requests", "Ngày nhận"), show_date(r.received_on)),
        (translate("requests", "Người yêu cầu"), labels.by_code(Requester).get(r.requester, r.requester)),
        (translate("requests", "Xác minh"), labels.identity_checks().get(r.identity_check, r.identity_check)
         + (f" – {r.identity_note}" if r.identity_note else "")),
        (translate("requests", "Trạng thái"), labels.statuses().get(r.status, r.status)),
        (translate("requests", "Xác nhận chậm nhất"), show_date(r.acknowledge_due)),
        (translate("requests", "Trả lời chậm nhất"), show_date(r.answer_due)
         + (translate("requests", " (có đối tác liên quan)") if r.partners_involved else "")),
        (translate("requests", "Cách tính hạn"), r.counting_rule),
    ]
    if r.details:
        rows.append((translate("requests", "Nội dung"), r.details))
    if r.purposes:
        rows.append((translate("requests", "Mục đích"), ", ".join(purpose_wording(p, lang) for p in r.purposes)))
    if r.extension_days:
        rows.append((translate("requests", "Gia hạn"), f"{r.extension_days} – {r.extension_reason}"))
    if r.outcome:
        rows.append((translate("requests", "Kết quả"), r.outcome))
    if r.refusal_reason:
        rows.append((translate("requests", "Lý do từ chối"), r.refusal_reason))
    html = ["<table>"] + [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                          for k, v in rows] + ["</table>"]
    if r.fields:
        html.append("<p><b>" + escape(translate("requests", "Thông tin cần sửa")) + "</b></p><ul>")
        html += [f"<li>{escape(field_words(f.field, lang))}: {escape(f.old_value or '–')}"
                 f" → {escape(f.new_value or '–')}</li>" for f in r.fields]
        html.append("</ul>")
    if r.follow_ups:
        html.append("<p><b>" + escape(translate("requests", "Việc cần báo đối tác")) + "</b></p><ul>")
        html += [f"<li>{escape(t.partner_name)}: {escape(', '.join(t.fields))} ({t.status})</li>"
                 for t in r.follow_ups]
        html.append("</ul>")
    html.append("<p><b>" + escape(translate("requests", "Các bước")) + "</b></p><ul>")
    html += [f"<li>{format_datetime(s.at)} – {escape(labels.steps().get(s.step, s.step))} – "
             f"{escape(s.staff_name)}{(' – ' + escape(s.note)) if s.note else ''}</li>"
             for s in r.steps]
    html.append("</ul>")
    return "".join(html)
