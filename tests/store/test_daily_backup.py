"""The daily backup at start-up: to the chosen folder, once a day, the last N kept,
and the window says when the last one was made."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jpf_desk.domain.errors import ValidationError
from jpf_desk.services import backups, daily_backup
from tests.helpers.intake import intake_with_passport

DAY1 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_once_a_day_keeping_the_last_n(desk, tmp_path):
    intake_with_passport(desk)
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "notes.txt").write_text("someone else's file")  # never pruned
    daily_backup.choose_folder(desk, folder, keep=3)
    made = [daily_backup.run_if_due(desk, DAY1 + timedelta(days=d)) for d in range(5)]
    assert all(m is not None for m in made)
    assert daily_backup.run_if_due(desk, DAY1 + timedelta(days=4, hours=23)) is None
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["jpf-desk-20261122T080000Z.jpfbak", "jpf-desk-20261123T080000Z.jpfbak",
                     "jpf-desk-20261124T080000Z.jpfbak", "notes.txt"]
    assert daily_backup.plan(desk).last_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    manifest = backups.read_manifest(folder / names[-2], check_members=True)
    assert len(manifest.members) == 3


def test_no_folder_chosen_means_no_backup(desk):
    assert daily_backup.run_if_due(desk) is None
    assert daily_backup.plan(desk).folder is None


def test_unplugged_folder_is_said(desk, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    daily_backup.choose_folder(desk, folder)
    folder.rmdir()
    with pytest.raises(ValidationError) as failure:
        daily_backup.run_if_due(desk)
    assert failure.value.code == "backup.no_folder"


def test_window_shows_the_last_backup(qtbot, desk, tmp_path):
    from jpf_desk.ui.backup_status import BackupStatusLabel
    from jpf_desk.ui.tasks import wait_for_all

    label = BackupStatusLabel(desk)
    qtbot.addWidget(label)
    assert label.text() == "Chưa chọn thư mục sao lưu"
    folder = tmp_path / "usb"
    folder.mkdir()
    daily_backup.choose_folder(desk, folder)
    label.start_daily()
    wait_for_all()
    qtbot.waitUntil(lambda: label.text().startswith("Sao lưu gần nhất: "))
    (made,) = folder.glob("*.jpfbak")
    assert backups.read_manifest(made, check_members=True).key_id


def test_menu_chooses_the_folder_and_backs_up(qtbot, desk, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from jpf_desk.ui.main_window import MainWindow
    from jpf_desk.ui.tasks import wait_for_all

    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.findChild(type(window.find_action), "backupFolderAction").trigger()
    wait_for_all()
    label = window.findChild(type(window.staff_label), "backupStatus")
    qtbot.waitUntil(lambda: label.text().startswith("Sao lưu gần nhất: "))
    assert len(list(folder.glob("jpf-desk-*.jpfbak"))) == 1
    assert daily_backup.plan(desk).folder == str(folder.resolve())


def test_two_checks_at_once_make_one_backup(desk, tmp_path, monkeypatch):
    """The start-up check and the one after a folder is chosen can run at the same time
    (two workers): both saw no backup and both wrote one, under the same name within a
    second (the same temporary files). One backup, whole."""
    import threading
    import time

    folder = tmp_path / "usb"
    folder.mkdir()
    daily_backup.choose_folder(desk, folder)
    real = daily_backup.make_backup

    def slow(*args, **kwargs):
        time.sleep(0.3)  # the other check arrives meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(daily_backup, "make_backup", slow)
    results, errors = [], []

    def check():
        try:
            results.append(daily_backup.run_if_due(desk, DAY1))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    workers = [threading.Thread(target=check) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert errors == []
    assert sum(r is not None for r in results) == 1
    (made,) = folder.glob("*.jpfbak")
    assert backups.read_manifest(made, check_members=True).key_id
    assert sorted(p.name for p in folder.iterdir()) == [made.name]  # no part file left
