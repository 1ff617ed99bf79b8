"""What "fits the screen" and "no clipped text" mean, measured on real widgets.

The offscreen screen has no taskbar and draws a 2-pixel frame; a front desk's window
manager draws a title bar and its taskbar takes a strip of the screen. So a window's
frame, grown by a title bar, must lie inside the available geometry, and its minimum
size must also fit beside a taskbar (the window can be shrunk to it there).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QMargins, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStyle,
    QTreeView,
    QWidget,
)

from jpf_desk.ui.screen_fit import ElidedLabel

SCREEN = QSize(1366, 768)
TITLE_BAR = QMargins(0, 30, 0, 0)
TASKBAR_HEIGHT = 48


def overflow(window: QWidget) -> str | None:
    """Why `window` does not fit the screen, or None."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not room.contains(frame):
        return f"frame {frame.getRect()} outside the available {room.getRect()}"
    decorated = frame.marginsAdded(TITLE_BAR).size()
    if decorated.width() > room.width() or decorated.height() > room.height():
        return f"frame with a title bar {decorated.toTuple()} larger than {room.size().toTuple()}"
    decoration = decorated - window.size()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize()) + decoration
    beside_taskbar = QSize(SCREEN.width(), SCREEN.height() - TASKBAR_HEIGHT)
    if minimum.width() > beside_taskbar.width() or minimum.height() > beside_taskbar.height():
        return f"minimum size {minimum.toTuple()} larger than {beside_taskbar.toTuple()}"
    return None


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_labels(window: QWidget) -> list[str]:
    """Visible labels whose text does not fit their box (cut at the right or bottom)."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or isinstance(label, ElidedLabel):
            continue  # an ElidedLabel shortens a path on purpose, whole in its tooltip
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"{label.objectName() or _plain(label)[:40]!r}: "
                             f"needs {needed} px high, has {label.height()}")
            continue
        metrics = label.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in _plain(label).splitlines()
                     or [""])
        if widest > room + 1:
            found.append(f"{label.objectName() or _plain(label)[:40]!r}: "
                         f"needs {widest} px wide, has {room}")
    return found


def _indexes(model: QAbstractItemModel, parent: QModelIndex, rows: int) -> Iterator[QModelIndex]:
    """The first `rows` rows under `parent`, and their children (a tree's groups)."""
    for row in range(min(model.rowCount(parent), rows)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and model.rowCount(index) > 0:
                yield from _indexes(model, index, rows)


def elided_cells(view: QAbstractItemView, rows: int = 40) -> list[str]:
    """Cells of `view` (first `rows` rows, and their children) whose text does not fit:
    wider than the column on one line, or taller than the row when the view wraps."""
    model = view.model()
    if model is None or not view.isVisible():
        return []
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()  # type: ignore[attr-defined]
    assert isinstance(header, QHeaderView)
    metrics = view.fontMetrics()
    # the style's margin around a cell's text, both sides (QCommonStyle's item text rect)
    padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    found = []
    for index in _indexes(model, QModelIndex(), rows):
        column = index.column()
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        if header.isSectionHidden(column) or not isinstance(text, str) or not text:
            continue
        indent = 0
        if isinstance(view, QTreeView) and column == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            indent = view.indentation() * (depth + int(view.rootIsDecorated()))
        width = header.sectionSize(column) - padding - indent
        where = f"{view.objectName()} row {index.row()} column {column} {text[:30]!r}"
        if wraps:
            box = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000),
                                       int(Qt.TextFlag.TextWordWrap), text)
            height = view.visualRect(index).height()
            if box.height() > height or box.width() > width:
                found.append(f"{where}: needs {box.width()}x{box.height()} px, has "
                             f"{width}x{height}")
        elif metrics.horizontalAdvance(text) > width:
            found.append(f"{where}: needs {metrics.horizontalAdvance(text)} px, has {width}")
    return found


def clipped_choices(window: QWidget) -> list[str]:
    """Visible check boxes and radio buttons narrower than their text (Qt cuts it off)."""
    found = []
    for button in window.findChildren(QCheckBox) + window.findChildren(QRadioButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            found.append(f"{button.objectName() or button.text()[:40]!r}: needs "
                         f"{button.sizeHint().width()} px wide, has {button.width()}")
    return found


def clipping(window: QWidget) -> list[str]:
    """Every clipped label, check box and elided table cell shown in `window`."""
    problems = clipped_labels(window) + clipped_choices(window)
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible() and hasattr(view, "horizontalHeader") or isinstance(view, QTreeView):
            problems += elided_cells(view)
    return problems


def short_dates(window: QWidget) -> list[str]:
    """Date fields not shown as dd/mm/yyyy (Qt's Vietnamese default is "16/7/27")."""
    return [f"{edit.objectName()}: {edit.displayFormat()!r}"
            for edit in window.findChildren(QDateEdit) if edit.displayFormat() != "dd/MM/yyyy"]
