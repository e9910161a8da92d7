"""Pairing by code between two real services over loopback."""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from massage_break.adapters.buddy import identity, pairing
from massage_break.core.buddy import PairingCode
from tests.unit.adapters.buddy.conftest import Side, World


def pinned(side: Side) -> list[str]:
    data = json.loads((side.folder / "buddies.json").read_text())
    return [b["cert_pem"] for b in data["buddies"]]


def test_two_services_pair_by_code_and_link_up(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    shown = a.service.show_code()
    assert len(shown.code) == 9 and shown.code[4] == "-" and shown.tries_left == 3
    assert shown.addresses and all(addr.endswith(f":{a.port}") for addr in shown.addresses)

    result = world.pair(a, b, shown.code.replace("-", " "))

    assert result.ok and result.error == ""
    assert result.buddy is not None and result.buddy.name == "Alex"
    assert result.buddy.fingerprint == a.me.fingerprint
    world.app.until(lambda: a.online() and b.online())
    assert [(x.name, x.fingerprint) for x in a.service.buddies()] == [("Bo", b.me.fingerprint)]
    assert [(x.name, x.fingerprint) for x in b.service.buddies()] == [("Alex", a.me.fingerprint)]
    assert a.events.named("code_replaced") == [(None,)]  # the used code is gone
    assert a.events.named("buddies_changed") and b.events.named("buddies_changed")
    # pinned on both sides: the files hold the other one's certificate
    assert pinned(b) == [a.me.cert_pem] and pinned(a) == [b.me.cert_pem]
    # the code is used up: nobody else can pair with it
    c = world.side("Cy")
    assert world.pair(a, c, shown.code).error == "no_code"


def test_wrong_code_three_times_replaces_the_code(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    shown = a.service.show_code()
    wrong = "0000-0000" if shown.code != "0000-0000" else "1111-1111"

    assert world.pair(a, b, wrong).error == "wrong_code"
    assert world.pair(a, b, wrong).error == "wrong_code"
    assert a.events.named("code_replaced") == []
    assert world.pair(a, b, wrong).error == "wrong_code"
    world.app.until(lambda: a.events.named("code_replaced"))

    (new,) = a.events.named("code_replaced")[0]
    assert isinstance(new, PairingCode) and new.code != shown.code and new.tries_left == 3
    assert world.pair(a, b, shown.code).error == "wrong_code"  # the old code no longer works
    assert a.service.buddies() == () and b.service.buddies() == ()
    assert world.pair(a, b, new.code).ok  # the new one does


def test_pairing_while_no_code_is_shown_fails_no_code(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    assert world.pair(a, b, "1234-5678").error == "no_code"
    code = a.service.show_code().code
    a.service.hide_code()
    assert world.pair(a, b, code).error == "no_code"
    assert a.service.buddies() == () and b.service.buddies() == ()


@pytest.mark.parametrize(
    ("address", "code", "error"),
    [
        ("not an address", "1234-5678", "bad_address"),
        ("127.0.0.1:99999", "1234-5678", "bad_address"),
        ("127.0.0.1:1", "1234-5678", "unreachable"),
        ("SELF", "12-34", "wrong_code"),
    ],
)
def test_pairing_errors_before_any_code_is_checked(
    world: World, address: str, code: str, error: str
) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    a.service.show_code()
    results: list[object] = []
    b.service.pair(a.address if address == "SELF" else address, code, results.append)
    world.app.until(lambda: results)
    assert getattr(results[0], "error", None) == error
    assert a.service.buddies() == ()


def test_pair_on_a_stopped_service_reports_unreachable(world: World) -> None:
    b = world.side("Bo", start=False)
    results: list[object] = []
    b.service.pair("127.0.0.1:47390", "1234-5678", results.append)
    world.app.until(lambda: results)
    assert getattr(results[0], "error", None) == "unreachable"


class Interceptor:
    """A man in the middle: terminates the client's TLS with its own certificate and opens
    its own TLS connection to the real server, relaying what is inside."""

    def __init__(self, folder: Path, target_port: int) -> None:
        me = identity.load_or_create(folder, datetime.now(UTC))
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(me.cert_file, me.key_file)
        self.target_port = target_port
        self.loop = asyncio.new_event_loop()
        self.relayed = 0
        self.writers: list[asyncio.StreamWriter] = []
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(5)

    def _run(self, ready: threading.Event) -> None:
        async def main() -> None:
            self.server = await asyncio.start_server(self._relay, "127.0.0.1", 0, ssl=self.context)
            self.port = self.server.sockets[0].getsockname()[1]
            ready.set()

        self.loop.run_until_complete(main())
        self.loop.run_forever()
        self.loop.close()

    async def _relay(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        s_reader, s_writer = await asyncio.open_connection(
            "127.0.0.1", self.target_port, ssl=pairing.client_context()
        )
        self.writers += [c_writer, s_writer]

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            while data := await src.read(65536):
                self.relayed += len(data)
                dst.write(data)
                await dst.drain()
            dst.close()

        await asyncio.gather(pipe(c_reader, s_writer), pipe(s_reader, c_writer))

    def close(self) -> None:
        async def end() -> None:
            self.server.close()
            for writer in self.writers:
                writer.transport.abort()
            await asyncio.sleep(0.05)  # let the aborted sockets close

        asyncio.run_coroutine_threadsafe(end(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture
def interceptor_factory(tmp_path: Path) -> Iterator[list[Interceptor]]:
    made: list[Interceptor] = []
    yield made
    for one in made:
        one.close()


def test_a_tls_man_in_the_middle_fails_the_confirmation(
    world: World, tmp_path: Path, interceptor_factory: list[Interceptor]
) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    mitm = Interceptor(tmp_path / "mitm", a.port)
    interceptor_factory.append(mitm)
    code = a.service.show_code().code

    results: list[object] = []
    b.service.pair(f"127.0.0.1:{mitm.port}", code, results.append)
    world.app.until(lambda: results)

    assert getattr(results[0], "ok", True) is False
    assert getattr(results[0], "error", "") == "wrong_code"
    assert mitm.relayed > 0  # the traffic did pass through it
    assert a.service.buddies() == () and b.service.buddies() == ()
    assert world.pair(a, b, code).ok  # the same code still works directly (one try spent)
