"""The controller's details a receipt prints: JPF's (head office's shared data) and the
centre's own (its manager's). Read when a receipt is made and copied into it, so a
reprint shows what was printed then; what is missing is said, not hidden.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.controller import ControllerDetails, ControllerScope
from jpf_desk.domain.staff import Action
from jpf_desk.domain.text import clean
from jpf_desk.services.consent.policy import Policy
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.models import Centre, ControllerContact, StoreSetting


@dataclass(frozen=True)
class ControllerSettings:
    """Both sets as they stand; `jpf` falls back on the policy's legal name."""

    jpf: ControllerDetails
    centre: ControllerDetails


def _row(session: Session, centre_id: str, scope: ControllerScope) -> ControllerContact | None:
    return session.scalars(select(ControllerContact).where(
        ControllerContact.centre_id == centre_id, ControllerContact.scope == scope.value)).first()


def _details(row: ControllerContact | None) -> ControllerDetails:
    if row is None:
        return ControllerDetails()
    return ControllerDetails(row.legal_name, row.address, row.phone, row.email, row.data_contact)


# A demo store's invented JPF details: a setting of this store only (never synced), as
# a desk may not write head office's shared data (head office refuses it).
DEMO_JPF_SETTING = "demo.jpf_controller"


def _demo_jpf(session: Session) -> ControllerDetails:
    row = session.get(StoreSetting, DEMO_JPF_SETTING)
    return ControllerDetails.from_dict(json.loads(row.value)) if row else ControllerDetails()


def set_demo_jpf_details(desk: Desk, details: ControllerDetails) -> None:
    with desk.tx() as s:
        s.merge(StoreSetting(key=DEMO_JPF_SETTING, value=json.dumps(details.as_dict())))


def load_settings(session: Session, centre_id: str, policy: Policy) -> ControllerSettings:
    shared = _row(session, SHARED_CENTRE, ControllerScope.JPF)
    jpf = _details(shared) if shared is not None else _demo_jpf(session)
    if not jpf.legal_name:
        jpf = ControllerDetails(policy.controller["name"], jpf.address, jpf.phone, jpf.email,
                                jpf.data_contact)
    centre = _details(_row(session, centre_id, ControllerScope.CENTRE))
    row = session.get(Centre, centre_id)
    if row is not None:  # what the centre record already knows fills the gaps
        centre = ControllerDetails(centre.legal_name or row.name, centre.address or row.address,
                                   centre.phone or row.phone, centre.email, centre.data_contact)
    return ControllerSettings(jpf, centre)


def controller_settings(desk: Desk) -> ControllerSettings:
    from jpf_desk.services.consent.policy import current_policy

    with desk.tx() as s:
        return load_settings(s, desk.actor.centre_id, current_policy())


_CONTACTS = uuid.UUID("5d0f2a8e-3c1b-4f6e-9a47-0c2d8b1e7f35")  # this project's namespace


def contact_id(centre_id: str, scope: ControllerScope) -> str:
    """The same id on every desk: a centre has one set of details per scope, so two
    desks setting them for the first time before they sync write one record, merged per
    field (a field set differently on each is a conflict for a manager), where two
    random ids broke the (centre, scope) key and each desk parked the other's row."""
    return str(uuid.uuid5(_CONTACTS, f"controller_contacts:{centre_id}:{scope.value}"))


def write_details(session: Session, centre_id: str, scope: ControllerScope,
                  details: ControllerDetails) -> None:
    """Inside the caller's transaction, which has checked who may (the settings dialog
    saves these with the desk's other settings, all or nothing)."""
    row = _row(session, centre_id, scope)
    if row is None:
        row = ControllerContact(id=contact_id(centre_id, scope), centre_id=centre_id,
                                scope=scope.value)
        session.add(row)
    row.legal_name, row.address = clean(details.legal_name), clean(details.address)
    row.phone, row.email = clean(details.phone), clean(details.email)
    row.data_contact = clean(details.data_contact)


def _save(desk: Desk, centre_id: str, scope: ControllerScope,
          details: ControllerDetails) -> None:
    with desk.tx(reason="controller details") as s:
        check(s, desk.actor.staff_id, Action.EDIT_CONTROLLER_DETAILS)
        write_details(s, centre_id, scope, details)


def set_centre_details(desk: Desk, details: ControllerDetails) -> ControllerSettings:
    """The centre's own details, set by its manager at the desk."""
    _save(desk, desk.actor.centre_id, ControllerScope.CENTRE, details)
    return controller_settings(desk)


def set_jpf_details(desk: Desk, details: ControllerDetails) -> ControllerSettings:
    """JPF's legal details: shared data that head office writes and desks receive by sync
    (also used by the demo, which fills clearly invented values)."""
    _save(desk, SHARED_CENTRE, ControllerScope.JPF, details)
    return controller_settings(desk)


def controller_part(settings: ControllerSettings, policy: Policy) -> dict[str, Any]:
    """What a new receipt records of the controller: both sets, and which fields were
    missing when it was printed (so a reprint says the same)."""
    return {
        "name": settings.jpf.legal_name, "brand": policy.controller.get("brand", ""),
        "jpf": settings.jpf.as_dict(), "centre": settings.centre.as_dict(),
        "missing": {"jpf": [f.value for f in settings.jpf.missing()],
                    "centre": [f.value for f in settings.centre.missing()]},
        # Kantara's flat members, kept for readers of the first receipts' shape
        "email": settings.jpf.email or settings.centre.email,
        "phone": settings.centre.phone or settings.jpf.phone,
        "address": settings.centre.address or settings.jpf.address,
        "contact_point": settings.jpf.data_contact or settings.centre.data_contact,
    }


def recorded_details(controller: dict[str, Any]) -> tuple[ControllerDetails, ControllerDetails]:
    """(JPF, centre) as a receipt recorded them; receipts made before both sets were kept
    recorded the company's name and the centre's address and phone only."""
    if "jpf" in controller:
        return (ControllerDetails.from_dict(controller["jpf"]),
                ControllerDetails.from_dict(controller["centre"]))
    jpf = ControllerDetails(legal_name=controller.get("name", ""),
                            email=controller.get("email", ""))
    centre = ControllerDetails(legal_name=controller.get("contact_point", ""),
                               address=controller.get("address", ""),
                               phone=controller.get("phone", ""))
    return jpf, centre
