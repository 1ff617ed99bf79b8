"""Schema migrations at start-up, with a backup copy taken first (encrypted, checked).

A failed migration puts the backup back, so the desk can keep working on the old
version of the program while someone looks at the problem.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from jpf_desk.store.errors import MigrationFailed, StoreCorrupt, StoreTooNew, classify

log = logging.getLogger(__name__)
BACKUP_DIR = "backups"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "jpf_desk.store:migrations")
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def shipped_revisions() -> set[str]:
    """Every revision this version of the program knows (a store at any other is newer)."""
    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revisions(path: Path, key: bytes) -> set[str]:
    if not path.exists():
        return set()
    from jpf_desk.store.engine import make_engine

    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())
    except Exception as exc:
        known = classify(exc)
        if known is not None:
            raise known from exc
        raise
    finally:
        engine.dispose()


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")


def backup_folder(path: Path) -> Path:
    folder = path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def snapshot(path: Path, key: bytes, target: Path) -> None:
    """A consistent, encrypted copy of the store at `target`, checked before it gets
    its name: written to `target.part`, fsynced, opened and checked, then renamed. A
    crash or a full disk leaves at most a `.part` file, never a short file that looks
    like a backup."""
    from jpf_desk.store.engine import connect
    from jpf_desk.store.keys import sync_dir

    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        src = connect(path, key)
        dst = connect(part, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()
        finally:
            dst.close()
            src.close()
        if check is None or check[0] != "ok":
            raise StoreCorrupt("backup copy fails its check")
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(part, 0o600)
        os.replace(part, target)
        sync_dir(target.parent)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        known = classify(exc) if isinstance(exc, Exception) else None
        if known is not None:
            raise known from exc
        if isinstance(exc, OSError):
            from jpf_desk.store.engine import classify_os

            raise classify_os(exc) from exc
        raise


def backup(path: Path, label: str, key: bytes) -> Path:
    """A consistent encrypted copy of the store in backups/ beside it."""
    target = backup_folder(path) / f"{path.stem}-{stamp()}-{label}.db"
    snapshot(path, key, target)
    return target


def upgrade(path: Path, key: bytes) -> bool:
    """Bring the store at `path` to the latest schema; True when something ran."""
    current = current_revisions(path, key)
    if current == head_revisions():
        return False
    shipped = shipped_revisions()
    if current - shipped:
        raise StoreTooNew(",".join(sorted(current - shipped)))
    saved = backup(path, "before-" + ("-".join(sorted(current)) or "empty"), key) if current else None
    from jpf_desk.store.engine import make_engine

    engine = make_engine(path, key)
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
