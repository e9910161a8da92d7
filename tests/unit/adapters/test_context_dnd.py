"""Do-not-disturb over a private session bus: real dunst, stand-in KDE / other servers, and
GNOME's show-banners key written by the real gsettings + dconf-service."""

from __future__ import annotations

import os
import random
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import MessageFlag, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy
from jeepney.low_level import HeaderFields

from massage_break.adapters.context import ContextProbe, ContextUnavailable, create_context_probe
from massage_break.adapters.context._gvdb import DconfBool, gvdb_hash, lookup_bool
from massage_break.adapters.context.dnd import GNOME_KEY, NOTIFICATIONS, DbusDndSource
from tests.e2e.desktop import Desktop, find_tool, missing_tools

_NO_DESKTOP = missing_tools(tray=None, notifications=False)
_NO_DUNST = missing_tools(tray=None, notifications=True)
needs_desktop = pytest.mark.skipif(bool(_NO_DESKTOP), reason=f"needs {', '.join(_NO_DESKTOP)}")
needs_dunst = pytest.mark.skipif(bool(_NO_DUNST), reason=f"needs {', '.join(_NO_DUNST)}")
DCONF_SERVICE = next(
    (
        p
        for p in ("/usr/libexec/dconf-service", "/usr/lib/dconf/dconf-service")
        if os.access(p, os.X_OK)
    ),
    None,
)
GNOME_SCHEMA = Path("/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml")
needs_dconf = pytest.mark.skipif(
    DCONF_SERVICE is None or find_tool("gsettings") is None or not GNOME_SCHEMA.exists(),
    reason="needs dconf-service, gsettings, gsettings-desktop-schemas "
    "(apt: dconf-service libglib2.0-bin gsettings-desktop-schemas)",
)
DUNST_IF = "org.dunstproject.cmd0"
PROPS_IF = "org.freedesktop.DBus.Properties"


class StandIn:
    """A notification server on the desktop's bus, answering from a thread: server
    information, and Properties.Get for the (interface, property) pairs in `props`."""

    def __init__(
        self, desk: Desktop, server: str, props: dict[tuple[str, str], bool], *, hang: bool = False
    ) -> None:
        self.server, self.props, self.hang = server, props, hang
        self.calls: list[tuple[str, Any, int]] = []  # (member, body, flags)
        self.conn = desk.open_bus()
        owner = Proxy(message_bus, self.conn, timeout=5).RequestName(NOTIFICATIONS, 4)
        assert owner == (1,), f"{NOTIFICATIONS} is taken"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name=f"standin-{server}", daemon=True)
        self._thread.start()

    def count(self, member: str) -> int:
        return sum(1 for c in self.calls if c[0] == member)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            interface = msg.header.fields.get(HeaderFields.interface)
            self.calls.append((member, msg.body, int(msg.header.flags)))
            if member == "GetServerInformation":
                reply = new_method_return(msg, "ssss", (self.server, "test", "1.0", "1.2"))
            elif interface == PROPS_IF and member == "Get":
                if self.hang:
                    continue
                key = (msg.body[0], msg.body[1])
                if key in self.props:
                    reply = new_method_return(msg, "v", (("b", self.props[key]),))
                else:
                    reply = new_error(
                        msg, "org.freedesktop.DBus.Error.UnknownProperty", "s", (str(key),)
                    )
            else:
                reply = new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", ("",))
            self.conn.send(reply)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.conn.close()


@pytest.fixture(scope="module")
def quiet_desk() -> Iterator[Desktop]:
    """No notification server of its own: the stand-ins take the name."""
    if missing_tools(tray=None, notifications=False):
        pytest.skip("needs Xvfb and dbus-daemon")
    with Desktop(tray=None, notifications=False) as d:
        yield d


@pytest.fixture(scope="module")
def dunst_desk() -> Iterator[Desktop]:
    if missing_tools(tray=None, notifications=True):
        pytest.skip("needs Xvfb, dbus-daemon and dunst")
    with Desktop(tray=None) as d:
        yield d


def wait_for_name(desk: Desktop, name: str, present: bool = True, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while desk.name_has_owner(name) != present:
        assert time.monotonic() < deadline, f"{name} {'never came' if present else 'stayed'}"
        time.sleep(0.02)


def dunstctl(desk: Desktop, *args: str) -> str:
    res = subprocess.run(
        ["dunstctl", *args], env=desk.env, capture_output=True, text=True, timeout=10, check=True
    )
    return res.stdout.strip()


# ---------------------------------------------------------------------- real dunst


@pytest.mark.e2e
@needs_dunst
def test_dunst_paused(dunst_desk: Desktop) -> None:
    src = DbusDndSource(bus=dunst_desk.bus_address)
    try:
        assert not src.active()
        assert src.backend == "dunst"
        dunstctl(dunst_desk, "set-paused", "true")
        assert dunstctl(dunst_desk, "is-paused") == "true"
        assert src.active()
        assert ContextProbe([src]).reasons() == frozenset({"dnd"})
        dunstctl(dunst_desk, "set-paused", "false")
        assert not src.active()
        dunstctl(dunst_desk, "set-paused", "toggle")
        assert src.active()
    finally:
        dunstctl(dunst_desk, "set-paused", "false")
        src.close()


@pytest.mark.e2e
@needs_dunst
def test_create_context_probe_on_the_desktop(
    qapp: object, dunst_desk: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_SESSION_TYPE"):
        monkeypatch.setenv(var, dunst_desk.env[var])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    probe = create_context_probe()
    try:
        assert probe.name == "fullscreen=x11 dnd=dbus call=proc inhibited=dbus"
        assert "dnd" not in probe.reasons()
        dunstctl(dunst_desk, "set-paused", "true")
        assert "dnd" in probe.reasons()
    finally:
        dunstctl(dunst_desk, "set-paused", "false")
        probe.close()


# ---------------------------------------------------------------------- stand-ins


@pytest.mark.e2e
@needs_desktop
def test_kde_inhibited_and_server_changes(quiet_desk: Desktop) -> None:
    src = DbusDndSource(bus=quiet_desk.bus_address)
    try:
        assert not src.active()  # nobody owns the name
        assert src.backend is None
        kde = StandIn(quiet_desk, "Plasma", {(NOTIFICATIONS, "Inhibited"): False})
        try:
            assert not src.active()
            assert src.backend == "kde"
            kde.props[(NOTIFICATIONS, "Inhibited")] = True
            assert src.active()
            assert ContextProbe([src]).reasons() == frozenset({"dnd"})
            # identified once; after that one Get per call, never starting a service
            assert kde.count("GetServerInformation") == 1
            assert all(flags & MessageFlag.no_auto_start for _, _, flags in kde.calls)
        finally:
            kde.stop()
        wait_for_name(quiet_desk, NOTIFICATIONS, present=False)
        assert not src.active()  # gone: not DND
        assert src.backend is None
        dunst_like = StandIn(quiet_desk, "dunst", {(DUNST_IF, "paused"): True})
        try:
            assert src.active()
            assert src.backend == "dunst"
        finally:
            dunst_like.stop()
        wait_for_name(quiet_desk, NOTIFICATIONS, present=False)
        assert not src.active()
    finally:
        src.close()


@pytest.mark.e2e
@needs_desktop
def test_unknown_server_is_never_dnd_and_asked_once(quiet_desk: Desktop) -> None:
    other = StandIn(quiet_desk, "mako", {})
    src = DbusDndSource(bus=quiet_desk.bus_address)
    try:
        for _ in range(4):
            assert not src.active()
        assert src.backend is None
        assert other.count("GetServerInformation") == 1
        assert other.count("Get") == 2  # dunst's and KDE's property, once
    finally:
        src.close()
        other.stop()
    wait_for_name(quiet_desk, NOTIFICATIONS, present=False)


@pytest.mark.e2e
@needs_desktop
def test_hung_server_costs_one_timeout_and_does_not_raise_from_the_probe(
    quiet_desk: Desktop,
) -> None:
    hung = StandIn(quiet_desk, "Plasma", {(NOTIFICATIONS, "Inhibited"): True}, hang=True)
    src = DbusDndSource(bus=quiet_desk.bus_address, timeout=0.2)
    try:
        probe = ContextProbe([src])
        start = time.perf_counter()
        assert probe.reasons() == frozenset()
        assert time.perf_counter() - start < 1.0
        with pytest.raises(TimeoutError):
            src.active()
        hung.hang = False  # it recovers: the late replies are dropped, new ones used
        assert probe.reasons() == frozenset({"dnd"})
    finally:
        src.close()
        hung.stop()
    wait_for_name(quiet_desk, NOTIFICATIONS, present=False)


@pytest.mark.e2e
@needs_desktop
def test_lost_bus_is_not_dnd() -> None:
    desk = Desktop(tray=None, notifications=False).start()
    try:
        src = DbusDndSource(bus=desk.bus_address)
        assert not src.active()
    finally:
        desk.close()
    probe = ContextProbe([src])
    assert probe.reasons() == frozenset()
    assert probe.reasons() == frozenset()  # reconnecting fails too, quietly
    probe.close()


def test_no_bus_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(ContextUnavailable, match="no session bus"):
        DbusDndSource()
    with pytest.raises(ContextUnavailable, match="no session bus"):
        DbusDndSource(bus="unix:path=/nonexistent/bus")


# ---------------------------------------------------------------------- GNOME


def gsettings(desk: Desktop, *args: str) -> None:
    env = {**desk.env, "GSETTINGS_BACKEND": "dconf"}
    subprocess.run(["gsettings", *args], env=env, check=True, timeout=20, capture_output=True)


@pytest.mark.e2e
@needs_desktop
@needs_dconf
def test_gnome_show_banners_from_dconf(quiet_desk: Desktop) -> None:
    assert DCONF_SERVICE is not None
    quiet_desk.spawn([DCONF_SERVICE], name="dconf-service")
    wait_for_name(quiet_desk, "ca.desrt.dconf")
    user_db = Path(quiet_desk.env["XDG_CONFIG_HOME"], "dconf", "user")
    shell = StandIn(quiet_desk, "gnome-shell", {})
    src = DbusDndSource(bus=quiet_desk.bus_address, dconf_path=user_db)
    schema = "org.gnome.desktop.notifications"
    try:
        assert not src.active()  # no dconf file yet: the default, banners on
        assert src.backend == "gnome"
        gsettings(quiet_desk, "set", "org.gnome.desktop.interface", "gtk-theme", "Adwaita-dark")
        gsettings(quiet_desk, "set", schema, "show-in-lock-screen", "false")
        assert not src.active()
        gsettings(quiet_desk, "set", schema, "show-banners", "false")
        assert src.active()
        assert ContextProbe([src]).reasons() == frozenset({"dnd"})
        data = user_db.read_bytes()
        gsettings(quiet_desk, "set", schema, "show-banners", "true")
        assert not src.active()
        gsettings(quiet_desk, "set", schema, "show-banners", "false")
        assert src.active()
        gsettings(quiet_desk, "reset", schema, "show-banners")
        assert not src.active()
        assert shell.count("Get") == 0 and shell.count("GetServerInformation") == 1
    finally:
        src.close()
        shell.stop()
    wait_for_name(quiet_desk, NOTIFICATIONS, present=False)

    # the reader on the real file: other keys, other types, and broken copies
    assert lookup_bool(data, GNOME_KEY) is False
    assert lookup_bool(data, "/org/gnome/desktop/notifications/show-in-lock-screen") is False
    assert lookup_bool(data, "/org/gnome/desktop/interface/gtk-theme") is None  # a string
    assert lookup_bool(data, "/org/gnome/desktop/notifications/") is None  # a directory
    assert lookup_bool(data, "/org/gnome/desktop/notifications/show-bannerz") is None
    assert lookup_bool(data, "show-banners") is None
    for size in range(len(data)):
        assert lookup_bool(data[:size], GNOME_KEY) in (None, False)
    rng = random.Random(1234)
    for _ in range(2000):
        broken = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            broken[rng.randrange(len(broken))] = rng.randrange(256)
        assert lookup_bool(bytes(broken), GNOME_KEY) in (None, False, True)


def test_gvdb_reader_on_bad_input(tmp_path: Path) -> None:
    assert gvdb_hash(b"") == 5381
    assert gvdb_hash(b"\xff") == (5381 * 33 - 1) & 0xFFFFFFFF  # signed chars, as in GLib
    for junk in (b"", b"GVariant", b"GVariant" + b"\0" * 16, os.urandom(4096), b"x" * 100):
        assert lookup_bool(junk, GNOME_KEY) is None
    missing = DconfBool(tmp_path / "nope", GNOME_KEY)
    assert missing.value() is None
    junk_file = tmp_path / "user"
    junk_file.write_bytes(b"GVariant" + os.urandom(200))
    assert DconfBool(junk_file, GNOME_KEY).value() is None
    junk_file.unlink()
    junk_file.mkdir()  # unreadable as a file
    assert DconfBool(junk_file, GNOME_KEY).value() is None
