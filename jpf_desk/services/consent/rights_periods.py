"""The answer periods a receipt's rights text cites, as the manager set them that day.

The rights text must not promise "15 days" when the desk counts 20, nor leave out whether
days are calendar or working days; the periods are copied into each new receipt so a
reprint cites what the customer was told.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from jpf_desk.domain.request_deadlines import ACK_WORKING_DAYS, DEFAULT_PERIODS, Period, RequestKind
from jpf_desk.services.rights.holidays import load_period

# The rights text groups the kinds as the decree does; the group's first kind gives
# its period, and a kind of the group set otherwise is named with its own.
GROUPS: dict[str, tuple[RequestKind, ...]] = {
    "withdraw": (RequestKind.WITHDRAW, RequestKind.RESTRICT, RequestKind.OBJECT),
    "access": (RequestKind.ACCESS, RequestKind.UPDATE),
    "delete": (RequestKind.DELETE,),
}


def _period(p: Period) -> dict[str, Any]:
    return {"days": p.days, "with_partners_days": p.with_partners_days, "count": p.count.value}


def _as_dict(lookup: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"acknowledge_working_days": ACK_WORKING_DAYS}
    for group, kinds in GROUPS.items():
        first = _period(lookup(kinds[0]))
        out[group] = first
        others = {k.value: _period(lookup(k)) for k in kinds[1:]}
        differing = {k: v for k, v in others.items() if v != first}
        if differing:
            out[group] = {**first, "except": differing}
    return out


def rights_periods(session: Session) -> dict[str, Any]:
    """The periods as this desk's manager set them."""
    return _as_dict(lambda kind: load_period(session, kind))


def default_periods() -> dict[str, Any]:
    """The legal defaults, for a form printed without the store at hand."""
    return _as_dict(DEFAULT_PERIODS.__getitem__)
