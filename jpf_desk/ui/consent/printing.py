"""Rendering consent documents off the GUI thread, then showing their preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.services.consent.documents import (
    blank_form_pdf,
    centre_name,
    check_receipt_printing,
    form_periods,
    receipt_pdf,
    receipt_printed,
)
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.desk import Desk
from jpf_desk.services.settings.stored import PrintSetup, print_setup
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.tasks import TaskHandle, run_task

_OPEN: list[QDialog] = []  # parentless previews stay alive while shown


translate = QCoreApplication.translate


def _show(parent: QWidget | None, pdf: bytes, title: str, file_name: str,
          on_open: Callable[[QDialog], None] | None, chosen: PrintSetup) -> None:
    dialog = PdfPreviewDialog(pdf, title, file_name, parent, chosen)
    if parent is None:
        _OPEN.append(dialog)
        dialog.finished.connect(lambda _code: _OPEN.remove(dialog))
    dialog.open()
    if on_open is not None:
        on_open(dialog)


def open_receipt_preview(
    parent: QWidget | None, desk: Desk, receipt: Receipt, *, copy: bool,
    on_open: Callable[[QDialog], None] | None = None,
) -> TaskHandle[bytes]:
    """The original right after consent; a marked copy for a reprint. Allowed and
    recorded in the access log on the GUI thread (the worker only renders)."""
    title = translate("consent", "Phiếu đồng ý %1").replace("%1", receipt.short_code)
    missing = receipt.content["controller"].get("missing", {"jpf": ["?"]})
    if any(missing.values()):  # said plainly, on screen as on paper; nothing is refused
        title += translate("consent", " – THIẾU thông tin liên hệ của bên kiểm soát (xem phiếu)")
    check_receipt_printing(desk)
    chosen = print_setup(desk.store)  # read here: the worker must not touch the store

    def rendered(pdf: bytes) -> None:
        receipt_printed(desk, receipt, copy=copy)
        _show(parent, pdf, title, f"phieu-dong-y-{receipt.short_code}.pdf", on_open, chosen)

    return run_task(parent, translate("consent", "Đang chuẩn bị phiếu"),
                    lambda _ctx: receipt_pdf(receipt, copy=copy), rendered)


def open_paper_form_preview(
    parent: QWidget | None, desk: Desk, on_open: Callable[[QDialog], None] | None = None,
) -> TaskHandle[bytes]:
    centre = centre_name(desk)  # read here: the worker must not touch the store
    periods = form_periods(desk)
    chosen = print_setup(desk.store)
    return run_task(
        parent, translate("consent", "Đang chuẩn bị mẫu giấy"),
        lambda _ctx: blank_form_pdf(centre, periods),
        lambda pdf: _show(parent, pdf, translate("consent", "Mẫu đồng ý (bản giấy)"),
                          "mau-dong-y.pdf", on_open, chosen),
    )
