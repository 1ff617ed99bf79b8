"""Schema migrations at start-up, with a backup copy taken first (encrypted, checked).

A failed migration puts the backup back, so the desk can keep working on the old
version of the program while someone looks at the problem.
"""

from __future__ import annotations

import ast
import logging
import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jpf_desk.store.errors import MigrationFailed, StoreCorrupt, StoreTooNew, classify

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
BACKUP_DIR = "backups"
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
# `revision: str = '0001_foundation'` and `down_revision: ... = ('a', 'b')` in a version file.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+)$", re.MULTILINE)


def __getattr__(name: str) -> Any:
    """`migrate.command` is Alembic's command module, imported on first use: a store
    already at the latest schema opens without importing Alembic (a tenth of a second
    at every start, issue 16)."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(name)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "jpf_desk.store:migrations")
    return cfg


def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each shipped revision and the revisions it follows, read from the version files'
    text as Alembic reads their `revision` and `down_revision`, without importing
    Alembic or the migrations (tests/store/test_revision_check.py holds it to Alembic's
    own answer)."""
    graph: dict[str, tuple[str, ...]] = {}
    for file in sorted(VERSIONS_DIR.glob("*.py")):
        found = dict((m.group(1), ast.literal_eval(m.group(2).strip()))
                     for m in _REVISION_LINE.finditer(file.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        down = found.get("down_revision")
        graph[found["revision"]] = (() if down is None else (down,) if isinstance(down, str)
                                    else tuple(down))
    return graph


def head_revisions() -> set[str]:
    graph = revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return set(graph) - followed


def shipped_revisions() -> set[str]:
    """Every revision this version of the program knows (a store at any other is newer)."""
    return set(revision_graph())


def current_revisions(path: Path, key: bytes) -> set[str]:
    """The revisions the store at `path` is at: one query on the version table."""
    if not path.exists():
        return set()
    from jpf_desk.store.engine import connect

    try:
        conn = connect(path, key)
        try:
            has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                     "AND name = 'alembic_version'").fetchone()
            if has_table is None:
                return set()
            return {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        finally:
            conn.close()
    except Exception as exc:
        known = classify(exc)
        if known is not None:
            raise known from exc
        raise


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
    from alembic import command

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
