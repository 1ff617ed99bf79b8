"""The clock warning in French and English: the heading from the translation files, the
sentence from the message catalogue."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from jpf_desk.domain.clock_skew import ClockOffset
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.store import clock_offset
from jpf_desk.ui.consent.dialog import ConsentDialog
from jpf_desk.ui.sync.view import SyncView
from tests.consent.builders import new_adult


def _measured(desk, offset: timedelta) -> None:
    with desk.tx() as s:
        clock_offset.record(s, ClockOffset(offset, datetime(2026, 11, 25, 8, 0, tzinfo=VN_TZ),
                                           timedelta(milliseconds=40)))


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "L'horloge de ce poste n'est pas à l'heure. L'horloge de ce poste AVANCE de 0 j "
           "0 h 10 min sur celle du siège (mesuré à la dernière synchronisation). Réglez "
           "l'heure du poste puis synchronisez à nouveau. L'heure du reçu sera corrigée "
           "d'après l'horloge du siège, et le reçu le mentionne."),
    ("en", "This desk's clock is wrong. This desk's clock is 0 d 0 h 10 min AHEAD of head "
           "office (measured at the last sync). Set the computer's time, then sync again. "
           "The time on the receipt will be corrected to head office's clock, and the "
           "receipt says so."),
])
def test_the_consent_dialog_warns_in_the_interface_language(qtbot, desk, speaking, lang,
                                                            expected):
    speaking(lang)
    _measured(desk, timedelta(minutes=10))
    dialog = ConsentDialog(desk, new_adult(desk), preview=False)
    qtbot.addWidget(dialog)
    assert dialog.clock_warning.text() == expected


def test_the_sync_section_warns_in_english(qtbot, desk, speaking):
    speaking("en")
    _measured(desk, -timedelta(hours=1))
    view = SyncView(desk)
    qtbot.addWidget(view)
    assert view.clock_warning.text() == (
        "This desk's clock is wrong. This desk's clock is 0 d 1 h 0 min BEHIND head office "
        "(measured at the last sync). Set the computer's time, then sync again.")
