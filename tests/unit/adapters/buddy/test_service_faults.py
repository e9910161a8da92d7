"""The service when its parts fail: discovery that breaks, a stopped network, forgetting
while offline, a buddy that forgets us in the middle of a packet."""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Callable, Iterator
from typing import ClassVar

import pytest

from massage_break.core.buddy import BreakInvite, Buddy, Nearby
from massage_break.core.buddy_wire import encode
from tests.unit.adapters.buddy.conftest import World, logged, session_socket, wait_for


class BrokenDiscovery:
    """A discovery module whose chosen method raises (as a host without multicast might)."""

    fails: ClassVar[str] = ""
    made: ClassVar[list[BrokenDiscovery]] = []

    def __init__(self, advert_id: str, port: int, renew: Callable[[], str]) -> None:
        self.advert_id = advert_id
        BrokenDiscovery.made.append(self)

    def start(self) -> None:
        if self.fails == "start":
            raise OSError("no multicast here")

    def stop(self) -> None:
        if self.fails == "stop":
            raise RuntimeError("zeroconf would not close")

    def nearby(self) -> tuple[Nearby, ...]:
        if self.fails == "nearby":
            raise RuntimeError("listener thread died")
        return ()


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[BrokenDiscovery]]:
    module = types.ModuleType("massage_break.adapters.buddy.discovery")
    module.Discovery = BrokenDiscovery  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    BrokenDiscovery.made.clear()
    yield BrokenDiscovery
    BrokenDiscovery.fails = ""


def test_discovery_that_cannot_start_leaves_typed_addresses_working(
    world: World, broken: type[BrokenDiscovery], caplog: pytest.LogCaptureFixture
) -> None:
    broken.fails = "start"
    a, b = world.side("Alex"), world.side("Bo")
    wait_for(lambda: "buddy discovery unavailable: no multicast here" in caplog.text)
    assert a.service.nearby() == ()
    world.paired_and_linked(a, b)
    assert a.service.forget("Bo")  # no discovery to restart: forgetting still works
    world.app.until(lambda: b.service.buddies() == ())
    assert a.service.buddies() == ()


def test_discovery_that_fails_to_list_shows_nobody_nearby(
    world: World, broken: type[BrokenDiscovery], caplog: pytest.LogCaptureFixture
) -> None:
    broken.fails = "nearby"
    a = world.side("Alex")
    wait_for(lambda: a.service._discovery is not None)
    assert a.service.nearby() == ()
    assert "buddy discovery failed" in caplog.text


def test_discovery_that_fails_to_stop_still_gives_way_to_the_new_id(
    world: World, broken: type[BrokenDiscovery], caplog: pytest.LogCaptureFixture
) -> None:
    broken.fails = "stop"
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    wait_for(lambda: a.service._discovery is not None)
    before = a.service._store.advert_id
    assert a.service.forget("Bo")
    wait_for(lambda: "buddy discovery did not stop" in caplog.text)
    wait_for(
        lambda: a.service._discovery is not None and a.service._discovery is not broken.made[0]
    )
    announcing = a.service._discovery
    assert isinstance(announcing, BrokenDiscovery)
    assert announcing.advert_id == a.service._store.advert_id != before

    a.service.stop()  # its stop fails on the worker pool: logged, the service stops anyway
    assert "buddy network call failed" in caplog.text
    assert a.service.listening() == ()


def test_a_stopped_service_reports_messages_as_offline_and_still_forgets(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    fb = b.me.fingerprint
    a.service.stop()
    world.app.drain()
    a.events.calls.clear()
    a.service.invite(fb, BreakInvite("brk-9", Buddy("Bo", fb), "partner_shoulders", "short", 60))
    world.app.until(lambda: a.events.named("link_lost"))
    assert a.events.named("link_lost") == [(fb, "offline")]
    a.service.set_name("Alexandra")  # nothing to tell: no error either
    assert a.service.forget("Bo")
    world.app.until(lambda: a.events.named("buddies_changed"))
    assert a.service.buddies() == ()


def test_forgetting_a_buddy_who_is_offline_refuses_it_later(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    port = b.port
    b.service.stop()
    world.app.until(lambda: not a.online())
    assert a.service.forget("Bo")
    world.app.until(lambda: a.events.named("buddies_changed"))
    b.service._port = port
    b.service.start()  # Bo still knows Alex and dials: Alex's TLS no longer trusts Bo
    net = b.service._network
    assert net is not None
    future = net.submit(net.dial(a.me.fingerprint))
    assert future is not None and future.result(8) is False
    assert not b.online() and a.service.buddies() == ()


def test_a_forget_in_the_same_packet_as_the_hello_stops_what_follows(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    b.service.stop()
    world.app.until(lambda: not a.online() and a.events.named("link_lost"))
    world.app.drain()
    a.events.calls.clear()
    invite = {"break": "b1", "routine": "r", "tier": "t", "sitting_s": 60}
    packet = (
        encode("hello", 1, {"name": "Bo", "at_desk": True})
        + encode("forget", 2, {})
        + encode("invite", 3, invite)
    )
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        sock.sendall(packet)
        world.app.until(lambda: a.events.named("link_lost"))
    finally:
        sock.close()
    world.app.drain()
    assert a.events.named("invited") == []
    assert a.events.named("link_lost") == [(b.me.fingerprint, "forgotten")]
    assert a.service.buddies() == ()


def test_a_buddy_forgotten_while_its_link_is_being_set_up_is_not_let_in(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    b.service.stop()
    world.app.until(lambda: not a.online())
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        assert b'"kind":"hello"' in sock.recv(8192)  # Alex waits for Bo's hello now
        ups = len(logged(caplog, "buddy_link_up"))
        assert a.service.forget("Bo")
        sock.sendall(encode("hello", 1, {"name": "Bo", "at_desk": True}))
        try:
            rest = sock.recv(8192)
        except OSError:
            rest = b""
        assert rest == b""
    finally:
        sock.close()
    world.app.drain()
    assert not a.online() and len(logged(caplog, "buddy_link_up")) == ups


def test_presence_is_only_sent_when_it_changes(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    b.service.stop()
    world.app.until(lambda: not a.online())
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        sock.sendall(encode("hello", 1, {"name": "Bo", "at_desk": True}))
        assert b'"kind":"hello"' in sock.recv(8192)
        world.app.until(a.online)
        a.service.set_at_desk(True)  # already at the desk: nothing goes out
        a.service.set_at_desk(False)
        got = sock.recv(8192)
    finally:
        sock.close()
    assert got.startswith(b'{"v":1,"kind":"presence"') and b'"at_desk":false' in got


def test_a_typing_side_showing_its_own_code_keeps_it(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    own = b.service.show_code().code
    assert world.pair(a, b).ok
    world.app.until(lambda: a.events.named("code_replaced"))  # Alex's code was used up
    world.app.until(b.online)
    assert b.service._desk.code == own
    assert b.events.named("code_replaced") == []
    assert a.events.named("code_replaced") == [(None,)]
