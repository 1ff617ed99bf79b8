"""The window speaks the language it is started in: forms and ui/ code strings through the
compiled .qm (make forms), with no Vietnamese left in French or English (issue 17).

Only the window's own words are read (titles, labels, buttons, menus, tabs, group boxes,
table headers, placeholders): the store's data (the centre's and staff's names, the data
folder) is Vietnamese whatever the language and is taken out first.
"""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from jpf_desk.ui import navigation
from jpf_desk.ui.customers.list_view import CustomerListView
from jpf_desk.ui.main_window import MainWindow
from jpf_desk.ui.sign_in_dialog import SignInDialog
from tests.i18n.catalogue import is_vietnamese

# The template store's data shown in the window's chrome (tests/conftest.py).
DATA = ("JPF Hà Nội – Cơ sở 1", "Lê Thu Trang")
# Choosers of Vietnam's provinces and communes: place names, the same in every language.
PLACE_CHOOSERS = {"province", "commune"}


def _headers(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    return [str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            for i in range(model.columnCount())]


def window_words(top: QWidget) -> list[str]:
    """Every piece of the window's own text in `top` and its children."""
    words = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            words.append(widget.text())
        elif isinstance(widget, QGroupBox):
            words.append(widget.title())
        elif isinstance(widget, QLineEdit):
            words.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            words += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            words += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            words += _headers(widget.model())
        if isinstance(widget, QComboBox) and widget.objectName() not in PLACE_CHOOSERS:
            words += [widget.itemText(i) for i in range(widget.count())]
            if widget.isEditable():
                words.append(widget.lineEdit().placeholderText())
        words += [action.text() for action in widget.actions()]
        words.append(widget.toolTip())
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            words.append(menu_action.text())
            if menu_action.menu() is not None:
                words += [a.text() for a in menu_action.menu().actions()]
    for data in DATA:
        words = [w.replace(data, "") for w in words]
    return [w for w in words if w.strip()]


def vietnamese_words(top: QWidget) -> list[str]:
    return [w for w in window_words(top) if is_vietnamese(w)]


def main_window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.show_section("customers")
    return window


def customer_form(qtbot, desk) -> tuple[QWidget, QWidget]:
    """The new-customer form, with the list view that owns it (kept alive with it)."""
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    return view, view.new_customer()


def sign_in(qtbot, desk) -> QWidget:
    dialog = SignInDialog(desk.store)
    qtbot.addWidget(dialog)
    return dialog


def test_in_vietnamese_by_default_the_window_is_vietnamese(qtbot, desk, speaking):
    speaking("vi")
    window = main_window(qtbot, desk)
    assert window.nav.item(0).text() == "Khách hàng"
    assert "&Quầy" in window_words(window)
    assert sign_in(qtbot, desk).windowTitle() == "Đăng nhập"


def test_in_french_the_main_window_is_french(qtbot, desk, speaking):
    speaking("fr")
    window = main_window(qtbot, desk)
    words = window_words(window)
    assert window.nav.item(0).text() == "Clients"
    assert "&Accueil" in words  # the desk menu
    assert "&Verrouiller l'écran" in words
    assert vietnamese_words(window) == []


def test_in_french_the_sign_in_and_customer_dialogs_are_french(qtbot, desk, speaking):
    speaking("fr")
    dialog = sign_in(qtbot, desk)
    assert dialog.windowTitle() == "Connexion"
    assert "&Mot de passe :" in window_words(dialog)
    assert vietnamese_words(dialog) == []
    _view, form = customer_form(qtbot, desk)
    assert "Fiche client" in window_words(form) or "&Nom complet :" in window_words(form)
    assert "Annuler" in window_words(form)
    assert vietnamese_words(form) == []


def test_in_english_the_main_window_and_dialogs_are_english(qtbot, desk, speaking):
    speaking("en")
    window = main_window(qtbot, desk)
    assert window.nav.item(0).text() == "Customers"
    assert "&Desk" in window_words(window)
    assert vietnamese_words(window) == []
    dialog = sign_in(qtbot, desk)
    assert dialog.windowTitle() == "Sign in"
    assert "&Password:" in window_words(dialog)
    assert vietnamese_words(dialog) == []
    _view, form = customer_form(qtbot, desk)
    assert "Cancel" in window_words(form)
    assert vietnamese_words(form) == []


def section_words(qtbot, desk) -> dict[str, list[str]]:
    """The Vietnamese words of each section's own view, shown in turn in the main window."""
    window = main_window(qtbot, desk)
    navigation.load_sections()
    found = {}
    for section in navigation.sections():
        found[section.key] = vietnamese_words(window.show_section(section.key))
    return found


def test_every_section_shows_vietnamese_words_in_vietnamese(qtbot, desk, speaking):
    """The walk sees each section's own words (so the checks below are not empty)."""
    speaking("vi")
    found = section_words(qtbot, desk)
    assert {"customers", "classes", "enrolments", "dossiers", "requests"} <= set(found)
    assert [key for key, words in found.items() if not words] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_section_of_the_main_window_leaves_no_vietnamese(qtbot, desk, speaking, lang):
    speaking(lang)
    assert {key: words for key, words in section_words(qtbot, desk).items() if words} == {}


# Dialogs opened on the desk alone. Not here: the partners dialog and the controller's
# details, whose document-kind names and legal name are the store's (Vietnamese) data.
DESK_DIALOGS = (
    "dossiers.kinds_dialog.DocumentKindsDialog", "staff_dialog.SwitchStaffDialog",
    "customers.picker.CustomerPickerDialog", "classes.class_dialog.ClassFormDialog",
    "classes.course_dialog.CourseFormDialog", "imports.to_collect.ConsentToCollectDialog",
    "imports.dialog.ImportDialog", "requests.calendar_dialog.CalendarDialog",
    "sync.connect_dialog.SyncConnectDialog", "consent.duties.DataDutiesDialog",
)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("dotted", DESK_DIALOGS)
def test_desk_dialogs_leave_no_vietnamese(qtbot, desk, speaking, lang, dotted):
    speaking(lang)
    module, name = dotted.rsplit(".", 1)
    dialog = getattr(importlib.import_module(f"jpf_desk.ui.{module}"), name)(desk)
    qtbot.addWidget(dialog)
    assert window_words(dialog), "the dialog has words of its own"
    assert vietnamese_words(dialog) == []
