"""BuddyControl when things go wrong: a service that will not stop, a notifier that fails,
a buddy who drops off mid-invitation, timers that fire late, and the feature turned off."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.core.buddy import BreakInvite, PairResult
from massage_break.core.catalog import Catalog
from massage_break.core.composer import routine_for
from massage_break.core.settings import Settings
from massage_break.ui.buddy_control import BuddyLink, MainThreadPost, login_name
from tests.unit.ui.buddy_fakes import ANA, FakeBuddyPort, FakeSharedWindow
from tests.unit.ui.test_buddy_control import Rig

BEN = replace(ANA, name="Ben", fingerprint="b" * 64)


def _events(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "massage_break"]


def test_the_name_falls_back_to_the_login_then_to_the_apps_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import getpass
    import pwd

    def no_entry(uid: int) -> Any:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    monkeypatch.setattr(getpass, "getuser", lambda: "ana\x07")
    assert login_name() == "ana"  # from the login, without the unprintable bell

    def no_user() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert login_name() == "Massage Break"


def test_without_a_factory_the_feature_cannot_turn_on(qtbot: QtBot) -> None:
    r = Rig(on=False)
    r.b.factory = None
    r.c.apply_settings(Settings(buddy=True))
    assert not r.b.on and r.ports == []
    r.c.apply_settings(Settings(buddy=False))  # off while off: nothing to stop
    assert not r.b.on
    r.b.turn_off()
    assert r.ports == []


def test_while_off_every_request_is_a_quiet_no(qtbot: QtBot) -> None:
    r = Rig(on=False)
    codes: list[object] = []
    r.b.code_changed.connect(codes.append)
    assert r.b.show_code() is None
    r.b.hide_code()
    assert codes == [None]  # the page still hears the code is gone
    assert r.b.pair("192.168.1.31:47000", "1234-5678") == ""
    assert r.b.forget("Ana") is False
    assert r.b.online() is None and r.b.available() is None
    r.b.invited(r.invite())  # a late event from a service that just stopped
    assert r.notice.shown == []


def test_a_service_without_set_name_keeps_running_when_the_name_changes(qtbot: QtBot) -> None:
    class Nameless(FakeBuddyPort):
        set_name = None  # type: ignore[assignment]

    r = Rig(on=False)
    r.b.factory = lambda name, events: Nameless(events, name)
    r.c.apply_settings(Settings(buddy=True))
    assert r.b.on
    r.c.apply_settings(Settings(buddy=True, buddy_name="Bo"))
    assert r.b.on and r.b.name() == "Bo"


def test_a_service_that_fails_to_stop_still_counts_as_off(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig()

    def broken_stop() -> None:
        raise OSError("socket already gone")

    r.port.stop = broken_stop  # type: ignore[method-assign]
    codes: list[object] = []
    r.b.code_changed.connect(codes.append)
    with caplog.at_level(logging.INFO):
        r.c.apply_settings(Settings(buddy=False))
    assert not r.b.on and codes == [None]
    assert "did not stop cleanly" in caplog.text and "buddy_off" in _events(caplog)


def test_turning_off_cancels_a_join_in_five_minutes(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    r.notice.answered.emit("later")
    late = r.sched.jobs["buddy-later-brk-1"][1]
    port = r.port
    r.c.apply_settings(Settings(buddy=False))
    assert "buddy-later-brk-1" not in r.sched.jobs
    late()  # a timer that fired anyway
    assert [a[2] for a in port.answers] == ["later"]
    assert r.shared == [] and r.c.engine.showing is None


def test_closing_closes_the_notifier_it_built(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    r.b.close()
    assert r.notice.closed and r.notice.withdrawn == 1
    assert not r.b.on


def test_the_twenty_one_oldest_pairing_answers_are_forgotten(qtbot: QtBot) -> None:
    r = Rig()
    tokens = [r.b.pair("192.168.1.31:47000", "1234-5678") for _ in range(21)]
    for _address, _code, done in r.port.pairing:
        done(PairResult(ok=True))
    qtbot.waitUntil(lambda: len(r.port.pairing) == 21 and tokens[-1] in r.b.results)
    assert len(r.b.results) == 20
    assert tokens[0] not in r.b.results and tokens[1] in r.b.results


def test_forget_removes_the_buddy_and_tells_the_page(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    changed: list[int] = []
    r.b.changed.connect(lambda: changed.append(1))
    assert r.b.forget("Ana") is True
    assert r.b.buddies() == () and changed == [1]
    r.b.buddies_changed()
    assert changed == [1, 1]


def test_take_a_break_with_a_named_buddy_skips_the_other_online_one(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA, BEN]
    assert r.b.online() == ANA
    r.b.take_with(BEN.fingerprint)
    assert r.port.invites[0][0] == BEN.fingerprint
    assert r.shared[0][1] is not None and r.shared[0][1].buddy_name == "Ben"


def test_a_catalog_without_partner_routines_starts_the_break_alone(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    old = r.c.engine.catalog
    tiers = {k: replace(t, partner_routines=()) for k, t in old.tiers.items()}
    r.c.engine.catalog = Catalog(old.exercises, old.routines, tiers, old.sources, old.evidence)
    r.b.take_with(None)
    request, link = r.shared[0]
    assert link is None and r.port.invites == []
    assert not routine_for(r.c.catalog, request.routine_id).requires_partner


def test_a_link_without_a_service_or_once_closed_sends_nothing(qtbot: QtBot) -> None:
    r = Rig()
    link = BuddyLink(r.b, ANA.fingerprint, "A", "Ana", "brk-9")
    link.attach(object())  # a window without a destroyed signal still receives
    link.closed = True
    link.send("step", {"index": 1})
    link.closed = False
    r.c.apply_settings(Settings(buddy=False))
    link.send("step", {"index": 1})
    assert r.ports[0].sent == []


def test_a_timeout_after_the_window_closed_tells_no_one(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.b.take_with(None)
    link = r.shared[0][1]
    assert link is not None
    wait = r.sched.jobs[f"buddy-wait-{link.break_id}"][1]
    r.b.drop_link(link.break_id)
    r.b.drop_link(link.break_id)  # twice: the second finds nothing
    assert f"buddy-wait-{link.break_id}" not in r.sched.jobs
    wait()
    assert link.answered is False and link.closed


def test_a_notifier_that_cannot_be_built_answers_busy(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig()

    def no_notifier() -> Any:
        raise RuntimeError("no notification server")

    r.b.notice_factory = no_notifier
    r.port.events.invited(r.invite())
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "busy", 0)]
    assert r.b.invite is None and "no way to show an invitation" in caplog.text
    assert "buddy-invite" not in r.sched.jobs


def test_an_invitation_that_cannot_be_shown_answers_busy_and_frees_the_slot(
    qtbot: QtBot,
) -> None:
    r = Rig()

    def gone(title: str, body: str) -> None:
        raise RuntimeError("the notification server went away")

    r.notice.show = gone  # type: ignore[method-assign]
    r.port.events.invited(r.invite())
    assert r.port.answers == [(ANA.fingerprint, "brk-1", "busy", 0)]
    assert r.b.invite is None and not r.b.busy()
    del r.notice.show  # the server is back: the next invitation shows on the same notifier
    r.port.events.invited(replace(r.invite(), break_id="brk-2"))
    assert r.notice.shown == [("Ana is taking a break", "Take a partner break together?")]
    assert r.b.invite is not None and r.b.invite.break_id == "brk-2"


def test_a_second_invitation_while_one_is_showing_is_busy(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    r.port.events.invited(BreakInvite("brk-2", BEN, "partner.quick_shoulders", "T1", 60))
    assert r.port.answers == [(BEN.fingerprint, "brk-2", "busy", 0)]
    assert r.b.invite is not None and r.b.invite.break_id == "brk-1"


def test_a_lapse_after_the_answer_and_a_failing_withdraw_are_harmless(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig()
    r.port.events.invited(r.invite())
    lapse = r.sched.jobs["buddy-invite"][1]
    r.notice.answered.emit("decline")
    with caplog.at_level(logging.INFO):
        lapse()  # already answered: nothing lapses
    assert "buddy_invite_lapsed" not in _events(caplog)

    def refuse() -> None:
        raise RuntimeError("no such notification")

    r.notice.withdraw = refuse  # type: ignore[method-assign]
    r.port.events.invited(replace(r.invite(), break_id="brk-2"))
    r.fire("buddy-invite")
    assert r.b.invite is None and not r.b.busy()


def test_the_buddy_dropping_off_clears_what_waited_on_them(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA, BEN]
    r.b.take_with(BEN.fingerprint)  # a break with Ben
    ben_link = r.shared[0][1]
    assert ben_link is not None
    ben_window = FakeSharedWindow()
    ben_link.attach(ben_window)
    r.c.engine.on_quit(r.c.clock.now())  # Ben's break ended; Ana invites now
    r.port.events.invited(r.invite())
    changed: list[int] = []
    r.b.changed.connect(lambda: changed.append(1))
    r.b.link_lost(ANA.fingerprint, "closed")
    assert r.b.invite is None and r.notice.withdrawn == 1
    assert ben_window.lost == [] and not ben_link.closed  # Ben's break is not touched
    assert changed == [1]
    r.notice.answered.emit("join")  # a click on the withdrawn notice opens nothing
    assert [a[2] for a in r.port.answers] == []


def test_the_buddy_dropping_off_cancels_a_join_in_five_minutes(qtbot: QtBot) -> None:
    r = Rig()
    r.port.events.invited(BreakInvite("brk-0", BEN, "partner.quick_shoulders", "T1", 60))
    r.notice.answered.emit("later")
    r.port.events.invited(r.invite())
    r.notice.answered.emit("later")
    late = r.sched.jobs["buddy-later-brk-1"][1]
    r.b.link_lost(ANA.fingerprint, "timeout")
    assert "buddy-later-brk-1" not in r.sched.jobs
    assert "buddy-later-brk-0" in r.sched.jobs  # Ben is still coming
    late()
    assert [a[2] for a in r.port.answers] == ["later", "later"] and r.shared == []
    r.fire("buddy-later-brk-0")
    assert r.port.answers[-1] == (BEN.fingerprint, "brk-0", "join", 0)


def test_a_window_without_handlers_or_one_that_fails_does_not_stop_the_link(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig()
    r.port.list = [ANA]
    r.b.take_with(None)
    link = r.shared[0][1]
    assert link is not None

    class Bare:
        pass

    link.attach(Bare())
    r.b.shared(ANA.fingerprint, link.break_id, "step", {"index": 1})  # no receive(): dropped

    class Failing:
        def __init__(self) -> None:
            self.calls = 0

        def receive(self, kind: str, body: object) -> None:
            self.calls += 1
            raise ValueError("bad step")

    failing = Failing()
    link.attach(failing)
    r.b.shared(ANA.fingerprint, link.break_id, "step", {"index": 2})
    r.b.shared(ANA.fingerprint, link.break_id, "step", {"index": 3})
    assert failing.calls == 2 and "the routine window failed on receive" in caplog.text
    assert link.break_id in r.b.links and not link.closed


def test_a_new_pairing_code_reaches_the_page(qtbot: QtBot) -> None:
    r = Rig()
    codes: list[object] = []
    r.b.code_changed.connect(codes.append)
    code = r.b.show_code()
    assert code is not None and r.port.code == code
    r.b.code_replaced(None)
    r.b.show_code()
    r.b.hide_code()
    assert codes == [code, None, code, None] and r.port.code is None


def test_posted_events_run_later_on_the_main_thread_and_failures_are_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    post = MainThreadPost()
    ran: list[str] = []
    post.post(lambda: ran.append("first"))

    def broken() -> None:
        raise RuntimeError("event failed")

    post.post(broken)
    post.post(lambda: ran.append("after"))
    assert ran == []  # queued, not run in the caller
    qtbot.waitUntil(lambda: ran == ["first", "after"], timeout=2000)
    assert "a break-buddy event failed" in caplog.text
