"""Consent receipts this desk holds of a person erased on another desk: redacted here.

Issue 11, erasure wins. The erasing desk redacts the receipts it holds (their content
names the person; services/rights/consent_redaction.py). A receipt made on another desk
that it had not pulled yet kept the name, here and at head office: head office cannot
redact it (the redaction is sealed by the consent chain of the desk holding it). So
after a sync that brought an erasure, this desk redacts the receipts of erased people
it still holds unredacted, chained here like its own erasure's, under that erasure's
tombstone, and the sync sends them (a higher revision replaces head office's copy).
"""

from __future__ import annotations

from sqlalchemy import text

from jpf_desk.services.desk import Desk
from jpf_desk.services.rights.consent_redaction import REDACTED, redact_receipts
from jpf_desk.store.scrub import compact_store_file, secure_delete

# Erased people holding a receipt not redacted yet, by their erasures' tombstones (few:
# this runs after every sync, an empty one too).
_WAITING = text(
    "SELECT t.customer_id, t.id FROM erasure_tombstones t WHERE EXISTS (SELECT 1 "
    "FROM consent_receipts r WHERE r.customer_id = t.customer_id "
    f"AND json_extract(r.content, '$.{REDACTED}') IS NULL) ORDER BY t.erased_at")


def redact_receipts_of_erased(desk: Desk) -> int:
    """Returns how many receipts were redacted (0: nothing to send)."""
    redacted = 0
    with desk.tx("erasure from another desk") as s:
        latest = {str(c): str(t) for c, t in s.execute(_WAITING)}  # the last erasure's
        if latest:
            secure_delete(s)
        for customer_id, tombstone_id in latest.items():
            redacted += redact_receipts(s, customer_id, tombstone_id)
    if redacted:
        compact_store_file(desk.store.engine)
    return redacted
