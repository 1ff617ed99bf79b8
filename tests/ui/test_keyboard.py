"""The main window driven by keyboard only: focus where typing starts, shortcuts anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget

from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.customers.form import CustomerFormDialog
from jpf_desk.ui.main_window import MainWindow
from tests.helpers.keys import activate, ctrl, press, type_ascii
from tests.ui import builders

Key = Qt.Key


def open_window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def test_typing_starts_in_the_customer_search_box(qtbot, desk):
    window = open_window(qtbot, desk)
    assert QApplication.focusWidget() is window.views["customers"].ui.searchBox


def test_ctrl_1_comes_back_to_the_search_box_and_letters_do_not_move_the_sidebar(qtbot, desk):
    window = open_window(qtbot, desk)
    ctrl(Key.Key_3)
    assert window.current_view() is window.views["enrolments"]
    window.nav.setFocus()  # even with the sidebar focused, letters never jump sections
    type_ascii("dyk")
    assert window.current_view() is window.views["enrolments"]
    ctrl(Key.Key_1)
    assert window.current_view() is window.views["customers"]
    search = window.views["customers"].ui.searchBox
    assert QApplication.focusWidget() is search
    type_ascii("do")  # "Đồng bộ" and "Hồ sơ du học" begin with these letters
    assert window.current_view() is window.views["customers"]
    assert search.text() == "do"


def test_ctrl_n_opens_a_new_customer_from_any_section(qtbot, desk):
    window = open_window(qtbot, desk)
    ctrl(Key.Key_2)
    assert window.current_view() is window.views["classes"]
    ctrl(Key.Key_N)
    forms = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, CustomerFormDialog) and w.isVisible()]
    assert len(forms) == 1
    assert forms[0].customer_id is None  # a new customer, not an edit


def test_ctrl_n_works_from_inside_the_customer_list_too(qtbot, desk):
    builders.adult(desk)
    window = open_window(qtbot, desk)
    press(Key.Key_Down)  # into the results
    assert QApplication.focusWidget() is window.views["customers"].ui.table
    ctrl(Key.Key_N)
    forms = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, CustomerFormDialog) and w.isVisible()]
    assert len(forms) == 1


def test_one_enter_in_the_search_box_opens_the_top_result(qtbot, desk):
    builders.adult(desk, family="Nguyễn", middle="Văn", given="An", phone="0912 000 111")
    builders.adult(desk)  # Trần Văn Bảo
    open_window(qtbot, desk)
    type_ascii("tran van")
    press(Key.Key_Return)
    opened = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, CustomerDetailDialog) and w.isVisible()]
    assert [d.windowTitle() for d in opened] == ["Trần Văn Bảo"]


def test_enter_with_no_result_opens_nothing(qtbot, desk):
    builders.adult(desk)
    window = open_window(qtbot, desk)
    type_ascii("zzzz")
    press(Key.Key_Return)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, CustomerDetailDialog) and w.isVisible()]
    assert QApplication.focusWidget() is window.views["customers"].ui.searchBox


def test_ctrl_f_focuses_the_dossier_filter(qtbot, desk):
    window = open_window(qtbot, desk)
    window.show_section("dossiers")
    window.views["dossiers"].ui.tree.setFocus()
    ctrl(Key.Key_F)
    assert QApplication.focusWidget() is window.views["dossiers"].ui.consultant
    assert isinstance(QApplication.focusWidget(), QComboBox)


def test_ctrl_f_focuses_the_sync_section_list(qtbot, desk):
    window = open_window(qtbot, desk)
    window.show_section("sync")
    window.nav.setFocus()
    ctrl(Key.Key_F)
    focused = QApplication.focusWidget()
    assert focused is window.views["sync"].ui.conflictList
    assert isinstance(focused, QListWidget)
