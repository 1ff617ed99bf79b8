"""Anchoring the desk's consent chain at head office: one small step after the push.

A person holding the desk's file can rewrite the whole chain and recompute every hash,
or cut its newest records; they cannot rewrite what head office already received. So
every sync sends the chain's head (position and link hash) and the desk's public
signing key; `jpf-desk verify` reads the heads back and compares (services.consent.anchor).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy import text

from jpf_desk.desk_key import public_key_text, signing_key
from jpf_desk.store.engine import Store
from jpf_desk.store.models.consent_chain import CHAIN_HEAD_SETTING
from jpf_desk.sync.protocol import Conn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnchoredHead:
    position: int
    head_hash: str
    received_at: datetime


def local_head(store: Store, centre_id: str) -> tuple[int, str] | None:
    """The head this desk recorded for its chain (None before its first receipt)."""
    with store.session(centre_id, None) as s:
        value = s.execute(text("SELECT value FROM store_settings WHERE key = :k"),
                          {"k": CHAIN_HEAD_SETTING}).scalar()
    if not value:
        return None
    kept = json.loads(value)
    return int(kept["position"]), str(kept["hash"])


def send_head(conn: Conn, store: Store, centre_id: str, store_id: str,
              anchored: tuple[int, str] | None = None) -> bool:
    """Send the current head; False when there is none yet, when head office holds it
    already (`anchored`, read with the pull: no round trip for an unchanged chain), or
    when head office refuses it (a head that went back or changed: the chain here was
    cut or rewritten). A refusal does not stop the sync: the rows still travel, and
    `jpf-desk verify` names the problem."""
    head = local_head(store, centre_id)
    if head is None or head == anchored:
        return False
    public = public_key_text(signing_key(store_id))
    try:
        conn.execute("SELECT ho.record_chain_head(%s, %s, %s, %s)",
                     (store_id, head[0], head[1], public))
    except psycopg.errors.UndefinedFunction:
        log.warning("head office does not keep consent chain heads yet (schema not upgraded)")
        return False
    except (psycopg.errors.CheckViolation, psycopg.errors.InsufficientPrivilege) as exc:
        log.warning("head office refused this desk's consent chain head at position %d (%s)",
                    head[0], type(exc).__name__)
        return False
    return True


def anchored_heads(conn: Conn, store_id: str) -> list[AnchoredHead]:
    """Every head head office received from this store, oldest first."""
    rows = conn.execute("SELECT position, head_hash, received_at FROM ho.chain_heads "
                        "WHERE store_id = %s ORDER BY position", (store_id,)).fetchall()
    return [AnchoredHead(int(p), str(h), r) for p, h, r in rows]


def registered_key(conn: Conn, store_id: str) -> str | None:
    row = conn.execute("SELECT public_key FROM ho.desk_keys WHERE store_id = %s",
                       (store_id,)).fetchone()
    return None if row is None else str(row[0])
