"""The installed app beside GNOME's own break reminders (GNOME 48+): GNOME's upstream schema
compiled into the desktop's schema folder, the real dconf-service on its session bus, and
XDG_CURRENT_DESKTOP=GNOME. The app says once that GNOME's movement reminders are on too;
"Turn GNOME's off" changes GNOME's setting as `gsettings get` reads it back."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.gnome_settings import DCONF_SERVICE, FIXTURE, MISSING, SCHEMA

from .app_run import ARTIFACTS, RunningApp, write_settings
from .desktop import Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(MISSING) or any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool")),
        reason=f"needs xvfb, dunst, xdotool and {', '.join(MISSING) or 'gsettings'}",
    ),
]

TITLE = r"^GNOME's break reminders"


def gnome_env(desk: Desktop) -> dict[str, str]:
    schemas = desk.root / "schemas"
    if not schemas.exists():
        schemas.mkdir()
        shutil.copy(FIXTURE, schemas)
        subprocess.run(["glib-compile-schemas", str(schemas)], check=True, timeout=20)
    return {
        "XDG_CURRENT_DESKTOP": "GNOME",
        "GSETTINGS_BACKEND": "dconf",
        "GSETTINGS_SCHEMA_DIR": str(schemas),
    }


def gsettings(desk: Desktop, *args: str) -> str:
    done = subprocess.run(
        ["gsettings", *args],
        env={**desk.env, **gnome_env(desk)},
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    return done.stdout.strip()


def start_dconf(desk: Desktop) -> None:
    """dconf-service on the desktop's bus, up before anything is written (gsettings exits 0
    when it cannot reach dconf, and the value is lost)."""
    assert DCONF_SERVICE is not None
    desk.spawn([DCONF_SERVICE], name="dconf-service", env=gnome_env(desk))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        gsettings(desk, "set", SCHEMA, "selected-breaks", "['probe']")
        if gsettings(desk, "get", SCHEMA, "selected-breaks") == "['probe']":
            gsettings(desk, "reset", SCHEMA, "selected-breaks")
            return
        time.sleep(0.05)
    raise AssertionError("dconf-service did not start")


def test_gnomes_movement_breaks_are_mentioned_once_and_turned_off(tmp_path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with Desktop(None, base_dir=tmp_path / "desk") as desk:
        start_dconf(desk)
        gsettings(desk, "set", SCHEMA, "selected-breaks", "['movement', 'eyesight']")
        base = tmp_path / "app"
        write_settings(base)  # not a first start: no welcome in front of the question
        app = RunningApp(desk, base, env=gnome_env(desk))
        found = app.wait_event("gnome_breaks_found")
        assert found["selected"] == ["movement", "eyesight"] and found["movement_minutes"] == 30
        window = desk.find_window(TITLE, timeout=10)
        time.sleep(0.3)
        desk.screenshot(ARTIFACTS / "gnome-breaks-question.png")
        geo = desk.window_geometry(window)
        # GNOME's button order (Qt's GNOME theme): Keep both, then Turn GNOME's off at the right
        desk.click(geo.x + geo.width - 60, geo.y + geo.height - 22)
        answered = app.wait_event("gnome_breaks_answered")
        assert answered["choice"] == "turned_off" and answered["changed"] is True
        assert gsettings(desk, "get", SCHEMA, "selected-breaks") == "['eyesight']"
        state = json.loads((base / "state" / "state.json").read_text())
        assert state["answers"] == {"gnome_breaks": "turned_off"}
        assert app.terminate() == 0

        # turned on again in GNOME Settings later: the app does not ask again
        gsettings(desk, "set", SCHEMA, "selected-breaks", "['movement']")
        again = RunningApp(desk, base, env=gnome_env(desk), name="again")
        again.wait_event("started")
        time.sleep(0.5)
        assert not [e for e in again.events() if e.get("event") == "gnome_breaks_found"]
        assert not desk.find_windows(TITLE)
        assert again.terminate() == 0


def test_on_a_first_start_the_question_waits_for_the_welcome(tmp_path: Path) -> None:
    with Desktop(None, base_dir=tmp_path / "desk") as desk:
        start_dconf(desk)
        gsettings(desk, "set", SCHEMA, "selected-breaks", "['movement']")
        base = tmp_path / "app"  # nothing saved: a first start
        app = RunningApp(desk, base, env=gnome_env(desk))
        app.wait_event("welcome_shown")
        welcome = desk.find_window(r"^Welcome to Massage Break$", timeout=10)
        time.sleep(0.5)
        assert not [e for e in app.events() if e.get("event") == "gnome_breaks_found"]
        geo = desk.window_geometry(welcome)
        desk.click(geo.x + geo.width - 50, geo.y + geo.height - 22)  # Start, bottom right
        app.wait_event("welcome_done")
        app.wait_event("gnome_breaks_found")
        question = desk.find_window(TITLE, timeout=10)
        geo = desk.window_geometry(question)
        desk.click(geo.x + 30, geo.y + 30)  # on its icon: the keys go to it now
        desk.key("Escape")  # the same as Keep both
        assert app.wait_event("gnome_breaks_answered")["choice"] == "kept"
        assert gsettings(desk, "get", SCHEMA, "selected-breaks") == "['movement']"
        assert app.terminate() == 0
