"""Names of the tables and fields shown in the conflict comparison, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpf_desk.domain.customer_fields import CustomerField, customer_field_label
from jpf_desk.ui.language import current_lang


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def table_label(name: str) -> str:
    labels = {
        "customers": _tr("Khách hàng"), "guardians": _tr("Người giám hộ"),
        "enrolments": _tr("Ghi danh"), "payments": _tr("Thanh toán"),
        "classes": _tr("Lớp học"), "courses": _tr("Khóa học"), "staff": _tr("Nhân viên"),
        "centres": _tr("Cơ sở"), "dossiers": _tr("Hồ sơ du học"),
        "public_holidays": _tr("Ngày nghỉ lễ"), "consent_receipts": _tr("Phiếu đồng ý"),
        "consent_events": _tr("Lựa chọn đồng ý"), "field_changes": _tr("Lịch sử thay đổi"),
    }
    return labels.get(name, name)


def field_label(name: str) -> str:
    """A column in words: the customer's fields from the catalogue, other columns here."""
    if name in set(CustomerField):
        return customer_field_label(name, current_lang())
    return {"status": _tr("Trạng thái")}.get(name, name)
