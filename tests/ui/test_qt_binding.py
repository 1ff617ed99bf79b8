"""The Qt binding itself: a PySide6 that leaks references to True/False kills the program.

PySide6 6.12.0 returns True/False from Signal.emit() and disconnect() without taking a
reference; on Python 3.11 (not immortal there) the interpreter aborts after a few hundred
emits ("bool_dealloc"). pyproject.toml excludes it; this test catches a binding that
brings it back.
"""

from __future__ import annotations

import sys
import warnings

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)
    pinged = Signal()


def _balance(action, times: int = 2000) -> tuple[int, int]:
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(times):
        action()
    return sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1]


def test_emit_keeps_references_to_booleans(qapp):
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(received.append)
    true_delta, false_delta = _balance(lambda: emitter.changed.emit(1))
    assert len(received) == 2000
    assert abs(true_delta) < 100 and abs(false_delta) < 100
    true_delta, false_delta = _balance(emitter.pinged.emit)
    assert abs(true_delta) < 100 and abs(false_delta) < 100


def test_disconnect_keeps_references_to_booleans(qapp):
    emitter = _Emitter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # "failed to disconnect": on purpose
        true_delta, false_delta = _balance(lambda: emitter.pinged.disconnect(), times=500)
    assert abs(true_delta) < 100 and abs(false_delta) < 100
