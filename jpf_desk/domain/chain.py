"""The rules of the consent chain's links, kept pure so the store's migration and the
services compute them the same way.

A receipt's own `content_hash` covers only its JSON content (that is what the printed QR
code carries). A link covers the receipt's *stored row*: every column, by name, as
SQLite holds it, plus the consent events written with it. Columns are listed in the
link, so a column another feature adds later is covered for every receipt written after
it exists, without this code changing. Each link's hash chains to the previous link's,
so rewriting one record means rewriting every later link, which head office's copy of
the heads then shows.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

LINK_GENESIS_PREFIX = "jpf-desk consent links genesis|"

# What a link records.
RECEIPT = "receipt"  # a receipt and the events written with it, sealed when written
CARRIED_OVER = "carried_over"  # a receipt that existed before links did, sealed at upgrade
REDACTION = "redaction"  # a receipt after an erasure blanked its personal strings
EVENTS = "events"  # consent events written without a new receipt

# hash_version of a link: 1 = the receipt was written before links existed (its content
# hash is the old kind; its row was sealed as found at the upgrade); 2 = sealed when written.
OLD_RECEIPT = 1
SEALED_WHEN_WRITTEN = 2


def canonical(value: Any) -> bytes:
    """Sorted keys, NFC strings, UTF-8, no insignificant whitespace."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), allow_nan=False)
    return unicodedata.normalize("NFC", text).encode("utf-8")


def _plain(value: Any) -> Any:
    """A stored SQLite value as JSON: blobs as hex (text, integers, reals, NULL as is)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"blob": bytes(value).hex()}
    return value


def row_values(row: Mapping[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    """The named columns of a stored row; a column that is gone reads as a marker, so a
    dropped column never matches the value it had."""
    return {name: (_plain(row[name]) if name in row else {"missing": True})
            for name in columns}


def receipt_digest(row: Mapping[str, Any]) -> str:
    """SHA-256 over one row's values (a receipt's or an event's). A receipt's is kept apart
    from its events' because a redaction rewrites the receipt row (then sealed by a newer
    link) but never its events, which the older link must still prove; each event's is
    kept so that the one altered can be named."""
    return hashlib.sha256(canonical(dict(row))).hexdigest()


def rows_digest(receipt_digest: str | None, events: Mapping[str, str]) -> str:
    """SHA-256 over the receipt's digest and its events' digests (by event id)."""
    body = {"receipt": receipt_digest, "events": dict(events)}
    return hashlib.sha256(canonical(body)).hexdigest()


def link_genesis(store_id: str) -> str:
    return hashlib.sha256((LINK_GENESIS_PREFIX + store_id).encode("utf-8")).hexdigest()


def link_hash(previous_hash: str, fields: Mapping[str, Any]) -> str:
    """SHA-256(previous link hash || canonical link fields)."""
    return hashlib.sha256(previous_hash.encode("ascii") + canonical(dict(fields))).hexdigest()


def link_fields(*, position: int, store_id: str, kind: str, receipt_id: str | None,
                hash_version: int, covered: str, rows_digest: str, recorded_at: str
                ) -> dict[str, Any]:
    """Everything a link says about itself, in the form its hash is taken over."""
    return {"position": position, "store_id": store_id, "kind": kind,
            "receipt_id": receipt_id, "hash_version": hash_version, "covered": covered,
            "rows_digest": rows_digest, "recorded_at": recorded_at}
