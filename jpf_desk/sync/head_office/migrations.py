"""Versioned SQL of the head-office schema, applied in order by `schema.migrate`.

Plain SQL steps and a version table rather than a second Alembic environment: the
schema is a handful of generic tables plus roles, grants, policies and functions, which
Alembic cannot model anyway; plain SQL ships inside the package as Python (no package
data to forget) and runs through the same psycopg connection as the sync itself.
A step is never edited once released: add a new one.
"""

from __future__ import annotations

from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync.head_office.names import CENTRE_GROUP as CENTRE_GROUP
from jpf_desk.sync.head_office.names import HEAD_OFFICE_GROUP as HEAD_OFFICE_GROUP
from jpf_desk.sync.head_office.names import SCHEMA as SCHEMA
from jpf_desk.sync.head_office.no_advisory import NO_ADVISORY_LOCKS
from jpf_desk.sync.head_office.one_writer import ONE_WRITER
from jpf_desk.sync.head_office.push_apply import PUSH_FUNCTIONS
from jpf_desk.sync.head_office.push_spans import PUSH_SPANS

# Serialised writers of ho.rows before the one-writer step (now ho.write_lock()), so that
# sequence numbers are handed out in commit order.
WRITE_LOCK = 7_100_713

# Tables whose rows every centre may read, whatever centre wrote them. Staff are not
# here on purpose: a centre sees its own staff and head office's (shared) staff only.
REFERENCE_TABLES = ("centres", "courses", "partners", "partner_scopes", "document_kinds",
                    "policy_versions", "public_holidays")

_V1 = f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};

DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{CENTRE_GROUP}') THEN
    CREATE ROLE {CENTRE_GROUP} NOLOGIN;
  END IF;
END $$;

CREATE TABLE {SCHEMA}.centre_roles (
  role_name text PRIMARY KEY,
  centre_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE {SCHEMA}.reference_tables (table_name text PRIMARY KEY);

CREATE SEQUENCE {SCHEMA}.rows_seq;

CREATE TABLE {SCHEMA}.rows (
  table_name text NOT NULL,
  row_id text NOT NULL,
  centre_id text NOT NULL,
  revision integer NOT NULL,
  data jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  origin_store text NOT NULL,
  ho_seq bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (table_name, row_id)
);
CREATE INDEX rows_ho_seq ON {SCHEMA}.rows (ho_seq);

CREATE TABLE {SCHEMA}.applied_batches (
  batch_id text PRIMARY KEY,
  centre_id text NOT NULL,
  store_id text NOT NULL,
  row_count integer NOT NULL,
  result jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- The centre of the connected login role. session_user, not current_user: inside a
-- SECURITY DEFINER function current_user is the owner.
CREATE FUNCTION {SCHEMA}.current_centre() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp
  AS $f$ SELECT centre_id FROM {SCHEMA}.centre_roles WHERE role_name = session_user $f$;

-- Every write (desk push or head-office edit) takes the write lock once per statement,
-- before any row gets its sequence number: sequence order is then commit order. The
-- number is set by a row trigger, so no writer (nor a centre role) can choose it.
CREATE FUNCTION {SCHEMA}.take_write_lock() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM pg_advisory_xact_lock({WRITE_LOCK});
  RETURN NULL;
END $f$;
CREATE TRIGGER rows_lock BEFORE INSERT OR UPDATE ON {SCHEMA}.rows
  FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.take_write_lock();
CREATE FUNCTION {SCHEMA}.stamp_row() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  NEW.ho_seq := nextval('{SCHEMA}.rows_seq');
  NEW.updated_at := now();
  RETURN NEW;
END $f$;
CREATE TRIGGER rows_stamp BEFORE INSERT OR UPDATE ON {SCHEMA}.rows
  FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.stamp_row();

ALTER TABLE {SCHEMA}.rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.rows FORCE ROW LEVEL SECURITY;
CREATE POLICY rows_read ON {SCHEMA}.rows FOR SELECT USING (
  centre_id = (SELECT {SCHEMA}.current_centre())
  OR centre_id = '{SHARED_CENTRE}'
  OR table_name IN (SELECT table_name FROM {SCHEMA}.reference_tables));
CREATE POLICY rows_insert ON {SCHEMA}.rows FOR INSERT
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre()));
CREATE POLICY rows_update ON {SCHEMA}.rows FOR UPDATE
  USING (centre_id = (SELECT {SCHEMA}.current_centre()))
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre()));
-- No DELETE policy and no DELETE grant: deletions travel as tombstones (deleted=true).

ALTER TABLE {SCHEMA}.applied_batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.applied_batches FORCE ROW LEVEL SECURITY;
CREATE POLICY batches_own ON {SCHEMA}.applied_batches FOR ALL
  USING (centre_id = (SELECT {SCHEMA}.current_centre()))
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre()));

REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC;
GRANT USAGE ON SCHEMA {SCHEMA} TO {CENTRE_GROUP};
GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.rows TO {CENTRE_GROUP};
GRANT SELECT, INSERT ON {SCHEMA}.applied_batches TO {CENTRE_GROUP};
GRANT SELECT ON {SCHEMA}.reference_tables TO {CENTRE_GROUP};
GRANT USAGE ON SEQUENCE {SCHEMA}.rows_seq TO {CENTRE_GROUP};
REVOKE ALL ON FUNCTION {SCHEMA}.current_centre() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.current_centre() TO {CENTRE_GROUP};
"""

_V2 = "\n".join(
    f"INSERT INTO {SCHEMA}.reference_tables VALUES ('{name}') ON CONFLICT DO NOTHING;"
    for name in REFERENCE_TABLES
)

# Tombstones pushed before version 3 kept the deleted row's data. Cleared here without a
# new sequence number (desks need nothing new: the row is deleted either way). FORCE RLS
# is lifted for the statement so that the owner running the migration sees every row.
_V3 = f"""
ALTER TABLE {SCHEMA}.rows NO FORCE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.rows DISABLE TRIGGER rows_stamp;
UPDATE {SCHEMA}.rows SET data = '{{}}'::jsonb WHERE deleted AND data <> '{{}}'::jsonb;
ALTER TABLE {SCHEMA}.rows ENABLE TRIGGER rows_stamp;
ALTER TABLE {SCHEMA}.rows FORCE ROW LEVEL SECURITY;
"""

# A new row takes its sequence number from the column default, with no trigger call; a
# replaced row gets a new one from the update trigger (one call, not two). Rows written
# by head office's own SQL with a number of 0 (or none) are still stamped. Centres may
# not write the sequence number or the time at all: they cannot choose where a row
# stands in the order desks pull.
_V4 = f"""
ALTER TABLE {SCHEMA}.rows ALTER COLUMN ho_seq SET DEFAULT nextval('{SCHEMA}.rows_seq');
DROP TRIGGER rows_stamp ON {SCHEMA}.rows;
CREATE TRIGGER rows_stamp_insert BEFORE INSERT ON {SCHEMA}.rows
  FOR EACH ROW WHEN (NEW.ho_seq IS NULL OR NEW.ho_seq <= 0)
  EXECUTE FUNCTION {SCHEMA}.stamp_row();
CREATE TRIGGER rows_stamp_update BEFORE UPDATE ON {SCHEMA}.rows
  FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.stamp_row();
REVOKE INSERT, UPDATE ON {SCHEMA}.rows FROM {CENTRE_GROUP};
GRANT INSERT (table_name, row_id, centre_id, revision, data, deleted, origin_store),
  UPDATE (centre_id, revision, data, deleted, origin_store) ON {SCHEMA}.rows TO {CENTRE_GROUP};
"""

# Consent chain anchors (issue 14). Each desk sends the head of its consent chain at
# every sync, with its public signing key; head office keeps every head it received,
# append-only, so a desk's chain rewritten or cut afterwards no longer matches. Centres
# write only through record_chain_head (their own centre, a store no other centre
# claimed, a head that never goes back nor changes), may read their own desks' heads and
# keys, and can update or delete nothing: no grant, no policy, and a trigger for the owner.
_CHAIN_ANCHORS = f"""
CREATE TABLE {SCHEMA}.chain_heads (
  store_id text NOT NULL,
  centre_id text NOT NULL,
  position bigint NOT NULL CHECK (position > 0),
  head_hash text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{{64}}$'),
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_id, position)
);
CREATE TABLE {SCHEMA}.desk_keys (
  store_id text PRIMARY KEY,
  centre_id text NOT NULL,
  public_key text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION {SCHEMA}.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $f$;
CREATE TRIGGER chain_heads_append_only BEFORE UPDATE OR DELETE ON {SCHEMA}.chain_heads
  FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.refuse_rewrite();
CREATE TRIGGER desk_keys_append_only BEFORE UPDATE OR DELETE ON {SCHEMA}.desk_keys
  FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.refuse_rewrite();

ALTER TABLE {SCHEMA}.chain_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.chain_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY chain_heads_read ON {SCHEMA}.chain_heads FOR SELECT
  USING (centre_id = (SELECT {SCHEMA}.current_centre()));
ALTER TABLE {SCHEMA}.desk_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.desk_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY desk_keys_read ON {SCHEMA}.desk_keys FOR SELECT
  USING (centre_id = (SELECT {SCHEMA}.current_centre()));
-- For record_chain_head's owner, bound by the forced row-level security like anyone
-- (centres themselves have no INSERT grant: they write only through the function).
CREATE POLICY chain_heads_insert ON {SCHEMA}.chain_heads FOR INSERT
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre()));
CREATE POLICY desk_keys_insert ON {SCHEMA}.desk_keys FOR INSERT
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre()));

CREATE FUNCTION {SCHEMA}.record_chain_head(p_store text, p_position bigint, p_hash text,
                                           p_public_key text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $f$
DECLARE
  v_centre text := {SCHEMA}.current_centre();
  v_owner text;
  v_key text;
  v_known text;
  v_last bigint;
BEGIN
  IF v_centre IS NULL THEN
    RAISE EXCEPTION 'not a centre' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('chain_heads:' || p_store));
  SELECT centre_id, public_key INTO v_owner, v_key FROM desk_keys WHERE store_id = p_store;
  IF v_owner IS NULL THEN
    SELECT centre_id INTO v_owner FROM chain_heads WHERE store_id = p_store LIMIT 1;
  END IF;
  IF v_owner IS NOT NULL AND v_owner <> v_centre THEN
    RAISE EXCEPTION 'store of another centre' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF v_key IS NULL AND p_public_key <> '' THEN
    INSERT INTO desk_keys (store_id, centre_id, public_key) VALUES (p_store, v_centre, p_public_key);
  ELSIF v_key IS NOT NULL AND p_public_key <> '' AND p_public_key <> v_key THEN
    RAISE EXCEPTION 'desk key differs from the one on record' USING ERRCODE = 'check_violation';
  END IF;
  SELECT head_hash INTO v_known FROM chain_heads WHERE store_id = p_store AND position = p_position;
  IF v_known IS NOT NULL THEN
    IF v_known <> p_hash THEN
      RAISE EXCEPTION 'chain head differs from the one on record' USING ERRCODE = 'check_violation';
    END IF;
    RETURN;
  END IF;
  SELECT max(position) INTO v_last FROM chain_heads WHERE store_id = p_store;
  IF v_last IS NOT NULL AND p_position < v_last THEN
    RAISE EXCEPTION 'chain head behind the one on record' USING ERRCODE = 'check_violation';
  END IF;
  INSERT INTO chain_heads (store_id, centre_id, position, head_hash)
    VALUES (p_store, v_centre, p_position, p_hash);
END $f$;

GRANT SELECT ON {SCHEMA}.chain_heads, {SCHEMA}.desk_keys TO {CENTRE_GROUP};
REVOKE ALL ON FUNCTION {SCHEMA}.record_chain_head(text, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.record_chain_head(text, bigint, text, text) TO {CENTRE_GROUP};
"""

# Erasure wins (issue 11 part 4): when an erasure arrives, head office turns every
# history row about the person into a tombstone (sync/protocol.py), found through this
# index rather than by reading every history row.
_ERASURE_WINS = f"""
CREATE INDEX rows_history_subject ON {SCHEMA}.rows ((data->>'row_id'))
  WHERE table_name = 'field_changes';
"""

# Erasure wins costs a lookup per pushed customer or history row: is that person erased
# at head office? Without this index each batch read every customer row head office
# holds (a hashed subplan over all of them, detoasting each one's data), a cost growing
# with head office, not with the batch; erased customers are few, so their index is tiny.
# The predicate is the very one of the push's lookup (head_office/push_apply.py), so the
# planner can use it.
_ERASED_CUSTOMERS = f"""
CREATE INDEX rows_erased_customers ON {SCHEMA}.rows (row_id)
  WHERE table_name = 'customers' AND (data->>'status') = 'deleted';
"""

# (version, what it does, SQL)
STEPS: tuple[tuple[int, str, str], ...] = (
    (1, "generic row store, batches, roles, row-level security", _V1),
    (2, "reference tables readable by every centre", _V2),
    (3, "tombstones keep no data of the deleted row", _V3),
    (4, "sequence numbers without a trigger call for new rows; centres cannot write them",
     _V4),
    (5, "consent chain heads and desk keys, append-only, written through one function",
     _CHAIN_ANCHORS),
    (6, "shared data written by head office only; data ids, sizes; an order of writes "
        "no centre can hold", ONE_WRITER),
    (7, "history rows found by the record they are about (erasure wins)", _ERASURE_WINS),
    (8, "advisory-lock functions callable by the owner only, not by centres",
     NO_ADVISORY_LOCKS),
    (9, "erased customers indexed: a push's erasure check no longer reads every customer",
     _ERASED_CUSTOMERS),
    (10, "pushes applied by head office's own functions: checks before the order of "
         "writes, numbered in the statement, centres write no row directly", PUSH_FUNCTIONS),
    (11, "a push answers the sequence numbers its rows took: the desk's next pull steps "
         "over them; check tables no longer emptied at every commit", PUSH_SPANS),
)
