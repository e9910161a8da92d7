"""A GNOME settings sandbox for tests: a private session bus, the real dconf-service on it,
and a schema folder with GNOME's own break-reminders schema (the upstream file in
tests/fixtures/gnome) compiled by glib-compile-schemas. `gsettings` run with `env` reads and
writes only this sandbox's dconf database, as it would inside a GNOME session."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

from tests.unit.adapters.dbus_standins import PrivateBus

FIXTURE = (
    Path(__file__).parent / "fixtures" / "gnome" / "org.gnome.desktop.break-reminders.gschema.xml"
)
SCHEMA = "org.gnome.desktop.break-reminders"
DCONF_SERVICE = next(
    (
        p
        for p in ("/usr/libexec/dconf-service", "/usr/lib/dconf/dconf-service")
        if os.access(p, os.X_OK)
    ),
    None,
)
MISSING = [
    name
    for name, found in (
        ("dbus-daemon", shutil.which("dbus-daemon")),
        ("gsettings", shutil.which("gsettings")),
        ("glib-compile-schemas", shutil.which("glib-compile-schemas")),
        ("dconf-service", DCONF_SERVICE),
    )
    if found is None
]


class GnomeSettings:
    """`with_schema=False`: a GNOME older than 48 (Debian 12's 43), without the schema."""

    def __init__(self, *, with_schema: bool = True, dconf: bool = True) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="mb-gsettings-"))
        self.schemas = self.dir / "schemas"
        self.schemas.mkdir()
        if with_schema:
            shutil.copy(FIXTURE, self.schemas)
            subprocess.run(
                ["glib-compile-schemas", "--strict", str(self.schemas)], check=True, timeout=20
            )
        runtime = self.dir / "run"
        runtime.mkdir(mode=0o700)
        self.bus = PrivateBus()
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.dir),
            "XDG_CONFIG_HOME": str(self.dir / "config"),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CURRENT_DESKTOP": "GNOME",
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
            "GSETTINGS_BACKEND": "dconf",
            "GSETTINGS_SCHEMA_DIR": str(self.schemas),
        }
        self.dconf: subprocess.Popen[bytes] | None = None
        if dconf:
            assert DCONF_SERVICE is not None
            self.dconf = subprocess.Popen(
                [DCONF_SERVICE],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self._wait_for_name("ca.desrt.dconf")

    def _wait_for_name(self, name: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with open_dbus_connection(self.bus.address) as conn:
            bus = Proxy(message_bus, conn, timeout=5)
            while time.monotonic() < deadline:
                if bus.NameHasOwner(name)[0]:
                    return
                time.sleep(0.02)
        raise RuntimeError(f"{name} did not appear on the test bus")

    def gsettings(self, *args: str) -> str:
        done = subprocess.run(
            ["gsettings", *args],
            check=False,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def close(self) -> None:
        if self.dconf is not None and self.dconf.poll() is None:
            self.dconf.terminate()
            try:
                self.dconf.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.dconf.kill()
                self.dconf.wait()
        self.bus.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> GnomeSettings:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
