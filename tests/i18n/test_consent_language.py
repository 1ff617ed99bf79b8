"""The consent receipt is offered in the interface's language (issue 17): the customer can
still choose another in the dialog."""

from __future__ import annotations

from jpf_desk.ui.consent.dialog import ConsentDialog
from tests.consent.builders import new_adult


def test_the_receipt_language_defaults_to_vietnamese(qtbot, desk, speaking):
    speaking("vi")
    dialog = ConsentDialog(desk, new_adult(desk), preview=False)
    qtbot.addWidget(dialog)
    assert dialog.ui.language.currentData() == "vi"


def test_in_french_the_consent_dialog_and_its_receipt_are_french(qtbot, desk, speaking):
    customer_id = new_adult(desk)
    speaking("fr")
    dialog = ConsentDialog(desk, customer_id, preview=False)
    qtbot.addWidget(dialog)
    assert dialog.ui.language.currentData() == "fr"
    assert dialog.ui.languageNote.text() == ("Le texte vietnamien de la politique (SHA-256 "
                                             "ci-dessus) fait foi ; la traduction est donnée "
                                             "à titre indicatif.")
