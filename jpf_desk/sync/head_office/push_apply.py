"""Head-office step 10: head office applies every push with its own functions.

Until this step a centre's login role wrote ho.rows itself, under row-level security,
a CHECK measuring each row's JSON as text and a trigger numbering it, all of it while
holding the order of writes: a push of changed rows cost nearly three times a COPY of
the same bytes (issue 16). Now (issue 12's "writes go through head-office functions"):

- `open_push()` creates, once per session, the staging tables as head office's owner;
  the centre may only INSERT into `pg_temp.push_stage` (its COPY). A staging table the
  centre made itself is refused: a view there would run the centre's code with the
  owner's rights.
- `check_push()` runs BEFORE the order of writes, while the desk's previous batch is
  applied on its other connection: the row checks that need nothing of head office's
  rows (the centre's own, not shared data, data id = row id, JSON size, complete, no key
  twice) set rows aside in `push_bad`; a batch over the row limit fails (JP002).
- `apply_push(batch, store, base)` takes the order of writes, answers a batch already
  recorded from its record, refuses a staging table that grew after its check, sets
  aside what depends on head office's rows (erasure wins, centre codes), writes the rest
  numbered in the statement itself, runs the erasure passes when the batch erases, and
  returns the refused rows by kind, recorded with the batch.

Centres lose INSERT and UPDATE on ho.rows: everything they write goes through these
functions, so the size CHECK on the table goes (check_push holds the same bound) and the
update trigger numbers only updates that leave ho_seq as it was (centres could never
write it; head office's own statements may). Every read of ho.rows in these functions
names the centre (row-level security does not narrow the owner). Like every step, its
text is never edited once released: `open_function`, `check_function` and `apply_function`
give it with their defaults, and step 11 (push_spans.py) with its own arguments.
"""

from __future__ import annotations

from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync.erased_rows import may_stay_sql, owner_sql, parent_key_sql, parent_owner_sql
from jpf_desk.sync.head_office.erased_rows_sql import erase_rows_of_erased
from jpf_desk.sync.head_office.names import CENTRE_GROUP, SCHEMA
from jpf_desk.sync.head_office.one_writer import SHARED_TABLES, sql_text_array
from jpf_desk.sync.limits import MAX_BATCH_ROWS, MAX_ROW_BYTES

STAGE = "pg_temp.push_stage"
_SHARED = sql_text_array(SHARED_TABLES)
_CENTRE = "v_centre"  # the pushing centre, a variable of each function


def _visible(alias: str) -> str:
    """What the centre may read of ho.rows (its rows_read policy), said explicitly."""
    return (f"({alias}.centre_id = '{SHARED_CENTRE}' OR ({alias}.centre_id = {_CENTRE} "
            f"AND {alias}.table_name <> ALL ({_SHARED})))")


# Checks needing nothing of head office's rows: before the order of writes.
_STRUCTURAL_OK = (
    "p.table_name IS NOT NULL AND p.row_id IS NOT NULL AND p.revision IS NOT NULL "
    "AND p.deleted IS NOT NULL AND p.append_only IS NOT NULL "
    f"AND p.centre_id = {_CENTRE} AND p.table_name <> ALL ({_SHARED}) "
    "AND (p.table_name <> 'centres' OR p.row_id = p.centre_id) "
    "AND (p.deleted OR (p.data->>'id' = p.row_id "
    f"AND octet_length(p.data::text) <= {MAX_ROW_BYTES}))"
)

# Erasure wins: nothing brings back a person erased at head office, neither their
# record (only as erased) nor a history row holding an old value of theirs.
_ERASED_SUBJECT = (
    "NOT p.deleted AND p.table_name IN ('customers', 'field_changes') "
    "AND NOT (p.table_name = 'customers' AND p.data->>'status' = 'deleted') "
    "AND NOT (p.table_name = 'field_changes' AND p.data->>'table_name' IS DISTINCT FROM "
    "'customers') "
    f"AND EXISTS (SELECT 1 FROM {SCHEMA}.rows e WHERE e.table_name = 'customers' "
    "AND e.row_id = CASE p.table_name WHEN 'customers' THEN p.row_id "
    f"ELSE p.data->>'row_id' END AND e.data->>'status' = 'deleted' AND {_visible('e')})"
)

# Every table about a person: a row belonging to a customer erased at head office
# (through its customer column or its parent's, the parent taken from the batch or
# else from head office) is refused unless a tombstone, a record kept by law, or in its
# erased form (sync/erased_rows.py). In two parts, linear in the batch whatever head
# office holds: what each staged row says of its owner and parent (`own` is the owner
# without a parent), computed from the batch alone, before the order of writes when
# the centre has erased customers already; then, under it, the batch's own parents by a
# hash join, head office's by one index probe per row that names no person itself.
_PT, _PID = parent_key_sql("p")
_NO_PARENT = "(SELECT NULL::text AS table_name, NULL::text AS row_id, NULL::jsonb AS data) z"
_FILL_NEED = (
    "INSERT INTO pg_temp.push_need SELECT p.table_name, p.row_id, "
    f"{_PT}, {_PID}, {owner_sql('p', 'z')} FROM {STAGE} p CROSS JOIN {_NO_PARENT} "
    f"WHERE NOT p.deleted AND NOT {may_stay_sql('p')}"
)
_ERASED_OWNED = (
    "SELECT n.table_name, n.row_id FROM pg_temp.push_need n "
    f"LEFT JOIN {STAGE} q ON n.own IS NULL AND q.table_name = n.pt AND q.row_id = n.pid "
    "AND NOT q.deleted "
    "LEFT JOIN LATERAL (SELECT x.table_name, x.row_id, x.data "
    f"FROM {SCHEMA}.rows x WHERE n.own IS NULL AND q.row_id IS NULL "
    f"AND x.table_name = n.pt AND x.row_id = n.pid AND NOT x.deleted AND {_visible('x')} "
    "LIMIT 1) x ON true "
    "CROSS JOIN LATERAL (SELECT COALESCE(q.table_name, x.table_name) AS table_name, "
    "COALESCE(q.row_id, x.row_id) AS row_id, COALESCE(q.data, x.data) AS data) par "
    f"JOIN {SCHEMA}.rows e ON e.table_name = 'customers' "
    f"AND e.row_id = COALESCE(n.own, {parent_owner_sql('par')}) "
    f"AND e.data->>'status' = 'deleted' AND {_visible('e')}"
)
_CENTRE_ERASED_ANYONE = (
    f"EXISTS (SELECT 1 FROM {SCHEMA}.rows e WHERE e.table_name = 'customers' "
    f"AND e.data->>'status' = 'deleted' AND e.centre_id = {_CENTRE})"
)

# An erasure pushed: the history rows about the person that head office holds from
# other desks (not yet seen by the erasing desk) become tombstones too; desks pull them.
_ERASE_HISTORY = (
    f"UPDATE {SCHEMA}.rows r SET deleted = true, data = '{{}}'::jsonb, "
    "revision = r.revision + 1, origin_store = p_store "
    f"FROM {STAGE} p WHERE p.table_name = 'customers' AND NOT p.deleted "
    "AND p.data->>'status' = 'deleted' AND r.table_name = 'field_changes' AND NOT r.deleted "
    f"AND r.data->>'table_name' = 'customers' AND r.data->>'row_id' = p.row_id "
    f"AND r.centre_id = {_CENTRE}"
)


def upsert(append_only: bool) -> str:
    """Staged rows not set aside into head office's copy. Never back: a change applies
    only on top of the revision it was made on (a new row resent by the store that wrote
    it: at its revision or above); an append-only row only by a higher revision (an
    erasure's rewrite). A row of another centre is never touched."""
    keep_newer = (" AND EXCLUDED.revision >= r.revision" if append_only else
                  " AND (r.origin_store = EXCLUDED.origin_store OR r.ho_seq <= p_base)"
                  " AND (EXCLUDED.base_revision = r.revision"
                  " OR (EXCLUDED.base_revision = 0 AND r.origin_store = EXCLUDED.origin_store"
                  " AND EXCLUDED.revision >= r.revision))")
    return (
        f"INSERT INTO {SCHEMA}.rows AS r (table_name, row_id, centre_id, revision, data, "
        "deleted, origin_store, base_revision, ho_seq, updated_at) "
        "SELECT p.table_name, p.row_id, p.centre_id, p.revision, "
        "CASE WHEN p.deleted THEN '{}'::jsonb ELSE p.data END, p.deleted, p_store, "
        f"p.base_revision, nextval('{SCHEMA}.rows_seq'), now() FROM {STAGE} p "
        f"WHERE p.centre_id = {_CENTRE} AND {'' if append_only else 'NOT '}p.append_only "
        "AND NOT EXISTS (SELECT 1 FROM pg_temp.push_bad b "
        "WHERE b.table_name = p.table_name AND b.row_id = p.row_id) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, "
        "revision = EXCLUDED.revision, deleted = EXCLUDED.deleted, data = EXCLUDED.data, "
        "origin_store = EXCLUDED.origin_store, base_revision = EXCLUDED.base_revision, "
        "ho_seq = EXCLUDED.ho_seq, updated_at = EXCLUDED.updated_at "
        f"WHERE r.centre_id = EXCLUDED.centre_id{keep_newer} "
        "RETURNING 1")


# The write; it returns how many rows it wrote (nearly always all of them).
WRITE = (
    f"WITH plain AS ({upsert(False)}), kept AS ({upsert(True)}) "
    "SELECT (SELECT count(*) FROM plain) + (SELECT count(*) FROM kept)"
)

# Only when some were not written: each refused row with its kind, set aside (forbidden,
# erased), this centre's own row changed since the desk's cursor (rejected), or a row
# it may not write (forbidden). A row was written iff it now carries a sequence number
# handed out after `v_seq` (read under the order of writes, before the write); refused
# rows were not touched, so head office's rows are as they were for them.
_REFUSED = (
    "SELECT coalesce(jsonb_agg(jsonb_build_array(p.table_name, p.row_id, "
    "CASE WHEN b.reason IS NOT NULL THEN b.reason "
    f"WHEN p.centre_id = {_CENTRE} AND EXISTS (SELECT 1 FROM {SCHEMA}.rows o "
    "WHERE o.table_name = p.table_name AND o.row_id = p.row_id "
    f"AND o.centre_id = {_CENTRE}) THEN 'rejected' ELSE 'forbidden' END)), '[]'::jsonb) "
    f"FROM {STAGE} p LEFT JOIN (SELECT table_name, row_id, min(reason) AS reason "
    "FROM pg_temp.push_bad GROUP BY table_name, row_id) b "
    "ON b.table_name = p.table_name AND b.row_id = p.row_id "
    f"WHERE NOT EXISTS (SELECT 1 FROM {SCHEMA}.rows w "
    "WHERE w.table_name = p.table_name AND w.row_id = p.row_id AND w.ho_seq > v_seq)"
)


def _kind(kinds: str) -> str:
    return ("(SELECT coalesce(jsonb_agg(jsonb_build_array(k->>0, k->>1) ORDER BY k->>0, "
            f"k->>1), '[]'::jsonb) FROM jsonb_array_elements(v_refused) k WHERE k->>2 IN ({kinds}))")


def apply_function(create: str = "CREATE FUNCTION", declare: str = "",
                    write: str = f"{WRITE} INTO v_written;", after_write: str = "",
                    checked: str = "", pinned: str = "",
                    answer: str = "v_result || '{\"already\": false}'::jsonb") -> str:
    """The text of ho.apply_push: step 10's as released (the defaults), or a later
    step's replacement with its additions."""
    return f"""{create} {SCHEMA}.apply_push(p_batch text, p_store text, p_base bigint) RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_catalog, pg_temp{pinned} AS $f$
DECLARE
  v_centre text := {SCHEMA}.current_centre();
  v_staged bigint;
  v_erasure boolean;
  v_need boolean;
  v_seq bigint;
  v_written bigint;
  v_done jsonb;
  v_refused jsonb;
  v_result jsonb;
{declare}BEGIN
  IF v_centre IS NULL THEN
    RAISE EXCEPTION 'not a centre' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM {SCHEMA}.own_push_staging();
  SELECT staged, erasure, need INTO v_staged, v_erasure, v_need FROM pg_temp.push_checked{checked};
  IF NOT FOUND THEN
    RAISE EXCEPTION 'push not checked (check_push first)' USING ERRCODE = 'JP003';
  END IF;
  PERFORM {SCHEMA}.write_lock(v_staged::integer);
  SELECT b.result INTO v_done FROM applied_batches b
    WHERE b.batch_id = p_batch AND b.centre_id = v_centre;
  IF FOUND THEN
    RETURN v_done || '{{"already": true}}'::jsonb;
  END IF;
  IF (SELECT count(*) FROM {STAGE}) <> v_staged THEN
    RAISE EXCEPTION 'rows staged after the check' USING ERRCODE = 'JP003';
  END IF;
  DELETE FROM pg_temp.push_checked;  -- one check, one apply
  IF {_CENTRE_ERASED_ANYONE} THEN
    IF NOT v_need THEN  -- the centre's first erasure landed since the check
      {_FILL_NEED};
    END IF;
    INSERT INTO pg_temp.push_bad SELECT o.table_name, o.row_id, 'erased' FROM ({_ERASED_OWNED}) o;
    INSERT INTO pg_temp.push_bad SELECT p.table_name, p.row_id, 'forbidden' FROM {STAGE} p
      WHERE {_ERASED_SUBJECT};
  END IF;
  INSERT INTO pg_temp.push_bad SELECT p.table_name, p.row_id, 'forbidden' FROM {STAGE} p
    WHERE p.table_name = 'centres' AND {SCHEMA}.centre_code_taken(p.data->>'code', p.row_id);
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO v_seq
    FROM {SCHEMA}.rows_seq;
  {write}
{after_write}  v_refused := '[]'::jsonb;
  IF v_written < v_staged THEN
    {_REFUSED} INTO v_refused;
  END IF;
  IF v_erasure THEN
    {_ERASE_HISTORY};
    {erase_rows_of_erased(STAGE, _CENTRE)};
  END IF;
  v_result := jsonb_build_object(
    'rejected', {_kind("'rejected'")},
    'forbidden', {_kind("'forbidden', 'erased'")},
    'erased', {_kind("'erased'")});
  INSERT INTO applied_batches (batch_id, centre_id, store_id, row_count, result)
    VALUES (p_batch, v_centre, p_store, v_staged, v_result);
  RETURN {answer};
END $f$;
"""


def open_function(create: str = "CREATE FUNCTION", per_transaction: bool = True) -> str:
    """The text of ho.open_push: step 10's (the defaults), or with the check tables kept
    across transactions (step 11: emptied by check_push, not by every commit)."""
    once = " ON COMMIT DELETE ROWS" if per_transaction else ""
    once_wrapped = "\n      ON COMMIT DELETE ROWS" if per_transaction else ""
    return f"""{create} {SCHEMA}.open_push() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_catalog, pg_temp AS $f$
BEGIN
  IF {SCHEMA}.current_centre() IS NULL THEN
    RAISE EXCEPTION 'not a centre' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF to_regclass('pg_temp.push_stage') IS NULL THEN
    CREATE TEMP TABLE push_stage (table_name text, row_id text, centre_id text,
      revision integer, data jsonb, deleted boolean, append_only boolean,
      base_revision integer) ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE push_checked (staged bigint NOT NULL, erasure boolean NOT NULL,
      need boolean NOT NULL){once};
    CREATE TEMP TABLE push_need (table_name text, row_id text, pt text, pid text, own text){once_wrapped};
    CREATE TEMP TABLE push_bad (table_name text, row_id text, reason text NOT NULL){once_wrapped};
    GRANT INSERT ON pg_temp.push_stage TO {CENTRE_GROUP};
  END IF;
  PERFORM {SCHEMA}.own_push_staging();
END $f$;
"""


_CLEAR_CHECKS = "  DELETE FROM pg_temp.push_bad;\n  DELETE FROM pg_temp.push_need;\n"


def check_function(create: str = "CREATE FUNCTION", clear: str = _CLEAR_CHECKS,
                   pinned: str = "") -> str:
    """The text of ho.check_push: step 10's (the defaults), or a later step's."""
    return f"""{create} {SCHEMA}.check_push() RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_catalog, pg_temp{pinned} AS $f$
DECLARE
  v_centre text := {SCHEMA}.current_centre();
  v_staged bigint;
  v_need boolean;
BEGIN
  IF v_centre IS NULL THEN
    RAISE EXCEPTION 'not a centre' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM {SCHEMA}.own_push_staging();
  DELETE FROM pg_temp.push_checked;
{clear}  SELECT count(*) INTO v_staged FROM {STAGE};
  IF v_staged > {MAX_BATCH_ROWS} THEN
    RAISE EXCEPTION 'batch of % rows, at most {MAX_BATCH_ROWS}', v_staged USING ERRCODE = 'JP002';
  END IF;
  INSERT INTO pg_temp.push_bad
    SELECT p.table_name, p.row_id, 'forbidden' FROM {STAGE} p
    WHERE NOT coalesce(({_STRUCTURAL_OK}), false)
    UNION ALL
    SELECT p.table_name, p.row_id, 'forbidden' FROM {STAGE} p
    GROUP BY p.table_name, p.row_id HAVING count(*) > 1;
  v_need := {_CENTRE_ERASED_ANYONE};
  IF v_need THEN
    {_FILL_NEED};
  END IF;
  INSERT INTO pg_temp.push_checked SELECT v_staged, EXISTS (SELECT 1 FROM {STAGE} p
    WHERE p.table_name = 'customers' AND NOT p.deleted AND p.data->>'status' = 'deleted'),
    v_need;
  RETURN v_staged;
END $f$;
"""


PUSH_FUNCTIONS = f"""
DROP TRIGGER rows_stamp_update ON {SCHEMA}.rows;
CREATE TRIGGER rows_stamp_update BEFORE UPDATE ON {SCHEMA}.rows
  FOR EACH ROW WHEN (NEW.ho_seq IS NOT DISTINCT FROM OLD.ho_seq)
  EXECUTE FUNCTION {SCHEMA}.stamp_row();
ALTER TABLE {SCHEMA}.rows DROP CONSTRAINT rows_size;
REVOKE INSERT, UPDATE ON {SCHEMA}.rows FROM {CENTRE_GROUP};
REVOKE USAGE ON SEQUENCE {SCHEMA}.rows_seq FROM {CENTRE_GROUP};

CREATE FUNCTION {SCHEMA}.own_push_staging() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_catalog, pg_temp AS $f$
BEGIN
  IF (SELECT count(*) FROM pg_catalog.pg_class c
      WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relkind = 'r'
        AND c.relname IN ('push_stage', 'push_checked', 'push_bad', 'push_need')
        AND c.relowner = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user)
     ) <> 4 THEN
    RAISE EXCEPTION 'push staging tables are not head office''s'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END $f$;
REVOKE ALL ON FUNCTION {SCHEMA}.own_push_staging() FROM PUBLIC;

{open_function()}
{check_function()}
{apply_function()}
REVOKE ALL ON FUNCTION {SCHEMA}.open_push(), {SCHEMA}.check_push(),
  {SCHEMA}.apply_push(text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.open_push(), {SCHEMA}.check_push(),
  {SCHEMA}.apply_push(text, text, bigint) TO {CENTRE_GROUP};
"""

