"""Words the adapters give people (the notices about files they had to set aside), through
Qt's translation system like the UI's own (context "notice"; tools/i18n/update_ts.py finds
these calls by name)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, source: str, *args: object) -> str:
    """`source` translated, with %1, %2 ... replaced by `args`."""
    text = QCoreApplication.translate(context, source)
    for index, arg in enumerate(args, start=1):
        text = text.replace(f"%{index}", str(arg))
    return text
