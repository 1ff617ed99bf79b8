"""This desk's Ed25519 key, which signs its consent receipts' exports.

The private key lives in the system keyring only (never in the store, a file or a log),
like head office's password; one key per store, so a copied store on another computer
signs with a key of its own. Kept in this one small module so that moving secrets (the
store's own key is going to the keyring too) changes one place. Head office receives the
public key with the chain heads and keeps the first one a desk sent.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from jpf_desk.secrets import get_secret, set_secret

SECRET_PREFIX = "consent-signing-key:"


def _secret_name(store_id: str) -> str:
    return SECRET_PREFIX + store_id


def signing_key(store_id: str) -> Ed25519PrivateKey:
    """The desk's private key, created (and put in the keyring) on first use."""
    stored = get_secret(_secret_name(store_id))
    if stored is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        set_secret(_secret_name(store_id), base64.b64encode(raw).decode("ascii"))
        return key
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))


def existing_public_key(store_id: str) -> str | None:
    """The public key of the desk's key if it has one (never creates it)."""
    stored = get_secret(_secret_name(store_id))
    if stored is None:
        return None
    return public_key_text(Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored)))


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The raw 32-byte public key in base64, as the export and head office carry it."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def sign(store_id: str, message: bytes) -> tuple[str, str]:
    """(signature, public key), both base64."""
    key = signing_key(store_id)
    return base64.b64encode(key.sign(message)).decode("ascii"), public_key_text(key)
