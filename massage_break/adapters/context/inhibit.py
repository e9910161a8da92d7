"""Is another program keeping the session from going idle (a playing video, a presentation)?

Works on Wayland too, since it asks the session's own bookkeeping over the session bus, not
the windows. Where programs' requests end up, as verified with the real services:

* GNOME (and MATE, Cinnamon: the same interface): `org.gnome.SessionManager` keeps the
  inhibitors. `gnome-session-inhibit`, the Inhibit portal, and `org.freedesktop.ScreenSaver`
  `Inhibit` (gnome-settings-daemon's screensaver proxy forwards it) all land there.
  `IsInhibited(8)` (8 = idle) answers; `InhibitorAdded` / `InhibitorRemoved` say when to ask.
* KDE Plasma: powerdevil's `org.kde.Solid.PowerManagement.PolicyAgent` keeps them.
  `org.freedesktop.ScreenSaver.Inhibit` (KWin's screen locker forwards it) becomes a
  "ChangeScreenSettings" inhibition; `HasInhibition(4)` answers, `InhibitionsChanged` says
  when to ask. powerdevil enforces a new inhibition only after 5 s (so a short blip does not
  count), and so does this source. Suspend-only inhibitions (`org.freedesktop.PowerManagement`
  `Inhibit`, a download) do not mean "a video is on" and are not counted there.
* Elsewhere (Xfce's power manager, or powerdevil without its policy agent): the old
  `org.freedesktop.PowerManagement.Inhibit` `HasInhibit` with its `HasInhibitChanged(b)`.

The session's desktop (XDG_CURRENT_DESKTOP) decides which service is asked first; whichever
is on the bus is used, and a service that starts or stops later is followed through
`NameOwnerChanged`. Nothing polls: the state is read once at start and again after each
signal, so `active()` costs nothing. Not seen: a Wayland client that only uses the
idle-inhibit protocol (mpv, some browsers); compositors keep that to themselves, though
their ext-idle-notify idle then never starts, so the user is not taken for away either.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, NamedTuple

from massage_break import log as app_log
from massage_break.adapters.context.probe import INHIBITED, ContextUnavailable

log = logging.getLogger(__name__)

DBUS = "org.freedesktop.DBus"
DBUS_PATH = "/org/freedesktop/DBus"
GNOME_IDLE = 8  # GsmInhibitorFlag "idle"
KDE_SCREEN = 4  # PolicyAgent::ChangeScreenSettings
CALL_TIMEOUT = 1.0


class Backend(NamedTuple):
    key: str  # for logs and `SessionInhibitSource.backend`
    bus_name: str
    path: str
    interface: str
    signals: tuple[str, ...]  # members after which the state is read again


GNOME_SESSION = Backend(
    "gnome-session",
    "org.gnome.SessionManager",
    "/org/gnome/SessionManager",
    "org.gnome.SessionManager",
    ("InhibitorAdded", "InhibitorRemoved"),
)
POWERDEVIL = Backend(
    "powerdevil",
    "org.kde.Solid.PowerManagement.PolicyAgent",
    "/org/kde/Solid/PowerManagement/PolicyAgent",
    "org.kde.Solid.PowerManagement.PolicyAgent",
    ("InhibitionsChanged",),
)
FDO_POWER = Backend(
    "freedesktop-power",
    "org.freedesktop.PowerManagement",
    "/org/freedesktop/PowerManagement/Inhibit",
    "org.freedesktop.PowerManagement.Inhibit",
    ("HasInhibitChanged",),
)
BACKENDS = (GNOME_SESSION, POWERDEVIL, FDO_POWER)


def backends_for(desktop: str | None) -> tuple[Backend, ...]:
    """The order to try them in: the session's own first (KDE: powerdevil)."""
    names = {part.strip().lower() for part in (desktop or "").split(":")}
    if "kde" in names:
        return (POWERDEVIL, GNOME_SESSION, FDO_POWER)
    return BACKENDS


class SessionInhibitSource:
    """`active()` is True while some program inhibits the session's idle.

    `link` is a session-bus `DBusLink` (it needs a running QCoreApplication for signals);
    closing the source closes it. `backends` replaces the order the desktop would choose.
    Each change is logged as the event `inhibited` (`on`, and `by`: the inhibiting programs'
    names where the service tells them).
    """

    reason = INHIBITED
    name = "dbus"

    def __init__(
        self,
        link: Any = None,
        *,
        bus: str = "SESSION",
        desktop: str | None = None,
        backends: tuple[Backend, ...] | None = None,
    ) -> None:
        from massage_break.adapters.dbus_link import BusUnavailable, CallFailed, DBusLink

        self._failed = CallFailed
        self._order = backends or backends_for(
            os.environ.get("XDG_CURRENT_DESKTOP") if desktop is None else desktop
        )
        self.backend: Backend | None = None
        self.inhibited = False
        self.by: list[str] = []
        try:
            self._link = link if link is not None else DBusLink(bus)
        except BusUnavailable as exc:
            raise ContextUnavailable(f"no session bus: {exc}") from exc
        try:
            for backend in self._order:
                self._link.subscribe(
                    self._on_owner_changed,
                    interface=DBUS,
                    member="NameOwnerChanged",
                    path=DBUS_PATH,
                    sender=DBUS,
                    arg0=backend.bus_name,
                )
                for member in backend.signals:
                    self._link.subscribe(
                        self._changed_handler(backend),
                        interface=backend.interface,
                        member=member,
                        sender=backend.bus_name,
                    )
            self._link.lost.connect(self._on_lost)
            self._choose()
        except (BusUnavailable, CallFailed) as exc:
            self._link.close()
            raise ContextUnavailable(f"cannot follow the session's inhibitors: {exc}") from exc

    def active(self) -> bool:
        return self.inhibited

    def close(self) -> None:
        self._link.close()

    # ------------------------------------------------------------------ signals

    def _changed_handler(self, backend: Backend) -> Callable[[tuple[Any, ...]], None]:
        def handler(_body: tuple[Any, ...]) -> None:
            if backend == self.backend:
                self._refresh()

        return handler

    def _on_owner_changed(self, body: tuple[Any, ...]) -> None:
        log.info("%s %s the session bus", body[0], "joined" if body[2] else "left")
        self._choose()

    def _on_lost(self) -> None:
        self.backend = None
        self._set(False, [])

    # ------------------------------------------------------------------ state

    def _choose(self) -> None:
        chosen = next((b for b in self._order if self._link.has_owner(b.bus_name)), None)
        if chosen != self.backend:
            self.backend = chosen
            log.info("idle inhibitors from: %s", chosen.key if chosen else "nothing yet")
        self._refresh()

    def _refresh(self) -> None:
        backend = self.backend
        if backend is None:
            self._set(False, [])
            return
        try:
            on = self._read(backend)
            self._set(on, self._names(backend) if on else [])
        except self._failed as exc:
            log.warning("cannot read the idle inhibitors from %s: %s", backend.key, exc)
            self._set(False, [])

    def _read(self, backend: Backend) -> bool:
        if backend is GNOME_SESSION:
            return bool(self._call(backend, "IsInhibited", "u", (GNOME_IDLE,))[0])
        if backend is POWERDEVIL:
            return bool(self._call(backend, "HasInhibition", "u", (KDE_SCREEN,))[0])
        return bool(self._call(backend, "HasInhibit")[0])

    def _names(self, backend: Backend) -> list[str]:
        """Who inhibits, where the service says (best effort: a failure leaves it empty)."""
        try:
            if backend is GNOME_SESSION:
                return self._gnome_names()
            if backend is POWERDEVIL:
                found = self._call(backend, "ListInhibitions")[0]
                return _unique(str(pair[0]) for pair in found)
        except self._failed as exc:
            log.info("cannot tell who inhibits idle: %s", exc)
        return []

    def _gnome_names(self) -> list[str]:
        names = []
        inhibitor = GNOME_SESSION.interface + ".Inhibitor"
        for path in self._call(GNOME_SESSION, "GetInhibitors")[0]:
            link, name = self._link, GNOME_SESSION.bus_name
            flags = int(link.call(name, path, inhibitor, "GetFlags", timeout=CALL_TIMEOUT)[0])
            if flags & GNOME_IDLE:
                app = link.call(name, path, inhibitor, "GetAppId", timeout=CALL_TIMEOUT)
                names.append(str(app[0]))
        return _unique(names)

    def _call(
        self, backend: Backend, member: str, signature: str = "", body: tuple[Any, ...] = ()
    ) -> tuple[Any, ...]:
        return tuple(
            self._link.call(
                backend.bus_name,
                backend.path,
                backend.interface,
                member,
                signature,
                body,
                timeout=CALL_TIMEOUT,
            )
        )

    def _set(self, on: bool, by: list[str]) -> None:
        if on == self.inhibited and by == self.by:
            return
        self.inhibited, self.by = on, by
        app_log.event("inhibited", on=on, by=", ".join(by))


def _unique(names: Any) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
