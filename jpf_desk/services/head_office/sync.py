"""Use cases of the head-office sync: connect this desk, sync now, show the state.

The window and `jpf-desk sync` call these; the work itself is in jpf_desk.sync. A sync
sends and receives every customer's rows, so each use case is done by a signed-in
staff member (`Action.SYNC`: every role, as the window's Sync section).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select

from jpf_desk.domain.clock_skew import ClockOffset
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.staff import Action
from jpf_desk.domain.sync_inbox import SetAsideReason
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.erased_receipts import redact_receipts_of_erased
from jpf_desk.services.setup import STORE_ID
from jpf_desk.services.staff import permissions
from jpf_desk.store import clock_offset
from jpf_desk.store.models import OutboxEntry, StoreSetting, SyncConflict, SyncState
from jpf_desk.sync import errors as _sync_errors  # noqa: F401 - registers sync.* messages
from jpf_desk.sync import parking, restore
from jpf_desk.sync.client import SyncReport, SyncRun
from jpf_desk.sync.connection import (
    WEAK_SSL_MODES,
    ConnectionSettings,
    load_settings,
    refuses_insecure,
    save_settings,
    store_password,
)
from jpf_desk.sync.connection import is_local as _is_local

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    host: str
    user: str
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str  # message code, "" when the last sync succeeded
    pending_changes: int
    conflicts: int
    sslmode: str = "verify-full"
    insecure: bool = False  # a weak TLS mode to a remote host: the window says so in red
    parked: int = 0  # pulled rows waiting for a parent, tried again at every sync
    quarantined: int = 0  # pulled rows that failed this desk's checks
    restored_at: datetime | None = None  # when a sync found this store an older copy
    # This desk's clock against head office's at the last sync (None: never measured);
    # `clock.off`: beyond domain/clock_skew.CLOCK_SKEW_BOUND, the window says so.
    clock: ClockOffset | None = None


@dataclass(frozen=True)
class SetAsideRow:
    """A pulled row not applied: ids and the reason, never its values."""

    table_name: str
    row_id: str
    reason: SetAsideReason
    quarantined: bool
    detail: str  # a column name, or the "table:id" of the awaited parent
    first_seen_at: datetime
    tries: int


def store_id(desk: Desk) -> str:
    with desk.tx() as s:
        row = s.get(StoreSetting, STORE_ID)
        if row is None:
            raise ValidationError("sync.no_store_id")
        return row.value


def check_connection(settings: ConnectionSettings, password: str) -> None:
    """What a person typed to reach head office, field by field."""
    if not settings.host:
        raise ValidationError("sync.host_required", field="host")
    if not settings.user:
        raise ValidationError("sync.user_required", field="user")
    if settings.sslmode not in SSL_MODES:
        raise ValidationError("sync.bad_sslmode", field="sslmode")
    if refuses_insecure(settings):
        raise ValidationError("sync.insecure_tls", field="sslmode")
    if not password:
        raise ValidationError("sync.password_required", field="password")


def connect_head_office(desk: Desk, settings: ConnectionSettings, password: str) -> None:
    """Remember where head office is (settings) and the centre's password (keyring)."""
    permissions.check_desk(desk, Action.CONNECT_HEAD_OFFICE)
    check_connection(settings, password)
    store_password(settings.user, password)
    with desk.tx() as s:
        save_settings(s, settings)


def connection_settings(desk: Desk) -> ConnectionSettings:
    with desk.tx() as s:
        return load_settings(s)


def sync_now(
    desk: Desk,
    progress: Callable[[int, int, str], None] | None = None,
    check_cancelled: Callable[[], None] | None = None,
    hook: Callable[[str], None] | None = None,
) -> SyncReport:
    """Pull, push, pull: raises SyncFailed (a DomainError) with a message code. When the
    pull brought an erasure of a person whose consent receipts this desk made, they are
    redacted here and sent at once (a second run)."""
    permissions.check_desk(desk, Action.SYNC)

    def run() -> SyncReport:
        return SyncRun(desk.store, desk.actor.centre_id, store_id(desk), progress=progress,
                       check_cancelled=check_cancelled, hook=hook).run()

    first = run()
    if not redact_receipts_of_erased(desk):
        return first
    second = run()
    return replace(second, pushed=first.pushed + second.pushed,
                   pulled=first.pulled + second.pulled, refused=first.refused + second.refused,
                   batches=first.batches + second.batches,
                   seconds=first.seconds + second.seconds, settled=first.settled,
                   restored=first.restored, renumbered=first.renumbered + second.renumbered)


def sync_status(desk: Desk) -> SyncStatus:
    with desk.tx() as s:
        permissions.check(s, desk.actor.staff_id, Action.SYNC)
        settings = load_settings(s)
        state = s.get(SyncState, 1)
        pending = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict)) or 0
        parked, quarantined = parking.counts(s)
        return SyncStatus(
            configured=settings.configured, host=settings.host, user=settings.user,
            last_sync_at=state.last_sync_at if state else None,
            last_attempt_at=state.last_attempt_at if state else None,
            last_error=state.last_error if state else "",
            pending_changes=pending, conflicts=conflicts,
            sslmode=settings.sslmode,
            insecure=(settings.sslmode in WEAK_SSL_MODES and not _is_local(settings.host)),
            parked=parked, quarantined=quarantined, restored_at=restore.restored_at(s),
            clock=clock_offset.last(s),
        )


def set_aside_rows(desk: Desk) -> list[SetAsideRow]:
    """Pulled rows parked or quarantined on this desk (parked first)."""
    with desk.tx() as s:
        permissions.check(s, desk.actor.staff_id, Action.SYNC)
        return [SetAsideRow(r.table_name, r.row_id, _reason(r.reason), not r.parked,
                            r.detail, r.first_seen_at, r.tries) for r in parking.listed(s)]


def _reason(code: str) -> SetAsideReason:
    try:
        return SetAsideReason(code)
    except ValueError:  # written by a newer version of the program
        return SetAsideReason.BAD_VALUE




register({
    "sync.rows_parked": {
        "vi": "{count} bản ghi nhận về đang chờ bản ghi liên quan; sẽ được thử lại ở mỗi "
              "lần đồng bộ (xem mục Đồng bộ).",
        "fr": "{count} fiche(s) reçue(s) en attente d'une fiche liée ; nouvel essai à chaque "
              "synchronisation (voir Synchronisation).",
        "en": "{count} received record(s) wait for a related record; tried again at every "
              "sync (see the Sync section).",
    },
    "sync.rows_quarantined": {
        "vi": "{count} bản ghi từ văn phòng trung tâm không hợp lệ nên được để riêng; hãy "
              "báo cho văn phòng trung tâm (xem mục Đồng bộ).",
        "fr": "{count} fiche(s) non valide(s) reçue(s) du siège, mise(s) de côté ; "
              "prévenez le siège (voir Synchronisation).",
        "en": "{count} invalid record(s) from head office set aside; tell head office "
              "(see the Sync section).",
    },
    "sync.restored": {
        "vi": "Máy này được khôi phục từ một bản sao cũ: đã nhận lại các bản ghi mới hơn của "
              "chính nó; thay đổi trên bản sao cũ với các bản ghi đã đổi sau đó là xung đột "
              "cần xử lý trong mục Đồng bộ.",
        "fr": "Ce poste a été restauré depuis une ancienne copie : il a repris ses propres "
              "fiches plus récentes ; les modifications de la copie sur des fiches changées "
              "depuis sont des conflits à résoudre dans Synchronisation.",
        "en": "This desk was restored from an older copy: it took back its own newer "
              "records; the copy's changes to records changed since are conflicts to settle "
              "in the Sync section.",
    },
    "sync.receipt_renumbered": {
        "vi": "Biên lai số {old} trùng số với một khoản thu đã đồng bộ trước đó của máy này: "
              "khoản thu được giữ lại với số mới {new}; hãy in lại biên lai cho khách.",
        "fr": "Le reçu n° {old} portait le numéro d'un paiement de ce poste déjà "
              "synchronisé : le paiement est gardé sous le nouveau numéro {new} ; "
              "réimprimez le reçu pour le client.",
        "en": "Receipt {old} had the number of a payment of this desk synced before: the "
              "payment is kept under the new number {new}; print the receipt again for "
              "the customer.",
    },
    "sync.conflicts_waiting": {
        "vi": "Có {count} xung đột cần xử lý trong cửa sổ Đồng bộ.",
        "fr": "{count} conflit(s) à résoudre dans la fenêtre Synchronisation.",
        "en": "{count} conflict(s) to resolve in the Sync window.",
    },
    "sync.no_store_id": {
        "vi": "Kho dữ liệu này chưa có mã máy; hãy thiết lập máy trước.",
        "fr": "Ce dépôt n'a pas d'identifiant de poste ; configurez le poste d'abord.",
        "en": "This store has no desk id; set the desk up first.",
    },
    "sync.host_required": {
        "vi": "Hãy nhập địa chỉ máy chủ văn phòng trung tâm.",
        "fr": "Saisissez l'adresse du serveur du siège.",
        "en": "Enter the head-office server address.",
    },
    "sync.user_required": {
        "vi": "Hãy nhập tài khoản của cơ sở.",
        "fr": "Saisissez le compte du centre.",
        "en": "Enter the centre's account.",
    },
    "sync.bad_sslmode": {
        "vi": "Chế độ TLS không hợp lệ.",
        "fr": "Mode TLS non valide.",
        "en": "Invalid TLS mode.",
    },
    "sync.password_required": {
        "vi": "Hãy nhập mật khẩu của cơ sở.",
        "fr": "Saisissez le mot de passe du centre.",
        "en": "Enter the centre's password.",
    },
})
