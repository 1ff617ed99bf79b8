"""A desk whose clock was measured off says so where people look: the Sync section, and
the consent dialog before a receipt is made (the receipt's time is then corrected).
The offset is written as the last sync would have (tests/sync/test_clock_offset.py
measures it against a real head office)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.clock_skew import ClockOffset
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.store import clock_offset
from jpf_desk.ui.consent.dialog import ConsentDialog
from jpf_desk.ui.sync.view import SyncView
from tests.consent.builders import new_adult
from tests.ui.fit_checks import clipped_labels, overflow

MEASURED = datetime(2026, 11, 25, 8, 0, tzinfo=VN_TZ)


def _measured(desk, offset: timedelta) -> None:
    with desk.tx() as s:
        clock_offset.record(s, ClockOffset(offset, MEASURED, timedelta(milliseconds=40)))


def _dialog(qtbot, desk) -> ConsentDialog:
    dialog = ConsentDialog(desk, new_adult(desk), preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_consent_dialog_warns_before_a_receipt_on_a_fast_desk(qtbot, desk):
    _measured(desk, timedelta(minutes=10))
    dialog = _dialog(qtbot, desk)
    warning = dialog.clock_warning
    assert warning.isVisible()
    assert warning.textFormat() == Qt.TextFormat.PlainText
    assert warning.text() == (
        "Máy này sai giờ. Đồng hồ của máy này chạy NHANH hơn trụ sở chính 0 ngày 0 giờ "
        "10 phút (đo ở lần đồng bộ gần nhất). Hãy chỉnh lại giờ của máy rồi đồng bộ lại. "
        "Giờ ghi trên biên nhận sẽ được hiệu chỉnh theo giờ trụ sở chính, và biên nhận ghi "
        "rõ điều đó.")
    assert overflow(dialog) is None
    assert clipped_labels(dialog) == []

    dialog.boxes["service"].setChecked(True)
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    receipt = dialog.receipt
    assert receipt is not None
    assert receipt.content["clock_correction"]["offset_seconds"] == 600.0


def test_no_warning_while_the_clock_is_right_or_never_measured(qtbot, desk):
    assert not _dialog(qtbot, desk).clock_warning.isVisible()  # never measured
    _measured(desk, timedelta(seconds=-30))
    dialog = _dialog(qtbot, desk)
    assert not dialog.clock_warning.isVisible()
    assert dialog.clock_warning.text() == ""


def test_the_sync_section_says_the_desk_is_days_slow(qtbot, desk):
    _measured(desk, -timedelta(days=3, hours=4, minutes=1))
    view = SyncView(desk)
    qtbot.addWidget(view)
    view.show()
    assert view.clock_warning.isVisible()
    assert view.clock_warning.textFormat() == Qt.TextFormat.PlainText
    assert view.clock_warning.text() == (
        "Máy này sai giờ. Đồng hồ của máy này chạy CHẬM hơn trụ sở chính 3 ngày 4 giờ "
        "1 phút (đo ở lần đồng bộ gần nhất). Hãy chỉnh lại giờ của máy rồi đồng bộ lại.")
    _measured(desk, timedelta(seconds=2))  # set right, then synced again
    view.refresh()
    assert not view.clock_warning.isVisible()
