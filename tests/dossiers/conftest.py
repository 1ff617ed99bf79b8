"""Fixtures for dossier tests: a consultant, a dossier and a partner with agreed scope."""

from __future__ import annotations

from datetime import date

import pytest

from jpf_desk.domain.disclosure_items import DisclosurePurpose, PartnerKind
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from tests.dossiers.helpers import CAMPUS_ITEMS, World, make_customer
from tests.sync.conftest import (  # noqa: F401 - head-office fixtures for test_sync.py
    empty_store,
    head_office,
    make_desk,
    pg_server,
)


@pytest.fixture
def world(desk: Desk) -> World:
    consultant = setup.add_staff(desk, "Đỗ Quang Vinh", Role.CONSULTANT)
    customer_id = make_customer(desk)
    dossier = create_dossier(desk, DossierInput(customer_id, consultant.id, "september", 2027,
                                                "Thạc sĩ", 600_000_000),
                             today=date(2026, 11, 1))
    partner = save_partner(desk, PartnerInput("Espace Campus France Hà Nội",
                                              PartnerKind.CAMPUS_FRANCE, "FR",
                                              "hanoi@campusfrance.example"))
    partner = set_scope(desk, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE, CAMPUS_ITEMS)
    return World(desk, customer_id, consultant.id, dossier, partner)
