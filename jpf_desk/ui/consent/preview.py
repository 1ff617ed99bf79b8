"""Print preview of a PDF (QtPdf) with Print (A4, off the GUI thread) and Save as PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from jpf_desk.domain.desk_settings import PaperSize
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import register
from jpf_desk.services.settings.stored import PrintSetup
from jpf_desk.ui.consent.print_spool import SpoolRefused, lp_command, spool
from jpf_desk.ui.errors import known_message, show_error
from jpf_desk.ui.generated.ui_consent_preview import Ui_ConsentPreviewDialog
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.tasks import TaskContext, TaskHandle, run_task
from jpf_desk.ui.widgets import name_buttons

log = logging.getLogger(__name__)

PRINT_DPI = 300
ERROR_STYLE = "color: #b00020;"


class PrintFailed(DomainError):
    """The printer did not take the job, or the PDF could not be written: the document
    is still on screen, to print again or save elsewhere."""


register({
    "print.printer_unavailable": {
        "vi": "Máy in không sẵn sàng (chưa cài, đang tắt hoặc bị lỗi). Phiếu vẫn còn đây: "
              "hãy kiểm tra máy in rồi in lại, hoặc lưu thành PDF.",
        "fr": "L'imprimante n'est pas prête (absente, éteinte ou en erreur). Le document est "
              "toujours là : vérifiez l'imprimante puis réimprimez, ou enregistrez en PDF.",
        "en": "The printer is not ready (missing, switched off or failing). The document is "
              "still here: check the printer and print again, or save it as a PDF.",
    },
    "print.save_failed": {
        "vi": "Không lưu được tệp PDF (ổ đĩa đầy, thư mục không tồn tại hoặc không có quyền "
              "ghi). Hãy chọn chỗ khác.",
        "fr": "Impossible d'enregistrer le PDF (disque plein, dossier absent ou sans droit "
              "d'écriture). Choisissez un autre emplacement.",
        "en": "The PDF could not be saved (disk full, missing folder or no permission to "
              "write). Choose another place.",
    },
})


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


PAGE_SIZES = {PaperSize.A4: QPageSize.PageSizeId.A4, PaperSize.A5: QPageSize.PageSizeId.A5,
              PaperSize.LETTER: QPageSize.PageSizeId.Letter}


def a4_printer() -> QPrinter:
    return desk_printer(PrintSetup("", PaperSize.A4))


def desk_printer(chosen: PrintSetup) -> QPrinter:
    """The printer and paper the manager chose for this desk (settings dialog); the
    print dialog still lets the person change them for one job."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if chosen.printer:
        printer.setPrinterName(chosen.printer)
    printer.setResolution(PRINT_DPI)  # 1200 dpi pages are huge and no sharper on paper
    printer.setPageSize(QPageSize(PAGE_SIZES[chosen.paper_size]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF carries its own margins
    return printer


def print_pdf(pdf: bytes, printer: QPrinter, ctx: TaskContext) -> int:
    """Send the PDF to the printer; returns the page count. On a CUPS system a queue's
    job goes through `lp` in a child process (print_spool.py: a scheduler that stops
    answering cannot freeze the window); otherwise each page is rendered at the
    printer's resolution and painted.

    Runs on a worker: QPdfDocument and QPainter on a QPrinter are usable off the GUI
    thread as long as one thread owns them.
    """
    document, buffer = _load(pdf)
    pages = document.pageCount()
    command = lp_command(printer)
    if command is not None:
        document.close()
        buffer.close()
        try:
            spool(command, pdf, ctx)
        except SpoolRefused as exc:
            log.warning("the print job was not taken: %s", exc)
            raise PrintFailed("print.printer_unavailable") from exc
        ctx.progress(pages, pages)
        return pages
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        buffer.close()
        raise PrintFailed("print.printer_unavailable")
    try:
        for page in range(pages):
            ctx.check_cancelled()
            if page:
                printer.newPage()
            target: QRect = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(page, QSize(target.width(), target.height()))
            painter.drawImage(target, image)
            ctx.progress(page + 1, pages)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages


class PdfPreviewDialog(QDialog):
    """Shows `pdf`; `file_name` is proposed by Save as PDF."""

    def __init__(self, pdf: bytes, title: str, file_name: str,
                 parent: QWidget | None = None, chosen: PrintSetup | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.file_name = pdf, file_name
        self.chosen = chosen or PrintSetup("", PaperSize.A4)
        self.ui = Ui_ConsentPreviewDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setWindowTitle(title)
        # An A4 page is taller than a 768-pixel screen: the page scrolls, while Print,
        # Save as PDF and Close stay below it, on screen.
        fit_window(self, 760, 900)
        name_buttons(self.ui.buttons)
        self.document, self._buffer = _load(pdf)
        self.document.setParent(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewLayout.addWidget(self.view)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.printButton.clicked.connect(self.ask_print)
        self.ui.saveButton.clicked.connect(self.ask_save)
        self.ui.printButton.setDefault(True)
        self.task: TaskHandle[int] | None = None

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def ask_print(self) -> QPrintDialog:
        printer = desk_printer(self.chosen)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_on(printer))
        dialog.show()
        self._print_dialog = (dialog, printer)
        return dialog

    def print_on(self, printer: QPrinter) -> TaskHandle[int]:
        pdf = self.pdf
        self.ui.status.setText(self.tr("Đang in…"))
        self.ui.status.setStyleSheet("")
        self.task = run_task(self, self.tr("Đang in"), lambda ctx: print_pdf(pdf, printer, ctx),
                             self._printed, self._failed)
        return self.task

    def _printed(self, pages: int) -> None:
        self.ui.status.setText(self.tr("Đã gửi %n trang tới máy in.", "", pages))

    def _failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        if message is None:
            show_error(self, exc)
            self.ui.status.setText("")
            return
        self.ui.status.setStyleSheet(ERROR_STYLE)
        self.ui.status.setText(message)

    def ask_save(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Lưu thành PDF"), self.file_name,
                             self.tr("Tệp PDF (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()
        self._save_dialog = dialog
        return dialog

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.pdf)
        except OSError:
            self._failed(PrintFailed("print.save_failed"))
            return
        self.ui.status.setStyleSheet("")
        self.ui.status.setText(self.tr("Đã lưu %1").replace("%1", path.name))
