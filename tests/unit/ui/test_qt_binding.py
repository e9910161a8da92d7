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


def test_imports_after_pyside_leave_no_source_in_memory(tmp_path, monkeypatch) -> None:
    """PySide6's import hook asked inspect for every module's source, which kept all of it in
    linecache (about 5 MB in the tray app). With the app's check in place the answer is the
    same and nothing is kept."""
    import linecache

    from massage_break.source_cache import stop_source_caching

    feature = sys.modules["PySide6.support.feature"]
    # put PySide6's own check back after this test
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    assert stop_source_caching()  # the hook is there to replace in this PySide6
    (tmp_path / "mb_uses_qt.py").write_text("import PySide6\n")
    (tmp_path / "mb_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("mb_uses_qt")  # through builtins.__import__, where PySide6's hook sits
    __import__("mb_plain")
    for name in ("mb_uses_qt", "mb_plain"):
        monkeypatch.delitem(sys.modules, name)
    assert not [f for f in linecache.cache if f.startswith(str(tmp_path))]
    # 0: a module PySide6's features apply to; -1: a module they ignore (as before)
    assert feature.pyside_feature_dict["mb_uses_qt"] == 0
    assert feature.pyside_feature_dict["mb_plain"] == -1


def test_source_check_answers_from_the_file_itself(tmp_path) -> None:
    import types

    from massage_break.source_cache import _mentions_pyside

    def module(path: str | None) -> types.ModuleType:
        mod = types.ModuleType("m")
        if path is not None:
            mod.__file__ = path
        return mod

    (tmp_path / "a.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "b.py").write_text("import os\n")
    assert _mentions_pyside(module(str(tmp_path / "a.py")))
    assert not _mentions_pyside(module(str(tmp_path / "b.py")))
    assert not _mentions_pyside(module(str(tmp_path / "gone.py")))  # removed since
    assert not _mentions_pyside(module(None))  # built in
    assert not _mentions_pyside(module(str(tmp_path / "ext.so")))  # compiled
