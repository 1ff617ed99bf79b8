"""Time to render one consent receipt vs the same page rebuilt in plain reportlab.

A script, not a test: `make bench`. The baseline (bench/baselines/plain_receipt.py) is the
same A4 page with the same words (checked here before timing), font, tables and QR,
written straight against reportlab: the ratio is what the program's own code adds.
Paired rounds: each round renders both alternately and takes each one's median, so a
burst of load on a shared machine hits both; the ratio is printed with its spread.
Targets (issue 16): a receipt at most 1.1 times the plain page, and under 30 ms.
The first render of a new receipt (its QR not yet encoded) is printed apart, against
the plain page encoding its QR too.
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

import pdfplumber
from reportlab.lib import rl_accel

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.baselines.plain_receipt import encode_qr, plain_page
from bench.machine import machine_line
from jpf_desk.domain.dates import now_vn
from jpf_desk.printing.fonts import register_fonts
from jpf_desk.printing.layout import qr_modules
from jpf_desk.services import setup
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.documents import receipt_pdf, receipt_sheet
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput, GuardianInput
from jpf_desk.store.engine import open_store

RUNS = 10
ROUNDS = 7
TARGET_RATIO = 1.1
TARGET_MS = 30


def a_receipt(folder: Path) -> Receipt:
    store = open_store(folder, demo=True)  # invented data: its key in a file, no keyring needed
    desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang",
                            password="bench-password")
    customer = records.create_customer(desk, CustomerInput(
        family_name="Đỗ", middle_name="Minh", given_name="Khôi", birth_date=date(2016, 3, 2),
        sex="male", guardians=[GuardianInput("Đỗ Thị Lụa", "mother", "0987 111 222", "cccd",
                                             "001185012345")])).customer
    receipt = capture_consent(desk, customer.id, ConsentInput(
        given=frozenset({"service", "contact"}), guardian_consented=True, child_consented=True))
    store.close()
    return receipt


def words(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1, "one page"
        page = document.pages[0]
        assert (round(page.width), round(page.height)) == (595, 842), "A4"
        return sorted(page.extract_text().split())


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds: on a shared machine the CPU time shows the work itself
    when other builds stretch the wall time."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


Round = tuple[float, float, float]  # medians: receipt wall, plain page wall, receipt CPU


def paired(a: Callable[[], object], b: Callable[[], object]) -> list[Round]:
    """Per round, the medians over RUNS renders of each, interleaved."""
    a(), b()  # warm-up: imports, font subsets
    rounds = []
    for _ in range(ROUNDS):
        ours, theirs, cpu = [], [], []
        for _ in range(RUNS):
            wall, used = timed(a)
            ours.append(wall)
            cpu.append(used)
            theirs.append(timed(b)[0])
        rounds.append((statistics.median(ours), statistics.median(theirs),
                       statistics.median(cpu)))
    return rounds


def report(name: str, rounds: list[Round]) -> tuple[float, float]:
    ratios = sorted(x / y for x, y, _ in rounds)
    ms = sorted(x for x, _, _ in rounds)
    ratio, median_ms = statistics.median(ratios), statistics.median(ms)
    print(f"{name}: receipt {median_ms:.1f} ms (rounds {ms[0]:.1f}-{ms[-1]:.1f}; CPU "
          f"{statistics.median(c for _, _, c in rounds):.1f} ms), plain reportlab page "
          f"{statistics.median(y for _, y, _ in rounds):.1f} ms; ratio {ratio:.2f}x (rounds "
          f"{ratios[0]:.2f}-{ratios[-1]:.2f}), {ROUNDS} rounds of {RUNS}")
    return ratio, median_ms


def main() -> int:
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        receipt = a_receipt(Path(folder))
    printed = now_vn()
    sheet = receipt_sheet(receipt, printed_at=printed, copy=False)
    qr = encode_qr(sheet.qr_payload)
    ours = words(receipt_pdf(receipt, copy=False, printed_at=printed))
    theirs = words(plain_page(sheet, qr))
    if ours != theirs:
        print("the baseline is not the same page:", sorted(set(ours) ^ set(theirs)))
        return 1
    print(f"same page: {len(ours)} words identical; C accelerator (rl_accel): "
          f"{'yes' if rl_accel.fp_str.__module__ == '_rl_accel' else 'NO'}")
    print(machine_line())
    ratio, ms = report("reprint/preview", paired(
        lambda: receipt_pdf(receipt, copy=False, printed_at=printed),
        lambda: plain_page(sheet, qr)))

    def fresh_receipt() -> bytes:
        qr_modules.cache_clear()
        return receipt_pdf(receipt, copy=False, printed_at=printed)

    report("first print of a new receipt (QR encoded in both)", paired(
        fresh_receipt, lambda: plain_page(sheet, encode_qr(sheet.qr_payload))))
    print(machine_line())
    met = ratio <= TARGET_RATIO and ms < TARGET_MS
    print(f"target <= {TARGET_RATIO}x and < {TARGET_MS} ms: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
