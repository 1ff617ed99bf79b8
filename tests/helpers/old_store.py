"""A store as the version before encryption left it: plain SQLite, documents in clear
(a CV) or sealed "JPFV1" under a separate keyring key (a passport), and a plain
backup copy in backups/. Built with today's services on a plain engine, then the
files are rewritten in the old formats."""

from __future__ import annotations

import base64
import os
import sqlite3
from pathlib import Path

from alembic import command
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from jpf_desk.services import setup
from jpf_desk.store import migrate, tracking
from jpf_desk.store.engine import STORE_FILE, Store
from tests.helpers.intake import SCAN, intake_with_passport
from tests.helpers.staff import TEST_PASSWORD


def build_old_store(data_dir: Path, legacy_keys: dict[tuple[str, str], str]) -> str:
    """Fill `data_dir` with an old-format store; the dossier id. The old vault key goes
    into `legacy_keys` (a keyring's values), as the old version kept it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / STORE_FILE
    engine = create_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    engine.dispose()
    engine = create_engine(f"sqlite:///{path}")
    factory = sessionmaker(engine, expire_on_commit=False)
    tracking.install(factory)
    store = Store(path=path, engine=engine, factory=factory, key=os.urandom(32))
    desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang",
                            password=TEST_PASSWORD)
    dossier_id = intake_with_passport(desk)
    ident = setup.identity(store)
    assert ident is not None
    legacy = os.urandom(32)
    legacy_keys[("jpf-desk", f"file-vault:{ident.store_id}")] = base64.b64encode(legacy).decode()
    passport, cv = sorted((data_dir / "files").rglob("*.bin"))  # same scan in both
    nonce = os.urandom(12)
    passport.write_bytes(b"JPFV1" + nonce + AESGCM(legacy).encrypt(
        nonce, SCAN, passport.stem.encode()))
    cv.write_bytes(SCAN)  # not sensitive: the old version kept it in clear
    engine.dispose()
    (data_dir / "backups").mkdir(mode=0o700)
    src, dst = sqlite3.connect(path), sqlite3.connect(data_dir / "backups" / "old-plain.db")
    src.backup(dst)
    src.close()
    dst.close()
    return dossier_id
