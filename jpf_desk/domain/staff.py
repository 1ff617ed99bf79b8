"""Staff roles and the one rule saying who may take a manager's decisions.

The rule used to be written out wherever a manager's decision was needed (erasure,
the holiday calendar, approving an update, lifting a restriction, adding staff in
the window); one function keeps them from drifting apart when a role is added.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.labels import register_labels


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    CONSULTANT = "consultant"
    MANAGER = "manager"
    ADMIN = "admin"


register_labels(Role, {
    "receptionist": {"vi": "Lễ tân", "fr": "Réceptionniste", "en": "Receptionist"},
    "consultant": {"vi": "Tư vấn viên", "fr": "Conseiller", "en": "Consultant"},
    "manager": {"vi": "Quản lý", "fr": "Responsable", "en": "Manager"},
    "admin": {"vi": "Quản trị", "fr": "Administrateur", "en": "Administrator"},
})

_DECIDING = frozenset({Role.MANAGER.value, Role.ADMIN.value})


def may_decide(role: str | None) -> bool:
    """Whether a staff member with this stored role (None: unknown staff) may decide."""
    return role in _DECIDING


def require_manager(role: str | None, refused: str) -> None:
    """Raise NotAllowed with the code `refused` (what was refused) unless `role` may decide.

    The code stays the caller's so the user reads what they may not do, e.g.
    "only a manager can erase a customer's data".
    """
    if not may_decide(role):
        raise NotAllowed(refused, role=role or "")
