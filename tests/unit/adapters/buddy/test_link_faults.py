"""Links when the other computer misbehaves: bad handshakes, no hello, second links, busy
ports. Bo's side is played by hand with Bo's real certificate over real TLS."""

from __future__ import annotations

import logging
import shutil
import socket
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from massage_break.adapters.buddy import identity
from massage_break.adapters.buddy.link import Network
from massage_break.adapters.buddy.service import BuddyService
from massage_break.core.buddy_wire import encode
from tests.unit.adapters.buddy.conftest import (
    TIMEOUT,
    Recorder,
    Side,
    World,
    logged,
    session_socket,
    wait_for,
)

HELLO = encode("hello", 1, {"name": "Bo by hand", "at_desk": True})


def closed(sock: socket.socket) -> bool:
    """True once the other end has closed (reads until EOF or an error)."""
    try:
        while sock.recv(8192):
            pass
    except (OSError, ssl.SSLError):
        pass
    return True


def reasons(caplog: pytest.LogCaptureFixture, event: str) -> list[object]:
    return [f.get("reason") for f in logged(caplog, event)]


@pytest.fixture
def alex_with_bo_offline(
    world: World, caplog: pytest.LogCaptureFixture
) -> Iterator[tuple[Side, Side]]:
    """Alex and Bo paired; Bo's service stopped so the test can speak as Bo."""
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    b.service.stop()
    world.app.until(lambda: not a.online() and a.events.named("link_lost"))
    world.app.drain()
    a.events.calls.clear()
    caplog.set_level(logging.INFO, logger="massage_break")
    caplog.clear()
    yield a, b


def test_a_connection_that_does_not_speak_tls_is_refused(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    with socket.create_connection(("127.0.0.1", a.port), timeout=TIMEOUT) as sock:
        sock.sendall(b"GET / HTTP/1.0\r\n\r\n")
        assert closed(sock)
    wait_for(lambda: reasons(caplog, "buddy_refused"))
    assert reasons(caplog, "buddy_refused") == ["tls"]


def test_a_peer_that_closes_mid_handshake_is_refused(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    half = context.wrap_bio(incoming, outgoing)
    with pytest.raises(ssl.SSLWantReadError):
        half.do_handshake()
    with socket.create_connection(("127.0.0.1", a.port), timeout=TIMEOUT) as sock:
        sock.sendall(outgoing.read())  # the client hello, then nothing more
        sock.recv(8192)  # the server's answer has come: leave now
    wait_for(lambda: reasons(caplog, "buddy_refused"))
    assert reasons(caplog, "buddy_refused") == ["tls"]
    assert a.service.listening()  # still serving


def test_a_hello_that_never_comes_ends_the_connection(
    world: World,
    alex_with_bo_offline: tuple[Side, Side],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Network, "HELLO_S", 0.3)
    a, b = alex_with_bo_offline
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        assert b'"kind":"hello"' in sock.recv(8192)  # Alex greets, Bo says nothing
        sock.sendall(b'{"v":1,"kind":"hel')  # not even a whole line
        assert closed(sock)
    finally:
        sock.close()
    wait_for(lambda: reasons(caplog, "buddy_refused"))
    assert reasons(caplog, "buddy_refused") == ["no hello"]
    world.app.drain()
    assert not a.online() and a.events.named("link_lost") == []


def test_a_peer_that_leaves_before_its_hello_is_not_a_buddy_online(
    world: World, alex_with_bo_offline: tuple[Side, Side], caplog: pytest.LogCaptureFixture
) -> None:
    a, b = alex_with_bo_offline
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    assert b'"kind":"hello"' in sock.recv(8192)
    sock.close()
    wait_for(lambda: reasons(caplog, "buddy_refused"))
    assert reasons(caplog, "buddy_refused") == ["no hello"]
    assert not a.online()


def test_messages_before_the_hello_are_dropped_and_those_after_it_in_the_same_packet_arrive(
    world: World, alex_with_bo_offline: tuple[Side, Side], caplog: pytest.LogCaptureFixture
) -> None:
    a, b = alex_with_bo_offline
    invite = {"break": "b1", "routine": "r", "tier": "t", "sitting_s": 60}
    sock = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        sock.sendall(encode("presence", 1, {"at_desk": False}))
        sock.sendall(
            encode("hello", 2, {"name": "Bo", "at_desk": True}) + encode("invite", 3, invite)
        )
        world.app.until(lambda: a.events.named("invited"))
    finally:
        sock.close()
    assert reasons(caplog, "buddy_message_dropped") == ["before hello"]
    (got,) = a.events.named("invited")[0]
    assert getattr(got, "break_id", None) == "b1"


def test_a_second_link_from_the_same_side_replaces_the_first_quietly(
    world: World, alex_with_bo_offline: tuple[Side, Side], caplog: pytest.LogCaptureFixture
) -> None:
    a, b = alex_with_bo_offline
    first = session_socket(b.me, a.me.cert_pem, a.port)
    second = session_socket(b.me, a.me.cert_pem, a.port)
    try:
        first.sendall(HELLO)
        world.app.until(a.online)
        second.sendall(HELLO)
        assert closed(first)  # the old connection is closed by Alex
        answer = {"break": "b2", "answer": "join", "minutes": 0}
        second.sendall(encode("answer", 2, answer))
        world.app.until(lambda: a.events.named("answered"))
    finally:
        first.close()
        second.close()
    assert a.events.named("answered") == [(b.me.fingerprint, "b2", "join", 0)]
    assert a.events.named("link_lost") == []  # replaced, not lost
    assert len(logged(caplog, "buddy_link_up")) == 2


@pytest.mark.parametrize("alex_lower", [True, False], ids=["alex-lower", "bo-lower"])
def test_a_crossing_link_keeps_the_one_opened_by_the_lower_fingerprint(
    world: World, caplog: pytest.LogCaptureFixture, alex_lower: bool
) -> None:
    folders = [world.tmp_path / name / "data" / "buddy" for name in ("Alex", "Bo")]
    while True:  # fresh identities until the fingerprints fall in the order this case needs
        fa, fb = (identity.load_or_create(f, datetime.now(UTC)).fingerprint for f in folders)
        if (fa < fb) == alex_lower:
            break
        shutil.rmtree(folders[1])
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    b.service.stop()
    world.app.until(lambda: not a.online() and a.events.named("link_lost"))
    world.app.drain()
    a.events.calls.clear()
    net = a.service._network
    assert net is not None

    # Bo listens by hand (with Bo's certificate) so that Alex's dial reaches "Bo"
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(b.me.cert_file, b.me.key_file)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=a.me.cert_pem)
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[ssl.SSLSocket] = []

    def serve() -> None:
        conn, _ = listener.accept()
        tls = context.wrap_socket(conn, server_side=True)
        tls.recv(8192)  # Alex's hello
        tls.sendall(HELLO)
        accepted.append(tls)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    a.service._store.used_address(fb, f"127.0.0.1:{listener.getsockname()[1]}")
    future = net.submit(net.dial(fb))
    assert future is not None and future.result(TIMEOUT) is True  # opened by Alex
    thread.join(TIMEOUT)
    world.app.until(a.online)
    assert net.links[fb].opener == fa

    incoming = session_socket(b.me, a.me.cert_pem, a.port)  # opened by Bo, crossing it
    try:
        incoming.sendall(HELLO)
        if alex_lower:  # Alex's link stays; Bo's new one is closed
            assert closed(incoming)
            assert net.links[fb].opener == fa
        else:  # Bo's link wins; Alex's is closed
            world.app.until(lambda: net.links[fb].opener == fb)
            assert closed(accepted[0])
        world.app.drain()
        assert a.online() and a.events.named("link_lost") == []
    finally:
        incoming.close()
        for tls in accepted:
            tls.close()
        listener.close()


def test_dialling_someone_not_paired_or_already_linked_does_nothing(
    world: World,
) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    net = a.service._network
    assert net is not None
    for fingerprint, expected in (("e" * 64, False), (b.me.fingerprint, True)):
        future = net.submit(net.dial(fingerprint))
        assert future is not None and future.result(TIMEOUT) is expected
    assert list(net.links) == [b.me.fingerprint]


def test_a_busy_port_given_explicitly_fails_the_start_and_leaves_nothing_running(
    world: World,
) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        side = world.side("Busy", start=False)
        side.service._port = port
        with pytest.raises(OSError):
            side.service.start()
        assert side.service.listening() == ()
        assert "massage-break-buddy" not in [t.name for t in threading.enumerate()]
        side.service.stop()  # harmless


def test_a_busy_remembered_port_falls_back_and_remembers_the_new_one(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        monkeypatch.setattr("massage_break.adapters.buddy.link.DEFAULT_PORT", port)
        side = world.side("Moved", start=False)
        side.service._port = None
        (side.folder / "port").write_text(f"{port}\n")
        side.service.start()
        assert side.port not in (port, 0)
        assert (side.folder / "port").read_text().strip() == str(side.port)


def test_a_stopped_network_refuses_work_politely(world: World) -> None:
    side = world.side("Idle", start=False)
    events = Recorder()
    service = BuddyService(side.folder, "Idle", events, world.app.post, port=0)
    service.start()
    net = service._network
    assert net is not None
    service.start()  # already running: the same network
    assert service._network is net
    service.stop()
    ran: list[int] = []
    net.call(lambda: ran.append(1))
    assert net.submit(net.dial("e" * 64)) is None
    net.stop()
    assert ran == [] and not net.running


def test_a_message_the_wire_format_refuses_is_not_sent_and_the_link_stays(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    world.paired_and_linked(a, b)
    net = a.service._network
    assert net is not None
    fb = b.me.fingerprint
    results: list[bool] = []
    net.call(lambda: results.append(net.send(fb, "presence", {"at_desk": "yes"})))
    net.call(lambda: results.append(net.send(fb, "presence", {"at_desk": False})))
    wait_for(lambda: len(results) == 2)
    assert results == [False, True]
    assert "buddy message not sent" in caplog.text
    world.app.until(lambda: not b.service.buddies()[0].at_desk)  # the good one arrived
    assert a.online() and b.online()


def test_dialling_a_buddy_that_never_says_hello_gives_up(
    world: World,
    alex_with_bo_offline: tuple[Side, Side],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Network, "HELLO_S", 0.3)
    a, b = alex_with_bo_offline
    fb = b.me.fingerprint
    net = a.service._network
    assert net is not None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # "Bo", by hand, with Bo's certificate
    context.load_cert_chain(b.me.cert_file, b.me.key_file)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=a.me.cert_pem)
    listener = socket.create_server(("127.0.0.1", 0))
    ended = threading.Event()

    def serve() -> None:
        conn, _ = listener.accept()
        with context.wrap_socket(conn, server_side=True) as tls:
            tls.recv(8192)  # Alex's hello; Bo answers nothing
            if closed(tls):
                ended.set()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    address = f"127.0.0.1:{listener.getsockname()[1]}"
    a.service._store.used_address(fb, address)
    try:
        future = net.submit(net.dial(fb))
        assert future is not None and future.result(TIMEOUT) is False
        assert ended.wait(TIMEOUT)  # Alex closed the connection
    finally:
        listener.close()
        thread.join(TIMEOUT)
    assert reasons(caplog, "buddy_refused") == ["no hello"]
    assert not a.online()
