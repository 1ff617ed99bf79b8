"""A customer's consent choices follow the order they were made in, across desks,
whatever a desk's clock says (issue 11, "one order of events").

Desk B's clock is three days slow. The customer gave consent to marketing at desk A;
desk B pulled it, then the customer withdrew marketing at desk B. Every desk must then
hold marketing as withdrawn: read by the desks' clocks, A's consent came "later" and
the withdrawal was ignored (processing went on for a purpose the customer had withdrawn).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from jpf_desk.domain.consent import ConsentAction
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.queries import current_consents
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.customers import records
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights.processing import may_process
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.test_erasure_sync import person_input, second_desk_before_any_customer

AT_A = datetime(2026, 11, 20, 9, 30, tzinfo=VN_TZ)
B_SLOW = timedelta(days=3)


def marketing_state(desk: Desk, customer_id: str) -> str:
    (state,) = [c.state for c in current_consents(desk, customer_id)
                if c.purpose == "marketing" and c.partner_id is None]
    return str(state)


def test_a_withdrawal_at_a_desk_with_a_slow_clock_is_the_customers_latest_choice(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a_made = make_desk("HN1")
    a = a_made.desk
    sync_now(a)
    b = second_desk_before_any_customer(tmp_path / "desk-b", a_made.data_dir, a)
    try:
        customer_id = records.create_customer(a, person_input("12 Phố Huế")).customer.id
        capture_consent(a, customer_id, ConsentInput(given=frozenset({"service", "marketing"})),
                        now=AT_A)
        sync_now(a)
        sync_now(b)
        assert marketing_state(b, customer_id) == ConsentAction.GIVEN

        # An hour later in real time, at desk B, whose clock says three days earlier.
        withdraw_consent(b, customer_id, ["marketing"], now=AT_A + timedelta(hours=1) - B_SLOW)
        sync_now(b)
        sync_now(a)

        for desk in (a, b):
            assert marketing_state(desk, customer_id) == ConsentAction.WITHDRAWN
            with desk.tx() as s:
                assert not may_process(s, customer_id, "marketing")
            assert verify_consents(desk).ok
    finally:
        b.store.close()
