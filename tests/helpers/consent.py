"""Consent in tests that enrol: enrolment needs the "service" consent first."""

from __future__ import annotations

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.desk import Desk


def give_service_consent(desk: Desk, customer_id: str) -> Receipt:
    """An adult's intake consent at the desk: service given, every other purpose refused."""
    return capture_consent(desk, customer_id, ConsentInput(given=frozenset({"service"})))
