"""Time to import 10,000 messy spreadsheet rows vs a bare executemany of the same rows.

A script, not a test: `make bench` prints both times and their ratio (target: the
whole import, reading the .xlsx, checking every row as at intake, duplicates and the
one transaction, under 60 s). The baseline inserts the same number of rows into a
plain table of the same store with one executemany, so the ratio shows what reading,
validation and tracking add on top of the bare write.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "hoc-vien.xlsx"
        book = openpyxl.Workbook()
        rows = messy_rows(ROWS)
        for row in rows:
            book.active.append(row)
        book.save(path)
        store = open_store(base / "store", demo=True)
        desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang")

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
    print(f"import of {ROWS} rows: {import_s:.1f} s ({len(report.customer_ids)} imported, "
          f"{len(report.refused)} refused); bare executemany: {bare_s:.2f} s; "
          f"ratio {import_s / bare_s:.0f}x; target under {TARGET_S} s: "
          f"{'ok' if import_s < TARGET_S else 'MISSED'}")
    return 0 if import_s < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
