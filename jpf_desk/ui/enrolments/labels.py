"""Vietnamese words for enrolment statuses and payment methods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpf_desk.services.courses.enrolments import Status
from jpf_desk.services.courses.payments import Method


def _tr(text: str) -> str:
    return QCoreApplication.translate("enrolments", text)


def status_text(status: str, waitlist_position: int | None = None) -> str:
    if status == Status.WAITLISTED.value:
        return _tr("Danh sách chờ (số %d)") % (waitlist_position or 0)
    return {
        Status.PENDING.value: _tr("Chờ xác nhận"),
        Status.CONFIRMED.value: _tr("Đã xác nhận"),
        Status.COMPLETED.value: _tr("Đã hoàn thành"),
        Status.CANCELLED.value: _tr("Đã hủy"),
    }.get(status, status)


def methods() -> dict[str, str]:
    return {Method.CASH.value: _tr("Tiền mặt"), Method.TRANSFER.value: _tr("Chuyển khoản"),
            Method.CARD.value: _tr("Thẻ")}
