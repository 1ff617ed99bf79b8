"""Where the files shipped with the program (fonts, policy, holidays) are found.

In domain/ so that printing/ can find its fonts without importing anything outside
domain/; jpf_desk.paths re-exports it for the rest of the program.
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """resources/ beside the package (source checkout or installer bundle)."""
    return Path(__file__).resolve().parents[2] / "resources"
