"""Logging: details (tracebacks) go to a file; the console and dialogs get one line.

Personal data never goes into a log record: log ids and codes, not values.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from platformdirs import user_log_dir

from jpf_desk.paths import APP_AUTHOR, APP_NAME


class _NoTraceback(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text = saved


def log_dir() -> Path:
    return Path(os.environ.get("JPF_DESK_LOG_DIR") or user_log_dir(APP_NAME, APP_AUTHOR))


def configure(verbose: bool = False) -> Path | None:
    """File log with details, console log without tracebacks. Returns the file path."""
    root = logging.getLogger()
    if getattr(root, "_jpf_configured", False):
        return None
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(_NoTraceback("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    path: Path | None = log_dir() / "jpf-desk.log"
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        path = None
    root._jpf_configured = True  # type: ignore[attr-defined]
    return path
