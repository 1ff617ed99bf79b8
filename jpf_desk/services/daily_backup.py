"""The daily backup: once a day, at start-up, to the folder the manager chose, keeping
the last N. The folder and N are store settings; when the last backup was made is
read from the folder itself (the files' own names), so a copy that was deleted or a
folder that was unplugged shows as "no recent backup", not as a stale success.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.services import setup
from jpf_desk.services.backups import SUFFIX, BackupInfo, make_backup
from jpf_desk.services.desk import Desk

FOLDER, KEEP = "backup.folder", "backup.keep"
DEFAULT_KEEP = 7
PREFIX = "jpf-desk-"
STAMP = "%Y%m%dT%H%M%SZ"
EVERY = timedelta(hours=24)


@dataclass(frozen=True)
class BackupPlan:
    folder: str | None
    keep: int
    last_at: datetime | None


def plan(desk: Desk) -> BackupPlan:
    with desk.tx() as s:
        folder, keep = setup.setting(s, FOLDER), setup.setting(s, KEEP)
    return BackupPlan(folder, int(keep) if keep else DEFAULT_KEEP,
                      _last_at(Path(folder)) if folder else None)


def choose_folder(desk: Desk, folder: Path, keep: int = DEFAULT_KEEP) -> BackupPlan:
    if keep < 1 or keep > 365:
        raise ValidationError("backup.bad_keep", field="keep")
    if not folder.is_dir():
        raise ValidationError("backup.no_folder", field="folder", path=str(folder))
    with desk.tx() as s:
        setup.put_setting(s, FOLDER, str(folder.resolve()))
        setup.put_setting(s, KEEP, str(keep))
    return plan(desk)


def _made(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(PREFIX):-len(SUFFIX)], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _ours(folder: Path) -> list[tuple[datetime, Path]]:
    if not folder.is_dir():
        return []
    found = [(_made(p), p) for p in folder.glob(f"{PREFIX}*{SUFFIX}")]
    return sorted((m, p) for m, p in found if m is not None)


def _last_at(folder: Path) -> datetime | None:
    ours = _ours(folder)
    return ours[-1][0] if ours else None


# One check at a time in this process: the start-up check and the one after a folder is
# chosen may run together (two workers); both saw no backup and wrote one, under the same
# name and temporary files within a second, and broke each other. (Another process of
# the same store cannot run: the store's lock file.)
_ONE_AT_A_TIME = threading.Lock()


def run_if_due(desk: Desk, now: datetime | None = None) -> BackupInfo | None:
    """Make today's backup if none was made in the last 24 hours; prune to the last N."""
    with _ONE_AT_A_TIME:
        now = now or datetime.now(UTC)
        current = plan(desk)
        if current.folder is None:
            return None
        if current.last_at is not None and now - current.last_at < EVERY:
            return None
        folder = Path(current.folder)
        if not folder.is_dir():
            raise ValidationError("backup.no_folder", field="folder", path=str(folder))
        made = make_backup(desk.store, folder / f"{PREFIX}{now.strftime(STAMP)}{SUFFIX}")
        for _, old in _ours(folder)[:-current.keep]:
            old.unlink(missing_ok=True)
        return made


register({
    "backup.no_folder": {
        "vi": "Không tìm thấy thư mục sao lưu {path} (ổ đĩa đã rút ra?).",
        "fr": "Dossier de sauvegarde {path} introuvable (disque débranché ?).",
        "en": "The backup folder {path} cannot be found (drive unplugged?).",
    },
    "backup.offer_folder": {
        "vi": "Chọn ngay thư mục cho bản sao lưu hằng ngày (nên là ổ USB hoặc ổ mạng)?",
        "fr": "Choisir maintenant le dossier de la sauvegarde quotidienne (de préférence un disque USB ou réseau) ?",
        "en": "Choose the folder of the daily backup now (preferably a USB or network drive)?",
    },
    "backup.bad_keep": {
        "vi": "Số bản sao lưu giữ lại phải từ 1 đến 365.",
        "fr": "Le nombre de sauvegardes gardées doit aller de 1 à 365.",
        "en": "The number of backups kept must be between 1 and 365.",
    },
})
