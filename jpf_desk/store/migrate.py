"""Schema migrations at start-up, with a backup copy taken first.

A failed migration puts the backup back, so the desk can keep working on the old
version of the program while someone looks at the problem.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from jpf_desk.store.errors import MigrationFailed, classify

log = logging.getLogger(__name__)
BACKUP_DIR = "backups"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "jpf_desk.store:migrations")
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(path: Path) -> set[str]:
    if not path.exists():
        return set()
    from jpf_desk.store.engine import make_engine

    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()


def backup(path: Path, label: str) -> Path:
    """A consistent copy of the store (SQLite online backup, WAL included)."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{path.stem}-{stamp}-{label}.db"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(path: Path) -> bool:
    """Bring the store at `path` to the latest schema; True when something ran."""
    current = current_revisions(path)
    if current == head_revisions():
        return False
    saved = backup(path, "before-" + ("-".join(sorted(current)) or "empty")) if current else None
    from jpf_desk.store.engine import make_engine

    engine = make_engine(path)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        engine.dispose()
        log.exception("migration failed; restoring the backup")
        if saved is not None:
            _restore(saved, path)
        known = classify(exc)
        raise MigrationFailed(str(saved or ""), known.code if known else type(exc).__name__) from exc
    engine.dispose()
    log.info("store migrated from %s", sorted(current) or "empty")
    return True


def _restore(saved: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(saved, path)
