"""The window's way to its store: opening it, and the store failures it tells apart.

The window never imports store/; these names are the part of the store it may see.
The failure types stay defined in store/, where they are classified from SQLite's
result codes: they are about the machine (a locked file, a full disk, a failed
upgrade), not business rules, so they do not belong in domain/.
"""

from __future__ import annotations

from pathlib import Path

from jpf_desk.store.engine import Store, open_store
from jpf_desk.store.errors import MigrationFailed, StoreError

__all__ = ["MigrationFailed", "Store", "StoreError", "open_window_store"]


def open_window_store(data_dir: Path) -> Store:
    """The store in `data_dir`, migrated and locked to this process (one window writes
    one file). Raises a StoreError (StoreInUse, MigrationFailed...) the user can act on."""
    return open_store(data_dir)
