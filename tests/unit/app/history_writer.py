"""Child process for test_history_cli.py: the running app's history store, appending one row
after another until the file STOP exists. Prints ``ready`` once the store is open, then
``wrote N`` after each 25 rows, and ``done N`` at the end.
Run as ``python history_writer.py HISTORY_FILE STOP``."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.core.model import BreakRecord, Outcome

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def main() -> None:
    path, stop = Path(sys.argv[1]), Path(sys.argv[2])
    store = SqliteHistoryStore(path, T0)
    print("ready", flush=True)
    count = 0
    while not stop.exists():
        at = T0 + timedelta(minutes=count)
        store.append(BreakRecord(at, Outcome.COMPLETED, 1800, "self.standard_break", "T2"))
        count += 1
        if count % 25 == 0:
            print(f"wrote {count}", flush=True)
    store.close()
    print(f"done {count}", flush=True)


if __name__ == "__main__":
    main()
