"""The consent receipt is offered in the interface's language, and the language stored
for the desk (settings dialog) translates the window at the next start (issue 17)."""

from __future__ import annotations

from jpf_desk.domain.desk_settings import SettingKey
from jpf_desk.services.settings.desk_settings import set_one
from jpf_desk.ui.app import use_stored_language
from jpf_desk.ui.consent.dialog import ConsentDialog
from jpf_desk.ui.sign_in_dialog import SignInDialog
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


def test_the_language_stored_for_the_desk_translates_the_window_from_sign_in_on(
        qtbot, desk, speaking):
    """A start without --lang (settings dialog's choice): the sign-in dialog is French."""
    set_one(desk, SettingKey.LANGUAGE, "fr")
    speaking("vi")  # what run_gui does before the store is read
    use_stored_language(desk.store)
    dialog = SignInDialog(desk.store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Connexion"
