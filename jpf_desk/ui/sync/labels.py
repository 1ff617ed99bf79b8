"""Names of the tables and fields shown in the conflict comparison, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

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


def tls_mode_label(mode: str) -> str:
    """PostgreSQL's sslmode in words a receptionist can weigh (the setting keeps the code)."""
    labels = {
        "disable": translate("sync", "không mã hóa (không an toàn)"),
        "allow": translate("sync", "mã hóa khi máy chủ đòi hỏi"),
        "prefer": translate("sync", "mã hóa nếu được"),
        "require": translate("sync", "luôn mã hóa, không kiểm tra chứng chỉ"),
        "verify-ca": translate("sync", "mã hóa, kiểm tra chứng chỉ của máy chủ"),
        "verify-full": translate("sync", "mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng)"),
    }
    return labels.get(mode, mode)


def fill_tls_modes(combo: QComboBox, modes: tuple[str, ...], current: str) -> None:
    """One item per mode, shown in words, the mode itself as the item's data."""
    combo.clear()
    for mode in modes:
        combo.addItem(tls_mode_label(mode), mode)
    combo.setCurrentIndex(max(combo.findData(current), 0))


def chosen_tls_mode(combo: QComboBox) -> str:
    return str(combo.currentData())
