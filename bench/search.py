"""Search latency as a receptionist types, through the service, on 100,000 customers.

Prints p50/p95 of the service call (ids + rows, as the window asks) for every prefix of
a set of queries, and the ratio to the same FTS/index query in raw sqlite3, measured
in the same run. Target: p95 under 20 ms.

    python bench/search.py [--customers 100000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from jpf_desk.domain.search_key import query_tokens
from jpf_desk.services.customers.search import search_customers
from jpf_desk.services.demo.build import DEMO_PASSWORD, DEMO_STAFF, fill_demo, is_empty
from jpf_desk.services.staff import sign_in
from jpf_desk.store.engine import STORE_FILE, open_store

QUERIES = ("nguyen thi anh", "tran van binh", "hoa", "le minh trang", "pham duc",
           "0912 345", "+84 98", "vo thuy", "dang bao ngan", "1234", "ngo gia huy")


def typed_prefixes(query: str) -> list[str]:
    return [query[:n] for n in range(2, len(query) + 1) if not query[:n].endswith(" ")]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def raw_query(conn: sqlite3.Connection, text: str) -> list[str]:
    tokens = query_tokens(text)
    if not any(ch.isalpha() for ch in text):
        digits = "".join(ch for ch in text if ch.isdigit())
        return [r[0] for r in conn.execute(
            "SELECT id FROM customers WHERE phone_digits >= ? AND phone_digits < ? "
            "ORDER BY sort_key LIMIT 50", (digits, digits + ":"))]
    match = " AND ".join(f'"{t}"*' for t in tokens)
    return [r[0] for r in conn.execute(
        "SELECT c.id, c.full_name, c.phone_e164 FROM customers_fts f "
        "JOIN customers c ON c.rowid = f.rowid WHERE customers_fts MATCH ? "
        "ORDER BY c.sort_key LIMIT 50", (match,))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    folder = Path(args.data_dir or tempfile.mkdtemp(prefix="jpf-bench-search-"))
    store = open_store(folder)
    if is_empty(store):
        started = time.perf_counter()
        fill_demo(store, args.customers)
        print(f"demo store: {args.customers} customers in {time.perf_counter() - started:.0f} s")
    desk = sign_in.sign_in(store, sign_in.find_staff(store, DEMO_STAFF[0][0]), DEMO_PASSWORD)
    conn = sqlite3.connect(folder / STORE_FILE)
    service, raw = [], []
    for query in QUERIES:
        for prefix in typed_prefixes(query):
            t0 = time.perf_counter()
            search_customers(desk, prefix)
            service.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            raw_query(conn, prefix)
            raw.append((time.perf_counter() - t0) * 1000)
    conn.close()
    store.close()
    p95s, p95r = percentile(service, 95), percentile(raw, 95)
    print(f"searches: {len(service)} (every typed prefix of {len(QUERIES)} queries)")
    print(f"service  p50 {statistics.median(service):6.2f} ms  p95 {p95s:6.2f} ms")
    print(f"raw SQL  p50 {statistics.median(raw):6.2f} ms  p95 {p95r:6.2f} ms")
    print(f"ratio service/raw at p95: {p95s / p95r:.2f}")
    print(f"target p95 < 20 ms: {'met' if p95s < 20 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
