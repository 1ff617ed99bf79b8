"""The sections the main window lists on its left, registered by the modules below.

A feature adds its section by calling `register_section` in its own module and
listing that module in SECTION_MODULES; the main window imports them all. Those modules
stay small: a section's factory imports its view when the section is first shown, so
the window's start pays only for the section it opens on (issue 16).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from jpf_desk.domain.staff import Action
from jpf_desk.services.desk import Desk

SECTION_MODULES: tuple[str, ...] = (
    "jpf_desk.ui.customers.section",
    "jpf_desk.ui.classes.section",
    "jpf_desk.ui.enrolments.section",
    "jpf_desk.ui.dossiers.section",
    "jpf_desk.ui.sync.section",
    "jpf_desk.ui.requests.section",
    "jpf_desk.ui.access_log.section",
    "jpf_desk.ui.backup_status",
)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    order: int
    factory: Callable[[Desk, QWidget | None], QWidget]
    needs: Action | None = None  # listed only for staff who may do this


_SECTIONS: dict[str, Section] = {}
# Small widgets a feature shows in the status bar (a count of things waiting, say).
_STATUS_WIDGETS: dict[str, Callable[[Desk, QWidget | None], QWidget]] = {}


def register_section(section: Section) -> None:
    """Add (or replace, on re-import) the section with this key.

    `title` is Vietnamese source text marked with QT_TRANSLATE_NOOP("navigation", ...);
    the main window translates it in that context.
    """
    _SECTIONS[section.key] = section


def register_status_widget(key: str, factory: Callable[[Desk, QWidget | None], QWidget]) -> None:
    """Add (or replace) a status-bar widget; the main window creates one per window."""
    _STATUS_WIDGETS[key] = factory


def status_widgets() -> list[Callable[[Desk, QWidget | None], QWidget]]:
    return [_STATUS_WIDGETS[k] for k in sorted(_STATUS_WIDGETS)]


def load_sections() -> None:
    """Import every module of SECTION_MODULES so each registers its section."""
    for name in SECTION_MODULES:
        importlib.import_module(name)


def sections() -> list[Section]:
    """Registered sections in navigation order."""
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))
