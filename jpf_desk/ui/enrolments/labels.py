"""Enrolment statuses and payment methods by stored code, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.labels import label
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.ui.language import current_lang

translate = QCoreApplication.translate


def status_text(status: str, waitlist_position: int | None = None) -> str:
    if status == EnrolmentStatus.WAITLISTED.value:
        return translate("enrolments", "Danh sách chờ (số %d)") % (waitlist_position or 0)
    lang = current_lang()
    return {s.value: label(s, lang) for s in EnrolmentStatus}.get(status, status)


def methods() -> dict[str, str]:
    lang = current_lang()
    return {m.value: label(m, lang) for m in PaymentMethod}
