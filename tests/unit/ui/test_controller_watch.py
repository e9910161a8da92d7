"""The controller with a watching idle source (GNOME's idle monitor) and the REAL scheduler.

Walking away makes the probe job cancel itself from inside its own run (the source will say
when the user is back). APScheduler 3.x raised JobLookupError there, skipped the rest of the
batch and never armed its timer again: nothing ran until the user came back. Here GNOME's idle
source talks to a stand-in Mutter IdleMonitor on a private bus; pytest-qt fails the test on an
exception raised in the timer's slot.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.idle.gnome import GnomeIdleSource
from massage_break.adapters.scheduling import QtJobScheduler
from massage_break.core.catalog import parse_catalog
from massage_break.core.clock import SystemClock
from massage_break.core.engine import Engine
from massage_break.core.model import Activity
from massage_break.core.settings import Settings
from massage_break.ui.controller import PROBE_JOB, WAKEUP_JOB, AppController
from tests.fakes import MemoryHistory, MemorySettings, RecordingNotifier
from tests.unit.adapters.dbus_standins import MutterIdleMonitor, private_bus
from tests.unit.core.catalog_data import data

MINUTE = timedelta(seconds=0.1)  # one settings minute: away after 0.5 s, a break after 1 s
PROBE = 0.05


class Rig:
    def __init__(self, mutter: MutterIdleMonitor, address: str) -> None:
        self.mutter = mutter
        self.clock = SystemClock()
        self.sched = QtJobScheduler()
        self.idle = GnomeIdleSource(bus=address)
        self.notifier = RecordingNotifier()
        engine = Engine(
            Settings(typing_grace_s=0, break_interval_min=10),
            parse_catalog(data()),
            minute=MINUTE,
            probe_interval=timedelta(seconds=PROBE),
        )
        self.c = AppController(
            engine,
            self.clock,
            self.sched,
            self.idle,
            self.notifier,
            MemoryHistory(),
            MemorySettings(),
            probe_seconds=PROBE,
        )

    def samples(self) -> int:
        return len(self.mutter.called("GetIdletime"))

    def close(self) -> None:
        self.sched.shutdown()
        self.idle.close()


@pytest.fixture
def rig() -> Iterator[Rig]:
    with private_bus() as bus, MutterIdleMonitor(bus.address) as mutter:
        r = Rig(mutter, bus.address)
        yield r
        r.close()


def test_walking_away_and_back_with_gnome_idle_and_the_real_scheduler(
    qtbot: QtBot, rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    rig.c.start()
    qtbot.waitUntil(lambda: rig.samples() >= 3, timeout=3000)  # probing while at the desk
    assert rig.sched.has_job(WAKEUP_JOB)  # the next break is due in 1 s

    # a job due shortly after the walk-away: the scheduler must still be running then
    ran: list[datetime] = []
    due = rig.clock.now() + timedelta(seconds=0.6)
    rig.sched.schedule_at("later", due, lambda: ran.append(rig.clock.now()))

    rig.mutter.idletime_ms = 60_000  # the user left a minute ago
    qtbot.waitUntil(lambda: rig.c.status.activity is Activity.AWAY, timeout=3000)
    qtbot.waitUntil(lambda: not rig.sched.has_job(PROBE_JOB), timeout=3000)
    assert rig.mutter.idle_intervals() == [500]  # the idle monitor watches instead
    assert not rig.sched.has_job(WAKEUP_JOB)  # away is a break: no reminder to wake for

    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    assert ran[0] - due < timedelta(milliseconds=500)  # on time, with no one adding jobs
    sampled = rig.samples()
    qtbot.wait(300)
    assert rig.samples() == sampled  # no sampling while away

    back = rig.clock.now()
    rig.mutter.idletime_ms = 0
    rig.mutter.fire_active()  # the user's first input
    qtbot.waitUntil(lambda: rig.c.status.activity is Activity.ACTIVE, timeout=3000)
    qtbot.waitUntil(lambda: rig.samples() >= sampled + 3, timeout=3000)  # probing again
    assert rig.sched.has_job(PROBE_JOB) and rig.mutter.idle_intervals() == []  # unwatched

    # the next reminder comes a break interval (1 s) after coming back, on time
    qtbot.waitUntil(lambda: bool(rig.notifier.sent), timeout=5000)
    late = rig.clock.now() - back - timedelta(seconds=1)
    assert timedelta(0) <= late < timedelta(milliseconds=600), late
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "JobLookupError" not in caplog.text
