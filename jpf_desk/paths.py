"""Where the store lives: the user's data directory unless --data-dir says otherwise."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from jpf_desk.domain.resources import resources_dir

__all__ = ["APP_AUTHOR", "APP_NAME", "STORE_FILE", "default_data_dir", "resolve_data_dir",
           "resources_dir"]

APP_NAME = "jpf-desk"
APP_AUTHOR = "JPF"
# Here, not only in store/: the window asks whether a folder holds a store before it
# imports the database libraries (issue 16).
STORE_FILE = "jpf-desk.db"


def default_data_dir() -> Path:
    """Not created here: open_store creates it (0700) when it is first needed."""
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(value: str | None) -> Path:
    return Path(value).expanduser().resolve() if value else default_data_dir()
