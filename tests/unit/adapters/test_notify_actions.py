"""At most three notification buttons besides the default (GNOME Shell draws no more), the
buddy's before Skip; an escalated reminder is critical and resident and replaces the earlier
one. Against the stand-in server here, and against the real dunst (e2e) below."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.notify import MAX_ACTIONS, DbusNotifier
from tests.e2e.desktop import Desktop, missing_tools
from tests.unit.adapters.dbus_standins import NotificationServer, PrivateBus

BUDDY = (("buddy", "Take it with Ana"),)


def _notifier(address: str) -> DbusNotifier:
    return DbusNotifier("Massage Break", "", bus=address)


def _keys(call: tuple[Any, ...]) -> list[str]:
    return list(call[5][2::2])  # after ("default", "")


@pytest.mark.parametrize(
    ("can_snooze", "can_skip", "extra", "keys"),
    [
        (True, True, (), ["start", "snooze", "skip"]),
        (True, True, BUDDY, ["start", "buddy", "snooze"]),  # Skip is the one that goes
        (False, True, BUDDY, ["start", "buddy", "skip"]),
        (True, False, BUDDY, ["start", "buddy", "snooze"]),
        (False, False, BUDDY, ["start", "buddy"]),
        (True, True, (*BUDDY, ("other", "Another")), ["start", "buddy", "other"]),
    ],
)
def test_at_most_three_buttons_in_their_order(
    qtbot: QtBot,
    session_bus: PrivateBus,
    can_snooze: bool,
    can_skip: bool,
    extra: tuple[tuple[str, str], ...],
    keys: list[str],
) -> None:
    with NotificationServer(session_bus.address) as server:
        notifier = _notifier(session_bus.address)
        notifier.notify("Time for a break", "body", can_snooze, can_skip, extra=extra)
        (call,) = server.called("Notify")
        assert call[5][:2] == ["default", ""] and _keys(call) == keys
        assert len(keys) <= MAX_ACTIONS
        notifier.close()


def test_a_button_that_was_cut_is_not_answered(qtbot: QtBot, session_bus: PrivateBus) -> None:
    """Skip was not offered (the buddy's took its place): an ActionInvoked for it, from a
    server that makes one up, is no answer; only the closing that follows counts."""
    with NotificationServer(session_bus.address) as server:
        notifier = _notifier(session_bus.address)
        answers: list[str] = []
        notifier.answered.connect(answers.append)
        notifier.notify("Time for a break", "body", True, True, extra=BUDDY)
        server.click(1, "skip")
        qtbot.waitUntil(lambda: answers == ["dismiss"], timeout=3000)
        notifier.notify("Time for a break", "body", True, True, extra=BUDDY)
        server.click(2, "buddy")
        qtbot.waitUntil(lambda: answers == ["dismiss", "buddy"], timeout=3000)
        notifier.close()


def test_an_escalation_takes_the_reminder_down_and_comes_critical_and_resident(
    qtbot: QtBot, session_bus: PrivateBus, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    with NotificationServer(session_bus.address) as server:
        notifier = _notifier(session_bus.address)
        notifier.notify("Time for a break", "first", True)
        notifier.notify("Time for a break", "again", True, urgency=2, resident=True)
        first, second = server.called("Notify")
        # closed and sent anew, never replaced: GNOME Shell 43 draws a banner replaced while
        # shown without buttons
        assert first[1] == 0 and second[1] == 0
        assert server.called("CloseNotification") == [(1,)]
        assert first[6]["urgency"] == ("y", 1) and "resident" not in first[6]
        assert second[6]["urgency"] == ("y", 2) and second[6]["resident"] == ("b", True)
        assert server.open == {2}
        logged = [
            r.fields  # type: ignore[attr-defined]
            for r in caplog.records
            if getattr(r, "fields", {}).get("event") == "notification_sent"
        ]
        assert [(e["id"], e["closed"], e["urgency"], e["resident"]) for e in logged] == [
            (1, 0, 1, False),
            (2, 1, 2, True),
        ]
        notifier.withdraw()
        assert server.open == set() and server.called("CloseNotification") == [(1,), (2,)]
        notifier.close()


# ---------------------------------------------------------------------- real dunst

needs_dunst = pytest.mark.skipif(
    bool(missing_tools(tray=None, notifications=True)),
    reason=f"needs {', '.join(missing_tools(tray=None, notifications=True))}",
)


@pytest.fixture(scope="module")
def dunst_desk() -> Iterator[Desktop]:
    with Desktop(tray=None) as d:
        yield d


@pytest.mark.e2e
@needs_dunst
def test_dunst_gets_three_buttons_and_one_notification_per_reminder(
    qtbot: QtBot, dunst_desk: Desktop
) -> None:
    desk = dunst_desk
    notifier = _notifier(desk.bus_address)
    answers: list[str] = []
    notifier.answered.connect(answers.append)
    try:
        count = len(desk.notifications())
        notifier.notify(
            "Time for a break", "You have been sitting for 30 min.", True, True, 1, BUDDY
        )
        note = desk.wait_for_notification("Time for a break", after=count)
        assert note["action_pairs"] == {
            "default": "",
            "start": "Start break",
            "buddy": "Take it with Ana",
            "snooze": "Snooze",
        }
        assert note["hints"]["urgency"] == 1 and "resident" not in note["hints"]
        notifier.notify(
            "Time for a break", "Still sitting (35 min).", True, True, 2, BUDDY, resident=True
        )
        again = desk.wait_for_notification("Time for a break", after=count + 1)
        assert again["replaces_id"] == 0 and again["id"] != note["id"]  # the first one closed
        assert again["hints"]["urgency"] == 2 and again["hints"]["resident"] is True
        qtbot.waitUntil(lambda: desk.dunst_count("displayed") == 1, timeout=5000)
        desk.invoke_action("buddy", notification_id=again["id"])
        qtbot.waitUntil(lambda: answers == ["buddy"], timeout=5000)
        # answered: the notifier takes it off the screen itself
        qtbot.waitUntil(lambda: desk.dunst_count("displayed") == 0, timeout=5000)
    finally:
        notifier.close()
