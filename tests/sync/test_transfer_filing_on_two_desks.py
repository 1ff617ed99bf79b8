"""The transfer impact filing recorded for one country on two desks before they sync.

A filing is one per destination country (unique in the store). Two managers recording
the same filing on two desks of the centre must not leave the other desk's row parked
at every sync: the reminder is stopped on both and nothing waits for ever.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    field_item,
)
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.sharing.disclosures import SendRequest, clearance, record_disclosure
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from jpf_desk.services.sharing.transfers import record_filing, transfer_dossiers
from jpf_desk.store.models import OutboxEntry
from tests.dossiers.helpers import give_partner_consent, make_customer
from tests.sync.conftest import MakeDesk
from tests.sync.test_erasure_sync import second_desk_before_any_customer

pytestmark = pytest.mark.postgres

CAMPUS = DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE


def outbox(desk: Desk) -> int:
    with desk.store.session(None, None) as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def test_one_filing_recorded_on_both_desks_parks_nothing(make_desk: MakeDesk,
                                                         tmp_path: Path) -> None:
    made = make_desk("HN1")
    a = made.desk
    customer_id = make_customer(a)
    dossier = create_dossier(a, DossierInput(customer_id, a.actor.staff_id, "september", 2027,
                                             "Thạc sĩ"), today=date(2026, 9, 1))
    partner = set_scope(a, save_partner(a, PartnerInput(
        "Campus France", PartnerKind.CAMPUS_FRANCE, "FR")).id, CAMPUS,
        [field_item("full_name")])
    give_partner_consent(a, customer_id, partner, CAMPUS)
    req = SendRequest(dossier.id, partner.id, CAMPUS, (field_item("full_name"),),
                      DisclosureChannel.EMAIL, LegalBasis.JPF_TRANSFER)
    with a.tx() as s:
        record_disclosure(s, a, req, clearance(s, req), "",
                          datetime(2026, 10, 1, 10, 0, tzinfo=VN_TZ))
    sync_now(a)
    b = second_desk_before_any_customer(tmp_path / "desk-b", made.data_dir, a)
    try:
        sync_now(b)
        record_filing(a, "FR", date(2026, 11, 2), "nộp tại Hà Nội")
        record_filing(b, "FR", date(2026, 11, 3), "nộp lại")
        for desk in (a, b, a):
            report = sync_now(desk)
            assert (report.refused, report.parked, report.quarantined) == (0, 0, 0)
        for desk in (a, b):
            [fr] = transfer_dossiers(desk)
            assert (fr.country, fr.filed_on) == ("FR", date(2026, 11, 2))
            assert outbox(desk) == 0
    finally:
        b.store.close()
