"""Request kinds, statuses, channels and identity checks by stored code, in the current
language (the words come from the label catalogue, see `domain/requests.py`)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from jpf_desk.domain.labels import label
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel, RequestStatus
from jpf_desk.ui.language import current_lang

translate = QCoreApplication.translate


def by_code(enum: type[StrEnum]) -> dict[str, str]:
    lang = current_lang()
    return {m.value: label(m, lang) for m in enum}


def kinds() -> dict[str, str]:
    return by_code(RequestKind)


def statuses() -> dict[str, str]:
    return by_code(RequestStatus)


def channels() -> dict[str, str]:
    return by_code(RequestChannel)


def identity_checks() -> dict[str, str]:
    return by_code(IdentityCheck)


def steps() -> dict[str, str]:
    """A request's history: its statuses and the steps that are not statuses."""
    return {**statuses(), "extended": translate("requests", "Gia hạn"), "approved": translate("requests", "Đã duyệt"),
            "rejected": translate("requests", "Không duyệt")}
