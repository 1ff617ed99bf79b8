"""Vietnamese labels of request kinds, statuses, channels and identity checks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("requests", text)


def kinds() -> dict[str, str]:
    return {
        "update": _tr("Sửa đổi, cập nhật dữ liệu"),
        "access": _tr("Xem / nhận bản sao dữ liệu"),
        "withdraw": _tr("Rút lại sự đồng ý"),
        "restrict": _tr("Hạn chế xử lý"),
        "object": _tr("Phản đối xử lý"),
        "delete": _tr("Xoá dữ liệu"),
    }


def statuses() -> dict[str, str]:
    return {
        "received": _tr("Đã nhận"), "acknowledged": _tr("Đã xác nhận"),
        "in_progress": _tr("Đang xử lý"), "done": _tr("Hoàn thành"),
        "refused": _tr("Từ chối"),
    }


def channels() -> dict[str, str]:
    return {"desk": _tr("Tại quầy"), "paper": _tr("Văn bản giấy"),
            "phone": _tr("Điện thoại"), "email": _tr("Thư điện tử")}


def identity_checks() -> dict[str, str]:
    return {
        "id_document": _tr("Đã xem CCCD / hộ chiếu"),
        "known_contact": _tr("Gọi lại số điện thoại / email đã lưu"),
        "signed_letter": _tr("Văn bản có chữ ký kèm bản sao giấy tờ"),
        "guardian_papers": _tr("Giấy tờ của người giám hộ và quan hệ"),
        "other": _tr("Cách khác (ghi rõ)"),
    }


def steps() -> dict[str, str]:
    return {**statuses(), "extended": _tr("Gia hạn"), "approved": _tr("Đã duyệt"),
            "rejected": _tr("Không duyệt")}
