"""Names of the tables and fields shown in the conflict comparison, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

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


def tls_mode_label(mode: str) -> str:
    """PostgreSQL's sslmode in words a receptionist can weigh (the setting keeps the code)."""
    labels = {
        "disable": _tr("không mã hóa (không an toàn)"),
        "allow": _tr("mã hóa khi máy chủ đòi hỏi"),
        "prefer": _tr("mã hóa nếu được"),
        "require": _tr("luôn mã hóa, không kiểm tra chứng chỉ"),
        "verify-ca": _tr("mã hóa, kiểm tra chứng chỉ của máy chủ"),
        "verify-full": _tr("mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng)"),
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
