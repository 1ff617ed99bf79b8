"""Moving a dossier past document collection with required documents missing asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.services.dossiers import workflow as dossiers
from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog
from tests.helpers.keys import activate, press, type_ascii
from tests.helpers.modal import when_modal


def _at_document_collection(world) -> None:
    for stage in (Stage.CONTRACT_SIGNED, Stage.PROGRAMME_CHOICE, Stage.FRENCH_TEST,
                  Stage.DOCUMENT_COLLECTION):
        dossiers.change_stage(world.desk, world.dossier.id, stage)


def _dialog(qtbot, world) -> DossierDialog:
    dialog = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.ui.newStage.currentData() == Stage.TRANSLATION.value
    dialog.ui.stageNote.setFocus()
    return dialog


def test_enter_asks_and_a_second_enter_keeps_the_stage(qtbot, world):
    _at_document_collection(world)
    dialog = _dialog(qtbot, world)
    assert dialog.isVisible()
    asked: list[str] = []

    def answer_with_enter(box):
        asked.append(box.text())
        activate(qtbot, box)
        press(Qt.Key.Key_Return)

    when_modal(answer_with_enter)
    type_ascii("dich")
    press(Qt.Key.Key_Return)
    # The seeded checklist has 15 required kinds (passport … translations), none received.
    assert asked == ["Còn 15 giấy tờ bắt buộc chưa có. Vẫn chuyển giai đoạn?"]
    assert dossiers.get_dossier(world.desk, world.dossier.id).stage is Stage.DOCUMENT_COLLECTION
    assert dialog.isVisible() and dialog.ui.stageNote.text() == "dich"  # the note is kept


def test_confirmed_the_dossier_moves(qtbot, world):
    _at_document_collection(world)
    dialog = _dialog(qtbot, world)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    press(Qt.Key.Key_Return)
    assert dossiers.get_dossier(world.desk, world.dossier.id).stage is Stage.TRANSLATION
    assert dialog.isVisible()


def test_early_stages_move_without_a_question(qtbot, world):
    _dialog_at_start = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(_dialog_at_start)
    activate(qtbot, _dialog_at_start)
    _dialog_at_start.ui.stageNote.setFocus()
    press(Qt.Key.Key_Return)
    assert dossiers.get_dossier(world.desk, world.dossier.id).stage is Stage.CONTRACT_SIGNED
