"""A tray app emits signals for months: the Qt binding must not leak references while doing so.

PySide6 6.12.0 drops one reference to True on every Signal.emit(); after a few thousand emits
the interpreter aborts ("bool_dealloc"). pyproject.toml excludes that release; this test keeps
it excluded.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_signal_emit_keeps_reference_counts() -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        emitter.changed.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(seen) == 200
