"""The head-office step that makes head office trust no desk (issue 12): shared data
written by head office only, data ids and sizes checked, an order of writes no centre can
hold, offered reference rows, unique centre codes, head office's own group.

Its own module so that migrations.py stays readable; like every step, its text is never
edited once released (a change is a new step).
"""

from __future__ import annotations

from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync.head_office.names import CENTRE_GROUP, HEAD_OFFICE_GROUP, SCHEMA
from jpf_desk.sync.limits import MAX_BATCH_ROWS, MAX_ROW_BYTES

WRITE_IDLE_S = 2  # a session idle this long while holding the order of writes is ended

# The shared tables since this step: head office writes them, every centre reads them.
# (Centres' own centre rows left them; request periods joined.) Policies name them as a
# constant array: a subquery there cost a third of a push's speed. A later change of
# this list is a new step, never an edit of that step's text.
SHARED_TABLES = ("partners", "partner_scopes", "courses", "document_kinds",
                 "policy_versions", "public_holidays", "request_periods")


def sql_text_array(names: tuple[str, ...]) -> str:
    return "'{" + ",".join(names) + "}'::text[]"


_SHARED_ARRAY = sql_text_array(("partners", "partner_scopes", "courses", "document_kinds",
                                "policy_versions", "public_holidays", "request_periods"))

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
ONE_WRITER = f"""
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

