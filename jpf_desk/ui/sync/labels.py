"""Names of the tables and fields shown in the conflict comparison, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpf_desk.domain.customer_fields import CustomerField, customer_field_label
from jpf_desk.ui.language import current_lang

translate = QCoreApplication.translate


def table_label(name: str) -> str:
    labels = {
        "customers": translate("sync", "Khách hàng"), "guardians": translate("sync", "Người giám hộ"),
        "enrolments": translate("sync", "Ghi danh"), "payments": translate("sync", "Thanh toán"),
        "classes": translate("sync", "Lớp học"), "courses": translate("sync", "Khóa học"),
        "staff": translate("sync", "Nhân viên"),
        "centres": translate("sync", "Cơ sở"), "dossiers": translate("sync", "Hồ sơ du học"),
        "public_holidays": translate("sync", "Ngày nghỉ lễ"), "consent_receipts": translate("sync", "Phiếu đồng ý"),
        "consent_events": translate("sync", "Lựa chọn đồng ý"), "field_changes": translate("sync", "Lịch sử thay đổi"),
    }
    return labels.get(name, name)


def field_label(name: str) -> str:
    """A column in words: the customer's fields from the catalogue, other columns here."""
    if name in set(CustomerField):
        return customer_field_label(name, current_lang())
    return {"status": translate("sync", "Trạng thái")}.get(name, name)
