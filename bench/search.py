"""Search latency as a receptionist types, through the service, on 100,000 customers,
on the encrypted store and on a plain copy of it.

Prints p50/p95 of the service call (ids + rows, as the window asks) for every prefix of
a set of queries, on the SQLCipher store and on a plain SQLite copy made in the same
run, the ratio encrypted/plain, and the ratio to the same FTS/index query in raw SQL.
Target: p95 under 20 ms on the encrypted store. The bench store is a demo store (its
key in a file in its folder), so it needs no keyring.

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

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from jpf_desk.domain.search_key import query_tokens
from jpf_desk.services.customers.search import search_customers
from jpf_desk.services.demo.build import DEMO_PASSWORD, DEMO_STAFF, fill_demo, is_empty
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import sign_in
from jpf_desk.store import tracking
from jpf_desk.store.engine import STORE_FILE, Store, connect, open_store

QUERIES = ("nguyen thi anh", "tran van binh", "hoa", "le minh trang", "pham duc",
           "0912 345", "+84 98", "vo thuy", "dang bao ngan", "1234", "ngo gia huy")


def typed_prefixes(query: str) -> list[str]:
    return [query[:n] for n in range(2, len(query) + 1) if not query[:n].endswith(" ")]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def raw_query(conn: object, text: str) -> list[str]:
    tokens = query_tokens(text)
    if not any(ch.isalpha() for ch in text):
        digits = "".join(ch for ch in text if ch.isdigit())
        return [r[0] for r in conn.execute(  # type: ignore[attr-defined]
            "SELECT id FROM customers WHERE phone_digits >= ? AND phone_digits < ? "
            "ORDER BY sort_key LIMIT 50", (digits, digits + ":"))]
    match = " AND ".join(f'"{t}"*' for t in tokens)
    return [r[0] for r in conn.execute(  # type: ignore[attr-defined]
        "SELECT c.id, c.full_name, c.phone_e164 FROM customers_fts f "
        "JOIN customers c ON c.rowid = f.rowid WHERE customers_fts MATCH ? "
        "ORDER BY c.sort_key LIMIT 50", (match,))]


def plain_copy(store: Store, target: Path) -> Store:
    """The same rows in a plain SQLite file (sqlcipher_export to an empty key)."""
    target.unlink(missing_ok=True)
    conn = connect(store.path, store.key)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    engine = create_engine(f"sqlite:///{target}")

    def same_cache(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA cache_size=-32000")  # as the encrypted store has

    event.listen(engine, "connect", same_cache)
    factory = sessionmaker(engine, expire_on_commit=False)
    tracking.install(factory)
    return Store(path=target, engine=engine, factory=factory)


def measure(desk: Desk, conn: object) -> tuple[list[float], list[float]]:
    service, raw = [], []
    for query in QUERIES:
        for prefix in typed_prefixes(query):
            t0 = time.perf_counter()
            search_customers(desk, prefix)
            service.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            raw_query(conn, prefix)
            raw.append((time.perf_counter() - t0) * 1000)
    return service, raw


def report(label: str, service: list[float], raw: list[float]) -> float:
    p95s, p95r = percentile(service, 95), percentile(raw, 95)
    print(f"{label}: service p50 {statistics.median(service):6.2f} ms  p95 {p95s:6.2f} ms;"
          f" raw SQL p50 {statistics.median(raw):6.2f} ms  p95 {p95r:6.2f} ms;"
          f" service/raw at p95 {p95s / p95r:.2f}")
    return p95s


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    folder = Path(args.data_dir or tempfile.mkdtemp(prefix="jpf-bench-search-"))
    store = open_store(folder, demo=True)
    if is_empty(store):
        started = time.perf_counter()
        fill_demo(store, args.customers)
        print(f"demo store: {args.customers} customers in {time.perf_counter() - started:.0f} s")
    plain = plain_copy(store, folder.parent / f"{folder.name}-plain.db")
    manager = DEMO_STAFF[0][0]  # the demo manager signs in, on both copies
    desk, plain_desk = (sign_in.sign_in(s, sign_in.find_staff(s, manager), DEMO_PASSWORD)
                        for s in (store, plain))
    enc_conn, plain_conn = connect(folder / STORE_FILE, store.key), sqlite3.connect(plain.path)
    plain_conn.execute("PRAGMA cache_size=-32000")
    measure(desk, enc_conn)  # warm both caches the same way
    measure(plain_desk, plain_conn)
    enc = measure(desk, enc_conn)
    pla = measure(plain_desk, plain_conn)
    enc_conn.close()
    plain_conn.close()
    store.close()
    plain.close()
    plain.path.unlink()
    print(f"searches: {len(enc[0])} per store (every typed prefix of {len(QUERIES)} queries)")
    p95e = report("encrypted", *enc)
    p95p = report("plain    ", *pla)
    print(f"ratio encrypted/plain at p95: {p95e / p95p:.2f}")
    print(f"target p95 < 20 ms on the encrypted store: {'met' if p95e < 20 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
