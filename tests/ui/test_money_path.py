"""Enrolment to payment to receipt through the window, and the payment dialog's Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import builders
from tests.ui.test_enrolments import payments_of_one_seat


def test_enter_after_a_successful_payment_says_nothing_is_wrong(qtbot, desk):
    """Enter in the amount used to record the payment, then press the default button
    on the cleared box: "Số tiền không hợp lệ" under a payment that went through."""
    _view, payments = payments_of_one_seat(qtbot, desk, fee_vnd=4_500_000)
    payments.show()
    qtbot.waitExposed(payments)
    payments.ui.amount.setFocus()
    qtbot.keyClicks(payments.ui.amount, "1.500.000")
    qtbot.keyClick(payments.ui.amount, Qt.Key.Key_Return)
    assert payments.ui.instalments.rowCount() == 1
    assert payments.ui.amountError.text() == ""
    assert not payments.ui.amountError.isVisibleTo(payments)
    assert payments.isVisible()  # Enter records; it does not close the dialog
