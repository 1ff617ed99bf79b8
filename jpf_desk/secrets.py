"""Secrets through the system keyring, with one clear error when it is unusable.

Never falls back to storing a secret in the store or a file: a desk without a usable
keyring refuses the operation and says so.

keyring is imported when a secret is first asked for, not with this module: the window
imports `KeyringUnavailable` before its sign-in box shows, and a demo store (its key in
a file) never reads the keyring at all (keyring and its entry-point scan: ~10 MiB and
~0.1 s, issue 16).
"""

from __future__ import annotations

SERVICE = "jpf-desk"


class KeyringUnavailable(Exception):
    code = "keyring.unavailable"


def get_secret(name: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        raise KeyringUnavailable(name) from exc


def set_secret(name: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise KeyringUnavailable(name) from exc
