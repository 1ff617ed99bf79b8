"""Customer lists in Vietnamese alphabetical order; names indexed with their marks.

The stored sort key was the accent-free name, which files "Đức" with "Duc"; it becomes
the Vietnamese collation key (domain.vi_collation); an erased customer's empty key
stays empty.

The list index (sort key, search key, status, id) also holds the name as written.
Search ranks names carrying the marks typed first ("Thủy" before "Thùy"): a second FTS
index over the name as written (marks kept, case folded) tells in one index read which
customers carry them, so a marked query that matches tens of thousands accent-free need
not read every matching row to rank it. Kept in step by triggers, like customers_fts.

Revision ID: 0013_search
Revises: 0001_foundation
Create Date: 2026-11-27
"""
import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.domain.names import PersonName

revision: str = '0013_search'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _accent_free(text: str) -> str:
    """The key of the previous version, frozen here for the downgrade."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    for ch in "đĐðÐɖƉ":
        s = s.replace(ch, "d")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def _rewrite(key: Callable[[str, str, str], str]) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT rowid, given_name, family_name, middle_name FROM customers "
        "WHERE sort_key != ''")).all()
    conn.execute(sa.text("UPDATE customers SET sort_key = :k WHERE rowid = :r"),
                 [{"k": key(g or "", f or "", m or ""), "r": r} for r, g, f, m in rows]
                 or [{"k": "", "r": -1}])


_TRIGGERS = ("customers_fts_marked_ai", "customers_fts_marked_ad", "customers_fts_marked_au")


_LIST_COLUMNS = ["sort_key", "search_key", "status", "id"]


def upgrade() -> None:
    _rewrite(lambda g, f, m: PersonName(f, m, g, "").sort_key)
    # The list index also holds the name as written: a search walking it tests marks
    # without reading each row.
    op.drop_index("ix_customers_list", table_name="customers")
    op.create_index("ix_customers_list", "customers", [*_LIST_COLUMNS, "full_name"])
    # Both keys of the name: the accent-free key (what matches) and the name as written
    # (how close), so one FTS query counts the matches of a closeness level.
    op.execute(
        "CREATE VIRTUAL TABLE customers_fts_marked USING fts5("
        "search_key, full_name, content='customers', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_marked_ai AFTER INSERT ON customers BEGIN "
        "INSERT INTO customers_fts_marked(rowid, search_key, full_name) "
        "VALUES (new.rowid, new.search_key, new.full_name); END"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_marked_ad AFTER DELETE ON customers BEGIN "
        "INSERT INTO customers_fts_marked(customers_fts_marked, rowid, search_key, full_name) "
        "VALUES ('delete', old.rowid, old.search_key, old.full_name); END"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_marked_au AFTER UPDATE OF search_key, full_name "
        "ON customers BEGIN "
        "INSERT INTO customers_fts_marked(customers_fts_marked, rowid, search_key, full_name) "
        "VALUES ('delete', old.rowid, old.search_key, old.full_name); "
        "INSERT INTO customers_fts_marked(rowid, search_key, full_name) "
        "VALUES (new.rowid, new.search_key, new.full_name); END"
    )
    op.execute("INSERT INTO customers_fts_marked(customers_fts_marked) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS customers_fts_marked")
    op.drop_index("ix_customers_list", table_name="customers")
    op.create_index("ix_customers_list", "customers", _LIST_COLUMNS)
    _rewrite(lambda g, f, m: "\x1f".join((_accent_free(g), _accent_free(f), _accent_free(m))))
