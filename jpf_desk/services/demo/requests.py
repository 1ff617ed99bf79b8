"""Demo data: a handful of data requests in every state, some overdue, some due soon."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel
from jpf_desk.services.customers.input import IntakeInvalid
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput

# (kind, days since received, acknowledge it, extra input)
PLAN: tuple[tuple[RequestKind, int, bool, dict[str, object]], ...] = (
    (RequestKind.ACCESS, 16, True, {}),
    (RequestKind.DELETE, 18, True, {}),
    (RequestKind.OBJECT, 1, False, {"purposes": ("marketing",)}),
    (RequestKind.UPDATE, 2, False, {"changes": {"street": "Số 5 ngõ 12 Phố Huế"}}),
    (RequestKind.WITHDRAW, 4, True, {"purposes": ("analytics",)}),
    (RequestKind.RESTRICT, 0, False, {"purposes": ("improvement", "analytics")}),
    (RequestKind.ACCESS, 3, True, {"channel": RequestChannel.EMAIL,
                                   "identity_check": IdentityCheck.KNOWN_CONTACT}),
)


def demo_requests(desk: Desk, customer_ids: Sequence[str], rng: random.Random) -> int:
    """File the PLAN for randomly chosen adult demo customers; returns requests filed."""
    if not customer_ids:
        return 0
    today = today_vn()
    filed = 0
    for kind, days_ago, acknowledge, extra in PLAN:
        values: dict[str, object] = {
            "customer_id": rng.choice(list(customer_ids)), "kind": kind,
            "received_on": today - timedelta(days=days_ago),
            "channel": rng.choice(list(RequestChannel)), **extra}
        try:
            request = requests.file_request(desk, RequestInput(**values))  # type: ignore[arg-type]
        except (DomainError, IntakeInvalid):  # a demo customer unfit for it: skip
            continue
        if acknowledge:
            requests.acknowledge(desk, request.id)
        filed += 1
    return filed
