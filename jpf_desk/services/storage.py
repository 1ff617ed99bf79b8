"""The way the window and the command line reach a store: opening it, and the store
failures they tell apart.

Neither imports store/; these names are the part of the store they may see.
The failure types stay defined in store/, where they are classified from SQLite's
result codes: they are about the machine (a locked file, a full disk, a failed
upgrade), not business rules, so they do not belong in domain/.
"""

from __future__ import annotations

from pathlib import Path

from jpf_desk.store.engine import Store, open_store
from jpf_desk.store.errors import MigrationFailed, StoreError

__all__ = ["MigrationFailed", "Store", "StoreError", "open_data_store"]


def open_data_store(data_dir: Path, *, lock: bool = True) -> Store:
    """The store in `data_dir`, migrated, and locked to this process unless `lock` is
    False (read-only commands beside an open window). Raises a StoreError (StoreInUse,
    MigrationFailed...) the user can act on."""
    return open_store(data_dir, lock=lock)
