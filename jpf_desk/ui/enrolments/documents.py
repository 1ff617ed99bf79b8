"""Payment receipts, the cash summary and class lists shown in the print preview.

The store is read (and the print recorded) on the GUI thread; only the drawing runs on
the worker, which never touches the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.services.courses import cash, class_lists, receipts
from jpf_desk.services.desk import Desk
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.tasks import TaskHandle, run_task

T = TypeVar("T")


translate = QCoreApplication.translate


def _preview(parent: QWidget, prepare: Callable[[], T], render: Callable[[T], bytes],
             title: str | Callable[[T], str], file_name: str,
             on_open: Callable[[QDialog], None] | None) -> TaskHandle[bytes] | None:
    try:
        sheet = prepare()
    except Exception as exc:  # noqa: BLE001 - refused or a store failure: said in words
        show_error(parent, exc)
        return None
    shown_title = title(sheet) if callable(title) else title

    def show(pdf: bytes) -> None:
        dialog = PdfPreviewDialog(pdf, shown_title, file_name, parent)
        dialog.open()
        if on_open is not None:
            on_open(dialog)

    return run_task(parent, translate("money", "Đang chuẩn bị bản in"), lambda _ctx: render(sheet), show)


def open_payment_receipt(parent: QWidget, desk: Desk, payment_id: str,
                         on_open: Callable[[QDialog], None] | None = None,
                         ) -> TaskHandle[bytes] | None:
    """One print of the receipt: the original the first time, a copy after."""
    def title(sheet: receipts.PaymentReceiptSheet) -> str:
        text = translate("money", "Biên lai thu tiền %1").replace("%1", sheet.number)
        return text + (translate("money", " – BẢN SAO") if sheet.copy else "")

    return _preview(parent, lambda: receipts.prepare_receipt(desk, payment_id, lang=current_lang()),
                    receipts.render, title, "bien-lai.pdf", on_open)


def open_cash_summary(parent: QWidget, desk: Desk, day: date, staff_id: str | None,
                      on_open: Callable[[QDialog], None] | None = None,
                      ) -> TaskHandle[bytes] | None:
    return _preview(parent, lambda: cash.cash_summary_sheet(desk, day, staff_id=staff_id,
                                                             lang=current_lang()),
                    cash.render, translate("money", "Bảng kê thu tiền trong ngày"),
                    f"bang-ke-thu-tien-{day.isoformat()}.pdf", on_open)


def open_class_list(parent: QWidget, desk: Desk, class_id: str,
                    on_open: Callable[[QDialog], None] | None = None,
                    ) -> TaskHandle[bytes] | None:
    return _preview(parent, lambda: class_lists.attendance_sheet(desk, class_id,
                                                                  lang=current_lang()),
                    class_lists.render, translate("money", "Danh sách lớp – điểm danh"),
                    "danh-sach-lop.pdf", on_open)
