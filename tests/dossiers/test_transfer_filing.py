"""Cross-border: the first JPF transfer to a destination starts the 60-day filing
reminder of the transfer impact dossier (LAW.md); the customer's own submissions and
domestic partners do not."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    field_item,
)
from jpf_desk.domain.errors import DomainError
from jpf_desk.services.sharing.disclosures import SendRequest, clearance, record_disclosure
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from tests.dossiers.helpers import give_partner_consent

CAMPUS = DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE


def _send(world, partner, purpose, basis, on: date) -> None:
    req = SendRequest(world.dossier.id, partner.id, purpose, (field_item("full_name"),),
                      DisclosureChannel.EMAIL, basis)
    with world.desk.tx() as s:
        record_disclosure(s, world.desk, req, clearance(s, req), "",
                          datetime(on.year, on.month, on.day, 10, 0, tzinfo=VN_TZ))


def test_first_jpf_transfer_starts_the_60_day_reminder(world):
    from jpf_desk.services.sharing.transfers import filing_reminders, record_filing

    desk = world.desk
    give_partner_consent(desk, world.customer_id, world.partner, CAMPUS)
    translator = set_scope(desk, save_partner(desk, PartnerInput(
        "Dịch thuật Tây Hồ", PartnerKind.TRANSLATOR, "VN")).id,
        DisclosurePurpose.TRANSLATION, [field_item("full_name")])
    from jpf_desk.services.consent.capture import add_partner_consents
    from jpf_desk.services.consent.content import PartnerChoice

    add_partner_consents(desk, world.customer_id, [PartnerChoice(
        translator.id, DisclosurePurpose.TRANSLATION.value, True)])
    _send(world, translator, DisclosurePurpose.TRANSLATION, None, date(2026, 9, 1))
    _send(world, world.partner, CAMPUS, LegalBasis.OWN_SUBMISSION, date(2026, 9, 15))
    assert filing_reminders(desk) == []  # the customer's own submission is not JPF's

    _send(world, world.partner, CAMPUS, LegalBasis.JPF_TRANSFER, date(2026, 10, 1))
    _send(world, world.partner, CAMPUS, LegalBasis.JPF_TRANSFER, date(2026, 10, 20))
    (due,) = filing_reminders(desk)
    # 1 Oct + 60 days: 31 Oct is day 30, 30 Nov is day 60.
    assert (due.country, due.first_transfer_on, due.file_by) == (
        "FR", date(2026, 10, 1), date(2026, 11, 30))
    assert due.days_left(date(2026, 11, 25)) == 5
    with pytest.raises(DomainError) as err:
        record_filing(desk, "DE", date(2026, 11, 2))
    assert err.value.code == "transfer.no_transfer"
    filed = record_filing(desk, "fr", date(2026, 11, 2), "Nộp qua cổng A05")
    assert filed.filed_on == date(2026, 11, 2)
    assert filing_reminders(desk) == []


def test_board_reminds_of_the_filing(world, qtbot):
    from datetime import timedelta

    from jpf_desk.domain.dates import format_date, today_vn
    from jpf_desk.ui.dossiers.board import DossierBoard

    give_partner_consent(world.desk, world.customer_id, world.partner, CAMPUS)
    sent_on = today_vn() - timedelta(days=10)
    _send(world, world.partner, CAMPUS, LegalBasis.JPF_TRANSFER, sent_on)
    board = DossierBoard(world.desk)
    qtbot.addWidget(board)
    board.refresh()
    text = board.ui.status.text()
    assert "FR" in text and "đánh giá tác động" in text
    assert format_date(sent_on + timedelta(days=60)) in text and "còn 50 ngày" in text
