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
    STAGE,
    WRITE,
    apply_function,
    check_function,
    open_function,
    upsert,
)

_CLEAR_WHEN_USED = "".join(
    f"  IF EXISTS (SELECT 1 FROM pg_temp.{t}) THEN TRUNCATE pg_temp.{t}; END IF;\n"
    for t in ("push_bad", "push_need"))
_SEQ_NOW = ("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END "
            f"INTO v_last FROM {SCHEMA}.rows_seq;\n")
_REPLACE = "CREATE OR REPLACE FUNCTION"

# The planner's settings are the calling session's, and a centre chooses its session's:
# with index scans or nested loops switched off, or absurd costs, the checks and the
# write would read every row head office holds for each staged row while holding the
# order of writes that every other centre waits for. The two functions that read ho.rows
# run with these settings instead of the caller's (the server's defaults; no parallel
# workers and no JIT for statements run once per batch).
_PINNED = "".join(f"\n  SET {name} = {value}" for name, value in (
    *((f"enable_{kind}", "on") for kind in (
        "bitmapscan", "hashagg", "hashjoin", "indexonlyscan", "indexscan", "material",
        "mergejoin", "nestloop", "seqscan", "sort")),
    ("seq_page_cost", "1"), ("random_page_cost", "4"), ("cpu_tuple_cost", "0.01"),
    ("cpu_index_tuple_cost", "0.005"), ("cpu_operator_cost", "0.0025"),
    ("effective_cache_size", "'4GB'"), ("work_mem", "'16MB'"),
    ("join_collapse_limit", "8"), ("from_collapse_limit", "8"), ("geqo_threshold", "12"),
    ("plan_cache_mode", "auto"), ("max_parallel_workers_per_gather", "0"), ("jit", "off")))

# A batch of changes only (every row names the revision it was made on: none new, none
# append-only), the usual push of a centre at work, is written by UPDATE ... FROM the
# staging: no insert attempt and row lock per row as in ON CONFLICT (~6% of the write,
# which runs under the order of writes). Its conditions are the upsert's DO UPDATE
# ... WHERE (push_apply.upsert) one for one. Rows it did not write (set aside, refused,
# or one head office does not hold) then go through the upsert, which writes or refuses
# them as it always did; it names the rows already written (numbered after v_seq).
_BAD = ("NOT EXISTS (SELECT 1 FROM pg_temp.push_bad b "
        "WHERE b.table_name = p.table_name AND b.row_id = p.row_id)")
_CHANGES = (
    f"UPDATE {SCHEMA}.rows r SET centre_id = p.centre_id, revision = p.revision, "
    "deleted = p.deleted, data = CASE WHEN p.deleted THEN '{}'::jsonb ELSE p.data END, "
    "origin_store = p_store, base_revision = p.base_revision, "
    f"ho_seq = nextval('{SCHEMA}.rows_seq'), updated_at = now() FROM {STAGE} p "
    "WHERE r.table_name = p.table_name AND r.row_id = p.row_id "
    f"AND p.centre_id = v_centre AND NOT p.append_only AND {_BAD} "
    "AND r.centre_id = p.centre_id AND (r.origin_store = p_store OR r.ho_seq <= p_base) "
    "AND (p.base_revision = r.revision OR (p.base_revision = 0 "
    "AND r.origin_store = p_store AND p.revision >= r.revision))"
)
_UNWRITTEN = (f"NOT EXISTS (SELECT 1 FROM {SCHEMA}.rows w WHERE w.table_name = p.table_name "
              "AND w.row_id = p.row_id AND w.ho_seq > v_seq) ON CONFLICT")
_REST = upsert(False).replace(f"AND {_BAD} ON CONFLICT", f"AND {_BAD} AND {_UNWRITTEN}", 1)
assert _REST.count("w.ho_seq > v_seq") == 1
_WRITE_CHANGES_FIRST = f"""IF NOT EXISTS (SELECT 1 FROM {STAGE} p
      WHERE p.append_only IS NOT FALSE OR coalesce(p.base_revision, 0) <= 0) THEN
    {_CHANGES};
    GET DIAGNOSTICS v_written = ROW_COUNT;
    IF v_written < v_staged THEN
      WITH rest AS ({_REST}) SELECT v_written + count(*) INTO v_written FROM rest;
    END IF;
  ELSE
    {WRITE} INTO v_written;
  END IF;"""

PUSH_SPANS = "".join((
    open_function(_REPLACE, per_transaction=False), "\n",
    check_function(_REPLACE, clear=_CLEAR_WHEN_USED, pinned=_PINNED), "\n",
    apply_function(
        _REPLACE, declare="  v_last bigint;\n", write=_WRITE_CHANGES_FIRST,
        after_write="  " + _SEQ_NOW,
        checked="\n    WHERE xmin = pg_catalog.pg_current_xact_id()::xid", pinned=_PINNED,
        answer="v_result || jsonb_build_object('already', false, 'own_seqs', "
               "CASE WHEN v_last > v_seq THEN jsonb_build_array(v_seq + 1, v_last) END)"),
))
