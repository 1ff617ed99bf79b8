"""The consent chain's links: one per receipt written, per redaction, per batch of events.

Local to this store (never synced: each desk anchors its own chain at head office) and
append-only like the proof it covers. `position` is an AUTOINCREMENT key, so SQLite's
own counter (sqlite_sequence) remembers the highest link ever written: removing the
newest link leaves that counter ahead of the table.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpf_desk.store.base import Base

CHAIN_TABLE = "consent_chain"
# The store setting that repeats the newest link ({"position": n, "hash": h}).
CHAIN_HEAD_SETTING = "consent_chain_head"
# When `jpf-desk verify` last compared the chain with head office's copy of its heads.
ANCHOR_COMPARED_SETTING = "consent_anchor_compared_at"

PROTECTED_TABLES = ("consent_receipts", "consent_events", CHAIN_TABLE)


def trigger_sql(table: str, operation: str) -> tuple[str, str]:
    """(name, exact SQL) of the trigger that refuses `operation` on `table`."""
    name = f"{table}_no_{operation.lower()}"
    return name, (f"CREATE TRIGGER {name} BEFORE {operation.upper()} ON {table} BEGIN "
                  f"SELECT RAISE(ABORT, '{table} is append-only'); END")


def expected_triggers() -> dict[str, str]:
    """Every trigger that keeps consent proof append-only, as the migrations create them."""
    return dict(trigger_sql(t, op) for t in PROTECTED_TABLES for op in ("UPDATE", "DELETE"))


class ConsentChainLink(Base):
    """One link: what it covers (columns and event ids, as JSON), the digest of those
    stored rows, and SHA-256(previous link hash || the link's fields)."""

    __tablename__ = CHAIN_TABLE
    __table_args__ = {"sqlite_autoincrement": True}

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    store_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    receipt_id: Mapped[str | None] = mapped_column(String(36), index=True)
    hash_version: Mapped[int] = mapped_column(Integer)
    covered: Mapped[str] = mapped_column(Text)
    rows_digest: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(40))
    previous_hash: Mapped[str] = mapped_column(String(64))
    link_hash: Mapped[str] = mapped_column(String(64))
