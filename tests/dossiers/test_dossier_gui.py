"""The consultant's path through the window: board, dossier, checklist, partner, sending."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
from PySide6.QtCore import Qt

from jpf_desk.domain.disclosure_items import (
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    doc_item,
    field_item,
)
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.policy import SERVICE
from jpf_desk.services.dossiers import workflow as dossiers
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.sharing.disclosures import disclosures_of_customer
from jpf_desk.services.sharing.partners import list_partners
from jpf_desk.ui.dossiers.board import DossierBoard
from jpf_desk.ui.dossiers.documents_tab import CHECKED_COL, RECEIVED_COL
from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog
from jpf_desk.ui.dossiers.new_dossier import NewDossierDialog
from jpf_desk.ui.dossiers.partner_consent import PartnerConsentDialog
from jpf_desk.ui.dossiers.partners_dialog import PartnersDialog
from jpf_desk.ui.dossiers.send_dialog import SendDialog
from tests.dossiers.helpers import make_customer
from tests.helpers.typing import type_text

SCAN = b"%PDF-1.4 passport scan GUI-SECRET-5b1e0c7d marker"


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _create_partner(qtbot, board: DossierBoard) -> str:
    _click(qtbot, board.ui.partners)
    dialog = board.last_dialog
    assert isinstance(dialog, PartnersDialog)
    _click(qtbot, dialog.ui.newPartner)
    type_text(dialog.ui.name, "Espace Campus France Việt Nam")
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(PartnerKind.CAMPUS_FRANCE.value))
    qtbot.keyClicks(dialog.ui.country, "fr")
    type_text(dialog.ui.contact, "hanoi@campusfrance.example")
    _click(qtbot, dialog.ui.savePartner)
    assert dialog.ui.partnerError.text() == ""
    dialog.ui.scopePurpose.setCurrentIndex(
        dialog.ui.scopePurpose.findData(DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE.value))
    dialog.set_scope_checks([field_item("full_name"), field_item("birth_date"),
                             doc_item("passport"), doc_item("transcripts")])
    _click(qtbot, dialog.ui.saveScope)
    (partner,) = list_partners(board.desk)
    assert partner.country == "FR"
    assert partner.scope[DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE] == {
        "field:full_name", "field:birth_date", "doc:passport", "doc:transcripts"}
    dialog.close()
    return partner.id


def _row_text(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_dossier_from_board_to_disclosure_report(qtbot, desk, tmp_path):
    consultant = setup.add_staff(desk, "Đỗ Quang Vinh", Role.CONSULTANT)
    customer_id = make_customer(desk, "Yến")
    board = DossierBoard(desk)
    qtbot.addWidget(board)
    board.show()
    partner_id = _create_partner(qtbot, board)

    # Create a dossier.
    _click(qtbot, board.ui.newDossier)
    new = board.last_dialog
    assert isinstance(new, NewDossierDialog)
    new.set_customer(customer_id)
    new.ui.consultant.setCurrentIndex(new.ui.consultant.findData(consultant.id))
    new.ui.year.setValue(2027)
    type_text(new.ui.level, "Thạc sĩ")
    new.ui.budget.setText("abc")
    _click(qtbot, new.ui.buttons.button(new.ui.buttons.StandardButton.Save))
    assert new.ui.budgetError.text() != ""  # refused, what was typed is kept
    assert new.ui.level.text() == "Thạc sĩ"
    new.ui.budget.setText("650.000.000")
    _click(qtbot, new.ui.buttons.button(new.ui.buttons.StandardButton.Save))
    dialog = board.last_dialog
    assert isinstance(dialog, DossierDialog)
    assert "Phạm Minh Yến" in dialog.ui.header.text()

    # Move it through stages (the suggested next stage each time).
    for note in ("Ký hợp đồng", "Chọn 3 trường", "TCF B2", "Bắt đầu thu hồ sơ"):
        dialog.ui.stageNote.setText(note)
        _click(qtbot, dialog.ui.moveStage)
    assert dossiers.get_dossier(desk, dialog.dossier_id).stage is Stage.DOCUMENT_COLLECTION
    assert dialog.ui.stageHistory.rowCount() == 5
    assert _row_text(dialog.ui.stageHistory, 0)[2] == "Thu thập hồ sơ"
    assert _row_text(dialog.ui.stageHistory, 0)[4] == "Bắt đầu thu hồ sơ"

    # Programme choice.
    type_text(dialog.ui.school, "Université Lumière Lyon 2")
    type_text(dialog.ui.city, "Lyon")
    _click(qtbot, dialog.ui.addProgramme)
    assert dialog.ui.programmeTable.rowCount() == 1

    # Tick documents: transcripts received and checked.
    docs = dialog.documents
    row = docs.row_of("transcripts")
    docs.ui.docTable.item(row, RECEIVED_COL).setCheckState(Qt.CheckState.Checked)
    row = docs.row_of("transcripts")
    docs.ui.docTable.item(row, CHECKED_COL).setCheckState(Qt.CheckState.Checked)
    row = docs.row_of("transcripts")
    assert _row_text(docs.ui.docTable, row)[9] == "Đã kiểm tra"
    assert "Đã nhận 1/" in docs.ui.docSummary.text()

    # Attach the passport scan (sensitive: stored encrypted).
    scan = tmp_path / "ho-chieu.pdf"
    scan.write_bytes(SCAN)
    docs.ui.docTable.setCurrentCell(docs.row_of("passport"), 0)
    docs.choose_file = lambda: str(scan)
    _click(qtbot, docs.ui.attachFile)
    row = docs.row_of("passport")
    assert _row_text(docs.ui.docTable, row)[8].startswith("ho-chieu.pdf")
    data_dir = desk.store.path.parent
    assert [p for p in data_dir.rglob("*") if p.is_file() and b"GUI-SECRET" in p.read_bytes()] == []

    # Send without consent: refused, with the reason.
    out = tmp_path / "packages"
    _click(qtbot, dialog.ui.sendToPartner)
    send = dialog.send_dialog
    assert isinstance(send, SendDialog)
    send.ui.partner.setCurrentIndex(send.ui.partner.findData(partner_id))
    send.check_items([field_item("full_name"), doc_item("passport")])
    send.ui.basis.setCurrentIndex(send.ui.basis.findData(LegalBasis.OWN_SUBMISSION.value))
    send.ui.folder.setText(str(out))
    _click(qtbot, send.ui.buttons.button(send.ui.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: send.ui.refusal.text() != "")
    assert "Espace Campus France Việt Nam" in send.ui.refusal.text()
    assert "chưa đồng ý" in send.ui.refusal.text()
    assert not out.exists() or list(out.iterdir()) == []
    assert send.isVisible()

    # The customer (who gave the service consent at intake) consents to this sharing.
    capture_consent(desk, customer_id, ConsentInput(given=frozenset({SERVICE})))
    assert send.ui.giveConsent.isVisible()
    send.consent_preview = False
    _click(qtbot, send.ui.giveConsent)
    consent = send.consent_dialog
    assert isinstance(consent, PartnerConsentDialog)
    assert "Espace Campus France Việt Nam" in consent.ui.statement.text()
    assert not consent.ui.agreed.isChecked()  # never pre-ticked
    _click(qtbot, consent.ui.buttons.button(consent.ui.buttons.StandardButton.Ok))
    assert consent.isVisible() and consent.ui.error.text() != ""
    consent.ui.agreed.setChecked(True)
    _click(qtbot, consent.ui.buttons.button(consent.ui.buttons.StandardButton.Ok))
    assert consent.receipt is not None and not send.ui.giveConsent.isVisible()
    # The passport is sensitive (an ID image): the send waits for that consent too.
    _click(qtbot, send.ui.buttons.button(send.ui.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: "nhạy cảm" in send.ui.refusal.text())
    assert "Ảnh giấy tờ tùy thân" in send.ui.refusal.text()
    assert not out.exists() or list(out.iterdir()) == []
    latest = capture_consent(desk, customer_id, ConsentInput(
        given=frozenset({SERVICE}), sensitive_kinds=("id_card_image",)))
    with qtbot.waitSignal(send.sent, timeout=20_000):
        _click(qtbot, send.ui.buttons.button(send.ui.buttons.StandardButton.Ok))
    assert len(list(out.glob("*.zip"))) == 1
    assert dialog.ui.disclosureTable.rowCount() == 1
    assert _row_text(dialog.ui.disclosureTable, 0)[3] == "Họ và tên, Hộ chiếu"
    assert _row_text(docs.ui.docTable, docs.row_of("passport"))[10] == (
        "Espace Campus France Việt Nam")
    (logged,) = disclosures_of_customer(desk, customer_id)
    assert logged.cross_border and logged.legal_basis is LegalBasis.OWN_SUBMISSION
    assert logged.consent_receipt_id == latest.id  # the receipt carrying both consents

    # The customer's "who received my data" report.
    report = tmp_path / "report.pdf"
    dialog.choose_report_path = lambda: str(report)
    dialog.open_report_after_saving = False
    _click(qtbot, dialog.ui.printReport)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20_000)
    with pdfplumber.open(report) as pdf:
        rows = [[" ".join((cell or "").split()) for cell in r]
                for page in pdf.pages for table in page.extract_tables() for r in table]
    assert rows[1][1] == "Espace Campus France Việt Nam (FR)"
    assert rows[1][3] == "Họ và tên, Hộ chiếu"
    dialog.close()


def test_board_filters_and_enter_opens(qtbot, desk):
    vinh = setup.add_staff(desk, "Đỗ Quang Vinh", Role.CONSULTANT)
    lan = setup.add_staff(desk, "Trần Ngọc Lan", Role.CONSULTANT)
    first = create_dossier(desk, DossierInput(make_customer(desk, "An"), vinh.id, "september",
                                              2027, "Cử nhân"), today=date(2026, 1, 5))
    create_dossier(desk, DossierInput(make_customer(desk, "Bình"), lan.id, "february", 2027,
                                      "Thạc sĩ"))
    board = DossierBoard(desk)
    qtbot.addWidget(board)
    board.show()
    board.ui.consultant.setCurrentIndex(0)
    assert len(board.shown()) == 2
    board.ui.lateOnly.setChecked(True)
    ((shown_id, _name, late),) = board.shown()
    assert shown_id == first.id and late.endswith("ngày")
    board.ui.lateOnly.setChecked(False)
    board.ui.consultant.setCurrentIndex(board.ui.consultant.findData(lan.id))
    assert [name for _id, name, _late in board.shown()] == ["Phạm Minh Bình"]
    board.ui.consultant.setCurrentIndex(0)
    board.ui.intake.setCurrentIndex(board.ui.intake.findData("september:2027"))
    assert [name for _id, name, _late in board.shown()] == ["Phạm Minh An"]
    board.ui.tree.setFocus()
    board.select_dossier(first.id)
    qtbot.keyClick(board.ui.tree, Qt.Key.Key_Return)
    opened = board.last_dialog
    assert isinstance(opened, DossierDialog) and opened.dossier_id == first.id
    opened.close()
    _ = Path


def test_partner_request_logged_then_answered(qtbot, world):
    from jpf_desk.domain.disclosure_items import PartnerRequestOutcome
    from jpf_desk.services.sharing.partner_requests import requests_of_dossier
    from jpf_desk.ui.dossiers.request_dialog import PartnerRequestDialog

    dialog = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.ui.logRequest)
    req = dialog.request_dialog
    assert isinstance(req, PartnerRequestDialog)
    req.ui.partner.setCurrentIndex(req.ui.partner.findData(world.partner.id))
    req.ui.purpose.setCurrentIndex(
        req.ui.purpose.findData(DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE.value))
    req.check_items([doc_item("transcripts"), doc_item("bank_statements")])
    assert "Sao kê ngân hàng" in req.ui.scopeInfo.text()
    assert "Học bạ" not in req.ui.scopeInfo.text()
    type_text(req.ui.requestNote, "Campus France hỏi thêm học bạ và sao kê")
    _click(qtbot, req.ui.buttons.button(req.ui.buttons.StandardButton.Save))
    assert dialog.ui.requestTable.rowCount() == 1
    assert _row_text(dialog.ui.requestTable, 0)[3] == "Sao kê ngân hàng"
    assert _row_text(dialog.ui.requestTable, 0)[4] == "Đang xử lý"

    dialog.ui.requestTable.setCurrentCell(0, 0)
    _click(qtbot, dialog.ui.answerRequest)
    answer = dialog.request_dialog
    assert isinstance(answer, PartnerRequestDialog) and answer is not req
    assert not answer.ui.requestGroup.isEnabled()
    answer.ui.outcome.setCurrentIndex(answer.ui.outcome.findData(PartnerRequestOutcome.REFUSED.value))
    _click(qtbot, answer.ui.buttons.button(answer.ui.buttons.StandardButton.Save))
    assert answer.ui.error.text() != ""  # an answer needs words
    type_text(answer.ui.answer, "Sao kê ngoài phạm vi đã thỏa thuận; học bạ gửi bổ sung")
    _click(qtbot, answer.ui.buttons.button(answer.ui.buttons.StandardButton.Save))
    (logged,) = requests_of_dossier(world.desk, world.dossier.id)
    assert logged.outcome is PartnerRequestOutcome.REFUSED and logged.answer.startswith("Sao kê ngoài")
    assert _row_text(dialog.ui.requestTable, 0)[4] == "Từ chối"
    dialog.close()


def test_document_template_edited_from_the_board(qtbot, desk):
    from jpf_desk.services.dossiers import documents
    from jpf_desk.ui.dossiers.kinds_dialog import DocumentKindsDialog

    board = DossierBoard(desk)
    qtbot.addWidget(board)
    board.show()
    _click(qtbot, board.ui.documentKinds)
    dialog = board.last_dialog
    assert isinstance(dialog, DocumentKindsDialog)
    qtbot.keyClicks(dialog.ui.code, "Bad Code")
    type_text(dialog.ui.name, "Giấy xác nhận")
    _click(qtbot, dialog.ui.add)
    assert dialog.ui.error.text() != "" and dialog.ui.name.text() == "Giấy xác nhận"
    dialog.ui.code.setText("work_certificate")
    dialog.ui.sensitive.setChecked(True)
    _click(qtbot, dialog.ui.add)
    row = dialog.row_of("work_certificate")
    assert dialog.ui.table.item(row, 3).checkState() == Qt.CheckState.Checked
    dialog.ui.table.item(dialog.row_of("cv"), 2).setCheckState(Qt.CheckState.Unchecked)
    dialog.close()
    customer = make_customer(desk, "Chi")
    dossier = create_dossier(desk, DossierInput(customer, desk.actor.staff_id, "september", 2027))
    items = {i.kind_code: i for i in documents.checklist(desk, dossier.id)}
    assert items["work_certificate"].sensitive and not items["work_certificate"].required
    assert not items["cv"].required


def test_keyboard_enter_in_note_moves_stage_and_keeps_dialog(qtbot, world):
    dialog = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.stageNote, "ok")
    qtbot.keyClick(dialog.ui.stageNote, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dossiers.get_dossier(world.desk, world.dossier.id).stage is Stage.CONTRACT_SIGNED
    assert dialog.ui.stageHistory.rowCount() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_board_is_a_section_of_the_main_window(qtbot, world):
    from jpf_desk.ui.main_window import MainWindow

    window = MainWindow(world.desk)
    qtbot.addWidget(window)
    window.show()
    assert "dossiers" in window.section_keys()
    view = window.show_section("dossiers")
    assert isinstance(view, DossierBoard)
    view.ui.consultant.setCurrentIndex(0)
    assert [dossier_id for dossier_id, _n, _l in view.shown()] == [world.dossier.id]


def test_attach_after_the_keyring_fails_still_seals_the_scan(qtbot, world, tmp_path):
    """The file key comes from the open store: a keyring that fails after start-up
    neither loses the scan nor stores it in clear."""
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    dialog = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(dialog)
    dialog.show()
    docs = dialog.documents
    docs.ui.docTable.setCurrentCell(docs.row_of("bank_statements"), 0)
    scan = tmp_path / "sao-ke.pdf"
    scan.write_bytes(b"statement-7c1e-in-clear")
    docs.choose_file = lambda: str(scan)
    keyring.set_keyring(FailKeyring())
    _click(qtbot, docs.ui.attachFile)
    assert docs.ui.docError.text() == ""
    (stored,) = (world.desk.store.path.parent / "files").rglob("*.bin")
    assert b"statement-7c1e-in-clear" not in stored.read_bytes()
    row = docs.row_of("bank_statements")
    assert _row_text(docs.ui.docTable, row)[9] != "Thiếu"
    dialog.close()


def test_a_receptionist_is_not_offered_to_open_or_send_documents(qtbot, world):
    from jpf_desk.domain.staff import Role as _Role
    from tests.helpers.staff import signed_in

    clerk = signed_in(world.desk, "Đỗ Minh Khoa", _Role.RECEPTIONIST)
    dialog = DossierDialog(clerk, world.dossier.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.openFile.isHidden()  # (its tab is not the one shown: isHidden, not
    # isVisible, tells a hidden button from one on a tab in the background)
    manager_view = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(manager_view)
    assert not manager_view.ui.openFile.isHidden()
    assert dialog.ui.sendToPartner.isHidden() and not manager_view.ui.sendToPartner.isHidden()
