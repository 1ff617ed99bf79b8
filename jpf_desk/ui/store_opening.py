"""Opening the store on a worker thread while the sign-in dialog already takes keys.

Opening means importing the database libraries and the ORM, reading the key from the
keyring, checking the file and its migrations: seconds on a loaded front-desk PC
(issue 16). The person types their password meanwhile; the result comes back on the
GUI thread through `opened`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from jpf_desk.services.storage import Store


class StoreOpening(QObject):
    """After `opened`: `store` (if it opened) and `error` (if anything failed, told on the
    GUI thread), and whether the store is ready for the usual sign-in (set up, and a
    manager has a password) or needs its first-run or first-password dialog."""

    opened = Signal()

    def __init__(self, data_dir: Path, *, create: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.create = data_dir, create
        self.store: Store | None = None
        self.error: BaseException | None = None
        self.usual_sign_in = False
        self._thread = threading.Thread(target=self._open, name="open-store", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Until the worker is done (a sign-in cancelled while the store still opened)."""
        self._thread.join()

    def _open(self) -> None:
        try:
            from jpf_desk.services import setup
            from jpf_desk.services.staff import sign_in
            from jpf_desk.services.storage import open_data_store

            self.store = open_data_store(self.data_dir, create=self.create)
            self.usual_sign_in = (setup.is_set_up(self.store)
                                  and not sign_in.managers_without_password(self.store))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, told there
            self.error = exc
        self.opened.emit()
