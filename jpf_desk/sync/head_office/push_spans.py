"""Head-office step 11: the push functions of step 10, lighter on what runs one batch
after another, and naming the sequence numbers each batch took.

- `apply_push` answers the numbers its write took ("own_seqs": first and last). Under
  the order of writes no other writer takes one, so every row numbered in that span is
  one of the batch's rows, written with the pushing store as origin (the erasure passes
  come after the write and are outside it). A desk skips its own rows when it pulls, yet
  its cursor stayed below them: the pull after a push walked every row just written
  (~0.5 ms per 1,000). The desk now steps over such spans (sync/own_seqs.py, pull.py).
- The check tables (`push_checked`, `push_bad`, `push_need`) are kept across
  transactions: PostgreSQL empties an ON COMMIT DELETE ROWS table at every commit, ~0.2
  ms each, inside the order of writes (a commit releases it last), for tables that are
  nearly always empty or one row. check_push empties them itself (`push_bad` and
  `push_need` by TRUNCATE, only when they hold rows, so that they never grow), and
  apply_push takes only a check made in its own transaction: the row of `push_checked`
  must have been written by it (xmin), so a check committed without its apply is never
  used. `push_stage` still empties at every commit. Sessions opened before this step
  keep the tables they made (emptied at commit, which the same rules accept).

Like every step, its text is never edited once released.
"""

from __future__ import annotations

from jpf_desk.sync.head_office.names import SCHEMA
from jpf_desk.sync.head_office.push_apply import (
    _apply_function,
    _check_function,
    _open_function,
)

_CLEAR_WHEN_USED = "".join(
    f"  IF EXISTS (SELECT 1 FROM pg_temp.{t}) THEN TRUNCATE pg_temp.{t}; END IF;\n"
    for t in ("push_bad", "push_need"))
_SEQ_NOW = ("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END "
            f"INTO v_last FROM {SCHEMA}.rows_seq;\n")
_REPLACE = "CREATE OR REPLACE FUNCTION"

PUSH_SPANS = "".join((
    _open_function(_REPLACE, per_transaction=False), "\n",
    _check_function(_REPLACE, clear=_CLEAR_WHEN_USED), "\n",
    _apply_function(
        _REPLACE, declare="  v_last bigint;\n", after_write="  " + _SEQ_NOW,
        checked="\n    WHERE xmin = pg_catalog.pg_current_xact_id()::xid",
        answer="v_result || jsonb_build_object('already', false, 'own_seqs', "
               "CASE WHEN v_last > v_seq THEN jsonb_build_array(v_seq + 1, v_last) END)"),
))
