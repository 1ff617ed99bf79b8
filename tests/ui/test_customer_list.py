"""The customer list: ids only, rows on demand, results as the user types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from jpf_desk.services.customers.search import customer_ids, customer_rows
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.customers.list_model import PAGE, CustomerListModel
from jpf_desk.ui.customers.list_view import CustomerListView
from tests.helpers.typing import type_text
from tests.ui import builders


def test_model_passes_qtmodeltester(qtmodeltester, desk):
    builders.adult(desk, given="Ánh", family="Nguyễn", middle="Thị")
    builders.minor(desk)
    model = CustomerListModel(lambda ids: customer_rows(desk, ids))
    model.set_ids(customer_ids(desk))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_model_loads_only_the_pages_it_shows(desk):
    loaded: list[int] = []

    def load(ids):
        loaded.append(len(ids))
        return customer_rows(desk, ids)

    builders.adult(desk)
    real = customer_ids(desk)
    model = CustomerListModel(load)
    model.set_ids(real * (PAGE * 3))  # many rows, one real customer repeated
    assert loaded == []  # nothing loaded until a row is asked for
    assert model.data(model.index(0, CustomerListModel.NAME)) == "Trần Văn Bảo"
    assert model.data(model.index(1, CustomerListModel.PHONE)) == "0903 111 222"
    assert loaded == [PAGE]
    model.data(model.index(2 * PAGE + 5, 0))
    assert loaded == [PAGE, PAGE] and model.loaded_pages() == 2


def test_columns_show_date_phone_masked_id_and_minor(desk):
    builders.adult(desk, id_number="001095012345", birth=date(1995, 5, 7))
    builders.minor(desk)
    model = CustomerListModel(lambda ids: customer_rows(desk, ids))
    model.set_ids(customer_ids(desk))
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    adult_row = rows["Trần Văn Bảo"]
    assert model.data(model.index(adult_row, CustomerListModel.BIRTH)) == "07/05/1995"
    id_text = model.data(model.index(adult_row, CustomerListModel.ID))
    assert id_text and "012345" not in id_text and id_text.endswith("45")
    assert model.data(model.index(rows["Phạm Gia Minh"], CustomerListModel.MINOR)) == "Có"
    assert model.data(model.index(adult_row, CustomerListModel.MINOR)) == ""


def test_unaccented_typing_finds_the_customer(qtbot, desk):
    wanted = builders.adult(desk, family="Nguyễn", middle="Thị", given="Ánh", phone="0912 345 678")
    builders.adult(desk, family="Nguyễn", middle="Văn", given="An", phone="0912 000 111")
    builders.adult(desk, family="Lê", middle="Thị", given="Hoa", phone="0912 999 888")
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    # empty search lists everyone, once the view has painted (issue 16)
    qtbot.waitUntil(lambda: view.search.model.rowCount() == 3)
    type_text(view.ui.searchBox, "nguyen thi anh")
    qtbot.waitUntil(lambda: view.search.model.ids() == [wanted])
    assert view.search.model.data(view.search.model.index(0, 0)) == "Nguyễn Thị Ánh"
    assert view.ui.countLabel.text() == "1 khách hàng"


def test_phone_typed_any_way_finds_the_customer(qtbot, desk):
    wanted = builders.adult(desk, phone="0912 345 678")
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.ui.searchBox, "+84912345")
    qtbot.waitUntil(lambda: view.search.model.ids() == [wanted])


def test_enter_opens_the_selected_customer(qtbot, desk):
    builders.adult(desk)
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.search.model.rowCount() == 1)  # listed after the build
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Return)
    dialogs = view.findChildren(CustomerDetailDialog)
    assert len(dialogs) == 1
    assert dialogs[0].windowTitle() == "Trần Văn Bảo"


def test_down_arrow_moves_from_search_to_results(qtbot, desk):
    builders.adult(desk)
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    view.show()
    view.ui.searchBox.setFocus()
    qtbot.keyClick(view.ui.searchBox, Qt.Key.Key_Down)
    assert view.focusWidget() is view.ui.table
