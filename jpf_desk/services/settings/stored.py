"""The desk's own settings row, read where the rest of the settings are not needed: at
start before sign-in (the language) and by the print path of any role (printer and
paper). Kept apart from desk_settings.py so that the start imports no head-office
client (psycopg) for it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from jpf_desk.domain.desk_settings import PaperSize
from jpf_desk.domain.messages import LANGUAGES
from jpf_desk.store.engine import Store
from jpf_desk.store.models import DeskSettings

ROW_ID = 1


@dataclass(frozen=True)
class PrintSetup:
    printer: str  # "" = the system's default printer
    paper_size: PaperSize


def row_of(session: Session) -> DeskSettings | None:
    return session.get(DeskSettings, ROW_ID)


def print_setup(store: Store) -> PrintSetup:
    """Read by the print path of any role (no personal data in it)."""
    with store.session(None, None) as s:
        row = row_of(s)
        if row is None:
            return PrintSetup("", PaperSize.A4)
        try:
            paper = PaperSize(row.paper_size)
        except ValueError:
            paper = PaperSize.A4
        return PrintSetup(row.printer_name, paper)


def stored_language(store: Store) -> str | None:
    """The language the manager chose for this desk, read at start before sign-in;
    None when never chosen (the command line's --lang or Vietnamese then)."""
    with store.session(None, None) as s:
        row = row_of(s)
        return row.language if row is not None and row.language in LANGUAGES else None
