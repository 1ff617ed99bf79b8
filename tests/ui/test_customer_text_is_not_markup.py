"""A customer named with angle brackets is shown and printed exactly as typed, everywhere.

Reading back what a person sees: a label's text as Qt would render it (a rich-text label
through a QTextDocument), item views through their model, PDFs through pdfplumber.
"""

from __future__ import annotations

import io
from datetime import datetime

import pdfplumber
import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget

from jpf_desk.domain.dates import VN_TZ, today_vn
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.consent.queries import get_receipt, list_receipts
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.rights import access_report, documents, requests
from jpf_desk.services.rights.requests import RequestInput
from tests.requests.builders import TODAY, make_person

NAME = "<b>Lê</b> <i>Ánh</i>"
EATEN = "Lê Ánh"  # what a label reading the name as markup would show


def displayed(label: QLabel) -> str:
    text = label.text()
    rich = (label.textFormat() == Qt.TextFormat.RichText
            or (label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _count(method, parent: QModelIndex) -> int:
    """Python models declare rowCount/columnCount with or without the parent argument,
    and PySide refuses the other form (a list model's columns: always 1)."""
    for args in ((parent,), ()):
        try:
            return int(method(*args))
        except TypeError:
            continue
    return 1


def model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    out: list[str] = []
    if model is None:
        return out

    def walk(parent: QModelIndex) -> None:
        rows, columns = _count(model.rowCount, parent), _count(model.columnCount, parent)
        for row in range(rows):
            for column in range(columns):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    out.append(str(value))
                if column == 0 and not isinstance(model, QAbstractTableModel) \
                        and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    return out


def shown_text(widget: QWidget) -> str:
    """Everything `widget` and its children put on screen, as a person reads it."""
    parts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            parts.append(displayed(child))
        elif isinstance(child, QTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QAbstractItemView):
            parts.extend(model_texts(child))
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def assert_intact(text: str) -> None:
    assert NAME in text
    assert EATEN not in text


@pytest.fixture
def person(desk):
    return make_person(desk, full_name=NAME)


def test_the_name_is_stored_as_typed(person):
    assert person.full_name == NAME


def test_customer_list_and_record(qtbot, desk, person):
    from jpf_desk.ui.customers.detail import CustomerDetailDialog
    from jpf_desk.ui.customers.list_view import CustomerListView

    listing = CustomerListView(desk)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.search.searched_once)  # listed after the build (issue 16)
    assert_intact(shown_text(listing))
    record = CustomerDetailDialog(desk, person.id)
    qtbot.addWidget(record)
    assert_intact(shown_text(record))
    assert displayed(record.ui.title) == NAME


def test_enrolments_view_and_dialogs(qtbot, desk, person):
    from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog
    from jpf_desk.ui.enrolments.view import EnrolmentsView

    view = EnrolmentsView(desk)
    qtbot.addWidget(view)
    view.search.table.selectRow(0)
    view._customer_chosen()
    assert displayed(view.panel.ui.title) == f"Các lớp của {NAME}"
    assert_intact(shown_text(view))
    dialog = EnrolDialog(desk, None, customer_id=person.id)
    qtbot.addWidget(dialog)
    assert_intact(shown_text(dialog))


def test_consent_dialog(qtbot, desk, person):
    from jpf_desk.ui.consent.dialog import ConsentDialog

    dialog = ConsentDialog(desk, person.id, preview=False)
    qtbot.addWidget(dialog)
    assert_intact(shown_text(dialog))


def test_dossier_board_and_dialog(qtbot, desk, person):
    from jpf_desk.ui.dossiers.board import DossierBoard
    from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog
    from jpf_desk.ui.dossiers.new_dossier import NewDossierDialog

    dossier = create_dossier(desk, DossierInput(person.id, desk.actor.staff_id, "september",
                                                2027, level_sought="<u>B2</u>"))
    board = DossierBoard(desk)
    qtbot.addWidget(board)
    assert_intact(shown_text(board))
    dialog = DossierDialog(desk, dossier.id)
    qtbot.addWidget(dialog)
    text = shown_text(dialog)
    assert_intact(text)
    assert "<u>B2</u>" in text
    new = NewDossierDialog(desk, person.id)
    qtbot.addWidget(new)
    assert_intact(shown_text(new))


def test_requests_view_and_new_request(qtbot, desk, person):
    from jpf_desk.ui.requests.new_request import NewRequestDialog
    from jpf_desk.ui.requests.view import RequestsView

    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.select(filed.id)
    assert_intact(shown_text(view))
    dialog = NewRequestDialog(desk, None, customer_id=person.id)
    qtbot.addWidget(dialog)
    assert_intact(shown_text(dialog))


def test_consent_receipt_pdf(desk, person):
    [summary] = list_receipts(desk, person.id)
    assert_intact(pdf_text(receipt_pdf(get_receipt(desk, summary.id), copy=True)))


def test_access_report_and_request_slip_pdfs(desk, person):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    report = access_report.build_report(desk, person.id)
    assert_intact(pdf_text(documents.access_report_pdf(report, "JPF Hà Nội – Cơ sở 1")))
    slip = documents.request_slip(desk, filed.id, datetime(2026, 11, 25, 10, 0, tzinfo=VN_TZ))
    assert_intact(pdf_text(documents.slip_pdf(slip)))


def test_payment_receipt_pdf(desk, person):
    from jpf_desk.services.courses.payments import payments_of
    from jpf_desk.services.courses.receipts import receipt_pdf as payment_receipt_pdf

    paid, _balance = payments_of(desk, person.enrolment_id)
    assert paid
    assert_intact(pdf_text(payment_receipt_pdf(desk, paid[0].id)))


def test_attendance_sheet_and_cash_summary_pdfs(desk, person):
    from jpf_desk.services.courses.cash import cash_summary_pdf
    from jpf_desk.services.courses.class_lists import attendance_sheet_pdf
    from jpf_desk.services.courses.enrolments import enrolments_of_customer

    [enrolment] = enrolments_of_customer(desk, person.id)
    assert_intact(pdf_text(attendance_sheet_pdf(desk, enrolment.class_id)))
    text = pdf_text(cash_summary_pdf(desk, today_vn()))
    assert_intact(text)  # the payments were recorded today, whatever day they were paid
