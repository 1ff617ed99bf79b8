"""One desk's settings, read and saved together for the manager's settings dialog.

Each value stays where it was first kept (the centre's receipt details in
`controller_contacts`, the idle lock and the daily backup folder in `store_settings`,
the head-office connection under `sync.`, shown here and changed with `sync connect`);
printer, paper size and language live in the desk's own `desk_settings` row. A save
checks every value first and writes them in one transaction: all or nothing.

What takes effect when: the centre's details on the next receipt made; the idle lock
at once (the window re-reads it after the dialog); the backup folder at the next daily
backup; printer and paper size at the next print; the language for messages and
catalogue labels at once, and from the sign-in dialog of the next start (the window's
own Vietnamese texts have no translation yet).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from jpf_desk.domain.controller import ControllerDetails, ControllerScope
from jpf_desk.domain.desk_settings import PaperSize, SettingKey, centre_field
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import LANGUAGES, register
from jpf_desk.domain.staff import Action
from jpf_desk.services import daily_backup, setup
from jpf_desk.services.consent.controller import controller_settings, write_details
from jpf_desk.services.desk import Desk
from jpf_desk.services.settings.stored import ROW_ID, print_setup, row_of
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import utcnow
from jpf_desk.store.models import DeskSettings, SyncState
from jpf_desk.sync.connection import load_settings as load_connection

MAX_PRINTER_NAME = 200


@dataclass(frozen=True)
class HeadOfficeLink:
    """What the dialog shows of the connection (never the password)."""

    configured: bool
    host: str
    dbname: str
    user: str
    last_sync_at: datetime | None


@dataclass(frozen=True)
class DeskSettingsInput:
    centre: ControllerDetails
    printer: str
    paper_size: PaperSize
    language: str
    idle_lock_minutes: int
    backup_folder: str | None  # None: no daily backup chosen (left as it is)


@dataclass(frozen=True)
class DeskSettingsView:
    values: DeskSettingsInput
    head_office: HeadOfficeLink


def _head_office(session: Session) -> HeadOfficeLink:
    conn = load_connection(session)
    state = session.get(SyncState, 1)
    return HeadOfficeLink(conn.configured, conn.host, conn.dbname, conn.user,
                          state.last_sync_at if state else None)


def load(desk: Desk) -> DeskSettingsView:
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.EDIT_DESK_SETTINGS)
        row = row_of(s)
        folder = setup.setting(s, daily_backup.FOLDER)
        head_office = _head_office(s)
    store_setup = print_setup(desk.store)
    values = DeskSettingsInput(
        centre=controller_settings(desk).centre,
        printer=store_setup.printer,
        paper_size=store_setup.paper_size,
        language=row.language if row is not None and row.language in LANGUAGES else "vi",
        idle_lock_minutes=setup.idle_lock_minutes(desk.store),
        backup_folder=folder,
    )
    return DeskSettingsView(values, head_office)


def _validate(values: DeskSettingsInput) -> None:
    if not 1 <= values.idle_lock_minutes <= 60:
        raise ValidationError("setup.idle_minutes", field=SettingKey.IDLE_LOCK_MINUTES.value)
    if values.language not in LANGUAGES:
        raise ValidationError("settings.bad_language", field=SettingKey.LANGUAGE.value,
                              choices=", ".join(LANGUAGES))
    if len(values.printer) > MAX_PRINTER_NAME:
        raise ValidationError("settings.printer_too_long", field=SettingKey.PRINTER.value)
    if values.backup_folder is not None and not (values.backup_folder.strip()
                                                 and Path(values.backup_folder).is_dir()):
        raise ValidationError("backup.no_folder", field=SettingKey.BACKUP_FOLDER.value,
                              path=values.backup_folder)


def save(desk: Desk, values: DeskSettingsInput) -> DeskSettingsView:
    """Every value checked, then all written in one transaction (or none)."""
    _validate(values)
    with desk.tx(reason="desk settings") as s:
        check(s, desk.actor.staff_id, Action.EDIT_DESK_SETTINGS)
        write_details(s, desk.actor.centre_id, ControllerScope.CENTRE, values.centre)
        row = row_of(s)
        if row is None:
            row = DeskSettings(id=ROW_ID)
            s.add(row)
        row.printer_name = values.printer.strip()
        row.paper_size = values.paper_size.value
        row.language = values.language
        row.updated_at = utcnow()
        row.changed_by = desk.actor.staff_id
        setup.put_setting(s, setup.IDLE_LOCK_MINUTES, str(values.idle_lock_minutes))
        if values.backup_folder is not None:
            setup.put_setting(s, daily_backup.FOLDER,
                              str(Path(values.backup_folder).resolve()))
    return load(desk)


def with_value(values: DeskSettingsInput, key: SettingKey, text: str) -> DeskSettingsInput:
    """One setting changed from its text (`jpf-desk settings set KEY VALUE`)."""
    field = centre_field(key)
    if field is not None:
        return replace(values, centre=replace(values.centre, **{field.value: text}))
    if key is SettingKey.PAPER_SIZE:
        try:
            paper = PaperSize(text)
        except ValueError:
            raise ValidationError("settings.bad_paper", field=key.value,
                                  choices=", ".join(p.value for p in PaperSize)) from None
        return replace(values, paper_size=paper)
    if key is SettingKey.IDLE_LOCK_MINUTES:
        if not text.strip().isdigit():
            raise ValidationError("setup.idle_minutes", field=key.value)
        return replace(values, idle_lock_minutes=int(text))
    if key is SettingKey.BACKUP_FOLDER:  # empty: left as it is (a folder is never unset)
        return replace(values, backup_folder=text.strip() or values.backup_folder)
    if key is SettingKey.PRINTER:
        return replace(values, printer=text)
    if key is SettingKey.LANGUAGE:
        return replace(values, language=text.strip())
    raise ValidationError("settings.unknown_key", field="key", key=key.value,
                          keys=", ".join(SettingKey))


def set_one(desk: Desk, key: SettingKey, text: str) -> DeskSettingsView:
    return save(desk, with_value(load(desk).values, key, text))


register({
    "settings.bad_language": {
        "vi": "Ngôn ngữ phải là một trong: {choices}.",
        "fr": "La langue doit être l'une de : {choices}.",
        "en": "The language must be one of: {choices}.",
    },
    "settings.bad_paper": {
        "vi": "Khổ giấy phải là một trong: {choices}.",
        "fr": "Le format du papier doit être l'un de : {choices}.",
        "en": "The paper size must be one of: {choices}.",
    },
    "settings.printer_too_long": {
        "vi": "Tên máy in quá dài (tối đa 200 ký tự).",
        "fr": "Le nom de l'imprimante est trop long (200 caractères au plus).",
        "en": "The printer name is too long (200 characters at most).",
    },
    "settings.unknown_key": {
        "vi": "Không có cài đặt {key}. Các cài đặt: {keys}.",
        "fr": "Pas de réglage {key}. Réglages : {keys}.",
        "en": "There is no setting {key}. Settings: {keys}.",
    },
})
