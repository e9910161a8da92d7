"""Break buddy end to end: two installed apps, each on its own X display, session bus, tray
host and dunst, with its own base folder, pair over loopback and take one partner break on
two screens."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from .app_run import ARTIFACTS, Fidget, RunningApp, write_settings
from .desktop import Desktop, missing_tools
from .popup_text import count

pytestmark = pytest.mark.e2e

MINUTE_S = "2"  # one settings minute lasts 2 s
INVITER = {  # Ana's reminder comes after 5 "minutes" (10 s)
    "break_interval_min": 5,
    "snooze_min": 2,
    "short_pause_min": 2,
    "away_min": 4,
    "typing_grace_s": 0,
}
JOINER = {**INVITER, "break_interval_min": 180}  # Ben's own reminder stays far away


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _json(done: Any) -> Any:
    assert done.returncode == 0, (done.stdout, done.stderr)
    return json.loads(done.stdout)


def _wait(what: str, check: Any, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = check()
        if got:
            return got
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _buddies(app: RunningApp) -> list[dict[str, Any]]:
    return list(_json(app.command("buddy", "list", "--json"))["buddies"])


def _online(app: RunningApp, name: str) -> bool:
    return any(b["name"] == name and b["online"] and b["at_desk"] for b in _buddies(app))


def _page(app: RunningApp, name: str, after: int, timeout: float = 20.0) -> dict[str, Any]:
    return app.wait_event("page_shown", timeout=timeout, after=after, page=name)


def _click(desk: Desktop, page: dict[str, Any], want: Any) -> None:
    """Click every control of `page` that `want(control)` picks, top to bottom."""
    picked = [c for c in page["controls"] if c["shown"] and want(c)]
    assert picked, [c["name"] for c in page["controls"]]
    for control in sorted(picked, key=lambda c: c["at"][1]):
        desk.click(*control["at"])
        time.sleep(0.15)


def _button(text: str) -> Any:
    return lambda c: c["kind"] == "QPushButton" and c["text"].startswith(text)


class PageAnswerer:
    """Answers each page a person's screen shows, once, the way that person would: a clear
    yes, "No" to every health question, not sore as a giver, the suggested pressure."""

    def __init__(self, app: RunningApp, desk: Desktop, after: int) -> None:
        self.app, self.desk, self.seen = app, desk, after
        self.answered: list[str] = []

    def poll(self) -> None:
        events = self.app.events()
        new, self.seen = events[self.seen :], len(events)
        for ev in new:
            if ev.get("event") == "page_shown":
                self._answer(ev)

    def _answer(self, page: dict[str, Any]) -> None:
        name = page["page"]
        if name == "consent-page":
            _click(self.desk, page, lambda c: c["kind"] == "QCheckBox")
            _click(self.desk, page, _button("I said yes"))
        elif name == "screening-page":
            shown = [c["text"] for c in page["controls"] if c["shown"]]
            if "Show my questions" in shown:
                _click(self.desk, page, _button("Show my questions"))
                return  # the page reports again with its questions
            _click(
                self.desk,
                page,
                lambda c: c["kind"] == "QRadioButton" and c["name"].endswith("-no"),
            )
            _click(self.desk, page, _button("Done"))
        elif name == "giver-check-page":
            _click(self.desk, page, lambda c: c["name"] == "giver-no")
            _click(self.desk, page, _button("Continue"))
        elif name == "pressure-page":
            _click(self.desk, page, _button("Start"))
        else:
            return
        self.answered.append(name)


def _steps(app: RunningApp, after: int) -> list[dict[str, Any]]:
    return [e for e in app.events()[after:] if e.get("event") == "screen_shown"]


@pytest.mark.parametrize("ben_server", ["dunst", "xfce4-notifyd"])
def test_two_people_pair_and_take_one_partner_break(ben_server: str, tmp_path: Path) -> None:
    """Ana's desktop runs dunst; Ben's runs dunst (the invitation's actions in its menu) or
    xfce4-notifyd (real Join / In 5 min / Decline buttons, read off the screen and clicked)."""
    assert missing_tools("sni", True, "dunst") == []
    assert missing_tools("sni", True, ben_server) == []  # type: ignore[arg-type]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ports = {"ana": _free_port(), "ben": _free_port()}
    bases = {"ana": tmp_path / "ana", "ben": tmp_path / "ben"}
    write_settings(bases["ana"], **INVITER, buddy=True, buddy_name="Ana", partner_mode=True)
    write_settings(bases["ben"], **JOINER, buddy=True, buddy_name="Ben", partner_mode=True)
    with (
        Desktop("sni", base_dir=tmp_path / "desk-ana") as desk_a,
        Desktop("sni", base_dir=tmp_path / "desk-ben", server=ben_server) as desk_b,  # type: ignore[arg-type]
    ):
        assert desk_a.display != desk_b.display
        for desk in (desk_a, desk_b):
            desk.mouse_move(600, 700)
        with Fidget(desk_a), Fidget(desk_b):
            ana, ben = (
                RunningApp(
                    desk,
                    bases[who],
                    "--minute-seconds",
                    MINUTE_S,
                    name=who,
                    env={"MASSAGE_BREAK_BUDDY_PORT": str(ports[who])},
                )
                for who, desk in (("ana", desk_a), ("ben", desk_b))
            )
            ana.wait_event("started")
            ben.wait_event("started")

            # pairing by code at a typed address (no discovery on loopback)
            shown = _json(ana.command("buddy", "invite", "--json"))
            address = f"127.0.0.1:{ports['ana']}"
            assert any(a.endswith(f":{ports['ana']}") for a in shown["addresses"]), shown
            assert shown["tries_left"] == 3
            wrong = ben.command("buddy", "join", address, "0000-0000")
            assert wrong.returncode == 1 and "wrong" in wrong.stderr, wrong
            paired = ben.command("buddy", "join", address, shown["code"])
            assert paired.returncode == 0, (paired.stdout, paired.stderr)
            assert "Paired with Ana" in paired.stdout
            _wait(
                "Ana and Ben online for each other",
                lambda: _online(ana, "Ben") and _online(ben, "Ana"),
            )

            # Ana's own reminder offers the break with Ben
            note = desk_a.wait_for_notification("Time for a break", timeout=60)
            assert note["action_pairs"].get("buddy") == "Take it with Ben", note
            a_mark, b_mark = len(ana.events()), len(ben.events())
            b_notes = len(desk_b.notifications())
            desk_a.invoke_action("buddy", notification_id=note["id"])
            _page(ana, "buddy-waiting-page", a_mark)  # "Waiting for Ben to join…"
            invite = desk_b.wait_for_notification(
                "Ana is taking a break", timeout=20, after=b_notes
            )
            assert set(invite["action_pairs"]) >= {"join", "later", "decline"}, invite
            time.sleep(0.5)
            desk_b.screenshot(ARTIFACTS / f"buddy-e2e-invite-{ben_server}.png")
            if ben_server == "dunst":
                desk_b.invoke_action("join", notification_id=invite["id"])
            else:  # one of each button, and a click on Join
                words = desk_b.click_popup_button("Join")
                assert count(words, "Join") == 1 and count(words, "Decline") == 1, words
            ana.wait_event("buddy_break_started", after=a_mark, me="A")
            ben.wait_event("buddy_break_started", after=b_mark, me="B")
            wid_a = desk_a.find_window(r"— Massage Break$", timeout=10)
            desk_b.find_window(r"— Massage Break$", timeout=10)

            # the walk plays on both screens; Next on Ana's moves both on to the consent
            first_a = ana.wait_event("screen_shown", after=a_mark, role="both")
            first_b = ben.wait_event("screen_shown", after=b_mark, role="both")
            assert first_a["index"] == first_b["index"] == 0
            while not [
                e
                for e in ana.events()[a_mark:]
                if e.get("event") == "page_shown" and e["page"] == "consent-page"
            ]:
                desk_a.focus_window(wid_a)
                desk_a.key("Right")
                time.sleep(0.6)
            # every page before the rub waits for its own person's click
            people = [PageAnswerer(ana, desk_a, a_mark), PageAnswerer(ben, desk_b, b_mark)]

            # the same technique on both screens, Ana receiving and Ben giving
            def opposite() -> tuple[dict[str, Any], dict[str, Any]] | None:
                for person in people:
                    person.poll()
                a, b = _steps(ana, a_mark), _steps(ben, b_mark)
                if a and b and a[-1]["role"] == "receive" and b[-1]["role"] == "give":
                    return a[-1], b[-1]
                desk_a.focus_window(wid_a)
                desk_a.key("Right")
                return None

            step_a, step_b = _wait("a technique with roles on both screens", opposite, 60)
            # consent on both screens; the health questions and the pressure only on the
            # receiver's, the giver's question only on the giver's
            assert people[0].answered == ["consent-page", "screening-page", "pressure-page"]
            assert people[1].answered == ["consent-page", "giver-check-page"]
            assert (step_a["index"], step_a["exercise"]) == (step_b["index"], step_b["exercise"])
            time.sleep(0.8)
            desk_a.screenshot(ARTIFACTS / f"buddy-e2e-ana-receives-{ben_server}.png")
            desk_b.screenshot(ARTIFACTS / f"buddy-e2e-ben-gives-{ben_server}.png")

            # Ana stops: her break is recorded; Ben's screen says so and offers his own
            b_stop = len(ben.events())
            desk_a.focus_window(wid_a)
            desk_a.key("Escape")
            ana.wait_event("history_recorded", after=a_mark)
            ben.wait_event("page_shown", after=b_stop, page="buddy-own-break-page")

            # Ben forgets Ana: both computers drop the pairing
            forgot = ben.command("buddy", "forget", "Ana")
            assert forgot.returncode == 0, (forgot.stdout, forgot.stderr)
            _wait("both lists empty", lambda: not _buddies(ana) and not _buddies(ben))
        assert ana.terminate() == 0 and ben.terminate() == 0
        assert len(ana.history()) == 1
