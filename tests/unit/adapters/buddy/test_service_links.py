"""Links between paired services: messages, refusals, forgetting, bad input, stopping."""

from __future__ import annotations

import logging
import socket
import threading
import time
from datetime import UTC, datetime

import pytest

from massage_break.adapters.buddy import identity
from massage_break.adapters.buddy.link import Network
from massage_break.core.buddy import BreakInvite, Buddy
from massage_break.core.buddy_wire import MAX_LINE, encode
from tests.unit.adapters.buddy.conftest import World, refused, session_socket

HELLO = encode("hello", 1, {"name": "Raw", "at_desk": True})


def test_invite_answer_and_shared_messages_arrive(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    fa, fb = a.me.fingerprint, b.me.fingerprint

    invite = BreakInvite("brk-1", Buddy("ignored", "x"), "partner_shoulders", "short", 3000)
    a.service.invite(fb, invite)
    world.app.until(lambda: b.events.named("invited"))
    (got,) = b.events.named("invited")[0]
    assert isinstance(got, BreakInvite)
    assert (got.break_id, got.routine_id, got.tier, got.sitting_seconds) == (
        "brk-1",
        "partner_shoulders",
        "short",
        3000,
    )
    assert (got.buddy.name, got.buddy.fingerprint, got.buddy.online) == ("Alex", fa, True)

    b.service.answer(fa, "brk-1", "later", 5)
    world.app.until(lambda: a.events.named("answered"))
    assert a.events.named("answered") == [(fb, "brk-1", "later", 5)]

    a.service.send(fb, "brk-1", "step", {"index": 2, "paused": False, "elapsed_ms": 10, "by": "A"})
    b.service.send(fa, "brk-1", "gate", {"gate": "consent", "result": True})
    world.app.until(lambda: b.events.named("shared") and a.events.named("shared"))
    step = {"break": "brk-1", "index": 2, "paused": False, "elapsed_ms": 10, "by": "A"}
    assert b.events.named("shared") == [(fa, "brk-1", "step", step)]
    gate = {"break": "brk-1", "gate": "consent", "result": True}
    assert a.events.named("shared") == [(fb, "brk-1", "gate", gate)]


def test_presence_and_name_reach_the_buddy(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    world.app.until(lambda: b.service.buddies()[0].at_desk)
    a.service.set_at_desk(False)
    world.app.until(lambda: not b.service.buddies()[0].at_desk)
    a.service.set_name("Alexandra")
    world.app.until(lambda: b.service.buddies()[0].name == "Alexandra")
    assert b.service.buddies()[0].online


def test_bad_outgoing_messages_are_not_sent(world: World, caplog: pytest.LogCaptureFixture) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    fb = b.me.fingerprint
    a.service.send(fb, "brk", "invite", {})  # not a shared-break kind
    a.service.send(fb, "brk", "step", {"index": -1, "paused": False, "elapsed_ms": 0, "by": "A"})
    a.service.answer("f" * 64, "brk", "join")  # nobody: reported as offline
    world.app.until(lambda: a.events.named("link_lost"))
    assert a.events.named("link_lost") == [("f" * 64, "offline")]
    a.service.send(fb, "brk", "bye", {"reason": "done"})
    world.app.until(lambda: b.events.named("shared"))
    assert b.events.named("shared") == [
        (a.me.fingerprint, "brk", "bye", {"break": "brk", "reason": "done"})
    ]
    assert "not a shared-break message kind" in caplog.text


def test_an_unpaired_client_is_refused(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    stranger = identity.load_or_create(world.tmp_path / "stranger", datetime.now(UTC))
    assert refused(session_socket(stranger, a.me.cert_pem, a.port), HELLO)
    # the same kind of connection from the paired buddy is answered (a hello comes back)
    b.service.stop()
    assert not refused(session_socket(b.me, a.me.cert_pem, a.port), HELLO)
    assert [x.fingerprint for x in a.service.buddies()] == [b.me.fingerprint]


def test_forget_unpairs_both_sides_and_refuses_both_directions(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    fa, fb = a.me.fingerprint, b.me.fingerprint
    advert = a.service._store.advert_id

    assert a.service.forget("bo")  # by name, any case
    world.app.until(lambda: b.service.buddies() == () and b.events.named("link_lost"))
    assert a.service.buddies() == ()
    assert b.events.named("link_lost") == [(fa, "forgotten")]
    assert a.events.named("link_lost") == [(fb, "forgotten")]
    assert a.service._store.advert_id != advert  # a new random id is advertised
    assert not a.service.forget("Bo")
    assert refused(session_socket(b.me, a.me.cert_pem, a.port), HELLO)
    assert refused(session_socket(a.me, b.me.cert_pem, b.port), HELLO)


def test_malformed_and_replayed_messages_are_dropped_and_the_link_stays(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    b.service.stop()  # play Bo by hand, with Bo's certificate
    world.app.until(lambda: not a.online())
    caplog.set_level(logging.INFO, logger="massage_break")

    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        sock.sendall(HELLO)
        assert b'"kind":"hello"' in sock.recv(8192)
        world.app.until(a.online)
        sock.sendall(b"this is not json\n")
        sock.sendall(HELLO)  # seq 1 again: a replay
        sock.sendall(b'{"v":1,"kind":"invite","seq":2,"body":{}}\n')
        sock.sendall(b"x" * (MAX_LINE + 10) + b"\n")
        sock.sendall(b'{"v":1,"kind":"shout"}\n')
        invite = {"break": "b9", "routine": "r", "tier": "t", "sitting_s": 5}
        sock.sendall(encode("invite", 3, invite))
        world.app.until(lambda: a.events.named("invited"))
    finally:
        sock.close()

    (got,) = a.events.named("invited")[0]
    assert isinstance(got, BreakInvite) and got.break_id == "b9"
    reasons = [
        r.__dict__["fields"]["reason"]
        for r in caplog.records
        if getattr(r, "fields", {}).get("event") == "buddy_message_dropped"
    ]
    assert reasons == ["not JSON", "replay", "invite: wrong fields", "too long", "wrong fields"]


def test_silence_loses_the_link_and_pings_keep_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Network, "PING_S", 0.2)
    monkeypatch.setattr(Network, "SILENCE_S", 0.8)
    monkeypatch.setattr(Network, "TICK_S", 0.05)
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    time.sleep(1.2)  # pings flow both ways: the link outlives the silence limit
    world.app.drain()
    assert a.online() and b.online() and a.events.named("link_lost") == []

    b.service.stop()
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        sock.sendall(HELLO)
        world.app.until(a.online)
        assert b'"kind":"ping"' in b"".join(sock.recv(8192) for _ in range(2))
        world.app.until(lambda: (b.me.fingerprint, "silence") in a.events.named("link_lost"))
    finally:
        sock.close()


def test_a_service_reconnects_after_its_buddy_restarts(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Network, "RECONNECT_S", 0.3)
    monkeypatch.setattr(Network, "TICK_S", 0.05)
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    port = a.port
    a.service.stop()
    world.app.until(lambda: (a.me.fingerprint, "closed") in b.events.named("link_lost"))
    assert not b.online()
    a.service._port = port  # same address as before, as the remembered port gives
    a.service.start()
    world.app.until(lambda: a.online() and b.online())


def test_stop_leaves_nothing_listening_and_no_thread(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    port = a.port
    a.service.stop()
    assert a.service.listening() == ()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    b.service.stop()
    names = [t.name for t in threading.enumerate()]
    assert "massage-break-buddy" not in names
    assert not any(n.startswith("asyncio_") for n in names)
    a.service.stop()  # twice is fine


def test_port_from_the_environment_and_remembered(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    monkeypatch.setenv("MASSAGE_BREAK_BUDDY_PORT", str(free))
    side = world.side("Env", start=False)
    side.service._port = None
    side.service.start()
    assert side.port == free
    side.service.stop()
    monkeypatch.delenv("MASSAGE_BREAK_BUDDY_PORT")
    (side.folder / "port").write_text(f"{free}\n")
    side.service.start()
    assert side.port == free  # the remembered port, so a typed address stays valid


def test_both_connecting_at_once_keeps_the_link_opened_by_the_lower_fingerprint(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Network, "RECONNECT_S", 0.2)
    monkeypatch.setattr(Network, "TICK_S", 0.05)
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    fa, fb = a.me.fingerprint, b.me.fingerprint
    ports = a.port, b.port
    for side in (a, b):
        side.service.stop()
    a.service._port, b.service._port = ports
    a.service.start()
    b.service.start()  # both dial the other at once
    world.app.until(lambda: a.online() and b.online())
    time.sleep(0.6)  # a few reconnect rounds: nothing changes any more
    world.app.drain()
    net_a, net_b = a.service._network, b.service._network
    assert net_a is not None and net_b is not None
    assert list(net_a.links) == [fb] and list(net_b.links) == [fa]
    assert net_a.links[fb].opener == net_b.links[fa].opener  # the same connection on both
    a.service.answer(fb, "x1", "join")
    world.app.until(lambda: b.events.named("answered"))
    assert b.events.named("answered") == [(fa, "x1", "join", 0)]
