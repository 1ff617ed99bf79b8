"""Coded choices in the window carry the catalogue's words in the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox

from jpf_desk.ui import language
from jpf_desk.ui.customers.list_view import CustomerListView
from jpf_desk.ui.requests import labels as request_labels


@pytest.fixture
def french() -> Iterator[None]:
    language.set_lang("fr")
    yield
    language.set_lang("vi")


def texts(combo: QComboBox) -> list[tuple[str, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def open_form(qtbot, desk):
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    return view, view.new_customer()  # the view owns the form: keep it alive


def test_customer_form_choices_in_vietnamese_by_default(qtbot, desk):
    _view, form = open_form(qtbot, desk)
    assert texts(form.ui.sex) == [("", ""), ("male", "Nam"), ("female", "Nữ")]
    assert texts(form.ui.idKind) == [("cccd", "CCCD (căn cước)"), ("cmnd", "CMND (cũ)"),
                                     ("passport", "Hộ chiếu")]


def test_customer_form_choices_follow_the_interface_language(qtbot, desk, french):
    _view, form = open_form(qtbot, desk)
    assert texts(form.ui.sex) == [("", ""), ("male", "Homme"), ("female", "Femme")]
    assert texts(form.ui.idKind)[2] == ("passport", "Passeport")
    assert request_labels.statuses()["in_progress"] == "En cours"
    assert request_labels.channels()["email"] == "Courriel"
