"""Vietnamese names of tables and fields shown in the conflict comparison."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def table_label(name: str) -> str:
    labels = {
        "customers": _tr("Khách hàng"), "guardians": _tr("Người giám hộ"),
        "enrolments": _tr("Ghi danh"), "payments": _tr("Thanh toán"),
        "classes": _tr("Lớp học"), "courses": _tr("Khóa học"), "staff": _tr("Nhân viên"),
        "centres": _tr("Cơ sở"), "dossiers": _tr("Hồ sơ du học"),
    }
    return labels.get(name, name)


def field_label(name: str) -> str:
    labels = {
        "family_name": _tr("Họ"), "middle_name": _tr("Tên đệm"), "given_name": _tr("Tên"),
        "full_name": _tr("Họ và tên"), "birth_date": _tr("Ngày sinh"),
        "sex": _tr("Giới tính"), "phone_e164": _tr("Điện thoại"), "email": _tr("Email"),
        "id_kind": _tr("Loại giấy tờ"), "id_number": _tr("Số giấy tờ"),
        "id_expiry": _tr("Ngày hết hạn giấy tờ"), "province_code": _tr("Tỉnh/thành"),
        "commune_code": _tr("Xã/phường"), "street": _tr("Địa chỉ"),
        "address_as_written": _tr("Địa chỉ như đã ghi"), "notes": _tr("Ghi chú"),
        "status": _tr("Trạng thái"),
    }
    return labels.get(name, name)
