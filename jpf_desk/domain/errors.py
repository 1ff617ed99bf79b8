"""Domain errors and warnings.

Errors carry a stable ``code`` (looked up in :mod:`jpf_desk.domain.messages` to show
the user a sentence in their language), the form ``field`` it concerns, and
``params`` for the message. ``str()`` never includes ``params`` so personal data
typed by the user cannot leak into logs or tracebacks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any


class DomainError(ValueError):
    """A business rule was broken; ``code`` says which one."""

    code: str
    field: str | None
    params: dict[str, object]

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        self.code = code
        self.field = field
        self.params = dict(params)
        # Only the code and field go into args: they end up in logs and reprs.
        super().__init__(self._summary())

    def _summary(self) -> str:
        return f"{self.code} (field={self.field})" if self.field else self.code

    def __str__(self) -> str:
        return self._summary()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._summary()!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__ breaks the default exception pickling.
        return (_rebuild_error, (type(self), self.code, self.field, self.params))


def _rebuild_error(
    cls: type[DomainError], code: str, field: str | None, params: Mapping[str, object]
) -> DomainError:
    return cls(code, field=field, **params)


class ValidationError(DomainError):
    """User input is not acceptable; the form should show the message at ``field``."""


class NotFound(DomainError, LookupError):
    """The record asked for is not in the store (e.g. erased or deleted at another desk).

    The user sees a plain sentence (``not_found.<kind>``, see
    :mod:`jpf_desk.domain.not_found`), not a bug report; ``params`` hold the record's id
    only. It is a LookupError too, so code that caught the bare LookupError the services
    used to raise keeps working.
    """


class NotAllowed(DomainError):
    """The staff member at the desk may not do this; ``code`` names what was refused."""


@dataclasses.dataclass(frozen=True)
class DomainWarning:
    """Something looks wrong but the user may go on after seeing the message."""

    code: str
    field: str | None = None
    # Excluded from the hash so warnings stay hashable (the dict is not).
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.code} (field={self.field})" if self.field else self.code
