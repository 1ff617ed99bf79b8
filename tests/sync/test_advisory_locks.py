"""Issue 12: no centre can stall another through an advisory lock (head-office step 8).

Advisory locks are shared by the whole database; a centre's role that may take one can
hold, forever, a number a head-office function waits for. Every advisory-lock function
is refused to centres; head office's own functions, run as their definer, keep them.
"""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.head_office.sync import sync_now
from tests.consent.builders import NOW, new_adult
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer

# Written out: every advisory-lock function PostgreSQL has, in each of its forms.
CALLS = (
    "pg_advisory_lock(1)", "pg_advisory_lock(1, 2)",
    "pg_advisory_lock_shared(1)", "pg_advisory_lock_shared(1, 2)",
    "pg_try_advisory_lock(1)", "pg_try_advisory_lock(1, 2)",
    "pg_try_advisory_lock_shared(1)", "pg_try_advisory_lock_shared(1, 2)",
    "pg_advisory_xact_lock(1)", "pg_advisory_xact_lock(1, 2)",
    "pg_advisory_xact_lock_shared(1)", "pg_advisory_xact_lock_shared(1, 2)",
    "pg_try_advisory_xact_lock(1)", "pg_try_advisory_xact_lock(1, 2)",
    "pg_try_advisory_xact_lock_shared(1)", "pg_try_advisory_xact_lock_shared(1, 2)",
    "pg_advisory_unlock(1)", "pg_advisory_unlock(1, 2)",
    "pg_advisory_unlock_shared(1)", "pg_advisory_unlock_shared(1, 2)",
    "pg_advisory_unlock_all()",
)


def test_a_centre_role_cannot_call_any_advisory_lock_function(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    refused = []
    with head_office.as_role(a.role, a.password) as hostile:
        for call in CALLS:
            try:
                with hostile.transaction():
                    hostile.execute(f"SELECT {call}")
            except psycopg.errors.InsufficientPrivilege:
                refused.append(call)
    assert refused == list(CALLS)


def test_every_advisory_function_is_refused_to_centres_and_kept_by_the_owner(
        head_office: HeadOffice) -> None:
    with head_office.admin() as admin:
        found = admin.execute(
            "SELECT p.oid::regprocedure::text, "
            "has_function_privilege('jpf_centre', p.oid, 'EXECUTE'), "
            "has_function_privilege('public', p.oid, 'EXECUTE'), "
            "has_function_privilege(current_user, p.oid, 'EXECUTE') "
            "FROM pg_proc p WHERE p.pronamespace = 'pg_catalog'::regnamespace "
            "AND p.proname LIKE '%advisory%'").fetchall()
    assert len(found) == len(CALLS)
    assert [(name, centre, public) for name, centre, public, _owner in found
            if centre or public] == []
    assert all(owner for *_rest, owner in found)


def test_head_office_functions_still_lock_and_another_centre_syncs(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    customer = new_adult(a.desk, "Khách Thị Thử")
    capture_consent(a.desk, customer, ConsentInput(given=frozenset({"service"})),
                    now=NOW + timedelta(minutes=1))
    with head_office.as_role(a.role, a.password) as hostile:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            hostile.execute("SELECT pg_advisory_lock(hashtext('chain_heads:x'))")
        add_customer(b.desk, "Đỗ", "Chi")
        assert sync_now(b.desk).pushed > 0
        # record_chain_head takes its per-store advisory lock as its definer.
        assert sync_now(a.desk).pushed > 0
    with head_office.admin() as admin:
        heads = admin.execute("SELECT count(*) FROM ho.chain_heads").fetchone()
    assert heads == (1,)
