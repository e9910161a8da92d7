"""`massage-break export` and `massage-break history --delete-all`: the history file read or
cleared directly, so both work whether or not the app is running."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from massage_break.cli import Options
from massage_break.paths import AppPaths

if TYPE_CHECKING:
    from massage_break.core.catalog import Catalog


def _catalog(assets_dir: Path | None) -> Catalog:
    import tomllib

    from massage_break import resources
    from massage_break.core.catalog import parse_catalog

    assets = resources.assets_dir(assets_dir)
    return parse_catalog(tomllib.loads(resources.catalog_path(assets).read_text("utf-8")))


def export(paths: AppPaths, opts: Options, tz: tzinfo, out: TextIO | None = None) -> int:
    """Write the history to `--output` (atomically) or stdout. 0, or 1 with the reason."""
    from massage_break.adapters.atomic import write_atomic
    from massage_break.adapters.history_export import history_rows, render
    from massage_break.adapters.history_store import HistoryError, HistoryReader

    out = out or sys.stdout
    since = datetime.combine(opts.since, time(0), tz) if opts.since else None
    catalog = _catalog(opts.assets_dir)
    try:
        reader = HistoryReader(paths.history_file)
    except FileNotFoundError:
        rows = []  # nothing recorded yet: an empty export, not an error
    except (HistoryError, sqlite3.Error) as exc:
        print(f"massage-break: cannot read the history: {exc}", file=sys.stderr)
        return 1
    else:
        try:
            rows = history_rows(reader, catalog, tz, since)
        except sqlite3.Error as exc:
            print(f"massage-break: cannot read the history: {exc}", file=sys.stderr)
            return 1
        finally:
            reader.close()
    text = render(rows, opts.export_format)
    if opts.output is None:
        out.write(text)
        out.flush()
        return 0
    try:
        write_atomic(opts.output, text.encode("utf-8"))
    except OSError as exc:
        print(f"massage-break: cannot write {opts.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Saved {len(rows)} rows to {opts.output}.", file=sys.stderr)
    return 0


def delete_all(paths: AppPaths, opts: Options, ask: TextIO | None = None) -> int:
    """Delete every row after a yes (from --yes, or typed at a terminal). 0 done, 1 failed,
    2 not confirmed."""
    from massage_break.adapters.history_store import HistoryError, delete_history

    if not opts.yes:
        source = ask or sys.stdin
        if not source.isatty():
            print(
                "massage-break: this deletes your whole break history; add --yes to confirm.",
                file=sys.stderr,
            )
            return 2
        print("Delete your whole break history? This cannot be undone. [y/N] ", end="")
        sys.stdout.flush()
        if source.readline().strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return 2
    try:
        removed = delete_history(paths.history_file)
    except (HistoryError, sqlite3.Error) as exc:
        print(f"massage-break: could not delete the history: {exc}", file=sys.stderr)
        return 1
    print(f"Deleted {removed} rows of history.")
    return 0
