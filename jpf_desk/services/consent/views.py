"""Read-only shapes of consent handed to the window, the command line and other features."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jpf_desk.domain.consent import ConsentAction

# The purpose code of the "superseded" event written on a replaced receipt.
WHOLE_RECEIPT = "*"


@dataclass(frozen=True)
class ConsentState:
    """The current state of one purpose (or one partner and purpose) for a customer."""

    purpose: str
    partner_id: str | None
    partner_name: str
    state: str  # given / refused / withdrawn
    receipt_id: str
    since: datetime

    @property
    def active(self) -> bool:
        return self.state == ConsentAction.GIVEN


@dataclass(frozen=True)
class ReceiptSummary:
    id: str
    short_code: str
    customer_id: str
    customer_name: str
    consented_at: datetime
    method: str
    kind: str
    status: str
    supersedes_id: str | None


@dataclass(frozen=True)
class Receipt:
    """A stored receipt: its immutable content plus what is derived from the store."""

    id: str
    short_code: str
    customer_id: str
    store_id: str
    chain_position: int
    status: str
    content: dict[str, Any]
    content_hash: str
    previous_hash: str
    superseded_by: str | None

    @property
    def qr_payload(self) -> str:
        return f"{self.id}|{self.content_hash}"
