"""Error messages shown beside their fields, in red, without touching what was typed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QLabel, QWidget

from jpf_desk.domain.errors import DomainError, DomainWarning
from jpf_desk.domain.messages import render_error
from jpf_desk.ui.language import current_lang

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"


class FieldErrors:
    """Maps service field names ("phone", "guardians") to the labels beside the fields.

    A field without its own label falls back to the `fallback` label, so no error is
    ever lost.
    """

    def __init__(self, labels: Mapping[str, QLabel], fallback: QLabel,
                 focus: Mapping[str, QWidget] | None = None) -> None:
        self.labels = dict(labels)
        self.fallback = fallback
        self.focus = dict(focus or {})
        for label in (*self.labels.values(), fallback):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()

    def clear(self) -> None:
        for label in (*self.labels.values(), self.fallback):
            label.clear()
            label.setStyleSheet(ERROR_STYLE)
            label.hide()

    def clear_field(self, field: str) -> None:
        """The person is fixing this field: its old message would now be wrong."""
        label = self.labels.get(field)
        if label is not None and label.isVisibleTo(label.window()):
            label.clear()
            label.hide()

    def show_warnings(self, warnings: Iterable[DomainWarning]) -> None:
        """Doubts to confirm (in brown, not red): the same Save again confirms them."""
        self.clear()
        for warning in warnings:
            label = self.label_for(warning.field)
            label.setStyleSheet(WARNING_STYLE)
            self.show_text(warning.field, render_error(warning, current_lang()))

    def label_for(self, field: str | None) -> QLabel:
        return self.labels.get(field or "", self.fallback)

    def show_text(self, field: str | None, text: str) -> None:
        label = self.label_for(field)
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()

    def show(self, errors: Iterable[DomainError]) -> None:
        """Show every error beside its field and focus the first field in error."""
        self.clear()
        first: str | None = None
        for err in errors:
            self.show_text(err.field, render_error(err, current_lang()))
            first = first if first is not None else (err.field or "")
        if first is not None and first in self.focus:
            self.focus[first].setFocus()
