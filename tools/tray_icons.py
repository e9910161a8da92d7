"""Writes the start-up tray icon PNGs (assets/icons/tray/start-<size>.png) from the same drawing
the app uses later. Run after changing massage_break/ui/tray_icon.py; a test fails until then.

    .venv/bin/python tools/tray_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an install

from PySide6.QtWidgets import QApplication

from massage_break.ui.tray_icon import SIZES, TrayState, render, start_png

FOLDER = Path(__file__).resolve().parents[1] / "assets" / "icons" / "tray"


def main() -> int:
    _app = QApplication([])
    FOLDER.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(TrayState.NORMAL, 0.0, size).save(str(start_png(FOLDER, size)))
    print(f"wrote {len(SIZES)} icons to {FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
