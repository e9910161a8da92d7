"""The installed app inside real Wayland compositors (a bare KWin 5.27 and sway 1.7), drawing
on Wayland itself: it finds the compositor's idle protocol, sees the user go idle when there
is no input and active again at real input (KWin's fake input, wtype), all read back through
`massage-break status --json`, as a user's script would."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .app_run import RunningApp, write_settings
from .shells.compositors import Compositor, KWin, Sway

pytestmark = pytest.mark.e2e


def wait_status(
    app: RunningApp, check: Callable[[dict[str, Any]], bool], timeout: float = 15.0
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    status: dict[str, Any] = {}
    while time.monotonic() < deadline:
        status = app.status()
        if check(status):
            return status
        time.sleep(0.2)
    raise AssertionError(f"status never matched; last: {status}")


@pytest.fixture(params=["kwin", "sway"])
def compositor(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Compositor]:
    kind = KWin if request.param == "kwin" else Sway
    with kind(tmp_path / request.param) as running:
        yield running


def user_input(compositor: Compositor) -> Callable[[], None]:
    if isinstance(compositor, KWin):
        fake = compositor.fake_input()

        def press() -> None:
            fake.key()
            fake.move()

        return press
    assert isinstance(compositor, Sway)
    return compositor.type_key


def test_activity_detection_inside_the_compositor(compositor: Compositor, tmp_path: Path) -> None:
    expected = "ext-idle-notify" if isinstance(compositor, KWin) else "kde-idle"
    base = tmp_path / "app"
    # one settings minute = 1 s: idle after a 3 s pause, away after 8 s, no reminder for 60 s
    write_settings(base, break_interval_min=60, short_pause_min=3, away_min=8)
    app = RunningApp(compositor, base, "--minute-seconds", "1")  # type: ignore[arg-type]
    try:
        started = app.wait_event("started")
        assert started["idle"] == expected
        first = app.status()
        assert first["activity_detection"] == expected and first["detection_available"]

        press = user_input(compositor)
        press()
        active = wait_status(app, lambda s: s["activity"] == "active")
        idle = wait_status(app, lambda s: s["activity"] == "idle")  # no input for 3 s
        assert idle["sitting_seconds"] >= active["sitting_seconds"]
        press()  # real input, through the compositor
        back = wait_status(app, lambda s: s["activity"] == "active", timeout=5)
        assert back["sitting_seconds"] >= idle["sitting_seconds"]  # a short pause: same bout
        away = wait_status(app, lambda s: s["activity"] == "away")  # 8 s without input
        assert away["sitting_seconds"] == 0
        press()
        wait_status(app, lambda s: s["activity"] == "active", timeout=5)
    finally:
        code = app.terminate()
    log = compositor.log_path("app").read_text(errors="replace")
    assert code == 0, log[-3000:]
    assert "Traceback" not in log
