"""The order of batches across the push's two lanes: the next batch applies at head
office only after the one before it has committed, so that head office's sequence keeps
the outbox's order even when two connections push at once."""

from __future__ import annotations

import threading

from jpf_desk.sync.connection import STATEMENT_TIMEOUT_MS


class Gate:
    """Opens when a batch has committed at head office (or failed)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._ok = False

    @classmethod
    def open(cls) -> Gate:
        gate = cls()
        gate.succeed()
        return gate

    def succeed(self) -> None:
        self._ok = True
        self._event.set()

    def fail(self) -> None:
        self._event.set()

    def wait(self) -> None:
        """Called by the next batch before it applies: it goes on only after success."""
        if not self._event.wait(STATEMENT_TIMEOUT_MS / 1000) or not self._ok:
            raise BatchOrderBroken()


class BatchOrderBroken(Exception):
    """The batch before this one did not commit: this one must not be applied first."""
