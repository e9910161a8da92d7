"""BuddyControl against an in-process service: presence, "Take it with", invitations."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from pytestqt.qtbot import QtBot

from massage_break.core.buddy import BreakInvite, PairResult
from massage_break.core.catalog import parse_catalog
from massage_break.core.composer import routine_for
from massage_break.core.engine import Engine
from massage_break.core.model import ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.buddy_control import (
    ANSWER_WAIT,
    TAKE_WITH,
    BuddyControl,
    BuddyLink,
    address_ok,
    login_name,
)
from massage_break.ui.controller import AppController
from tests.fakes import (
    FakeClock,
    FakeScheduler,
    MemoryHistory,
    MemorySettings,
    RecordingNotifier,
    ScriptedIdle,
)
from tests.unit.core.catalog_data import data
from tests.unit.ui.buddy_fakes import ANA, FakeBuddyPort, FakeInviteNotice, FakeSharedWindow
from tests.unit.ui.living import live_until
from tests.unit.ui.shipped import shipped_catalog


class Context:
    name = "test"

    def __init__(self) -> None:
        self.now: frozenset[str] = frozenset()

    def reasons(self) -> frozenset[str]:
        return self.now


class Rig:
    def __init__(self, on: bool = True) -> None:
        self.clock = FakeClock()
        self.sched = FakeScheduler()
        self.idle = ScriptedIdle()
        self.notifier = RecordingNotifier()
        self.context = Context()
        self.settings = MemorySettings()
        engine = Engine(Settings(typing_grace_s=0), shipped_catalog())
        self.c = AppController(
            engine,
            self.clock,
            self.sched,
            self.idle,
            self.notifier,
            MemoryHistory(),
            self.settings,
            probe_seconds=15,
            context=self.context,
        )
        self.ports: list[FakeBuddyPort] = []
        self.notice = FakeInviteNotice()
        self.b = BuddyControl(self.c, self.make, lambda: self.notice, lambda: "Bo Li")
        self.shared: list[tuple[ShowRoutine, BuddyLink | None]] = []
        self.shown: list[ShowRoutine] = []
        self.c.shared_routine_requested.connect(lambda r, link: self.shared.append((r, link)))
        self.c.routine_requested.connect(self.shown.append)
        if on:
            self.c.apply_settings(Settings(typing_grace_s=0, buddy=True))

    def make(self, name: str, events: object) -> FakeBuddyPort:
        port = FakeBuddyPort(events, name)  # type: ignore[arg-type]
        self.ports.append(port)
        return port

    @property
    def port(self) -> FakeBuddyPort:
        return self.ports[-1]

    def work_until(self, minutes: float) -> None:
        end = FakeClock().now() + timedelta(minutes=minutes)
        live_until(self.clock, self.sched, self.c, end)

    def fire(self, job: str) -> None:
        self.sched.jobs.pop(job)[1]()

    def invite(self, routine: str = "partner.quick_shoulders") -> BreakInvite:
        return BreakInvite("brk-1", ANA, routine, "T1", 1900)


def test_the_setting_turns_the_service_on_and_off(qtbot: QtBot) -> None:
    r = Rig(on=False)
    assert r.ports == [] and not r.b.on
    r.c.apply_settings(Settings(buddy=True))
    assert r.b.on and r.port.started and r.port.name == "Bo Li"
    r.c.apply_settings(Settings(buddy=True, buddy_name="Bo"))
    assert r.port.names == ["Bo"] and len(r.ports) == 1
    r.c.apply_settings(Settings(buddy=False))
    assert r.port.stopped and not r.b.on and r.b.buddies() == ()


def test_a_service_that_cannot_start_is_reported_and_stays_off(qtbot: QtBot) -> None:
    r = Rig(on=False)

    def broken(name: str, events: object) -> FakeBuddyPort:
        raise OSError("address in use")

    r.b.factory = broken
    notices: list[tuple[str, str]] = []
    r.c.notice.connect(lambda t, m: notices.append((t, m)))
    r.c.apply_settings(Settings(buddy=True))
    assert not r.b.on
    assert "address in use" in notices[0][1]


def test_presence_follows_the_desk(qtbot: QtBot) -> None:
    r = Rig()
    r.c.probe()
    assert r.port.at_desk == [True]
    r.c.locked(True)
    assert r.port.at_desk == [True, False]
    r.c.locked(False)
    r.c.probe()
    assert r.port.at_desk[-1] is True
    r.idle.value = timedelta(minutes=3)  # idle past the short pause
    r.clock.advance(minutes=3)
    r.c.probe()
    assert r.port.at_desk[-1] is False


def test_take_it_with_is_offered_only_with_a_buddy_online_at_the_desk(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [replace(ANA, at_desk=False)]
    r.work_until(31)
    assert r.notifier.extra[-1] == ()
    r.c.answer("snooze")
    r.port.list = [ANA]
    r.work_until(38)
    assert r.notifier.extra[-1] == ((TAKE_WITH, "Take it with Ana"),)


def test_take_it_with_starts_a_partner_break_and_invites(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.work_until(31)
    r.c.answer(TAKE_WITH)
    request, link = r.shared[0]
    assert r.shown == []
    assert routine_for(r.c.catalog, request.routine_id).requires_partner
    assert link is not None and link.me == "A" and link.buddy_name == "Ana"
    fp, invite = r.port.invites[0]
    assert fp == ANA.fingerprint and invite.routine_id == request.routine_id
    assert invite.break_id == link.break_id and len(invite.break_id) == 12
    assert r.c.engine.showing is not None  # the break started: the reminder is answered
    assert r.c.engine.prompt is None
    window = FakeSharedWindow()
    link.attach(window)
    link.send("step", {"index": 1})
    assert r.port.sent == [(ANA.fingerprint, link.break_id, "step", {"index": 1})]
    r.b.answered(ANA.fingerprint, link.break_id, "join", 0)
    assert window.answers == [("join", 0)]
    assert f"buddy-wait-{link.break_id}" not in r.sched.jobs
    r.b.shared(ANA.fingerprint, link.break_id, "step", {"break": link.break_id, "index": 2})
    r.b.shared("b" * 64, link.break_id, "step", {"index": 9})  # not the invited buddy
    assert window.received == [("step", {"break": link.break_id, "index": 2})]
    r.b.link_lost(ANA.fingerprint, "closed")
    assert window.lost == ["closed"]


def test_an_unanswered_invitation_times_out_and_the_break_goes_on(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.b.take_with(None)
    _request, link = r.shared[0]
    assert link is not None
    window = FakeSharedWindow()
    link.attach(window)
    job = f"buddy-wait-{link.break_id}"
    assert r.sched.jobs[job][0] == r.clock.now() + ANSWER_WAIT
    r.fire(job)
    assert window.answers == [("timeout", 0)]
    r.b.answered(ANA.fingerprint, link.break_id, "join", 0)  # too late: ignored
    assert window.answers == [("timeout", 0)]
    assert r.c.engine.showing is not None


def test_decline_and_later_reach_the_inviters_window(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.b.take_with(ANA.fingerprint)
    _request, link = r.shared[0]
    assert link is not None
    window = FakeSharedWindow()
    link.attach(window)
    r.b.answered(ANA.fingerprint, link.break_id, "later", 5)
    job = f"buddy-wait-{link.break_id}"
    assert r.sched.jobs[job][0] == r.clock.now() + timedelta(minutes=5) + ANSWER_WAIT
    r.b.answered(ANA.fingerprint, link.break_id, "decline", 0)
    assert window.answers == [("later", 5), ("decline", 0)]
    assert job not in r.sched.jobs
    window.deleteLater()
    qtbot.waitUntil(lambda: link.break_id not in r.b.links, timeout=2000)


def test_without_a_buddy_online_take_it_with_starts_alone(qtbot: QtBot) -> None:
    r = Rig()
    r.b.take_with(None)
    assert r.shared == [] and len(r.shown) == 1
    assert r.port.invites == []


def test_joining_starts_the_break_with_the_invitations_routine(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.port.events.invited(r.invite())
    assert r.notice.shown == [("Ana is taking a break", "Take a partner break together?")]
    assert "buddy-invite" in r.sched.jobs
    r.notice.answered.emit("join")
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "join", 0)]
    request, link = r.shared[0]
    assert request.routine_id == "partner.quick_shoulders"
    assert link is not None and link.me == "B" and link.break_id == "brk-1"
    assert r.c.engine.showing is not None
    assert "buddy-invite" not in r.sched.jobs


def test_later_joins_after_five_minutes(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    r.notice.answered.emit("later")
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "later", 5)]
    when, _callback = r.sched.jobs["buddy-later-brk-1"]
    assert when == r.clock.now() + timedelta(minutes=5)
    assert r.shared == []
    r.fire("buddy-later-brk-1")
    assert r.port.answers[-1][2] == "join"
    assert r.shared[0][1] is not None and r.shared[0][1].me == "B"


def test_decline_answers_decline_and_opens_nothing(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    r.notice.answered.emit("decline")
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "decline", 0)]
    assert r.shared == [] and r.c.engine.showing is None


def test_busy_answers_at_once_without_a_popup(qtbot: QtBot) -> None:
    r = Rig()
    r.c.pause_for(30)
    r.port.events.invited(r.invite())
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "busy", 0)]
    r.c.resume()
    r.context.now = frozenset({"fullscreen"})
    r.port.events.invited(replace(r.invite(), break_id="brk-2"))
    assert r.port.answers[-1] == (ANA.fingerprint, "brk-2", "busy", 0)
    assert r.notice.shown == []


def test_an_unknown_routine_is_declined(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite(routine="no.such.routine"))
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "decline", 0)]
    assert r.notice.shown == []


def test_no_answer_in_two_minutes_withdraws_the_notice(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    assert r.sched.jobs["buddy-invite"][0] == r.clock.now() + ANSWER_WAIT
    r.fire("buddy-invite")
    assert r.notice.withdrawn == 1 and r.b.invite is None
    r.notice.answered.emit("join")  # a late click on a withdrawn notice
    assert r.port.answers == [] and r.shared == []


def test_turning_off_drops_invitations_and_tells_windows(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.b.take_with(None)
    link = r.shared[0][1]
    assert link is not None
    window = FakeSharedWindow()
    link.attach(window)
    r.b.close()
    assert window.lost == ["off"] and r.b.links == {}
    assert r.notice.closed is False  # never built a notifier for this side... it was given
    assert r.port.stopped


def test_pairing_results_arrive_as_a_signal(qtbot: QtBot) -> None:
    r = Rig()
    token = r.b.pair("192.168.1.31:47000", "1234-5678")
    address, code, done = r.port.pairing[0]
    assert (address, code) == ("192.168.1.31:47000", "1234-5678")
    with qtbot.waitSignal(r.b.pair_finished) as blocker:
        done(PairResult(ok=False, error="wrong_code"))
    assert blocker.args == [token, PairResult(ok=False, error="wrong_code")]
    assert r.b.results[token].error == "wrong_code"


def test_addresses_and_the_default_name() -> None:
    assert address_ok("192.168.1.20:47321") and address_ok("[fe80::1]:4000")
    assert address_ok("desk-7.local:80")
    assert not address_ok("192.168.1.20") and not address_ok("host:0")
    assert not address_ok("host:70000") and not address_ok("a b:1")
    name = login_name()
    assert 0 < len(name) <= 40 and name.isprintable()


def test_a_shared_break_plays_a_partner_routine_even_from_a_short_tier(qtbot: QtBot) -> None:
    r = Rig()
    assert r.b.partner_tier("T0") == "T1"  # T0 has no partner routines
    assert r.b.partner_tier("T3") == "T3"
    r.c.engine.catalog = parse_catalog(data())  # no partner check-in pieces to compose with
    assert r.b.partner_tier("T2") == "T1"  # nothing longer has one: the longest that has
    assert r.b.partner_routine("T1") == "p.short"


def test_windows_open_the_shared_break_with_its_link(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from massage_break.ui import routine_window
    from massage_break.ui.windows import Windows

    made: list[dict[str, object]] = []

    class SharedWindow(QWidget):
        finished = Signal(object, str, object)
        checked_in = Signal(str)
        preference = Signal(str, str)

        def __init__(self, request: ShowRoutine, *args: object, **kw: object) -> None:
            super().__init__()
            made.append({"routine": request.routine_id, **kw})
            self.answers: list[tuple[str, int]] = []

        def answered(self, answer: str, minutes: int) -> None:
            self.answers.append((answer, minutes))

    monkeypatch.setattr(routine_window, "RoutineWindow", SharedWindow)
    r = Rig()
    windows = Windows(r.c, tmp_path, 60.0, buddy=r.b)
    r.port.list = [ANA]
    r.b.take_with(None)
    window = windows.routine
    assert isinstance(window, SharedWindow)
    qtbot.addWidget(window)
    link = made[0]["link"]
    assert isinstance(link, BuddyLink) and link.window is window and link.me == "A"
    r.b.answered(ANA.fingerprint, link.break_id, "busy", 0)
    assert window.answers == [("busy", 0)]


def test_two_apps_line_up_a_break_through_their_services(qtbot: QtBot) -> None:
    """A invites from a due reminder, B joins; each window gets the other's messages."""
    a, b = Rig(), Rig()
    bo = replace(ANA, name="Bo", fingerprint="b" * 64)
    a.port.list, b.port.list = [ANA], [bo]  # A knows Ana's computer (B), B knows Bo's (A)

    def wire(src: Rig, dst: Rig) -> None:
        seen = bo if src is a else ANA  # who src is, as dst knows them
        src.port.invite = lambda fp, inv: dst.b.invited(replace(inv, buddy=seen))  # type: ignore[method-assign]
        src.port.answer = lambda fp, brk, ans, m=0: dst.b.answered(seen.fingerprint, brk, ans, m)  # type: ignore[method-assign]
        src.port.send = lambda fp, brk, kind, body: dst.b.shared(  # type: ignore[method-assign]
            seen.fingerprint, brk, kind, {**body, "break": brk}
        )

    wire(a, b)
    wire(b, a)
    a.work_until(31)
    a.c.answer(TAKE_WITH)
    request_a, link_a = a.shared[0]
    assert link_a is not None
    window_a = FakeSharedWindow()
    link_a.attach(window_a)
    assert b.notice.shown == [("Bo is taking a break", "Take a partner break together?")]
    b.notice.answered.emit("join")
    request_b, link_b = b.shared[0]
    assert link_b is not None and link_b.me == "B" and link_a.me == "A"
    assert request_b.routine_id == request_a.routine_id
    assert window_a.answers == [("join", 0)]
    window_b = FakeSharedWindow()
    link_b.attach(window_b)
    link_a.send("start", {"routine": request_a.routine_id})
    assert window_b.received == [
        ("start", {"routine": request_a.routine_id, "break": link_a.break_id})
    ]
    link_b.send("step", {"index": 1, "paused": False, "elapsed_ms": 0, "by": "B"})
    assert window_a.received[0][0] == "step"


def test_joining_while_a_break_of_ones_own_is_open_answers_busy(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    r.notice.answered.emit("later")
    r.c.take_break_now()
    r.fire("buddy-later-brk-1")
    assert r.port.answers[-1] == (ANA.fingerprint, "brk-1", "busy", 0)
    assert r.shared == []
