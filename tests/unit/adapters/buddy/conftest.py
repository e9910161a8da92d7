"""Two break-buddy services in one process, over loopback, with real TLS."""

from __future__ import annotations

import contextlib
import gc
import queue
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from massage_break.adapters.buddy import identity
from massage_break.adapters.buddy.service import BuddyService
from massage_break.core.buddy import BreakInvite, PairingCode, PairResult

TIMEOUT = 8.0


@dataclass
class Recorder:
    """BuddyEvents that remembers every call."""

    calls: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)

    def named(self, name: str) -> list[tuple[object, ...]]:
        return [args for call, args in self.calls if call == name]

    def buddies_changed(self) -> None:
        self.calls.append(("buddies_changed", ()))

    def code_replaced(self, code: PairingCode | None) -> None:
        self.calls.append(("code_replaced", (code,)))

    def invited(self, invite: BreakInvite) -> None:
        self.calls.append(("invited", (invite,)))

    def answered(self, fingerprint: str, break_id: str, answer: str, minutes: int) -> None:
        self.calls.append(("answered", (fingerprint, break_id, answer, minutes)))

    def shared(
        self, fingerprint: str, break_id: str, kind: str, body: Mapping[str, object]
    ) -> None:
        self.calls.append(("shared", (fingerprint, break_id, kind, dict(body))))

    def link_lost(self, fingerprint: str, reason: str) -> None:
        self.calls.append(("link_lost", (fingerprint, reason)))


class AppThread:
    """Plays the app's thread: `post` queues, `until` runs the queue until a condition."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Callable[[], None]] = queue.Queue()

    def post(self, fn: Callable[[], None]) -> None:
        self.queue.put(fn)

    def until(self, condition: Callable[[], object], timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("timed out waiting")
            with contextlib.suppress(queue.Empty):
                self.queue.get(timeout=min(left, 0.2))()

    def drain(self) -> None:
        while True:
            try:
                self.queue.get_nowait()()
            except queue.Empty:
                return


@dataclass
class Side:
    name: str
    folder: Path
    events: Recorder
    service: BuddyService

    @property
    def port(self) -> int:
        return int(self.service.listening()[0].rsplit(":", 1)[1])

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def me(self) -> identity.Identity:
        return identity.load_or_create(self.folder, datetime.now(UTC))

    def online(self) -> bool:
        return any(b.online for b in self.service.buddies())


class World:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.app = AppThread()
        self.sides: list[Side] = []

    def side(self, name: str, start: bool = True) -> Side:
        folder = self.tmp_path / name / "data" / "buddy"
        events = Recorder()
        service = BuddyService(folder, name, events, self.app.post, port=0)
        side = Side(name, folder, events, service)
        self.sides.append(side)
        if start:
            service.start()
        return side

    def pair(self, shown: Side, typing: Side, code: str | None = None) -> PairResult:
        if code is None:
            code = shown.service.show_code().code
        results: list[PairResult] = []
        typing.service.pair(shown.address, code, results.append)
        self.app.until(lambda: results)
        return results[0]

    def paired_and_linked(self, a: Side, b: Side) -> None:
        assert self.pair(a, b).ok
        self.app.until(lambda: a.online() and b.online())

    def stop(self) -> None:
        for side in self.sides:
            side.service.stop()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.stop()


def session_socket(me: identity.Identity, server_pem: str, port: int) -> ssl.SSLSocket:
    """A raw TLS session connection as a paired buddy would open it."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.load_verify_locations(cadata=server_pem)
    context.load_cert_chain(me.cert_file, me.key_file)
    raw = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    return context.wrap_socket(raw)


def refused(sock: ssl.SSLSocket, line: bytes) -> bool:
    """True if the server closes the connection instead of answering `line` with a hello."""
    try:
        sock.sendall(line)
        return sock.recv(8192) == b""
    except (OSError, ssl.SSLError):
        return True
    finally:
        sock.close()


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Whatever a test left open is reported against that test, not a later one."""
    yield
    gc.collect()


def logged(caplog: pytest.LogCaptureFixture, event: str) -> list[dict[str, object]]:
    """The fields of every `massage_break.log.event(event, ...)` line captured so far."""
    found: list[dict[str, object]] = []
    for record in caplog.records:
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict) and fields.get("event") == event:
            found.append(fields)
    return found


def wait_for(condition: Callable[[], object], timeout: float = TIMEOUT) -> None:
    """Poll `condition` (for what the network thread does without telling the app)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)
