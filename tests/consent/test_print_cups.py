"""The real print path: the preview's Print button, through CUPS, onto a cups-pdf queue
of a private scheduler, and what arrived read back (page count, A4 size, the QR code)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QApplication, QComboBox

from jpf_desk.domain.desk_settings import PaperSize
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.documents import reprint_pdf
from jpf_desk.services.settings.stored import PrintSetup
from jpf_desk.ui.consent import print_spool
from jpf_desk.ui.consent.preview import PdfPreviewDialog, desk_printer
from tests.consent.builders import new_adult
from tests.helpers.cups import PdfQueue, PrivateCups, isolate_cups, missing_tools

A4_POINTS = (595, 842)  # 210 x 297 mm


@pytest.fixture(scope="module")
def cups() -> Iterator[PrivateCups]:
    missing = missing_tools()
    if missing:
        reason = "a private CUPS with cups-pdf needs: " + ", ".join(missing)
        if os.environ.get("CI") == "true":  # CI installs them (Makefile TEST_APT): never skip
            pytest.fail(reason)
        pytest.skip(reason)
    scheduler = PrivateCups(isolate_cups())
    yield scheduler
    scheduler.stop()


@pytest.fixture
def queue(cups: PrivateCups) -> PdfQueue:
    return cups.add_pdf_queue()


def test_print_button_sends_the_receipt_to_a_real_queue(qtbot, desk, queue):
    customer_id = new_adult(desk)
    receipt = capture_consent(desk, customer_id, ConsentInput(given=frozenset({"service"})))
    pdf = reprint_pdf(desk, receipt.id)
    pages = len(pypdfium2.PdfDocument(pdf))
    preview = PdfPreviewDialog(pdf, "Phiếu", "phieu.pdf")
    qtbot.addWidget(preview)
    preview.show()
    # Only the private scheduler's queue: the machine's own printers are out of reach.
    assert QPrinterInfo.availablePrinterNames() == [queue.name]

    preview.ui.printButton.click()  # what the receptionist does
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QPrintDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    printers = dialog.findChild(QComboBox, "printers")  # the dialog's printer list
    printers.setCurrentIndex(printers.findText(queue.name))
    assert printers.currentText() == queue.name
    dialog.accept()
    assert preview.task is not None
    with qtbot.waitSignal(preview.task.finished, timeout=20_000):
        pass
    assert preview.ui.status.text() == f"Đã gửi {pages} trang tới máy in."

    printed = pypdfium2.PdfDocument(queue.wait_for_output(timeout=20))
    assert len(printed) == pages
    for page in printed:
        assert tuple(round(v) for v in page.get_size()) == A4_POINTS
    image = printed[0].render(scale=150 / 72).to_pil()
    assert [c.text for c in zxingcpp.read_barcodes(image)] == [f"{receipt.id}|{receipt.content_hash}"]



def test_a_scheduler_that_stops_answering_is_said_in_words_and_the_window_lives(
        qtbot, desk, cups, queue, monkeypatch):
    """With the scheduler stopped, painting onto a QPrinter waited in QPainter.end()
    holding Python's lock, and the window froze with it. The job now goes through lp
    in a child process: the window keeps running, and the silence is said in words."""
    monkeypatch.setattr(print_spool, "LP_TIMEOUT_S", 2.0)
    customer_id = new_adult(desk)
    receipt = capture_consent(desk, customer_id, ConsentInput(given=frozenset({"service"})))
    preview = PdfPreviewDialog(reprint_pdf(desk, receipt.id), "Phiếu", "phieu.pdf")
    qtbot.addWidget(preview)
    preview.show()
    printer = desk_printer(PrintSetup(queue.name, PaperSize.A4))  # while it answers
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    os.kill(cups.process.pid, signal.SIGSTOP)
    try:
        timer.start(50)
        task = preview.print_on(printer)
        with qtbot.waitSignal(task.finished, timeout=15_000):
            pass
        timer.stop()
    finally:
        os.kill(cups.process.pid, signal.SIGCONT)
    assert len(ticks) >= 20  # the event loop ran all along the 2 s wait
    assert "Máy in không sẵn sàng" in preview.ui.status.text()
    assert preview.isVisible() and preview.page_count >= 1
