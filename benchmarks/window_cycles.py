"""RSS growth over repeated routine-window open/close cycles (run inside a Desktop env).

Prints JSON: {"cycles": N, "rss_start_mb": .., "rss_end_mb": .., "growth_mb": ..}
"""

from __future__ import annotations

import gc
import json
import sys
import tomllib

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from massage_break import resources
from massage_break.core.catalog import parse_catalog
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.routine_window import RoutineWindow


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cycle(catalog: object, assets: object, routine: str, tier: str) -> None:
    w = RoutineWindow(
        ShowRoutine(routine, tier, 40 * 60, True),
        catalog,
        assets,
        60,  # type: ignore[arg-type]
        Settings(),
    )
    w.show()
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    w.next()
    w.finish(Outcome.SKIPPED)
    QCoreApplication.sendPostedEvents(None, 0)  # deleteLater
    QCoreApplication.processEvents()


def main() -> int:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    app = QApplication([])
    assets = resources.assets_dir()
    catalog = parse_catalog(tomllib.loads(resources.catalog_path(assets).read_text()))
    routines = [(r.id, r.tiers[0]) for r in catalog.routines.values() if not r.requires_partner]
    for n in range(50):  # warm-up: caches and first-use allocations
        cycle(catalog, assets, *routines[n % len(routines)])
    gc.collect()
    start = rss_mb()
    for n in range(cycles):
        cycle(catalog, assets, *routines[n % len(routines)])
    gc.collect()
    end = rss_mb()
    print(
        json.dumps(
            {
                "cycles": cycles,
                "rss_start_mb": round(start, 1),
                "rss_end_mb": round(end, 1),
                "growth_mb": round(end - start, 2),
            }
        )
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
