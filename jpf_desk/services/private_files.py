"""Files the program writes with customers' data in them are readable by their owner only.

A desk PC may have several user accounts (and a shared account's umask is usually
022); an access report or a receipt left 0644 is readable by every one of them.
"""

from __future__ import annotations

import os
from pathlib import Path


def private_file(path: Path) -> Path:
    """Create `path` empty with mode 0600 (or make an existing one 0600) before it is
    written, so its content is never readable by others, not even for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return path


def write_private(path: Path, content: bytes) -> None:
    private_file(path)
    path.write_bytes(content)
