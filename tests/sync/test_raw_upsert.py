"""The fast write path of pulled rows stores exactly what SQLAlchemy stored: every
synced table of a demo store, read out as JSON and written into an empty store, comes
out byte-identical."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jpf_desk.services.demo.build import fill_demo
from jpf_desk.services.desk import Desk
from jpf_desk.store.engine import Store, open_store
from jpf_desk.sync.inbox import begin_apply
from jpf_desk.sync.rows import read_rows, synced_tables, upsert_rows
from tests.helpers.stores import copy_store


def raw_rows(store: Store, name: str, ids: list[str]) -> list[tuple[object, ...]]:
    with store.session(None, None) as s:
        marks = ", ".join("?" for _ in ids)
        return [tuple(r) for r in s.connection().exec_driver_sql(
            f'SELECT * FROM "{name}" WHERE id IN ({marks}) ORDER BY id', tuple(ids))]


def test_rows_written_by_the_fast_path_are_byte_identical(
        desk: Desk, tmp_path: Path, empty_store: Path) -> None:
    fill_demo(desk.store, 25, seed=3, desk=desk)
    tables = synced_tables()
    with desk.tx() as s:
        data = {name: list(read_rows(s, spec.table, s.scalars(select(spec.table.c.id))))
                for name, spec in tables.items()}
    assert sum(len(rows) for rows in data.values()) > 300
    folder = tmp_path / "fresh"
    copy_store(empty_store, folder)
    fresh = open_store(folder)
    try:
        with fresh.session(None, None) as s:
            begin_apply(s)  # as a pull does: no outbox, keys checked at commit
            for name, spec in tables.items():
                upsert_rows(s, spec.table, data[name], only_missing=spec.append_only)
        for name in tables:
            ids = [row["id"] for row in data[name]]
            if ids:
                assert raw_rows(fresh, name, ids) == raw_rows(desk.store, name, ids), name
    finally:
        fresh.close()
