"""Scheduler wake-ups in 10 s after 50 reschedules: ours against the stock QtScheduler.

Prints JSON: {"owned_timer": n, "stock_qtscheduler": n}
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QCoreApplication, QTimer

from massage_break.adapters.scheduling import QtJobScheduler

WINDOW_MS = 10_000


def run(make: str) -> int:
    far = datetime.now(UTC) + timedelta(hours=1)
    if make == "owned":
        ours = QtJobScheduler()
        for n in range(50):
            ours.schedule_at("next-break", far + timedelta(seconds=n), lambda: None)
        start = ours.wakeups
        QTimer.singleShot(WINDOW_MS, QCoreApplication.quit)
        QCoreApplication.exec()
        count = ours.wakeups - start
        ours.shutdown()
        return count
    calls = [0]

    class Counting(QtScheduler):  # type: ignore[misc]
        def _process_jobs(self):  # type: ignore[no-untyped-def]
            calls[0] += 1
            return super()._process_jobs()

    stock = Counting(executors={"default": {"type": "debug"}})
    stock.start()
    for n in range(50):
        stock.add_job(
            lambda: None,
            "date",
            run_date=far + timedelta(seconds=n),
            id="next-break",
            replace_existing=True,
        )
    calls[0] = 0
    QTimer.singleShot(WINDOW_MS, QCoreApplication.quit)
    QCoreApplication.exec()
    stock.shutdown(wait=False)
    return calls[0]


def main() -> int:
    QCoreApplication([])
    print(json.dumps({"owned_timer": run("owned"), "stock_qtscheduler": run("stock")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
