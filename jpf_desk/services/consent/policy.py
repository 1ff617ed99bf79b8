"""Versions of JPF's data policy, read from resources/policy/<version>/policy.json.

The policy text and its purposes are data, not code: a new version is a new folder.
Each version is identified by the SHA-256 of its exact text, checked when loaded, so a
receipt can always say which words the customer was shown.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jpf_desk.domain.consent import RetentionStart
from jpf_desk.paths import resources_dir

SERVICE = "service"


class PolicyError(RuntimeError):
    """The policy data shipped with the program is missing or does not match its hash."""


@dataclass(frozen=True)
class Retention:
    """How long the data of a purpose is kept (LAW.md: no longer than the purpose needs)."""

    months: int
    start: RetentionStart
    text: dict[str, str]

    def wording(self, lang: str = "vi") -> str:
        return self.text.get(lang) or self.text["vi"]


@dataclass(frozen=True)
class Purpose:
    code: str
    required: bool
    kantara_category: str
    pii_categories: tuple[str, ...]
    text: dict[str, str]
    if_withdrawn: dict[str, str]
    why_required: dict[str, str]
    retention: Retention | None = None

    def wording(self, lang: str = "vi") -> str:
        return self.text.get(lang) or self.text["vi"]


@dataclass(frozen=True)
class Policy:
    version: str
    text: str
    sha256: str
    language: str
    url: str
    jurisdiction: str
    laws: tuple[str, ...]
    laws_text: dict[str, str]
    controller: dict[str, str]
    purposes: tuple[Purpose, ...]
    partner_purpose: dict[str, Any]
    rights: dict[str, str]
    sensitive_kinds: dict[str, dict[str, str]]

    def purpose(self, code: str) -> Purpose:
        for p in self.purposes:
            if p.code == code:
                return p
        raise KeyError(code)

    @property
    def purpose_codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.purposes)


def policy_root() -> Path:
    return resources_dir() / "policy"


def text_hash(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def _purpose(raw: dict[str, Any]) -> Purpose:
    return Purpose(
        code=raw["code"], required=bool(raw["required"]),
        kantara_category=raw["kantara_category"],
        pii_categories=tuple(raw["pii_categories"]), text=dict(raw["text"]),
        if_withdrawn=dict(raw["if_withdrawn"]), why_required=dict(raw.get("why_required", {})),
        retention=_retention(raw.get("retention")),
    )


def _retention(raw: dict[str, Any] | None) -> Retention | None:
    if raw is None:
        return None
    return Retention(int(raw["months"]), RetentionStart(raw["from"]), dict(raw["text"]))


def load_policy(folder: Path) -> Policy:
    try:
        raw = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
        data = (folder / raw["text_file"]).read_bytes()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PolicyError(f"policy files under {folder.name} are missing or unreadable") from exc
    digest = text_hash(data)
    if digest != raw["text_sha256"]:
        raise PolicyError(f"policy text of {raw['version']} does not match its SHA-256")
    return Policy(
        version=raw["version"], text=data.decode("utf-8"), sha256=digest,
        language=raw["language"], url=raw["policy_url"], jurisdiction=raw["jurisdiction"],
        laws=tuple(raw["laws"]), laws_text=dict(raw["laws_text"]),
        controller=dict(raw["controller"]),
        purposes=tuple(_purpose(p) for p in raw["purposes"]),
        partner_purpose=dict(raw["partner_purpose"]), rights=dict(raw["rights"]),
        sensitive_kinds={k: dict(v) for k, v in raw["sensitive_kinds"].items()},
    )


@cache
def all_policies() -> dict[str, Policy]:
    """Every shipped version by name; folder names sort in release order."""
    root = policy_root()
    folders = sorted(p for p in root.iterdir() if (p / "policy.json").is_file())
    if not folders:
        raise PolicyError(f"no policy under {root}")
    return {p.version: p for p in (load_policy(f) for f in folders)}


def current_policy() -> Policy:
    """The newest version: the one the consent dialog shows."""
    return list(all_policies().values())[-1]


def policy_version(version: str) -> Policy:
    try:
        return all_policies()[version]
    except KeyError:
        raise PolicyError(f"unknown policy version {version}") from None


def known_purpose_codes() -> tuple[str, ...]:
    """Every purpose any shipped version names, oldest version first.

    A customer may have consented under an older version, and a newer one may add a
    purpose: each of them can be withdrawn, restricted or objected to.
    """
    codes: dict[str, None] = {}
    for p in all_policies().values():
        codes.update(dict.fromkeys(p.purpose_codes))
    return tuple(codes)


def purpose_wording(code: str, lang: str = "vi") -> str:
    """The purpose's words in the newest version that names it (the code when none does)."""
    for p in reversed(all_policies().values()):
        if code in p.purpose_codes:
            return p.purpose(code).wording(lang)
    return code


def retention_by_purpose(version: str | None = None) -> dict[str, Retention]:
    """Each purpose's retention period in a policy version (the current one by default),
    for the receipt, its JSON and the manager's list of data past its period."""
    policy = current_policy() if version is None else policy_version(version)
    return {p.code: p.retention for p in policy.purposes if p.retention is not None}
