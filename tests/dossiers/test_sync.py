"""Dossier tables go through head office sync: own rows pushed, the append-only logs
never updated by a later sync, the shared partner registry refused from a desk."""

from __future__ import annotations

from datetime import date

import pytest

from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    field_item,
)
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.services.dossiers.workflow import DossierInput, change_stage, create_dossier
from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.services.sharing.disclosures import SendRequest, disclosures_of_customer
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from tests.dossiers.helpers import give_partner_consent, make_customer
from tests.sync.conftest import HeadOffice, MakeDesk

pytestmark = pytest.mark.postgres


def test_dossier_and_disclosure_sync_to_head_office(make_desk: MakeDesk,
                                                    head_office: HeadOffice, tmp_path) -> None:
    a = make_desk("HN1")
    desk = a.desk
    customer_id = make_customer(desk)
    dossier = create_dossier(desk, DossierInput(customer_id, desk.actor.staff_id, "september",
                                                2027, "Thạc sĩ"), today=date(2026, 11, 2))
    partner = save_partner(desk, PartnerInput("Campus France", PartnerKind.CAMPUS_FRANCE, "FR"))
    partner = set_scope(desk, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                        [field_item("full_name")])
    give_partner_consent(desk, customer_id, partner, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    sent = send_to_partner(desk, SendRequest(
        dossier.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE, (field_item("full_name"),),
        DisclosureChannel.UPLOAD, LegalBasis.OWN_SUBMISSION), tmp_path / "out")

    report = sync_now(desk)
    assert sync_status(desk).last_error == ""
    assert report.pushed > 0
    assert {r[1] for r in head_office.rows("dossiers")} == {dossier.id}
    assert {r[1] for r in head_office.rows("disclosures")} == {sent.id}
    assert len(head_office.rows("dossier_stage_changes")) == 1
    assert head_office.rows("partners") == []  # shared registry: head office's to keep

    change_stage(desk, dossier.id, Stage.CONTRACT_SIGNED, "Ký hợp đồng")
    sync_now(desk)
    sync_now(desk)  # pulls its own append-only rows back: inserted where missing only
    assert sync_status(desk).last_error == ""
    assert len(head_office.rows("dossier_stage_changes")) == 2
    assert [d.id for d in disclosures_of_customer(desk, customer_id)] == [sent.id]
