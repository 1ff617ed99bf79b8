"""Head-office step 8: no centre can take an advisory lock (issue 12).

Advisory locks are database-wide: any role that may call `pg_advisory_lock` can hold a
number forever, and a head-office function that waits for the same number (the consent
chain's per-store lock in `record_chain_head`, the lock of the first schema step) then
waits for it. Since step 6 the order of writes is a table lock no centre can take; this
step closes what is left: EXECUTE on every advisory-lock function of pg_catalog is taken
from PUBLIC in this database and given back to the owner running the step only, who is
also the definer of head office's SECURITY DEFINER functions (they keep working).

Only the owner of those functions (the bootstrap superuser) can change their grants. An
owner account that cannot is told so with a warning, and the step changes nothing.
Like every step, its text is never edited once released.
"""

from __future__ import annotations

from jpf_desk.sync.head_office.names import CENTRE_GROUP

# pg_advisory_lock, pg_advisory_xact_lock, pg_try_advisory_lock, ..._shared, the unlocks.
NO_ADVISORY_LOCKS = rf"""
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
           WHERE p.pronamespace = 'pg_catalog'::regnamespace
             AND p.proname ~ '^pg_(try_)?advisory_'
  LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f, current_user);
  END LOOP;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'head office: run this step as a superuser, so that centres cannot take '
    'advisory locks';
END $$;
DO $$ BEGIN
  IF has_function_privilege('{CENTRE_GROUP}', 'pg_catalog.pg_advisory_lock(bigint)',
                            'EXECUTE') THEN
    RAISE WARNING 'head office: centres can still take advisory locks (the owner account '
      'could not revoke them)';
  END IF;
END $$;
"""
