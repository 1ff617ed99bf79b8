"""Head-office administration: create or upgrade the schema, a login role per centre."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import psycopg

from jpf_desk.sync.head_office.schema import CentreRole, ensure_centre_role, migrate


@dataclass(frozen=True)
class HeadOfficeInit:
    applied_versions: tuple[int, ...]
    roles: tuple[CentreRole, ...]


def init_head_office(dsn: str, centre_ids: Sequence[str] = (), *,
                     reset_passwords: bool = False) -> HeadOfficeInit:
    """Idempotent: run again to add centres or after an upgrade of the program."""
    with psycopg.connect(dsn, autocommit=True, connect_timeout=10) as conn:
        applied = migrate(conn)
        roles = tuple(ensure_centre_role(conn, cid, reset_password=reset_passwords)
                      for cid in centre_ids)
    return HeadOfficeInit(tuple(applied), roles)
