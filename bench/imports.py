"""Time to import 10,000 messy spreadsheet rows vs a bare executemany of the same rows.

A script, not a test: `make bench` prints both times and their ratio over paired rounds
(`--rounds`, default 3; `--rows`, default 10,000), with the machine's cores and load (target: the
whole import, reading the .xlsx, checking every row as at intake, duplicates and the
one transaction, under 60 s). The baseline inserts the same number of rows into a
plain table of the same store with one executemany, so the ratio shows what reading,
validation and tracking add on top of the bare write.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import machine_line, spread
from jpf_desk.domain.import_modes import ImportMode
from jpf_desk.services import setup
from jpf_desk.services.imports.customers import import_customers
from jpf_desk.store.engine import open_store

ROWS = 10_000
TARGET_S = 60
FAMILY = ("Nguyễn", "Tran", "Lê", "Phạm", "Hoàng", "Huynh", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Minh", "Ngoc", "Quốc", "Thanh", "Gia", "Hải")
GIVEN = ("An", "Bình", "Chi", "Dũng", "Hà", "Khoa", "Lan", "Mai", "Nam", "Phúc", "Quyên", "Tú")


def messy_rows(count: int) -> list[list[object]]:
    """Invented people, written as centres do: dates as text or numbers, phones that
    lost their 0, old 11-digit mobiles."""
    rng = random.Random(17)
    rows: list[list[object]] = [["Họ và tên", "Ngày sinh", "Giới tính", "SĐT", "Email"]]
    for n in range(count):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        born = date(1970 + n % 35, 1 + n % 12, 1 + n % 28)
        birth: object = (born.strftime("%d/%m/%Y") if n % 3 else
                         (born - date(1899, 12, 30)).days)
        phone: object = 903000000 + n if n % 2 else f"0168{2000000 + n:07d}"
        rows.append([name, birth, "Nam" if n % 2 else "Nữ", phone, ""])
    return rows


def one_round(base: Path, path: Path, rows: list[list[object]]) -> tuple[float, float, str]:
    """The bare executemany and the whole import, each into a new store of its own."""
    store = open_store(base / "store", demo=True)
    desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang",
                            password="bench-only-password")
    start = time.perf_counter()
    with desk.tx() as s:
        s.execute(text("CREATE TABLE bench_rows (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT)"))
        s.execute(text("INSERT INTO bench_rows VALUES (:a, :b, :c, :d, :e)"),
                  [dict(zip("abcde", map(str, r), strict=True)) for r in rows[1:]])
    bare_s = time.perf_counter() - start

    start = time.perf_counter()
    report = import_customers(desk, path, apply=True, mode=ImportMode.GOOD_ROWS)
    import_s = time.perf_counter() - start
    store.close()
    return import_s, bare_s, f"{len(report.customer_ids)} imported, {len(report.refused)} refused"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(machine_line() + " (before)")
    rounds = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "hoc-vien.xlsx"
        book = openpyxl.Workbook()
        rows = messy_rows(args.rows)
        for row in rows:
            book.active.append(row)
        book.save(path)
        for n in range(args.rounds):
            rounds.append(one_round(base / f"round-{n}", path, rows))
    print(machine_line() + " (after)")
    import_s = statistics.median(r[0] for r in rounds)
    print(f"import of {args.rows} rows ({rounds[0][2]}): {spread([r[0] for r in rounds], ' s', 1)}"
          f"; bare executemany: {spread([r[1] for r in rounds], ' s')}; ratio per round "
          f"{spread([r[0] / r[1] for r in rounds], 'x', 0)}")
    if args.rows != ROWS:
        print(f"target (under {TARGET_S} s) is for {ROWS} rows: not judged")
        return 0
    print(f"target under {TARGET_S} s: {'ok' if import_s < TARGET_S else 'MISSED'}")
    return 0 if import_s < TARGET_S else 1

if __name__ == "__main__":
    sys.exit(main())
