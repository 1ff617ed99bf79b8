"""Comparing the desk's consent chain with the heads head office received from it.

The local checks cannot catch someone who recomputed the whole chain, or cut its newest
records together with the head kept beside them; head office's copy of the heads can:
each head it received must still be a link of this chain, at the same position, with the
same hash. Head office may be out of reach (a desk works offline): then verify says so,
and when the chain was last compared.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy import text

from jpf_desk.desk_key import existing_public_key
from jpf_desk.secrets import KeyringUnavailable
from jpf_desk.services.consent.chain_check import link_hash_at
from jpf_desk.services.desk import Desk
from jpf_desk.store.base import utcnow
from jpf_desk.store.chain_links import local_store_id
from jpf_desk.store.models import StoreSetting
from jpf_desk.store.models.consent_chain import ANCHOR_COMPARED_SETTING, CHAIN_TABLE
from jpf_desk.sync.anchor import AnchoredHead, anchored_heads, registered_key
from jpf_desk.sync.connection import NotConnected, connect, load_settings

log = logging.getLogger(__name__)

COMPARED = "compared"
UNREACHABLE = "unreachable"
NOT_CONNECTED = "not_connected"


@dataclass(frozen=True)
class AnchorProblem:
    reason: str  # anchor_behind / anchor_differs / anchor_key
    position: int  # of the head head office holds
    local_links: int
    receipt_id: str  # the local link's receipt at that position, "" when none


@dataclass(frozen=True)
class AnchorReport:
    status: str
    heads: int
    last_compared: datetime | None
    problem: AnchorProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _last_compared(desk: Desk) -> datetime | None:
    with desk.tx() as s:
        row = s.get(StoreSetting, ANCHOR_COMPARED_SETTING)
        return None if row is None else datetime.fromisoformat(row.value)


def _remember(desk: Desk, at: datetime) -> None:
    with desk.tx() as s:
        row = s.get(StoreSetting, ANCHOR_COMPARED_SETTING)
        if row is None:
            s.add(StoreSetting(key=ANCHOR_COMPARED_SETTING, value=at.isoformat()))
        else:
            row.value = at.isoformat()


def _fetch(desk: Desk) -> tuple[str, list[AnchoredHead], str | None]:
    with desk.tx() as s:
        settings = load_settings(s)
        store = local_store_id(s.connection())
    conn = connect(settings)
    try:
        return store, anchored_heads(conn, store), registered_key(conn, store)
    finally:
        conn.close()


def _problem(desk: Desk, heads: list[AnchoredHead]) -> AnchorProblem | None:
    with desk.tx() as s:
        conn = s.connection()
        local = int(conn.execute(text(f"SELECT count(*) FROM {CHAIN_TABLE}")).scalar() or 0)
        for head in heads:
            mine = link_hash_at(conn, head.position)
            if mine == head.head_hash:
                continue
            receipt = conn.execute(text(f"SELECT receipt_id FROM {CHAIN_TABLE} "
                                        "WHERE position = :p"), {"p": head.position}).scalar()
            reason = "anchor_behind" if mine is None else "anchor_differs"
            return AnchorProblem(reason, head.position, local, str(receipt or ""))
    return None


def compare_with_head_office(desk: Desk) -> AnchorReport:
    """Compare now if head office can be reached; else say when it last was."""
    try:
        store, heads, key = _fetch(desk)
        mine = existing_public_key(store)
    except NotConnected:
        return AnchorReport(NOT_CONNECTED, 0, _last_compared(desk))
    except (psycopg.Error, OSError, KeyringUnavailable) as exc:
        log.info("head office out of reach for the chain comparison (%s)", type(exc).__name__)
        return AnchorReport(UNREACHABLE, 0, _last_compared(desk))
    at = utcnow()
    problem = _problem(desk, heads)
    if problem is None and key is not None and mine != key:
        # Exports signed here would not check with the key head office gives out.
        problem = AnchorProblem("anchor_key", 0, 0, "")
    _remember(desk, at)
    return AnchorReport(COMPARED, len(heads), at, problem)
