"""KWin's ``org_kde_kwin_fake_input`` (plasma-wayland-protocols fake-input.xml, version 4),
described by hand for pywayland, and :class:`FakeInput`, one authenticated connection to it:
input a compositor counts as the user's (it resets idle timers, moves the real pointer, goes
to the focused window). Used by the bare KWin (compositors.py) and the Plasma session.

Requests in the XML's order (their opcodes): authenticate 0, pointer_motion 1, button 2,
axis 3, touch_down 4, touch_motion 5, touch_up 6, touch_cancel 7, touch_frame 8,
pointer_motion_absolute 9, keyboard_key 10.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Self

from pywayland.client import Display
from pywayland.protocol_core import Argument, ArgumentType, Interface, Proxy

KEY_LEFTSHIFT = 42  # evdev codes (linux/input-event-codes.h)
KEY_SPACE = 57


class FakeInputError(RuntimeError):
    """The compositor offers no fake-input interface."""


class OrgKdeKwinFakeInput(Interface):
    """Fake input manager (one per client; KWin accepts it after ``authenticate``)."""

    name = "org_kde_kwin_fake_input"
    version = 4


class OrgKdeKwinFakeInputProxy(Proxy[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput

    # every request in the XML's order, since the opcode is the position
    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.String), Argument(ArgumentType.String))
    def authenticate(self, application: str, reason: str) -> None:
        self._marshal(0, application, reason)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Fixed), Argument(ArgumentType.Fixed))
    def pointer_motion(self, delta_x: float, delta_y: float) -> None:
        self._marshal(1, delta_x, delta_y)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Uint), Argument(ArgumentType.Uint))
    def button(self, button: int, state: int) -> None:
        self._marshal(2, button, state)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Uint), Argument(ArgumentType.Fixed))
    def axis(self, axis: int, value: float) -> None:
        self._marshal(3, axis, value)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Fixed),
        Argument(ArgumentType.Fixed),
        version=2,
    )
    def touch_down(self, touch_id: int, x: float, y: float) -> None:
        self._marshal(4, touch_id, x, y)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Fixed),
        Argument(ArgumentType.Fixed),
        version=2,
    )
    def touch_motion(self, touch_id: int, x: float, y: float) -> None:
        self._marshal(5, touch_id, x, y)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Uint), version=2)
    def touch_up(self, touch_id: int) -> None:
        self._marshal(6, touch_id)

    @OrgKdeKwinFakeInput.request(version=2)
    def touch_cancel(self) -> None:
        self._marshal(7)

    @OrgKdeKwinFakeInput.request(version=2)
    def touch_frame(self) -> None:
        self._marshal(8)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Fixed), Argument(ArgumentType.Fixed), version=3
    )
    def pointer_motion_absolute(self, x: float, y: float) -> None:
        self._marshal(9, x, y)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint), Argument(ArgumentType.Uint), version=4
    )
    def keyboard_key(self, key: int, state: int) -> None:
        self._marshal(10, key, state)


OrgKdeKwinFakeInput._gen_c()
OrgKdeKwinFakeInput.proxy_class = OrgKdeKwinFakeInputProxy


class FakeInput:
    """One Wayland connection to ``socket`` with KWin's fake-input bound and authenticated;
    ``proxy`` sends any request, :meth:`flush` waits until the compositor has them."""

    def __init__(self, socket: Path, reason: str = "simulate the user's input") -> None:
        self.display = Display(str(socket))
        self.display.connect()
        offered: dict[str, tuple[int, int]] = {}

        def on_global(_registry: object, name: int, interface: str, version: int) -> None:
            offered[interface] = (name, version)

        registry = self.display.get_registry()
        registry.dispatcher["global"] = on_global
        self.display.roundtrip()
        if OrgKdeKwinFakeInput.name not in offered:
            self.display.disconnect()
            raise FakeInputError(f"KWin offers no {OrgKdeKwinFakeInput.name}: {sorted(offered)}")
        name, version = offered[OrgKdeKwinFakeInput.name]
        self.version = min(version, OrgKdeKwinFakeInput.version)
        self.proxy: OrgKdeKwinFakeInputProxy = registry.bind(
            name, OrgKdeKwinFakeInput, self.version
        )
        self.proxy.authenticate("massage-break tests", reason)
        self.display.roundtrip()

    def flush(self) -> None:
        self.display.roundtrip()

    def key(self, code: int = KEY_LEFTSHIFT) -> None:
        """Press and release one key (shift by default: it types nothing)."""
        self.proxy.keyboard_key(code, 1)
        self.proxy.keyboard_key(code, 0)
        self.flush()

    def move(self, dx: float = 5.0, dy: float = 3.0) -> None:
        self.proxy.pointer_motion(dx, dy)
        self.flush()

    def close(self) -> None:
        with contextlib.suppress(Exception):  # twice is harmless; a gone compositor too
            self.display.disconnect()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
