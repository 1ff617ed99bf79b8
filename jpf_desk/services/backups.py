"""Backups that restore: one file holding a consistent snapshot of the store and its
documents, checked when made and checked again before anything is replaced.

The archive (a zip, `.jpfbak`) holds `store.db` (an SQLCipher snapshot under the
store key), `files/...` (each sealed under the store key) and `manifest.json` (key id,
key check value, schema, and the SHA-256 of every member; no personal data). So the
archive is as encrypted as the store, and the recovery sheet opens it on another PC.
It is written beside its final name and renamed only once checked: a crash or a full
disk leaves a `.part` file, never a short backup that looks valid.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.store import keys, migrate, receipt_numbers, sealing
from jpf_desk.store.base import new_id
from jpf_desk.store.engine import (
    STORE_FILE,
    Store,
    acquire_lock,
    classify_os,
    connect,
    prepare_dir,
)
from jpf_desk.store.errors import RestoreInterrupted

FORMAT = 1
MANIFEST = "manifest.json"
SNAPSHOT = "store.db"
SUFFIX = ".jpfbak"


class BackupInvalid(ValidationError):
    """The file is not a JPF Desk backup, or it is damaged (nothing was replaced)."""

    def __init__(self, reason: str) -> None:
        super().__init__("backup.invalid", field="file", reason=reason)


@dataclass(frozen=True)
class BackupInfo:
    path: str
    made_at: str
    key_id: str
    documents: int
    size: int


@dataclass(frozen=True)
class Manifest:
    key_id: str
    check: str
    demo: bool
    made_at: str
    revisions: tuple[str, ...]
    members: dict[str, str]  # name -> sha256


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _documents(data_dir: Path) -> Iterator[Path]:
    folder = data_dir / sealing.FILES_DIR
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*.bin") if p.is_file())


def make_backup(store: Store, target: Path) -> BackupInfo:
    """Write a checked backup of `store` to `target` (replacing an older file there)."""
    data_dir = store.path.parent
    info = keys.read_info(data_dir)
    if info is None:
        raise keys.StoreKeyInfoMissing(str(data_dir))
    part = target.with_name(target.name + ".part")
    snap = target.with_name(f".{target.name}.snapshot")
    members: dict[str, str] = {}
    documents = 0
    try:
        migrate.snapshot(store.path, store.key, snap)
        revisions = sorted(migrate.current_revisions(snap, store.key))
        with zipfile.ZipFile(part, "w", zipfile.ZIP_STORED) as archive:
            archive.write(snap, SNAPSHOT)
            members[SNAPSHOT] = _sha256_file(snap)
            for path in _documents(data_dir):
                try:
                    raw = path.read_bytes()
                except FileNotFoundError:
                    continue  # removed since the snapshot (erasure): not in it either
                if not raw.startswith(sealing.MAGIC):
                    raw = sealing.seal(store.key, path.stem,
                                       sealing.unseal(store.key, path.stem, raw))
                name = path.relative_to(data_dir).as_posix()
                archive.writestr(name, raw)
                members[name] = hashlib.sha256(raw).hexdigest()
                documents += 1
            made_at = datetime.now(UTC).isoformat(timespec="seconds")
            archive.writestr(MANIFEST, json.dumps({
                "format": FORMAT, "key_id": info.key_id, "check": info.check,
                "demo": info.demo, "made_at": made_at, "revisions": revisions,
                "members": members}, indent=1))
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        read_manifest(part, check_members=True)
        os.chmod(part, 0o600)
        os.replace(part, target)
        keys.sync_dir(target.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise classify_os(exc) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        snap.unlink(missing_ok=True)
    return BackupInfo(str(target), made_at, info.key_id, documents, target.stat().st_size)


def read_manifest(path: Path, *, check_members: bool) -> Manifest:
    """The manifest of a backup file; with `check_members`, every member's hash too."""
    try:
        with zipfile.ZipFile(path) as archive:
            raw = json.loads(archive.read(MANIFEST))
            if raw.get("format") != FORMAT:
                raise BackupInvalid("format")
            manifest = Manifest(str(raw["key_id"]), str(raw["check"]), bool(raw["demo"]),
                                str(raw["made_at"]), tuple(raw["revisions"]),
                                {str(k): str(v) for k, v in raw["members"].items()})
            if SNAPSHOT not in manifest.members:
                raise BackupInvalid("no_store")
            if check_members:
                for name, digest in manifest.members.items():
                    if hashlib.sha256(archive.read(name)).hexdigest() != digest:
                        raise BackupInvalid("member_damaged")
    except FileNotFoundError as exc:
        raise BackupInvalid("missing") from exc
    except IsADirectoryError as exc:
        raise BackupInvalid("missing") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError,
            EOFError) as exc:
        raise BackupInvalid("damaged") from exc
    return manifest


def backup_key(manifest: Manifest, data_dir: Path, key: bytes | None) -> bytes:
    """The key that opens the backup: given (from the recovery sheet) or this PC's."""
    info = keys.KeyInfo(manifest.key_id, manifest.check, manifest.demo)
    if key is not None:
        if keys.check_value(key) != manifest.check:
            raise ValidationError("recovery.not_this_store", field="words")
        return key
    return keys.find_key(data_dir, info)


def stage(archive_path: Path, manifest: Manifest, key: bytes, staging: Path) -> None:
    """Unpack the backup into `staging` and prove it opens: hashes, key, schema."""
    staging.mkdir(mode=0o700)
    with zipfile.ZipFile(archive_path) as archive:
        for name, digest in manifest.members.items():
            target = (staging / name).resolve()
            if staging.resolve() not in target.parents:
                raise BackupInvalid("member_path")
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() != digest:
                raise BackupInvalid("member_damaged")
            sealing.write_atomic(target, data)
    try:
        conn = connect(staging / SNAPSHOT, key)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        raise BackupInvalid("store_damaged") from exc
    if check is None or check[0] != "ok":
        raise BackupInvalid("store_damaged")
    if set(manifest.revisions) - migrate.shipped_revisions():
        from jpf_desk.store.errors import StoreTooNew

        raise StoreTooNew(",".join(manifest.revisions))


def start_new_receipt_series(snapshot: Path, key: bytes) -> None:
    """The restored store numbers its receipts under a new tag: the backup cannot know
    the numbers printed after it was made (store/receipt_numbers.py). Written into the
    staged copy, so the store that lands in place already has it."""
    conn = connect(snapshot, key)
    try:
        conn.execute("INSERT INTO store_settings (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (receipt_numbers.SERIES, new_id()))
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # only the file itself is moved
    finally:
        conn.close()


def put_in_place(staging: Path, data_dir: Path, manifest: Manifest, key: bytes) -> Path | None:
    """Move the current store aside (kept under backups/) and the staged one in."""
    aside: Path | None = None
    info = keys.KeyInfo(manifest.key_id, manifest.check, manifest.demo)
    if not info.demo:
        keys.keep_key(data_dir, info, key)  # before anything moves: a refusing keyring stops here
    current = [data_dir / n for n in (STORE_FILE, STORE_FILE + "-wal", STORE_FILE + "-shm",
                                      keys.KEY_INFO_FILE, keys.DEMO_KEY_FILE, sealing.FILES_DIR)]
    if any(p.exists() for p in current):
        aside = migrate.backup_folder(data_dir / STORE_FILE) / f"replaced-{migrate.stamp()}"
        aside.mkdir(mode=0o700)
        for path in current:
            if path.exists():
                os.replace(path, aside / path.name)
    if info.demo:
        keys.keep_key(data_dir, info, key)
    if (staging / sealing.FILES_DIR).exists():
        os.replace(staging / sealing.FILES_DIR, data_dir / sealing.FILES_DIR)
    os.replace(staging / SNAPSHOT, data_dir / STORE_FILE)
    keys.write_info(data_dir, info)
    shutil.rmtree(staging, ignore_errors=True)
    return aside


def restore_into(archive_path: Path, data_dir: Path, key: bytes | None = None) -> str | None:
    """`restore_backup` with the folder made if needed (0700) and locked meanwhile.
    Run again after an interrupted restore, it finishes it."""
    with contextlib.suppress(RestoreInterrupted):  # what this call is here to finish
        prepare_dir(data_dir, create=True)
    handle = acquire_lock(data_dir)
    try:
        return restore_backup(archive_path, data_dir, key)
    finally:
        handle.close()


def restore_backup(archive_path: Path, data_dir: Path, key: bytes | None = None) -> str | None:
    """Replace the store in `data_dir` by the backup, after checking all of it; the
    folder where the replaced store was kept, if there was one.

    Nothing in `data_dir` changes until the backup has been unpacked beside it and
    opened with its key. The caller holds the store's lock (no window has it open).
    """
    manifest = read_manifest(archive_path, check_members=True)
    real_key = backup_key(manifest, data_dir, key)
    staging = data_dir / f".restore-{migrate.stamp()}"
    try:
        stage(archive_path, manifest, real_key, staging)
        start_new_receipt_series(staging / SNAPSHOT, real_key)
        aside = put_in_place(staging, data_dir, manifest, real_key)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for stale in data_dir.glob(".restore-*"):  # left by an interrupted restore, now done
        shutil.rmtree(stale, ignore_errors=True)
    return str(aside) if aside else None


register({
    "backup.invalid": {
        "vi": "Tệp này không phải bản sao lưu JPF Desk dùng được (hỏng hoặc không đầy đủ); không có gì bị thay thế.",
        "fr": "Ce fichier n'est pas une sauvegarde JPF Desk utilisable (endommagée ou incomplète) ; rien n'a été remplacé.",
        "en": "This file is not a usable JPF Desk backup (damaged or incomplete); nothing was replaced.",
    },
    "backup.made": {
        "vi": "Đã sao lưu {documents} tài liệu và kho dữ liệu vào {path}.",
        "fr": "Sauvegarde du dépôt et de {documents} documents écrite dans {path}.",
        "en": "Backed up the store and {documents} documents to {path}.",
    },
    "backup.restored": {
        "vi": "Đã khôi phục bản sao lưu ngày {made_at}. Kho dữ liệu cũ được giữ ở {aside}.",
        "fr": "Sauvegarde du {made_at} restaurée. L'ancien dépôt est gardé dans {aside}.",
        "en": "Restored the backup of {made_at}. The previous store is kept in {aside}.",
    },
})
