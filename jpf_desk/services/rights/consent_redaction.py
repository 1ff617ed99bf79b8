"""Erasure meets append-only consent proof: redact the receipt content, keep its hash.

A consent receipt's content names the customer (and a minor's guardian) as written at
the time. After a lawful erasure the store must not hold the name any more, yet the
proof of consent must stay (Decree 356 Art. 6). The way out: the content's personal
strings are blanked and the content marked `redacted_by_erasure`, while `content_hash`,
`previous_hash`, the chain position and every consent event (purpose, choice, time,
digest) stay as they were. The customer's printed receipt still verifies against the
kept hash (its QR code carries id + hash), and the chain links stay checkable.

The receipts table refuses UPDATE by trigger; this is the one sanctioned exception, so
the trigger is lifted and restored, with its exact original SQL, inside the erasure's
own transaction (SQLite DDL is transactional: a failure restores everything).
The redaction is itself chained: each rewritten row is sealed by a `redaction` link of
the store's consent chain, so a redacted receipt edited afterwards is found like any
other (its old hash can no longer be recomputed, its new row can).
The receipt's revision goes up and an outbox entry is written, so head office and the
centre's other desks replace their copy (sync treats a higher revision of an append-only
row as an erasure's rewrite).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpf_desk.store.chain_links import seal_redaction
from jpf_desk.store.scrub import lifted_update_triggers
from jpf_desk.store.tracking import record_bulk

REDACTED = "redacted_by_erasure"
_PERSONAL_KEYS = frozenset({"full_name", "birth_date", "age", "contact", "id_document"})
_TABLE = "consent_receipts"


def _blank(part: Any) -> Any:
    if isinstance(part, dict):
        return {k: (None if k in _PERSONAL_KEYS else _blank(v)) for k, v in part.items()}
    if isinstance(part, list):
        return [_blank(v) for v in part]
    return part


def redacted_content(content: dict[str, Any], tombstone_id: str) -> dict[str, Any]:
    """The content without the person's identifying strings, marked as redacted."""
    out = dict(content)
    for key in ("customer", "guardian"):
        if isinstance(out.get(key), dict):
            out[key] = _blank(out[key])
    out[REDACTED] = tombstone_id
    return out


def _table_exists(session: Session) -> bool:
    found = session.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": _TABLE}).first()
    return found is not None


def redact_receipts(session: Session, customer_id: str, tombstone_id: str) -> int:
    """Redact every receipt of the customer not redacted yet (one another desk made, when
    that desk's erasure arrives: services/head_office/erased_receipts.py); returns how
    many were redacted."""
    if not _table_exists(session):
        return 0
    rows = session.execute(text(
        f"SELECT id, content FROM {_TABLE} WHERE customer_id = :c "
        f"AND json_extract(content, '$.{REDACTED}') IS NULL"), {"c": customer_id}).all()
    if not rows:
        return 0
    with lifted_update_triggers(session, _TABLE):
        for receipt_id, content in rows:
            new = redacted_content(json.loads(content), tombstone_id)
            # A higher revision is how head office and the centre's other desks know
            # this append-only row was rewritten and must replace their copy.
            session.execute(text(f"UPDATE {_TABLE} SET content = :v, "
                                 "revision = revision + 1 WHERE id = :i"),
                            {"v": json.dumps(new, ensure_ascii=False, sort_keys=True),
                             "i": receipt_id})
    for receipt_id, _content in rows:
        seal_redaction(session.connection(), receipt_id)
    record_bulk(session, _TABLE, [r[0] for r in rows], "update")
    return len(rows)
