"""The partner consent dialog asks a minor's guardian, and a child from 7, every time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.queries import list_receipts
from jpf_desk.services.customers.records import get_customer
from jpf_desk.ui.dossiers.partner_consent import PartnerConsentDialog
from tests.consent.builders import new_minor, new_partner


def _click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_minor_partner_consent_asks_guardian_and_child_each_time(qtbot, desk):
    today = today_vn()
    cid = new_minor(desk, birth=date(today.year - 10, 1, 15))
    guardian = get_customer(desk, cid).guardians[0]
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"}),
                                            guardian_id=guardian.id, guardian_consented=True,
                                            child_consented=True))
    partner = new_partner(desk, "Université de Provence (ví dụ)", "FR",
                          {"housing": ("field:full_name",)})
    dialog = PartnerConsentDialog(desk, cid, "Đỗ Minh Khôi", partner,
                                  DisclosurePurpose.HOUSING, preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.minorGroup.isVisible() and dialog.ui.childConsent.isVisible()
    assert not dialog.ui.guardianConsent.isChecked() and not dialog.ui.childConsent.isChecked()
    dialog.ui.agreed.setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "người giám hộ" in dialog.ui.error.text().lower()
    dialog.ui.guardianConsent.setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "7 tuổi" in dialog.ui.error.text()
    dialog.ui.childConsent.setChecked(True)
    _click_ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.receipt is not None
    assert dialog.receipt.content["partners"][0]["decided_by"]["guardian_name"] == "Đỗ Thị Lụa"
    assert len(list_receipts(desk, cid)) == 2


def test_a_minors_withdrawal_in_the_window_names_the_guardian(qtbot, desk):
    from jpf_desk.ui.consent.withdraw import WithdrawDialog

    today = today_vn()
    cid = new_minor(desk, birth=date(today.year - 10, 1, 15))
    guardian = get_customer(desk, cid).guardians[0]
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "marketing"}),
                                            guardian_id=guardian.id, guardian_consented=True,
                                            child_consented=True))
    dialog = WithdrawDialog(desk, cid, preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.guardian.isVisible() and dialog.ui.guardian.currentData() == guardian.id
    dialog.purpose_boxes["marketing"].setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.receipt is not None
    assert dialog.receipt.content["withdrawn_by"]["guardian_name"] == "Đỗ Thị Lụa"
