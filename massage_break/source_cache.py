"""Keep PySide6's import hook from caching the source text of every module.

PySide6 wraps `import` to find out whether each newly imported module mentions "PySide6" (for
its optional `__feature__` switches). It asks `inspect.getsource`, which leaves every line of
every module in `linecache` for the life of the process: about 5 MB for a tray app, freed
memory that the allocator never hands back. The same check reading the file directly gives the
same answer and keeps nothing. If a PySide6 release drops or renames the check, this does
nothing.
"""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

_HOOK_MODULES = ("PySide6.support.feature", "shibokensupport.feature")


def _mentions_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled or bundled: inspect finds no source either
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def stop_source_caching() -> bool:
    """Replace the check once PySide6 is imported. True when the hook was found."""
    for name in _HOOK_MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
            linecache.clearcache()
            return True
    return False
