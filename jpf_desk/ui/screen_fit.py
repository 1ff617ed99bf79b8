"""Window sizes that fit the screen the desk really has (1366x768 at many front desks).

A dialog asks for the size it would like; it gets at most what the screen's available
geometry (without the taskbar) leaves once the window manager's title bar and borders
are drawn, and is centred on its parent's screen. The main window's section stack
asks only for the room its current section needs, so visiting a wide section once
does not leave the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

# What a window manager typically draws around a window: a title bar and thin borders.
DECORATION = QMargins(4, 32, 4, 4)


def screen_of(widget: QWidget | None) -> QScreen:
    screen = widget.screen() if widget is not None else None
    return screen or QGuiApplication.primaryScreen()


def usable_rect(widget: QWidget | None) -> QRect:
    """The part of the screen a window's contents may use, decoration left out."""
    return screen_of(widget).availableGeometry().marginsRemoved(DECORATION)


def fit_size(widget: QWidget, preferred: QSize) -> QSize:
    """`preferred`, made smaller where the screen is smaller (never below the minimum)."""
    room = usable_rect(widget.parentWidget() or widget).size()
    return preferred.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))


def fit_window(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` (a window) to about width x height, within the screen."""
    widget.resize(fit_size(widget, QSize(width, height)))


class CurrentPageStack(QStackedWidget):
    """A stacked widget sized by the page on show, not by the largest page ever added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _current_hint(self, minimum: bool) -> QSize:
        page = self.currentWidget()
        if page is None:
            return QSize(0, 0)
        hint = page.minimumSizeHint() if minimum else page.sizeHint()
        hint = hint.expandedTo(page.minimumSize()) if minimum else hint
        margins = self.contentsMargins()
        return hint.grownBy(margins)

    def minimumSizeHint(self) -> QSize:
        return self._current_hint(minimum=True)

    def sizeHint(self) -> QSize:
        return self._current_hint(minimum=False)


class ElidedLabel(QLabel):
    """A one-line label for a long technical value (a folder path): shortened in the
    middle with "…" when the window is narrow, the whole value in its tooltip.

    Only for values a person rarely reads in full; sentences wrap instead.
    """

    MINIMUM_WIDTH = 120

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MINIMUM_WIDTH, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                              room.width())
        painter.drawText(room, int(self.alignment()), shown)


def wrap_cells(table: QTableView) -> None:
    """Long values (an address, a reason) wrap onto more lines instead of ending in "…":
    rows grow to their text whenever a column's width changes."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
