"""Head office's shared data shown read-only on a connected desk (issue 12).

The services refuse the write anyway (services/head_office/read_only.py); the window
disables the buttons that would write it and says why, in the dialog's own message
line and on each button's tooltip, so nobody types a change only to have it refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from jpf_desk.domain.messages import render
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.read_only import MANAGED_CODE, shared_data_managed
from jpf_desk.ui.language import current_lang


def read_only_reason() -> str:
    return render(MANAGED_CODE, lang=current_lang())


def lock_shared_editing(desk: Desk, buttons: Iterable[QWidget],
                        notice: QLabel | None = None) -> bool:
    """Disable `buttons` with the reason when head office manages shared data; True
    when it does. A standalone desk keeps them as they are."""
    if not shared_data_managed(desk):
        return False
    reason = read_only_reason()
    for button in buttons:
        button.setEnabled(False)
        button.setToolTip(reason)
    if notice is not None:
        notice.setText(reason)
    return True
