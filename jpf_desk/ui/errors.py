"""Failures shown to people: known ones as a plain sentence, bugs with a reference.

A known failure (a broken business rule, a full disk, a locked keyring) gets its
message from the catalogue. Anything else is a bug: one excepthook logs it under a
short reference, without exception messages (they may hold personal data), and shows
a dialog with that reference and copyable details.
"""

from __future__ import annotations

import logging
import sys
import traceback
import uuid
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render, render_error
from jpf_desk.secrets import KeyringUnavailable
from jpf_desk.services import app_messages
from jpf_desk.ui.language import current_lang

log = logging.getLogger("jpf_desk.ui")
_ = app_messages  # registers app.unexpected and the store messages
_OPEN: list[QMessageBox] = []  # parentless boxes stay alive while shown


translate = QCoreApplication.translate


def known_message(exc: BaseException) -> str | None:
    """The sentence for a failure the user can act on, or None for a bug."""
    lang = current_lang()
    if isinstance(exc, DomainError):
        return render_error(exc, lang)
    # Imported here: the intake rules (phones, provinces) are not needed to start.
    from jpf_desk.services.customers.input import IntakeInvalid

    if isinstance(exc, IntakeInvalid):
        return "\n".join(render_error(e, lang) for e in exc.errors)
    # Imported here too: the window's start shows the sign-in before the database
    # libraries are loaded (issue 16).
    from jpf_desk.services.storage import StoreError

    if isinstance(exc, StoreError):
        return render(exc.code, exc.params(), lang)
    if isinstance(exc, KeyringUnavailable):
        return render(exc.code, {}, lang)
    return None


def safe_details(exc: BaseException) -> str:
    """Traceback with types and frames; messages only for our own coded errors."""
    from jpf_desk.services.storage import StoreError

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not c for c in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    lines: list[str] = []
    for item in reversed(chain):
        lines.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        message = str(item) if isinstance(item, DomainError | StoreError) else ""
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}: {message}\n")
    return "".join(lines)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    if parent is None:
        _OPEN.append(box)
        box.finished.connect(lambda _r: _OPEN.remove(box) if box in _OPEN else None)
    box.open()
    return box


def report_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Log an unexpected exception under a new reference and tell the user that reference."""
    ref = uuid.uuid4().hex[:8]
    details = safe_details(exc)
    log.error("unexpected error, reference %s\n%s", ref, details)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("errors", "Lỗi không mong muốn"),
                      render("app.unexpected", {"ref": ref}, current_lang()),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bugBox")
    reference = translate("errors", "Mã tham chiếu: %1").replace("%1", ref)
    box.setDetailedText(f"{reference}\n\n{details}")
    copy = box.addButton(translate("errors", "Sao chép chi tiết"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(box.detailedText()))
    box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Esc and the title-bar close work
    box.setProperty("reference", ref)
    _OPEN.append(box)
    box.finished.connect(lambda _r: _OPEN.remove(box) if box in _OPEN else None)
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A known failure as its sentence; anything else as a bug with a reference."""
    message = known_message(exc)
    if message is None:
        return report_bug(parent, exc)
    return _box(parent, QMessageBox.Icon.Warning, translate("errors", "Không thực hiện được"), message)


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    show_error(None, exc)


def install_excepthook() -> None:
    sys.excepthook = excepthook
