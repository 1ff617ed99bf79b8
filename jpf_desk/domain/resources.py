"""Where the files shipped with the program (fonts, policy, holidays, schema) are found.

They live inside the package (jpf_desk/resources/, declared as package data), so a
source checkout, an installed wheel and the PyInstaller folder all find them in the same
place relative to the code: there is no second copy to keep in step and no install step
that can forget them. Every reader goes through this one function.

In domain/ so that printing/ can find its fonts without importing anything outside
domain/; jpf_desk.paths re-exports it for the rest of the program.
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """jpf_desk/resources/, wherever the package itself was loaded from."""
    return Path(__file__).resolve().parents[1] / "resources"
