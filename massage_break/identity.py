"""How the app is named: the name people read, the reverse-DNS id desktops know it by, and
the command that starts it. The package name `massage_break` is for Python only."""

from __future__ import annotations

DISPLAY_NAME = "Massage Break"
APP_ID = "io.github.massage_break.MassageBreak"  # desktop file, metainfo, autostart, hints
COMMAND = "massage-break"
