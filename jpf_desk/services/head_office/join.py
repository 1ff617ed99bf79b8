"""A further desk of a centre that already syncs with head office.

The centre is not typed in: head office says which centre the login role belongs to.
The new store takes that centre, pulls everything of it (centre, staff, customers...),
and the person at the desk is one of the centre's staff (found by name) or a new
receptionist. Cut off half-way, joining again with the same account carries on.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.search_key import search_key
from jpf_desk.domain.staff import Role
from jpf_desk.domain.text import clean
from jpf_desk.services import setup
from jpf_desk.services.desk import Actor, Desk
from jpf_desk.services.head_office.sync import check_connection
from jpf_desk.store.base import new_id
from jpf_desk.store.engine import Store
from jpf_desk.store.models import Centre, Staff
from jpf_desk.sync.client import JOIN_PAGE_ROWS, SyncRun
from jpf_desk.sync.connection import ConnectionSettings, connect, save_settings, store_password
from jpf_desk.sync.errors import SyncFailed, classify
from jpf_desk.sync.head_office.migrations import SCHEMA

Progress = Callable[[int, int, str], None]


def join_centre(store: Store, settings: ConnectionSettings, password: str, staff_name: str,
                *, progress: Progress | None = None,
                check_cancelled: Callable[[], None] | None = None) -> Desk:
    """Set up an empty store as a new desk of the centre behind `settings.user`."""
    check_connection(settings, password)
    name = clean(staff_name)
    if not name:
        raise ValidationError("join.staff_required", field="staff_name")
    if setup.identity(store) is not None:
        raise ValidationError("join.already_set_up")
    centre_id = _centre_of_account(settings, password)
    store_password(settings.user, password)  # only once head office accepted it
    with store.session(None, None) as s:
        earlier = setup.setting(s, setup.CENTRE_ID)
        if earlier is not None and earlier != centre_id:
            raise ValidationError("join.other_centre")
        setup.put_setting(s, setup.STORE_ID, setup.setting(s, setup.STORE_ID) or new_id())
        setup.put_setting(s, setup.CENTRE_ID, centre_id)
        save_settings(s, settings)
        store_id = setup.setting(s, setup.STORE_ID)
    assert store_id is not None
    SyncRun(store, centre_id, store_id, progress=progress, check_cancelled=check_cancelled,
            page_size=JOIN_PAGE_ROWS).run(settings)
    with store.session(centre_id, None) as s:
        if s.get(Centre, centre_id) is None:
            raise ValidationError("join.centre_not_synced")
        key = search_key(name)
        staff = next((m for m in s.scalars(select(Staff).where(Staff.active))
                      if search_key(m.full_name) == key), None)
        found = staff.id if staff is not None else None
    staff_id = found or new_id()
    with store.session(centre_id, staff_id) as s:  # the new staff row and the identity
        if found is None:
            s.add(Staff(id=staff_id, full_name=name, role=Role.RECEPTIONIST.value))
        setup.put_setting(s, setup.STAFF_ID, staff_id)
    # The desk of the person who joined it; acting on customers' data still needs a
    # signed-in person (the window signs in right after, the command only reports).
    return Desk(store, Actor(centre_id, staff_id))


def _centre_of_account(settings: ConnectionSettings, password: str) -> str:
    """The centre head office maps this login role to (never what the desk claims)."""
    try:
        with connect(settings, password) as conn:
            row = conn.execute(f"SELECT {SCHEMA}.current_centre()").fetchone()
    except Exception as exc:
        failure = classify(exc)
        if failure is None:
            raise
        raise failure from exc
    if row is None or not row[0]:
        raise SyncFailed("join.not_a_centre")
    return str(row[0])


register({
    "join.staff_required": {
        "vi": "Hãy nhập họ tên của người làm việc tại máy này.",
        "fr": "Indiquez le nom de la personne qui travaille à ce poste.",
        "en": "Type the name of the person working at this desk.",
    },
    "join.already_set_up": {
        "vi": "Máy này đã được thiết lập cho một cơ sở.",
        "fr": "Ce poste est déjà configuré pour un centre.",
        "en": "This desk is already set up for a centre.",
    },
    "join.other_centre": {
        "vi": "Kho dữ liệu này đã bắt đầu tham gia một cơ sở khác; hãy dùng tài khoản của cơ sở đó.",
        "fr": "Ce dépôt a commencé à rejoindre un autre centre ; utilisez le compte de ce centre.",
        "en": "This store started joining another centre; use that centre's account.",
    },
    "join.not_a_centre": {
        "vi": "Tài khoản này không thuộc cơ sở nào ở văn phòng trung tâm.",
        "fr": "Ce compte n'appartient à aucun centre au siège.",
        "en": "This account belongs to no centre at head office.",
    },
    "join.centre_not_synced": {
        "vi": "Văn phòng trung tâm chưa có dữ liệu của cơ sở này: hãy đồng bộ máy đầu tiên của "
              "cơ sở trước, rồi thử lại.",
        "fr": "Le siège n'a pas encore les données de ce centre : synchronisez d'abord le "
              "premier poste du centre, puis réessayez.",
        "en": "Head office has no data of this centre yet: sync the centre's first desk, "
              "then try again.",
    },
})
