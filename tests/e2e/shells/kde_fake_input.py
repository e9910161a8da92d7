"""KWin's ``org_kde_kwin_fake_input`` (plasma-wayland-protocols fake-input.xml, version 4),
described by hand for pywayland: input a compositor counts as the user's (it resets idle
timers, moves the real pointer, goes to the focused window).

Requests in the XML's order (their opcodes): authenticate 0, pointer_motion 1, button 2,
axis 3, touch_down 4, touch_motion 5, touch_up 6, touch_cancel 7, touch_frame 8,
pointer_motion_absolute 9, keyboard_key 10.
"""

from __future__ import annotations

from pywayland.protocol_core import Argument, ArgumentType, Global, Interface, Proxy, Resource


class OrgKdeKwinFakeInput(Interface):
    """Fake input manager (one per client; KWin accepts it after ``authenticate``)."""

    name = "org_kde_kwin_fake_input"
    version = 4


class OrgKdeKwinFakeInputProxy(Proxy[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.String),
        Argument(ArgumentType.String),
    )
    def authenticate(self, application: str, reason: str) -> None:
        self._marshal(0, application, reason)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Fixed),
        Argument(ArgumentType.Fixed),
    )
    def pointer_motion(self, delta_x: float, delta_y: float) -> None:
        self._marshal(1, delta_x, delta_y)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Uint),
    )
    def button(self, button: int, state: int) -> None:
        self._marshal(2, button, state)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Fixed),
    )
    def axis(self, axis: int, value: float) -> None:
        self._marshal(3, axis, value)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Fixed),
        Argument(ArgumentType.Fixed),
        version=2,
    )
    def touch_down(self, id: int, x: float, y: float) -> None:
        self._marshal(4, id, x, y)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Fixed),
        Argument(ArgumentType.Fixed),
        version=2,
    )
    def touch_motion(self, id: int, x: float, y: float) -> None:
        self._marshal(5, id, x, y)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Uint), version=2)
    def touch_up(self, id: int) -> None:
        self._marshal(6, id)

    @OrgKdeKwinFakeInput.request(version=2)
    def touch_cancel(self) -> None:
        self._marshal(7)

    @OrgKdeKwinFakeInput.request(version=2)
    def touch_frame(self) -> None:
        self._marshal(8)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Fixed),
        Argument(ArgumentType.Fixed),
        version=3,
    )
    def pointer_motion_absolute(self, x: float, y: float) -> None:
        self._marshal(9, x, y)

    @OrgKdeKwinFakeInput.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Uint),
        version=4,
    )
    def keyboard_key(self, button: int, state: int) -> None:
        self._marshal(10, button, state)


class OrgKdeKwinFakeInputResource(Resource[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput


class OrgKdeKwinFakeInputGlobal(Global[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput


OrgKdeKwinFakeInput._gen_c()
OrgKdeKwinFakeInput.proxy_class = OrgKdeKwinFakeInputProxy
OrgKdeKwinFakeInput.resource_class = OrgKdeKwinFakeInputResource
OrgKdeKwinFakeInput.global_class = OrgKdeKwinFakeInputGlobal
