"""The consent dialog driven as a person at the desk would, from the intake form on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.dates import today_vn
from jpf_desk.services.consent.queries import current_consents, has_active_consent, list_receipts
from jpf_desk.services.customers.input import CustomerInput, GuardianInput
from jpf_desk.ui.consent.dialog import ConsentDialog
from jpf_desk.ui.consent.preview import PdfPreviewDialog, a4_printer
from jpf_desk.ui.consent.withdraw import WithdrawDialog
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.customers.list_view import CustomerListView
from jpf_desk.ui.tasks import wait_for_all
from tests.consent.builders import new_adult


def _ten_years_ago() -> date:
    today = today_vn()
    return date(today.year - 10, 1, 15) if today.month > 1 else date(today.year - 11, 1, 15)


def _click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_intake_of_a_ten_year_old_needs_guardian_and_child_consent(qtbot, desk):
    view = CustomerListView(desk)
    qtbot.addWidget(view)
    form = view.new_customer()
    form.load(CustomerInput(
        family_name="Vũ", middle_name="Thảo", given_name="Nhi", birth_date=_ten_years_ago(),
        sex="female", guardians=[GuardianInput("Vũ Văn Toàn", "father", "0912 888 777",
                                               "cccd", "001080012345")]))
    form.save()
    dialog = form.consent_dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    assert dialog.ui.minorGroup.isVisibleTo(dialog) and dialog.ui.childConsent.isVisibleTo(dialog)
    assert not any(box.isChecked() for box in dialog.boxes.values())  # nothing pre-ticked
    customer_id = dialog.customer_id

    dialog.boxes["service"].setChecked(True)
    dialog.boxes["contact"].setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.minorError.isVisibleTo(dialog)
    assert "giám hộ" in dialog.ui.minorError.text()
    dialog.ui.guardianConsent.setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "7 tuổi" in dialog.ui.minorError.text()
    assert list_receipts(desk, customer_id) == []
    assert dialog.boxes["service"].isChecked()  # what was ticked is kept

    dialog.ui.childConsent.setChecked(True)
    _click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    receipt = dialog.receipt
    assert receipt is not None and receipt.content["child_consented"] is True
    assert receipt.content["guardian"]["full_name"] == "Vũ Văn Toàn"
    with desk.tx() as s:
        assert has_active_consent(s, customer_id, "service")
        assert not has_active_consent(s, customer_id, "marketing")

    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    preview = dialog.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert preview.page_count == 1
    assert receipt.short_code in preview.windowTitle()
    # a fresh desk: head office has not set JPF's address yet, and the preview says so
    assert "THIẾU thông tin liên hệ của bên kiểm soát" in preview.windowTitle()
    preview.close()


def test_paper_form_entry_needs_the_signing_date(qtbot, desk):
    customer_id = new_adult(desk)
    dialog = ConsentDialog(desk, customer_id, preview=False)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.ui.minorGroup.isVisibleTo(dialog)
    dialog.ui.method.setCurrentIndex(dialog.ui.method.findData("paper"))
    assert dialog.ui.signedOn.isEnabled()
    dialog.boxes["service"].setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.ui.signedOnError.isVisibleTo(dialog)
    dialog.ui.signedOn.setText("20/11/2026")
    assert not any(box.isChecked() for box in dialog.sensitive_boxes.values())
    dialog.sensitive_boxes["bank_statement"].setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.receipt is not None and dialog.receipt.content["signed_on"] == "2026-11-20"
    assert dialog.receipt.content["sensitive"] == {"involved": True, "kinds": ["bank_statement"]}


def test_withdrawal_tells_what_changes_and_supersedes(qtbot, desk):
    customer_id = new_adult(desk)
    first = ConsentDialog(desk, customer_id, preview=False)
    qtbot.addWidget(first)
    first.boxes["service"].setChecked(True)
    first.boxes["marketing"].setChecked(True)
    first.save()
    dialog = WithdrawDialog(desk, customer_id, preview=False)
    qtbot.addWidget(dialog)
    dialog.open()
    assert set(dialog.purpose_boxes) == {"service", "marketing"}
    dialog.purpose_boxes["marketing"].setChecked(True)
    assert "khuyến mại" in dialog.ui.effects.text()
    _click_ok(qtbot, dialog)
    assert dialog.receipt is not None
    assert dialog.receipt.content["supersedes"] == first.receipt.id
    states = {s.purpose: s.state for s in current_consents(desk, customer_id)}
    assert states["marketing"] == "withdrawn" and states["service"] == "given"


def test_consents_tab_reprints_a_copy_and_prints_to_a_printer(qtbot, desk, tmp_path):
    customer_id = new_adult(desk)
    from jpf_desk.services.consent.capture import ConsentInput, capture_consent

    receipt = capture_consent(desk, customer_id, ConsentInput(given=frozenset({"service"})))
    detail = CustomerDetailDialog(desk, customer_id)
    qtbot.addWidget(detail)
    panel = detail.consents
    assert panel.ui.receipts.rowCount() == 1
    assert panel.ui.receipts.item(0, 0).text() == receipt.short_code
    panel.reprint()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
    preview = panel.preview
    printer = a4_printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    task = preview.print_on(printer)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    wait_for_all()
    assert out.stat().st_size > 10_000
    assert "1" in preview.ui.status.text()
    saved = tmp_path / "copy.pdf"
    preview.save_to(saved)
    import pdfplumber

    with pdfplumber.open(saved) as doc:
        assert "BẢN SAO" in doc.pages[0].extract_text()
    preview.close()


def test_a_receipt_chosen_in_french_shows_and_records_french_purposes(qtbot, desk):
    customer_id = new_adult(desk)
    dialog = ConsentDialog(desk, customer_id, preview=False)
    qtbot.addWidget(dialog)
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("fr"))
    assert dialog.boxes["marketing"].text().startswith(
        "Mener des actions de marketing et envoyer des offres promotionnelles au client")
    assert "bản gốc" in dialog.ui.languageNote.text()
    assert dialog.sensitive_boxes["bank_statement"].text() == "Relevé bancaire"
    dialog.boxes["service"].setChecked(True)
    _click_ok(qtbot, dialog)
    assert dialog.receipt is not None and dialog.receipt.content["language"] == "fr"
    texts = {p["code"]: p["text"] for p in dialog.receipt.content["purposes"]}
    assert texts["service"] == "Fournir et gérer le service demandé par le client"
