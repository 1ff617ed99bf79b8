"""How many times a payment receipt was printed, in a form two desks can merge.

Each print adds an id of its own to the payment's list; the count is the list's length.
Two desks that printed the same receipt before they synced hold lists that differ only
by their new ids: their union counts every print once, whatever order the sync brings
them in and however often the same version comes back. A single counter merged "by
adding" would count a print twice when a batch head office applied comes back before
its acknowledgement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable


def print_ids(stored: str | None) -> list[str]:
    """The ids of a stored list (none for a row from before the list existed)."""
    if not stored:
        return []
    found = json.loads(stored)
    return [str(i) for i in found] if isinstance(found, list) else []


def stored_ids(ids: Iterable[str]) -> str:
    """The stored form: sorted and without repeats, the same text on every desk."""
    return json.dumps(sorted(set(ids)))


def earlier_ids(prints: int) -> list[str]:
    """Ids for prints counted before each print had one (0019_receipt_numbers names
    them so): the same on every desk that counted them."""
    return [f"earlier-{n}" for n in range(1, prints + 1)]


def with_print(stored: str | None, print_id: str, *, counted_before: int = 0) -> str:
    """The list once one more print is made; `counted_before`, the count the row holds,
    is more than its ids only on a row written by a version without them."""
    ids = print_ids(stored)
    if len(ids) < counted_before:
        ids += earlier_ids(counted_before)
    return stored_ids([*ids, print_id])


def merged(*stored: str | None) -> str:
    """Every print any of these versions counted, once each."""
    return stored_ids(i for text in stored for i in print_ids(text))


def count(stored: str | None) -> int:
    return len(print_ids(stored))
