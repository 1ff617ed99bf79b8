"""The way the window and the command line reach a store: opening it, and the store
failures they tell apart.

Neither imports store/; these names are the part of the store they may see.
The failure types stay defined in store/, where they are classified from SQLite's
result codes: they are about the machine (a locked file, a full disk, a failed
upgrade, a missing key), not business rules, so they do not belong in domain/.
"""

from __future__ import annotations

from pathlib import Path

from jpf_desk.store import keys
from jpf_desk.store.engine import Store, open_store
from jpf_desk.store.errors import (
    MigrationFailed,
    NoStoreHere,
    RestoreInterrupted,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
)

__all__ = ["CANNOT_OPEN", "MigrationFailed", "NoStoreHere", "Store", "StoreError",
           "open_data_store"]

# A folder whose store cannot be opened at all: none there, damaged, its key not on this
# PC, a restore cut off, an upgrade that failed. Nobody can sign in to it, so `recover`
# and `restore` (which exist to repair exactly this) rely on their own secret instead.
# A store busy in another process, a full disk or a read-only folder are not in this list:
# the store is fine, and the person is told what to do.
CANNOT_OPEN: tuple[type[StoreError], ...] = (
    NoStoreHere, StoreCorrupt, RestoreInterrupted, MigrationFailed, StoreTooNew,
    keys.StoreKeyMissing, keys.StoreKeyWrong, keys.StoreKeyInfoMissing,
    keys.StoreKeyringUnavailable)


def open_data_store(data_dir: Path, *, lock: bool = True, create: bool = False,
                    demo: bool = False) -> Store:
    """The store in `data_dir`, migrated, and locked to this process unless `lock` is
    False (read-only commands beside an open window). A folder without a store is
    refused (NoStoreHere) unless `create`: a mistyped --data-dir must not quietly
    start an empty store. Raises a StoreError (StoreInUse, MigrationFailed, a missing
    or wrong key...) the user can act on."""
    return open_store(data_dir, lock=lock, create=create, demo=demo)
