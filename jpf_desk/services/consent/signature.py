"""The receipt export, signed by the desk that hands it over (Ed25519).

Anyone holding the desk's public key (head office keeps it, the export repeats it in
Kantara's `publicKey`) can check an export with nothing else: remove `jpfSignature`,
take the rest as canonical JSON (keys sorted, no insignificant whitespace, UTF-8, NFC
strings) and verify the signature over those bytes. Inside, `jpfIntegrity.receiptHash`
is SHA-256(previousHash || canonical jpfContent), so the receipt's own hash can be
recomputed from the export too.
"""

from __future__ import annotations

from typing import Any

from jpf_desk.desk_key import sign
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.chain import canonical
from jpf_desk.domain.staff import Action
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.consent.export import check_export, kantara_receipt
from jpf_desk.services.consent.records import store_id
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check_desk

SIGNATURE = "jpfSignature"
ALGORITHM = "Ed25519"
SIGNED = "canonical JSON of the export without jpfSignature (sorted keys, UTF-8, NFC)"


def signed_bytes(exported: dict[str, Any]) -> bytes:
    return canonical({k: v for k, v in exported.items() if k != SIGNATURE})


def signer_of(desk: Desk) -> str:
    """The store id whose key signs this desk's exports."""
    with desk.tx() as s:
        return store_id(s)


def signed_receipt(receipt: Receipt, signer: str) -> dict[str, Any]:
    """The Kantara export with the exporting desk's public key and signature, checked
    against the schema (ReceiptExportInvalid otherwise)."""
    exported = kantara_receipt(receipt)
    _signature, public = sign(signer, b"")  # creates the key on first use
    exported["publicKey"] = public
    signature, _ = sign(signer, signed_bytes(exported))
    exported[SIGNATURE] = {"algorithm": ALGORITHM, "publicKey": public,
                           "signedContent": SIGNED, "signature": signature}
    check_export(exported)
    return exported


def exported_receipt(desk: Desk, receipt: Receipt) -> dict[str, Any]:
    """The signed export handed to the person at the desk, recorded in the access log."""
    check_desk(desk, Action.PRINT_RECEIPT)
    exported = signed_receipt(receipt, signer_of(desk))
    note_access(desk, AccessKind.RECEIPT_EXPORTED, customer_id=receipt.customer_id,
                subject_id=receipt.id, detail="kantara_json")
    return exported
