"""The installer folder carries what the consent code reads at run time: the receipt
schema (checked on every export) and the policy text (checked by its hash)."""

import os
from pathlib import Path

import build_installer

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ["jpf_desk/resources/specs/consent-receipt.schema.json",
          "jpf_desk/resources/policy/2025-11-jpf-v1/policy.vi.txt",
          "jpf_desk/resources/policy/2025-11-jpf-v1/policy.json"]


def _bundled(args: list[str]) -> dict[Path, str]:
    """--add-data SOURCE<pathsep>DEST pairs: where each source folder lands in the bundle."""
    pairs = [args[i + 1].split(os.pathsep) for i, a in enumerate(args) if a == "--add-data"]
    return {Path(source): dest for source, dest in pairs}


def test_the_installer_bundles_the_schema_and_the_policy_where_the_program_looks():
    bundled = _bundled(build_installer.arguments())
    for needed in NEEDED:
        source = ROOT / needed
        assert source.is_file(), needed
        landing = [Path(dest) / source.relative_to(folder)
                   for folder, dest in bundled.items() if source.is_relative_to(folder)]
        # resources_dir() is jpf_desk/resources/, in the bundle too.
        assert landing == [Path(needed)], needed
