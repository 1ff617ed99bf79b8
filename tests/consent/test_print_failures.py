"""Printing and saving that fail: said in words under the preview, which stays open with
the document, so the receptionist can print again or save elsewhere (no bug box)."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.documents import reprint_pdf
from jpf_desk.ui.consent.preview import PdfPreviewDialog, a4_printer
from tests.consent.builders import new_adult

NO_SUCH_PRINTER = "jpf-test-no-such-printer"


def _preview(qtbot, desk) -> PdfPreviewDialog:
    customer_id = new_adult(desk)
    receipt = capture_consent(desk, customer_id, ConsentInput(given=frozenset({"service"})))
    dialog = PdfPreviewDialog(reprint_pdf(desk, receipt.id), "Phiếu", "phieu.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _no_message_box() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_does_not_start_is_said_in_words(qtbot, desk):
    preview = _preview(qtbot, desk)
    printer = a4_printer()
    printer.setPrinterName(NO_SUCH_PRINTER)
    # Qt keeps the default queue when the name is unknown, and the job would print: so
    # check that this printer is bound to no queue at all (tests/conftest.py hides the
    # machine's queues) and writes to no file.
    assert QPrinterInfo.printerInfo(NO_SUCH_PRINTER).isNull()
    assert printer.printerName() not in QPrinterInfo.availablePrinterNames()
    assert printer.outputFileName() == ""
    task = preview.print_on(printer)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert "Máy in không sẵn sàng" in preview.ui.status.text()
    assert preview.isVisible() and preview.page_count >= 1
    assert _no_message_box()


def test_saving_where_it_cannot_be_written_is_said_in_words(qtbot, desk, tmp_path):
    preview = _preview(qtbot, desk)
    preview.save_to(tmp_path / "khong-co-thu-muc" / "phieu.pdf")
    assert "Không lưu được tệp PDF" in preview.ui.status.text()
    assert preview.isVisible() and _no_message_box()
    preview.save_to(tmp_path / "phieu.pdf")  # somewhere else: saved
    assert (tmp_path / "phieu.pdf").stat().st_size > 10_000
    assert preview.ui.status.text().startswith("Đã lưu")
