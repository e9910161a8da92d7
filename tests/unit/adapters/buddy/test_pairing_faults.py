"""Pairing against peers that misbehave: garbage, silence, leaving half way, wrong proofs.

The shown side is a real service; the typing side is played by hand over a real TLS socket
(or the typing side is a real service and the shown side is played by hand)."""

from __future__ import annotations

import json
import logging
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from spake2 import SPAKE2_A, SPAKE2_B

from massage_break.adapters.buddy import identity, pairing
from massage_break.adapters.buddy.link import Network
from massage_break.core.buddy import PairResult
from tests.unit.adapters.buddy.conftest import TIMEOUT, Side, World, logged, wait_for


def _me(folder: Path) -> identity.Identity:
    return identity.load_or_create(folder, datetime.now(UTC))


class HandClient:
    """The typing side, by hand: TLS without a certificate, one JSON line at a time."""

    def __init__(self, port: int, me: identity.Identity) -> None:
        raw = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        self.sock = pairing.client_context().wrap_socket(raw)
        self.me = me
        der = self.sock.getpeercert(binary_form=True)
        assert der is not None
        self.server_fp = identity.fingerprint_der(der)
        self.file = self.sock.makefile("rb")

    def send(self, data: bytes | dict[str, object]) -> None:
        line = data if isinstance(data, bytes) else json.dumps(data).encode() + b"\n"
        self.sock.sendall(line)

    def receive(self) -> dict[str, object] | None:
        """The next line, or None once the server has closed the connection."""
        try:
            line = self.file.readline()
        except (OSError, ssl.SSLError):
            return None
        return json.loads(line) if line else None

    def through_confirm(self, code: str) -> dict[str, object]:
        """Run SPAKE2 and the confirmation correctly; return the server's confirmation."""
        spake = SPAKE2_A(code.encode(), idA=pairing._ID_CLIENT, idB=pairing._ID_SERVER)
        msg_a = spake.start()
        self.send({"op": "pair", "spake": msg_a.hex(), "fp": self.me.fingerprint})
        answer = self.receive()
        assert answer is not None and "spake" in answer
        msg_b = bytes.fromhex(str(answer["spake"]))
        key = spake.finish(msg_b)
        transcript = pairing._transcript(self.server_fp, self.me.fingerprint, msg_a, msg_b)
        self.send({"confirm": pairing._proof(key, b"client", transcript)})
        confirmed = self.receive()
        assert confirmed is not None and "confirm" in confirmed
        return confirmed

    def closed_by_server(self) -> bool:
        return self.receive() is None

    def close(self) -> None:
        self.file.close()
        self.sock.close()


@pytest.fixture
def hand(world: World) -> Iterator[Callable[[Side], HandClient]]:
    made: list[HandClient] = []
    me = _me(world.tmp_path / "hand")

    def connect(side: Side) -> HandClient:
        client = HandClient(side.port, me)
        made.append(client)
        return client

    yield connect
    for client in made:
        client.close()


def failures(caplog: pytest.LogCaptureFixture) -> list[object]:
    return [f.get("error") for f in logged(caplog, "buddy_pairing_failed")]


FP = "ab" * 32
BAD_OPENINGS = [
    pytest.param(b"this is not json\n", id="not-json"),
    pytest.param(b"\xff\xfe\n", id="not-utf8"),
    pytest.param(b"[1, 2]\n", id="not-an-object"),
    pytest.param(b'{"op": "hello", "spake": "00", "fp": "' + FP.encode() + b'"}\n', id="wrong-op"),
    pytest.param(b'{"op": "pair", "spake": "00", "fp": 7}\n', id="fp-not-text"),
    pytest.param(b'{"op": "pair", "spake": "00", "fp": "xyz"}\n', id="fp-malformed"),
    pytest.param(b'{"op": "pair", "spake": 5, "fp": "' + FP.encode() + b'"}\n', id="spake-number"),
    pytest.param(b'{"op": "pair", "spake": "zz", "fp": "' + FP.encode() + b'"}\n', id="not-hex"),
    pytest.param(
        b'{"op": "pair", "spake": "' + b"00" * 33 + b'", "fp": "' + FP.encode() + b'"}\n',
        id="spake-garbage",
    ),
    pytest.param(b"{" * 70000, id="no-newline-ever"),
]


@pytest.mark.parametrize("opening", BAD_OPENINGS)
def test_garbage_from_the_typing_side_is_refused_and_the_code_survives(
    world: World,
    hand: Callable[[Side], HandClient],
    caplog: pytest.LogCaptureFixture,
    opening: bytes,
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    code = a.service.show_code().code
    client = hand(a)
    client.send(opening)
    assert client.closed_by_server()
    wait_for(lambda: failures(caplog))
    assert failures(caplog) == ["refused"]
    assert a.service.buddies() == ()
    assert a.service._desk.code == code and a.service._desk.tries_left == pairing.TRIES


def test_a_pairing_line_over_the_limit_is_refused(
    world: World, hand: Callable[[Side], HandClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    code = a.service.show_code().code
    client = hand(a)
    spake = SPAKE2_A(code.encode(), idA=pairing._ID_CLIENT, idB=pairing._ID_SERVER)
    opening = {"op": "pair", "spake": spake.start().hex(), "fp": client.me.fingerprint}
    client.send({**opening, "pad": "x" * pairing.MAX_PAIR_LINE})  # well formed, too long
    assert client.closed_by_server()
    wait_for(lambda: failures(caplog))
    assert failures(caplog) == ["refused"]
    assert a.service._desk.code == code


def test_a_client_claiming_our_own_fingerprint_is_refused(
    world: World, hand: Callable[[Side], HandClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    a.service.show_code()
    client = hand(a)
    client.send({"op": "pair", "spake": "00", "fp": a.me.fingerprint})
    assert client.closed_by_server()
    wait_for(lambda: failures(caplog))
    assert failures(caplog) == ["refused"]


def test_a_typing_side_that_leaves_mid_line_is_logged(
    world: World, hand: Callable[[Side], HandClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    a.service.show_code()
    client = hand(a)
    client.send(b'{"op": "pair", "spa')
    client.sock.unwrap()  # a clean TLS close: the server reads the end of the stream
    client.close()
    wait_for(lambda: failures(caplog))
    assert failures(caplog) == ["refused"]
    assert a.service.buddies() == ()


def test_a_typing_side_that_stops_half_way_times_out(
    world: World,
    hand: Callable[[Side], HandClient],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Network, "PAIR_S", 0.5)
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    code = a.service.show_code().code
    client = hand(a)
    spake = SPAKE2_A(code.encode(), idA=pairing._ID_CLIENT, idB=pairing._ID_SERVER)
    client.send({"op": "pair", "spake": spake.start().hex(), "fp": client.me.fingerprint})
    assert client.receive() is not None  # the server's SPAKE2 message; then we go quiet
    assert client.closed_by_server()
    wait_for(lambda: failures(caplog))
    assert failures(caplog) == ["closed"]
    assert a.service.buddies() == () and a.service._desk.code == code


@pytest.mark.parametrize(
    ("final", "paired"),
    [
        pytest.param({"name": "", "cert": "CERT"}, False, id="empty-name"),
        pytest.param({"name": "Hand", "cert": 3}, False, id="cert-not-text"),
        pytest.param({"name": "Hand", "cert": "not a PEM"}, False, id="cert-not-pem"),
        pytest.param({"name": "Hand", "cert": "OTHER"}, False, id="someone-elses-cert"),
        pytest.param({"name": "Hand", "cert": "CERT", "port": "47390"}, True, id="no-port"),
    ],
)
def test_the_typing_sides_certificate_must_match_its_fingerprint(
    world: World,
    hand: Callable[[Side], HandClient],
    caplog: pytest.LogCaptureFixture,
    final: dict[str, object],
    paired: bool,
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    a = world.side("Alex")
    code = a.service.show_code().code
    client = hand(a)
    confirmed = client.through_confirm(code)
    assert confirmed["name"] == "Alex"
    other = _me(world.tmp_path / "other").cert_pem
    swap = {"CERT": client.me.cert_pem, "OTHER": other}
    client.send({k: swap.get(v, v) if isinstance(v, str) else v for k, v in final.items()})
    if paired:
        assert client.receive() == {"ok": True}
        world.app.until(a.service.buddies)
        (buddy,) = a.service._store.buddies()
        assert (buddy.name, buddy.fingerprint) == ("Hand", client.me.fingerprint)
        assert buddy.addresses == ()  # no usable port: nothing to dial back
    else:
        assert client.closed_by_server()
        wait_for(lambda: failures(caplog))
        assert failures(caplog) == ["refused"]
        assert a.service.buddies() == ()


# ---- the shown side played by hand: the real service types the code ----------------------


Script = Callable[["HandServer", ssl.SSLSocket], None]


class HandServer:
    """The shown side, by hand: a TLS server for one connection that runs `script`."""

    def __init__(self, folder: Path, script: Script, tls: bool = True) -> None:
        self.me = _me(folder)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(self.me.cert_file, self.me.key_file)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.script = script
        self.tls = tls
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        conn.settimeout(TIMEOUT)
        try:
            if not self.tls:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
                return
            with self.context.wrap_socket(conn, server_side=True) as sock:
                self.script(self, sock)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()
            self.done.set()

    @staticmethod
    def line(sock: ssl.SSLSocket) -> dict[str, object]:
        data = b""
        while not data.endswith(b"\n"):
            chunk = sock.recv(4096)
            if not chunk:
                raise OSError("closed")
            data += chunk
        loaded = json.loads(data)
        assert isinstance(loaded, dict)
        return loaded

    @staticmethod
    def send(sock: ssl.SSLSocket, obj: dict[str, object]) -> None:
        sock.sendall(json.dumps(obj).encode() + b"\n")

    def spake_step(self, sock: ssl.SSLSocket, code: str) -> tuple[bytes, bytes, bytes, str]:
        """Answer the client's SPAKE2 message; return key, msg_a, msg_b, client fingerprint."""
        hello = self.line(sock)
        spake = SPAKE2_B(code.encode(), idA=pairing._ID_CLIENT, idB=pairing._ID_SERVER)
        msg_b = spake.start()
        msg_a = bytes.fromhex(str(hello["spake"]))
        key = spake.finish(msg_a)
        self.send(sock, {"spake": msg_b.hex()})
        return key, msg_a, msg_b, str(hello["fp"])

    def close(self) -> None:
        self.listener.close()
        self.thread.join(TIMEOUT)


CODE = "1234-5678"


def _odd_error(server: HandServer, sock: ssl.SSLSocket) -> None:
    server.line(sock)
    server.send(sock, {"error": "too_busy"})


def _bad_element(server: HandServer, sock: ssl.SSLSocket) -> None:
    server.line(sock)
    server.send(sock, {"spake": "00" * 33})


def _odd_error_after_confirm(server: HandServer, sock: ssl.SSLSocket) -> None:
    server.spake_step(sock, CODE)
    server.line(sock)
    server.send(sock, {"error": "too_busy"})


def _wrong_confirmation(server: HandServer, sock: ssl.SSLSocket) -> None:
    server.spake_step(sock, CODE)
    server.line(sock)
    server.send(sock, {"confirm": "00" * 32, "name": "Hand", "cert": server.me.cert_pem})


def _confirm(server: HandServer, sock: ssl.SSLSocket) -> None:
    key, msg_a, msg_b, client_fp = server.spake_step(sock, CODE)
    server.line(sock)
    transcript = pairing._transcript(server.me.fingerprint, client_fp, msg_a, msg_b)
    proof = pairing._proof(key, b"server", transcript)
    server.send(sock, {"confirm": proof, "name": "Hand", "cert": server.me.cert_pem})


def _no_ok(server: HandServer, sock: ssl.SSLSocket) -> None:
    _confirm(server, sock)
    server.line(sock)
    server.send(sock, {"ok": "yes"})


def _leaves_after_confirm(server: HandServer, sock: ssl.SSLSocket) -> None:
    _confirm(server, sock)


def _resets(server: HandServer, sock: ssl.SSLSocket) -> None:
    server.line(sock)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()  # no goodbye: the connection is reset


def _silent(server: HandServer, sock: ssl.SSLSocket) -> None:
    server.line(sock)
    server.done.wait(TIMEOUT)  # says nothing until the client gives up and closes


@pytest.mark.parametrize(
    ("script", "error"),
    [
        pytest.param(_odd_error, "refused", id="unknown-error"),
        pytest.param(_bad_element, "refused", id="bad-spake-element"),
        pytest.param(_odd_error_after_confirm, "refused", id="unknown-error-after-confirm"),
        pytest.param(_wrong_confirmation, "refused", id="wrong-confirmation"),
        pytest.param(_no_ok, "refused", id="no-ok-at-the-end"),
        pytest.param(_leaves_after_confirm, "refused", id="leaves-half-way"),
        pytest.param(_resets, "refused", id="resets-the-connection"),
        pytest.param(_silent, "timeout", id="never-answers"),
    ],
)
def test_a_misbehaving_shown_side_fails_the_pairing(
    world: World, monkeypatch: pytest.MonkeyPatch, script: Script, error: str
) -> None:
    monkeypatch.setattr(Network, "PAIR_S", 0.5)
    b = world.side("Bo")
    server = HandServer(world.tmp_path / "hand-server", script)
    try:
        results: list[PairResult] = []
        b.service.pair(f"127.0.0.1:{server.port}", CODE, results.append)
        world.app.until(lambda: results)
    finally:
        server.done.set()
        server.close()
    assert (results[0].ok, results[0].error) == (False, error)
    assert b.service.buddies() == ()


def test_a_peer_that_does_not_speak_tls_is_refused(world: World) -> None:
    b = world.side("Bo")
    server = HandServer(world.tmp_path / "hand-server", _silent, tls=False)
    try:
        results: list[PairResult] = []
        b.service.pair(f"127.0.0.1:{server.port}", CODE, results.append)
        world.app.until(lambda: results)
    finally:
        server.close()
    assert (results[0].ok, results[0].error) == (False, "refused")
