"""GNOME's own break reminders, read and changed with the real gsettings and dconf-service,
with GNOME's upstream schema compiled into a test schema folder (GNOME 48+), and without it
(Debian 12's GNOME 43)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

from massage_break.adapters.gnome_breaks import (
    GnomeBreaks,
    GnomeBreaksError,
    GnomeBreakSettings,
    gvariant_strings,
    on_gnome,
    parse_listing,
    parse_strings,
)
from tests.gnome_settings import MISSING, SCHEMA, GnomeSettings

pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)}")


@pytest.fixture
def gnome() -> Iterator[GnomeSettings]:
    with GnomeSettings() as g:
        yield g


def test_no_schema_reads_as_nothing() -> None:
    with GnomeSettings(with_schema=False) as old_gnome:
        settings = GnomeBreakSettings(old_gnome.env)
        assert settings.read() is None
        with pytest.raises(GnomeBreaksError, match="No such schema"):
            settings.turn_off_movement()


def test_off_by_default_then_movement_on_as_gnome_settings_would(gnome: GnomeSettings) -> None:
    settings = GnomeBreakSettings(gnome.env)
    assert settings.read() == GnomeBreaks((), 1800)  # the schema's defaults
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['eyesight']")
    found = settings.read()
    assert found is not None and not found.movement_on and found.selected == ("eyesight",)
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement', 'eyesight']")
    gnome.gsettings("set", f"{SCHEMA}.movement", "interval-seconds", "2700")
    found = settings.read()
    assert found is not None and found.movement_on and found.movement_minutes == 45


def test_turning_movement_off_keeps_eyesight_and_gnome_reads_it_back(
    gnome: GnomeSettings,
) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['eyesight', 'movement']")
    after = GnomeBreakSettings(gnome.env).turn_off_movement()
    assert after.selected == ("eyesight",) and not after.movement_on
    assert gnome.gsettings("get", SCHEMA, "selected-breaks") == "['eyesight']"
    # what dconf holds for the desktop: the user database has the new value
    assert Path(gnome.env["XDG_CONFIG_HOME"], "dconf", "user").stat().st_size > 0
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    assert GnomeBreakSettings(gnome.env).turn_off_movement().selected == ()
    assert gnome.gsettings("get", SCHEMA, "selected-breaks") == "@as []"
    # a kind this app does not know (a later GNOME's) is written back as it was
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement', \"it's\", 'a\\\\b']")
    kept = GnomeBreakSettings(gnome.env).turn_off_movement().selected
    assert kept == ("it's", "a\\b")


def test_not_a_gnome_session_reads_nothing(gnome: GnomeSettings) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    assert GnomeBreakSettings({**gnome.env, "XDG_CURRENT_DESKTOP": "KDE"}).read() is None
    ubuntu = GnomeBreakSettings({**gnome.env, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}).read()
    assert ubuntu is not None and ubuntu.movement_on
    assert on_gnome({"XDG_CURRENT_DESKTOP": "GNOME-Classic:GNOME"})
    assert not on_gnome({})


def test_without_dconf_the_change_is_not_taken_and_that_is_said() -> None:
    """gsettings exits 0 when dconf-service cannot be reached; the read-back notices."""
    with GnomeSettings(dconf=False) as g:
        # movement on by a vendor override, as a distribution could ship it
        (g.schemas / "90_vendor.gschema.override").write_text(
            f"[{SCHEMA}]\nselected-breaks=['movement']\n"
        )
        subprocess.run(["glib-compile-schemas", str(g.schemas)], check=True, timeout=20)
        settings = GnomeBreakSettings(g.env)
        found = settings.read()
        assert found is not None and found.movement_on
        with pytest.raises(GnomeBreaksError, match="kept its movement breaks on"):
            settings.turn_off_movement()
        assert settings.read() == found


def test_no_gsettings_command(gnome: GnomeSettings, tmp_path: Path) -> None:
    settings = GnomeBreakSettings({**gnome.env, "PATH": str(tmp_path)})
    assert settings.read() is None
    with pytest.raises(GnomeBreaksError, match="not installed"):
        settings.turn_off_movement()
    gone = GnomeBreakSettings(gnome.env, gsettings=str(tmp_path / "gsettings"))
    assert gone.read() is None  # a path that does not run
    with pytest.raises(GnomeBreaksError, match="failed"):
        gone.turn_off_movement()


def test_a_schema_of_that_name_that_is_not_gnomes(tmp_path: Path) -> None:
    with GnomeSettings(with_schema=False) as g:
        (g.schemas / "other.gschema.xml").write_text(
            f'<schemalist><schema id="{SCHEMA}" path="/org/gnome/desktop/break-reminders/">'
            '<key name="selected-breaks" type="s"><default>"movement"</default></key>'
            "</schema></schemalist>"
        )
        subprocess.run(["glib-compile-schemas", str(g.schemas)], check=True, timeout=20)
        settings = GnomeBreakSettings(g.env)
        assert settings.read() is None
        with pytest.raises(GnomeBreaksError, match="not the schema GNOME ships"):
            settings.turn_off_movement()


def test_a_hung_dconf_times_out(gnome: GnomeSettings) -> None:
    """Another process owning dconf's name that never answers: the write gives up."""
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    assert gnome.dconf is not None
    gnome.dconf.terminate()
    gnome.dconf.wait(timeout=5)
    with open_dbus_connection(gnome.bus.address) as conn:
        assert Proxy(message_bus, conn, timeout=5).RequestName("ca.desrt.dconf", 4) == (1,)
        settings = GnomeBreakSettings(gnome.env, timeout=0.5)
        with pytest.raises(GnomeBreaksError, match="timed out"):
            settings.turn_off_movement()
    found = settings.read()
    assert found is not None and found.movement_on  # nothing changed


def test_parsing_gsettings_text() -> None:
    assert parse_strings("@as []") == ()
    assert parse_strings("['movement', 'eyesight']") == ("movement", "eyesight")
    assert parse_strings('["it\'s"]') == ("it's",)
    for bad in ("['unterminated", "'movement'", "[1, 2]", "uint32 5", ""):
        assert parse_strings(bad) is None
    listing = (
        f"{SCHEMA} selected-breaks ['movement']\n"
        f"{SCHEMA}.movement interval-seconds uint32 0\n"  # nonsense: the default stays
        "two words\n"
        f"{SCHEMA}.eyesight interval-seconds uint32 1200\n"
    )
    assert parse_listing(listing) == GnomeBreaks(("movement",), 1800)
    assert parse_listing(f"{SCHEMA}.movement interval-seconds uint32 600\n") is None
    assert GnomeBreaks(("movement",), 10).movement_minutes == 1
    assert gvariant_strings([]) == "@as []"
    assert gvariant_strings(["eyesight", "it's", "a\\b"]) == "['eyesight', 'it\\'s', 'a\\\\b']"
    assert shutil.which("gsettings") is not None
