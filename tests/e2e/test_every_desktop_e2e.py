"""The main loop on every desktop: Start on three real notification servers, the command
line from the first moment, and a session that ends under an open break."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from .app_run import ARTIFACTS, Fidget, RunningApp, app_command, write_settings
from .desktop import Desktop, missing_tools
from .popup_text import count

SERVERS = ("dunst", "notification-daemon", "xfce4-notifyd")
MINUTE_S = "2"  # one settings minute lasts 2 s: the 5-minute interval below is 10 s
FAST = {
    "break_interval_min": 5,
    "snooze_min": 2,
    "short_pause_min": 2,
    "away_min": 4,
    "typing_grace_s": 0,  # the pointer keeps moving: no waiting for a typing pause
}

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("server", SERVERS)
def test_start_on_the_reminder_opens_the_break(server: str, tmp_path: Path) -> None:
    assert missing_tools("sni", True, server) == []  # type: ignore[arg-type]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = tmp_path / "app"
    write_settings(base, **FAST)
    with Desktop("sni", base_dir=tmp_path / "desk", server=server) as desk:  # type: ignore[arg-type]
        desk.mouse_move(600, 700)
        with Fidget(desk):
            app = RunningApp(desk, base, "--minute-seconds", MINUTE_S)
            assert app.wait_event("started")["notifier"] == "dbus"
            desk.wait_for_notification("Time for a break", timeout=40)
            shown_before = len(app.events())
            if server == "dunst":
                desk.click_notification()  # dunst draws no buttons: a click is its default
            else:
                words = desk.click_popup_button("Start break")
                # one Start button, whatever the server does with the default action
                assert count(words, "Start") == 1, [w.text for w in words]
                assert count(words, "Snooze") == 1 and count(words, "Skip") == 1
            shown = app.wait_event("routine_shown", after=shown_before)
            painted = app.wait_event("routine_painted", after=shown_before)
            wid = desk.find_window(r"— Massage Break$", timeout=10)
            assert desk.window_name(wid) == shown["title"]
            time.sleep(0.4)
            desk.screenshot(ARTIFACTS / f"start-{server}.png")
            # the answer was taken once, and the reminder is gone from the screen
            acts = [e for e in app.events() if e.get("event") == "notification_action"]
            assert [a["action"] for a in acts] == ["start"]
            if server != "dunst":
                deadline = time.monotonic() + 5
                while desk.find_windows_of(server) and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert desk.find_windows_of(server) == []
            x, y = painted["done"]
            desk.click(x, y)
            app.wait_event("history_recorded", outcome="completed")
        assert app.terminate() == 0
        assert [o for o, _ in app.history()] == ["completed"]


def test_status_answers_from_the_instant_the_process_starts(tmp_path: Path) -> None:
    """Query in a loop from the moment the process is spawned: once the app holds its lock
    the answer is always "running", never "not running" while it opens its socket."""
    base = tmp_path / "app"
    write_settings(base)
    with Desktop("sni", base_dir=tmp_path / "desk") as desk:
        app = RunningApp(desk, base)
        lock = base / "state" / "ipc" / "instance.lock"
        answers: list[tuple[bool, int]] = []  # (lock held by the app, exit code)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            held = _holds_lock(app.proc.pid, lock)
            done = subprocess.run(
                [app_command(), "--base-dir", str(base), "status", "--json"],
                env=desk.env,
                capture_output=True,
                text=True,
                timeout=20,
                check=False,
            )
            answers.append((held, done.returncode))
            if done.returncode == 0:
                assert json.loads(done.stdout)["activity"]
            if any(e.get("event") == "started" for e in app.events()) and len(answers) > 5:
                break
        held_answers = [rc for held, rc in answers if held]
        assert held_answers, answers  # the loop saw the app holding its lock
        assert set(held_answers) == {0}, answers
        assert answers[-1][1] == 0
        assert app.terminate() == 0


def _holds_lock(pid: int, lock: Path) -> bool:
    """True when `pid` holds its flock on `lock`, as /proc/locks says (read-only)."""
    try:
        inode = str(lock.stat().st_ino)
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        f = line.split()
        if len(f) >= 6 and f[1] == "FLOCK" and f[4] == str(pid) and f[5].endswith(":" + inode):
            return True
    return False


def test_logging_out_with_a_break_open_exits_cleanly_ten_times(tmp_path: Path) -> None:
    """The session ends: the X server, the bus and the app stop together while a routine
    window is open. Every time the app exits 0 and records the break as cut short."""
    codes = []
    for run in range(10):
        base = tmp_path / f"app{run}"
        write_settings(base)
        with Desktop("sni", base_dir=tmp_path / f"desk{run}") as desk:
            app = RunningApp(desk, base)
            app.wait_event("started")
            assert app.command("break-now").returncode == 0
            app.wait_event("routine_painted")
            desk.find_window(r"— Massage Break$", timeout=10)
            xvfb = desk.helper("xvfb")
            bus = desk.helper("dbus-daemon")
            if run % 2:  # the display goes first, the signal follows a moment later
                xvfb.send_signal(signal.SIGTERM)
                bus.send_signal(signal.SIGTERM)
                time.sleep(0.05)
                app.proc.send_signal(signal.SIGTERM)
            else:  # the signal first, the display and bus at once
                app.proc.send_signal(signal.SIGTERM)
                xvfb.send_signal(signal.SIGTERM)
                bus.send_signal(signal.SIGTERM)
            code = app.proc.wait(20)
            outcomes = [o for o, _ in app.history()]
            assert (code, outcomes) == (0, ["interrupted"]), (run, desk.log_tail("app", 15))
            codes.append(code)
    assert codes == [0] * 10
