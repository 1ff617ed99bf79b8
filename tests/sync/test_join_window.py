"""First start of a further desk: the first-run dialog joins the centre through head
office, off the GUI thread; a refused account is said in words and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from jpf_desk.services.head_office.sync import connection_settings, sync_now
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import Customer
from jpf_desk.ui.first_run import FirstRunDialog
from jpf_desk.ui.join_dialog import JoinCentreDialog
from tests.helpers.stores import copy_store
from tests.sync.conftest import MakeDesk
from tests.sync.helpers import add_customers


def test_first_run_joins_an_existing_centre(qtbot: QtBot, make_desk: MakeDesk,
                                            tmp_path: Path, empty_store: Path) -> None:
    first = make_desk("HN1")
    customers = add_customers(first.desk, 5)
    sync_now(first.desk)
    settings = connection_settings(first.desk)
    folder = tmp_path / "second"
    folder.mkdir()
    copy_store(empty_store, folder)
    store = open_store(folder)
    try:
        dialog = FirstRunDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.ui.joinButton, Qt.MouseButton.LeftButton)
        join = dialog.join_dialog
        assert isinstance(join, JoinCentreDialog) and join.isVisible()
        join.staff_name.setText("Phạm Thu Hà")
        join.ui.hostEdit.setText(settings.host)
        join.ui.portSpin.setValue(settings.port)
        join.ui.dbnameEdit.setText(settings.dbname)
        join.ui.userEdit.setText(settings.user)
        join.ui.sslmodeCombo.setCurrentIndex(join.ui.sslmodeCombo.findData("disable"))

        # A wrong password: refused in Vietnamese, the dialog stays with what was typed.
        join.ui.passwordEdit.setText("sai-mat-khau")
        qtbot.mouseClick(join.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: join.ui.errorLabel.text() != "", timeout=30_000)
        assert "từ chối đăng nhập" in join.ui.errorLabel.text()
        assert join.isVisible() and join.staff_name.text() == "Phạm Thu Hà"
        assert join.ui.userEdit.text() == settings.user

        join.ui.passwordEdit.setText(first.password)
        with qtbot.waitSignal(dialog.accepted, timeout=60_000):
            qtbot.mouseClick(join.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.desk is not None
        assert dialog.desk.actor.centre_id == first.desk.actor.centre_id
        with dialog.desk.tx() as s:
            assert set(s.scalars(select(Customer.id))) == customers
    finally:
        store.close()
