"""Customer lists in Vietnamese alphabetical order: sort keys recomputed.

The stored sort key was the accent-free name, which files "Đức" with "Duc"; it becomes
the Vietnamese collation key (domain.vi_collation). Data only, no schema change; an
erased customer's empty key stays empty.

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


def upgrade() -> None:
    _rewrite(lambda g, f, m: PersonName(f, m, g, "").sort_key)


def downgrade() -> None:
    _rewrite(lambda g, f, m: "\x1f".join((_accent_free(g), _accent_free(f), _accent_free(m))))
