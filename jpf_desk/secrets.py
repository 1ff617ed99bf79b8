"""Secrets through the system keyring, with one clear error when it is unusable.

Never falls back to storing a secret in the store or a file: a desk without a usable
keyring refuses the operation and says so.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "jpf-desk"


class KeyringUnavailable(Exception):
    code = "keyring.unavailable"


def get_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        raise KeyringUnavailable(name) from exc


def set_secret(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise KeyringUnavailable(name) from exc
