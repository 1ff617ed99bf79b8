"""Spans of head office's sequence numbers that hold only this store's rows.

A desk never pulls its own rows back (pull.py skips them), yet its cursor stays below
what it pushed: the pull after a push walked every row the desk had just written only
to skip them. Head office names the numbers each batch's write took (head-office step
11); the desk keeps those spans here, in the transaction that acknowledges the batch,
and the pull steps over a span when no row it would return lies between its cursor and
the span (pull.py, `_JUMP`). A span is a fact about head office that stays true: a row
changed later leaves the span with a new number. Spans at or below the cursor are
dropped as new ones arrive; those of another store id (a desk that became another) are
not used. Losing them costs only the walk.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from jpf_desk.store.models import StoreSetting, SyncState
from jpf_desk.store.receipt_numbers import STORE_ID

KEY = "sync_state.own_seqs"
KEPT = 200  # spans kept at most (the newest): a desk's cursor passes them at every pull

Span = tuple[int, int]


def _kept(session: Session) -> tuple[str, list[Span]]:
    """This store's id and the spans kept for it (none if kept for another id)."""
    store = session.get(StoreSetting, STORE_ID)
    row = session.get(StoreSetting, KEY)
    store_id = store.value if store is not None else ""
    if row is None or not store_id:
        return store_id, []
    try:
        kept = json.loads(row.value)
        if kept.get("store") != store_id:
            return store_id, []
        return store_id, [(int(a), int(b)) for a, b in kept["spans"]]
    except (ValueError, TypeError, KeyError, AttributeError):
        return store_id, []  # written by hand or by a newer version: only the walk is lost


def record(session: Session, span: Span | None) -> None:
    """Keep head office's span of an acknowledged batch (spans that meet are joined)."""
    if span is None:
        return
    state = session.get(SyncState, 1)
    cursor = state.cursor if state is not None else 0
    store_id, spans = _kept(session)
    merged: list[Span] = []
    for a, b in sorted(s for s in [*spans, span] if s[1] > cursor):
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    value = json.dumps({"store": store_id, "spans": [list(s) for s in merged[-KEPT:]]})
    row = session.get(StoreSetting, KEY)
    if row is None:
        session.add(StoreSetting(key=KEY, value=value))
    else:
        row.value = value


def above(session: Session, cursor: int) -> list[Span]:
    """The spans past `cursor`, in order."""
    return [s for s in sorted(_kept(session)[1]) if s[1] > cursor]
