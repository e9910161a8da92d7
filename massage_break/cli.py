"""Command line: options for the app, and sub-commands that talk to a running instance."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from massage_break import __version__

COMMANDS = (
    "run",
    "break-now",
    "pause",
    "resume",
    "status",
    "history",
    "quit",
    "export",
    "buddy",
    "install-launcher",
)
BUDDY_ACTIONS = ("on", "off", "invite", "join", "list", "forget")
_DURATION = re.compile(r"^(\d+)\s*(m|min|h|hr)?$")


class Options(NamedTuple):
    command: str
    pause_minutes: int | None
    pause_until_tomorrow: bool
    json: bool
    base_dir: Path | None
    assets_dir: Path | None
    log_json: bool
    log_level: str
    minute_seconds: float
    export_format: str = "csv"
    since: date | None = None
    output: Path | None = None
    delete_all: bool = False
    yes: bool = False
    buddy_action: str = ""  # one of BUDDY_ACTIONS for `buddy`
    buddy_address: str = ""  # join: HOST:PORT
    buddy_code: str = ""  # join: the code the other computer shows
    buddy_name: str = ""  # forget: whom


def parse_duration(text: str) -> int:
    """'30m', '30', '1h', '2 h' -> minutes."""
    match = _DURATION.match(text.strip().lower())
    if match is None or int(match.group(1)) == 0:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (try 30m or 1h)")
    value = int(match.group(1))
    return value * 60 if (match.group(2) or "m").startswith("h") else value


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="massage-break",
        description="Tracks continuous sitting and offers a matching break.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--base-dir", type=Path, help="keep config, data and state under this folder")
    p.add_argument("--assets-dir", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--log-json", action="store_true", help="log JSON lines to stderr")
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    p.add_argument(
        "--minute-seconds",
        type=float,
        default=60.0,
        metavar="S",
        help="length of one settings minute in seconds (for demos and tests; default 60)",
    )
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="start the app, or show its window if it runs (the default)")
    sub.add_parser("break-now", help="open a break routine in the running app")
    pause = sub.add_parser("pause", help="pause reminders: 30m, 1h, or 'tomorrow'")
    pause.add_argument("duration", help="e.g. 30m, 1h, tomorrow")
    sub.add_parser("resume", help="resume reminders")
    status = sub.add_parser("status", help="print the running app's status")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    history = sub.add_parser(
        "history", help="open the history window of the running app, or delete the history"
    )
    history.add_argument(
        "--delete-all",
        action="store_true",
        help="delete every reminder and stretch of sitting (asks first unless --yes)",
    )
    history.add_argument("--yes", action="store_true", help="do not ask before deleting")
    sub.add_parser("quit", help="quit the running app")
    export = sub.add_parser(
        "export",
        help="write the history as CSV or JSON (works whether or not the app is running)",
    )
    export.add_argument("--format", choices=("csv", "json"), default="csv", dest="export_format")
    export.add_argument(
        "--since", type=parse_day, metavar="YYYY-MM-DD", help="only from this local day on"
    )
    export.add_argument(
        "--output", type=Path, metavar="FILE", help="write to this file (default: stdout)"
    )
    _buddy_parser(sub)
    sub.add_parser(
        "install-launcher",
        help="put a desktop entry and icon where the desktop looks (the first start does too)",
    )
    return p


def _buddy_parser(sub: Any) -> None:
    buddy = sub.add_parser(
        "buddy", help="break buddy: pair with a computer nearby and take partner breaks"
    )
    actions = buddy.add_subparsers(dest="buddy_action", required=True)
    actions.add_parser("on", help="turn break buddy on (listens on the local network)")
    actions.add_parser("off", help="turn break buddy off (nothing listens)")
    invite = actions.add_parser("invite", help="show a pairing code for the other computer")
    invite.add_argument("--json", action="store_true", help="machine-readable output")
    join = actions.add_parser("join", help="pair with a computer that shows a code")
    join.add_argument("address", metavar="HOST:PORT", help="where that computer listens")
    join.add_argument("code", help="the code it shows")
    listing = actions.add_parser("list", help="the paired buddies")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    forget = actions.add_parser("forget", help="forget a buddy (they can no longer connect)")
    forget.add_argument("name", metavar="NAME", help="the buddy's name (or fingerprint)")


def parse(argv: list[str] | None = None) -> Options:
    parser = build_parser()
    ns = parser.parse_args(argv)
    command = ns.command or "run"
    minutes: int | None = None
    tomorrow = False
    if command == "pause":
        if ns.duration.strip().lower() == "tomorrow":
            tomorrow = True
        else:
            try:
                minutes = parse_duration(ns.duration)
            except argparse.ArgumentTypeError as exc:
                parser.error(str(exc))
    if not 0.05 <= ns.minute_seconds <= 3600:
        parser.error("--minute-seconds must be between 0.05 and 3600")
    return Options(
        command=command,
        pause_minutes=minutes,
        pause_until_tomorrow=tomorrow,
        json=bool(getattr(ns, "json", False)),
        base_dir=ns.base_dir,
        assets_dir=ns.assets_dir,
        log_json=ns.log_json,
        log_level=ns.log_level,
        minute_seconds=ns.minute_seconds,
        export_format=getattr(ns, "export_format", "csv"),
        since=getattr(ns, "since", None),
        output=getattr(ns, "output", None),
        delete_all=bool(getattr(ns, "delete_all", False)),
        yes=bool(getattr(ns, "yes", False)),
        buddy_action=getattr(ns, "buddy_action", "") or "",
        buddy_address=getattr(ns, "address", "") or "",
        buddy_code=getattr(ns, "code", "") or "",
        buddy_name=getattr(ns, "name", "") or "",
    )
