"""Versioned SQL of the head-office schema, applied in order by `schema.migrate`.

Plain SQL steps and a version table rather than a second Alembic environment: the
schema is a handful of generic tables plus roles, grants, policies and functions, which
Alembic cannot model anyway; plain SQL ships inside the package as Python (no package
data to forget) and runs through the same psycopg connection as the sync itself.
A step is never edited once released: add a new one.
"""

from __future__ import annotations

from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync.limits import MAX_BATCH_ROWS, MAX_ROW_BYTES

SCHEMA = "ho"
CENTRE_GROUP = "jpf_centre"  # NOLOGIN role every centre's login role belongs to
HEAD_OFFICE_GROUP = "jpf_head_office"  # NOLOGIN role of head office's own accounts
# Serialises writers of ho.rows so that sequence numbers are handed out in commit order
# and a cursor ("everything up to seq N") never skips a row committed late.
WRITE_LOCK = 7_100_713  # before version 6 (now ho.write_lock(), see _ONE_WRITER)
WRITE_IDLE_S = 2  # a session idle this long while holding the order of writes is ended

# Tables whose rows every centre may read, whatever centre wrote them. Staff are not
# here on purpose: a centre sees its own staff and head office's (shared) staff only.
REFERENCE_TABLES = ("centres", "courses", "partners", "partner_scopes", "document_kinds",
                    "policy_versions", "public_holidays")

# The shared tables since the one-writer step (_ONE_WRITER): head office writes them, every centre reads them.
# (Centres' own centre rows left them; request periods joined.) Policies name them as a
# constant array: a subquery there cost a third of a push's speed. A later change of
# this list is a new step, never an edit of that step's text.
SHARED_TABLES = ("partners", "partner_scopes", "courses", "document_kinds",
                 "policy_versions", "public_holidays", "request_periods")


def sql_text_array(names: tuple[str, ...]) -> str:
    return "'{" + ",".join(names) + "}'::text[]"


_SHARED_ARRAY = sql_text_array(("partners", "partner_scopes", "courses", "document_kinds",
                             "policy_versions", "public_holidays", "request_periods"))

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

# Shared data has one writer, head office: a centre can no longer write a reference table
# at all (under its own centre id the row used to reach every centre), and reads only
# the reference rows head office wrote (centre SHARED). A centre's own centre row is
# centre data: it may write that one row (id = its centre) and nobody else reads it.
# Request periods joined the reference tables (desks make them with SHARED as centre).
#
# Every written row must carry its own id as data id (a desk applies the data, so a row
# "x" holding id "y" overwrote y; a tombstone's data is never applied), and a row's JSON
# is bounded: checks on the table, NOT VALID so that rows written before stay as they were.
#
# The order of writes is a table lock on ho.write_order, which no centre may lock: it is
# taken only by ho.write_lock() (SECURITY DEFINER). A centre can still open a
# transaction, write one row and sit there; a writer waiting for the order ends such a
# session once it has idled for WRITE_IDLE_S (a real push never idles holding it), and
# otherwise gives up after jpf.write_wait_ms (default 20 s) with SQLSTATE JP001, which a
# desk reports as "head office busy". Ending another session needs the owner to be a
# member of pg_signal_backend and pg_read_all_stats (granted here when the owner may).
# The advisory lock of the earlier steps orders nothing any more: a centre may hold it.
_ONE_WRITER = f"""
DELETE FROM {SCHEMA}.reference_tables WHERE table_name = 'centres';
INSERT INTO {SCHEMA}.reference_tables VALUES ('request_periods') ON CONFLICT DO NOTHING;

CREATE FUNCTION {SCHEMA}.is_reference(name text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp
  AS $f$ SELECT EXISTS (SELECT 1 FROM {SCHEMA}.reference_tables WHERE table_name = name) $f$;
REVOKE ALL ON FUNCTION {SCHEMA}.is_reference(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.is_reference(text) TO {CENTRE_GROUP};

DROP POLICY rows_read ON {SCHEMA}.rows;
CREATE POLICY rows_read ON {SCHEMA}.rows FOR SELECT USING (
  centre_id = '{SHARED_CENTRE}'
  OR (centre_id = (SELECT {SCHEMA}.current_centre())
      AND table_name <> ALL ({_SHARED_ARRAY})));
DROP POLICY rows_insert ON {SCHEMA}.rows;
CREATE POLICY rows_insert ON {SCHEMA}.rows FOR INSERT WITH CHECK (
  centre_id = (SELECT {SCHEMA}.current_centre())
  AND table_name <> ALL ({_SHARED_ARRAY})
  AND (table_name <> 'centres' OR row_id = centre_id));
DROP POLICY rows_update ON {SCHEMA}.rows;
CREATE POLICY rows_update ON {SCHEMA}.rows FOR UPDATE
  USING (centre_id = (SELECT {SCHEMA}.current_centre())
         AND table_name <> ALL ({_SHARED_ARRAY}))
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre())
              AND table_name <> ALL ({_SHARED_ARRAY})
              AND (table_name <> 'centres' OR row_id = centre_id));

ALTER TABLE {SCHEMA}.rows ADD CONSTRAINT rows_data_id
  CHECK (deleted OR data->>'id' = row_id) NOT VALID;
ALTER TABLE {SCHEMA}.rows ADD CONSTRAINT rows_size
  CHECK (octet_length(data::text) <= {MAX_ROW_BYTES}) NOT VALID;
ALTER TABLE {SCHEMA}.applied_batches ADD CONSTRAINT batches_size
  CHECK (row_count <= {MAX_BATCH_ROWS}) NOT VALID;

-- The revision a pushed change was made on: head office applies it only on top of that
-- (sync/protocol.py), so that an old copy of a desk cannot undo newer data.
ALTER TABLE {SCHEMA}.rows ADD COLUMN base_revision integer;
GRANT INSERT (base_revision), UPDATE (base_revision) ON {SCHEMA}.rows TO {CENTRE_GROUP};

CREATE TABLE {SCHEMA}.write_order (id integer PRIMARY KEY);
REVOKE ALL ON {SCHEMA}.write_order FROM PUBLIC;

CREATE FUNCTION {SCHEMA}.write_lock(batch_rows integer) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_catalog, pg_temp AS $f$
DECLARE
  wait_ms integer := coalesce(
    nullif(current_setting('jpf.write_wait_ms', true), '')::integer, 20000);
  deadline timestamptz := clock_timestamp() + make_interval(secs => wait_ms / 1000.0);
  holder integer;
BEGIN
  IF batch_rows > {MAX_BATCH_ROWS} THEN
    RAISE EXCEPTION 'batch of % rows, at most {MAX_BATCH_ROWS}', batch_rows
      USING ERRCODE = 'JP002';
  END IF;
  LOOP
    BEGIN
      LOCK TABLE {SCHEMA}.write_order IN EXCLUSIVE MODE NOWAIT;
      RETURN;
    EXCEPTION WHEN lock_not_available THEN NULL;
    END;
    FOR holder IN
      SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'relation' AND l.relation = '{SCHEMA}.write_order'::regclass
        AND l.granted AND a.pid <> pg_backend_pid()
        AND a.state IN ('idle in transaction', 'idle in transaction (aborted)')
        AND a.state_change < clock_timestamp() - interval '{WRITE_IDLE_S} seconds'
        AND pg_has_role(a.usesysid, '{CENTRE_GROUP}', 'MEMBER')
    LOOP
      BEGIN
        PERFORM pg_terminate_backend(holder);
      EXCEPTION WHEN insufficient_privilege THEN NULL;
      END;
    END LOOP;
    IF clock_timestamp() > deadline THEN
      RAISE EXCEPTION 'head office busy: the order of writes is held' USING ERRCODE = 'JP001';
    END IF;
    PERFORM pg_sleep(0.02);
  END LOOP;
END $f$;
REVOKE ALL ON FUNCTION {SCHEMA}.write_lock(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.write_lock(integer) TO {CENTRE_GROUP};

CREATE OR REPLACE FUNCTION {SCHEMA}.take_write_lock() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM {SCHEMA}.write_lock(0);
  RETURN NULL;
END $f$;

-- Reference rows a desk made before it was connected, offered to head office: the
-- centre's own desks read them (a class must find its course), head office adopts them
-- into the shared data (`jpf-desk head-office adopt`) or leaves them; no other centre
-- ever reads them.
CREATE TABLE {SCHEMA}.reference_offers (
  centre_id text NOT NULL,
  table_name text NOT NULL,
  row_id text NOT NULL,
  data jsonb NOT NULL,
  offered_at timestamptz NOT NULL DEFAULT now(),
  adopted_at timestamptz,
  PRIMARY KEY (centre_id, table_name, row_id),
  CHECK (data->>'id' = row_id),
  CHECK (octet_length(data::text) <= {MAX_ROW_BYTES})
);
ALTER TABLE {SCHEMA}.reference_offers ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.reference_offers FORCE ROW LEVEL SECURITY;
CREATE POLICY offers_own ON {SCHEMA}.reference_offers FOR ALL
  USING (centre_id = (SELECT {SCHEMA}.current_centre()))
  WITH CHECK (centre_id = (SELECT {SCHEMA}.current_centre())
              AND {SCHEMA}.is_reference(table_name));
GRANT SELECT, INSERT (centre_id, table_name, row_id, data), UPDATE (data, offered_at)
  ON {SCHEMA}.reference_offers TO {CENTRE_GROUP};

-- Centre codes are unique at head office: a centre row whose code another centre's row
-- holds is refused (a centre cannot read other centres' rows, hence a function).
CREATE FUNCTION {SCHEMA}.centre_code_taken(code text, centre text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $f$
  SELECT EXISTS (SELECT 1 FROM {SCHEMA}.rows WHERE table_name = 'centres' AND NOT deleted
                 AND row_id <> centre AND lower(data->>'code') = lower(code)) $f$;
REVOKE ALL ON FUNCTION {SCHEMA}.centre_code_taken(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SCHEMA}.centre_code_taken(text, text) TO {CENTRE_GROUP};
CREATE INDEX rows_centre_code ON {SCHEMA}.rows (lower(data->>'code'))
  WHERE table_name = 'centres';

-- Head office's own staff accounts (the owner running this, and any account granted
-- the group): the one writer of shared data, readers of every centre's rows and offers,
-- without being a superuser (the tables force row-level security on their owner too).
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{HEAD_OFFICE_GROUP}') THEN
    CREATE ROLE {HEAD_OFFICE_GROUP} NOLOGIN;
  END IF;
END $$;
DO $$ BEGIN
  EXECUTE format('GRANT {HEAD_OFFICE_GROUP} TO %I', current_user);
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
  RAISE WARNING 'head office: grant {HEAD_OFFICE_GROUP} to the owner account';
END $$;
GRANT USAGE ON SCHEMA {SCHEMA} TO {HEAD_OFFICE_GROUP};
GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.rows, {SCHEMA}.reference_offers
  TO {HEAD_OFFICE_GROUP};
GRANT SELECT ON {SCHEMA}.reference_tables, {SCHEMA}.applied_batches TO {HEAD_OFFICE_GROUP};
GRANT USAGE ON SEQUENCE {SCHEMA}.rows_seq TO {HEAD_OFFICE_GROUP};
GRANT EXECUTE ON FUNCTION {SCHEMA}.current_centre(), {SCHEMA}.is_reference(text),
  {SCHEMA}.write_lock(integer), {SCHEMA}.centre_code_taken(text, text) TO {HEAD_OFFICE_GROUP};
CREATE POLICY rows_head_office ON {SCHEMA}.rows FOR ALL TO {HEAD_OFFICE_GROUP}
  USING (true) WITH CHECK (true);
CREATE POLICY offers_head_office ON {SCHEMA}.reference_offers FOR ALL
  TO {HEAD_OFFICE_GROUP} USING (true) WITH CHECK (true);
CREATE POLICY batches_head_office ON {SCHEMA}.applied_batches FOR SELECT
  TO {HEAD_OFFICE_GROUP} USING (true);

DO $$ BEGIN
  GRANT pg_signal_backend, pg_read_all_stats TO CURRENT_USER;
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
  RAISE WARNING 'head office: grant pg_signal_backend and pg_read_all_stats to the owner, '
    'so that a writer can end a centre session that holds the order of writes';
END $$;
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
        "no centre can hold", _ONE_WRITER),
)
