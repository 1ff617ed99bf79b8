"""A keyring backend in a JSON file, for a `jpf-desk sync` child process in tests
(the in-memory keyring of tests/conftest.py does not cross process boundaries).
Selected with PYTHON_KEYRING_BACKEND=tests.sync.file_keyring.FileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "JPF_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        path = Path(os.environ[ENV])
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}/{username}"] = password
        Path(os.environ[ENV]).write_text(json.dumps(values))

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        values.pop(f"{service}/{username}", None)
        Path(os.environ[ENV]).write_text(json.dumps(values))


def write(path: Path, service: str, username: str, password: str) -> None:
    values = json.loads(path.read_text()) if path.exists() else {}
    values[f"{service}/{username}"] = password
    path.write_text(json.dumps(values))
