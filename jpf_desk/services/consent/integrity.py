"""The integrity of consent proof: canonical content, the per-store hash chain, event digests.

Canonical content is JSON with sorted keys, NFC strings, UTF-8 and no insignificant
whitespace, so the same receipt always hashes the same on any machine. Each receipt's
hash is SHA-256(previous_hash || canonical content); the first receipt of a store links
to a genesis value derived from the store's id, so desks never share a chain.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import UTC, datetime
from typing import Any

GENESIS_PREFIX = "jpf-desk consent chain genesis|"


def canonical(content: dict[str, Any]) -> bytes:
    """The bytes that are hashed: sorted keys, NFC, UTF-8, no spaces.

    NFC is applied to the whole JSON text: the same as normalising every string (no
    JSON punctuation composes with a combining mark) and much faster on big batches.
    """
    text = json.dumps(content, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), allow_nan=False)
    return unicodedata.normalize("NFC", text).encode("utf-8")


def genesis_hash(store_id: str) -> str:
    return hashlib.sha256((GENESIS_PREFIX + store_id).encode("utf-8")).hexdigest()


def chain_hash(previous_hash: str, canonical_content: bytes) -> str:
    return hashlib.sha256(previous_hash.encode("ascii") + canonical_content).hexdigest()


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def event_digest(
    *, receipt_hash: str, event_id: str, customer_id: str, receipt_id: str, purpose: str,
    partner_id: str | None, partner_name: str, action: str, occurred_at: datetime,
    sequence: int,
) -> str:
    """Binds one event to its receipt's hash: changing any field changes the digest."""
    fields = {
        "id": event_id, "customer_id": customer_id, "receipt_id": receipt_id,
        "purpose": purpose, "partner_id": partner_id, "partner_name": partner_name,
        "action": action, "occurred_at": _utc_text(occurred_at), "sequence": sequence,
    }
    return chain_hash(receipt_hash, canonical(fields))
