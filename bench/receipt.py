"""Time to render one consent receipt vs a bare reportlab page with the same font.

A script, not a test: `make bench` prints the medians and their ratio (target: a
receipt under 150 ms). The bare page draws a few lines with the embedded TTF, so the
ratio shows what the receipt's layout adds on top of font embedding.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jpf_desk.domain.dates import now_vn
from jpf_desk.printing.fonts import REGULAR, register_fonts
from jpf_desk.services import setup
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput, GuardianInput
from jpf_desk.store.engine import open_store

RUNS = 30
TARGET_MS = 150


def a_receipt(folder: Path) -> Receipt:
    store = open_store(folder, demo=True)  # invented data: its key in a file, no keyring needed
    desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang")
    customer = records.create_customer(desk, CustomerInput(
        family_name="Đỗ", middle_name="Minh", given_name="Khôi", birth_date=date(2016, 3, 2),
        sex="male", guardians=[GuardianInput("Đỗ Thị Lụa", "mother", "0987 111 222", "cccd",
                                             "001185012345")])).customer
    receipt = capture_consent(desk, customer.id, ConsentInput(
        given=frozenset({"service", "contact"}), guardian_consented=True, child_consented=True))
    store.close()
    return receipt


def bare_page() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont(REGULAR, 10)
    for n, line in enumerate(("PHIẾU XÁC NHẬN ĐỒNG Ý", "Đỗ Minh Khôi", "Đỗ Thị Lụa")):
        canvas.drawString(60, 780 - 14 * n, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_ms(work: Callable[[], bytes]) -> float:
    work()  # warm-up: font parsing, imports
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        receipt = a_receipt(Path(folder))
    printed = now_vn()
    receipt_ms = median_ms(lambda: receipt_pdf(receipt, copy=False, printed_at=printed))
    bare_ms = median_ms(bare_page)
    print(f"receipt: {receipt_ms:.1f} ms (median of {RUNS}); bare page, same font: "
          f"{bare_ms:.1f} ms; ratio {receipt_ms / bare_ms:.1f}x; "
          f"target < {TARGET_MS} ms: {'met' if receipt_ms < TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
