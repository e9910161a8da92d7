"""TLS links to paired buddies: one asyncio loop in one background thread.

Server: listens on every interface. Each connection does its TLS handshake with a context
made fresh from the store, so only the certificates of current buddies are trusted; a client
without a certificate may only pair. Client: trusts exactly the buddy's pinned certificate
and checks its fingerprint. Messages are `core.buddy_wire` lines; bad or replayed ones are
dropped and logged and the link stays up.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ipaddress
import logging
import os
import socket
import ssl
import threading
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from massage_break import log as app_log
from massage_break.adapters.buddy import pairing
from massage_break.adapters.buddy.identity import Identity
from massage_break.adapters.buddy.store import BuddyStore
from massage_break.core.buddy_wire import BadMessage, Inbox, LineBuffer, Message, Outbox

log = logging.getLogger(__name__)

DEFAULT_PORT = 47390
PORT_ENV = "MASSAGE_BREAK_BUDDY_PORT"
T = TypeVar("T")


def parse_address(text: str) -> tuple[str, int]:
    """ "host:port", "[v6]:port", "host" (default port) -> (host, port); ValueError if not."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        raise ValueError("empty address")
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        ipaddress.IPv6Address(host)
        if not sep or (rest and not rest.startswith(":")):
            raise ValueError("bad address")
        port_text = rest[1:]
    elif text.count(":") > 1:  # a bare IPv6 address
        host, port_text = str(ipaddress.IPv6Address(text)), ""
    else:
        host, _, port_text = text.partition(":")
    port = int(port_text) if port_text else DEFAULT_PORT
    if not host or not 0 < port < 65536:
        raise ValueError("bad address")
    return host, port


def local_addresses() -> tuple[str, ...]:
    """This computer's IPv4 addresses others can reach (loopback only if nothing else)."""
    found: list[str] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        found.append(probe.getsockname()[0])
    usable = [a for a in dict.fromkeys(found) if not ipaddress.ip_address(a).is_loopback]
    return tuple(usable) or ("127.0.0.1",)


class LinkOwner(Protocol):
    """What the network thread tells the service (called on the network thread)."""

    def hello_body(self) -> dict[str, object]: ...

    def link_up(self, fingerprint: str) -> None: ...

    def link_down(self, fingerprint: str, reason: str) -> None: ...

    def received(self, fingerprint: str, message: Message) -> None: ...

    def paired(self, peer: pairing.Peer) -> None: ...


@dataclass(eq=False)
class Link:
    fingerprint: str
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    opener: str  # fingerprint of the side that connected
    last_heard: float
    last_ping: float
    outbox: Outbox = field(default_factory=Outbox)
    inbox: Inbox = field(default_factory=Inbox)
    lines: LineBuffer = field(default_factory=LineBuffer)
    backlog: list[Message] = field(default_factory=list)
    live: bool = False  # registered as the buddy's link
    closing: bool = False

    def send(self, kind: str, body: Mapping[str, object]) -> None:
        if not self.closing:
            self.writer.write(self.outbox.encode(kind, body))


class Network:
    """The loop thread, the listening sockets and the links. Thread-safe entry points:
    `start`, `stop`, `call`, `submit`; everything else runs on the loop."""

    PING_S = 5.0
    SILENCE_S = 15.0
    RECONNECT_S = 30.0
    CONNECT_S = 5.0
    HELLO_S = 5.0
    PAIR_S = 20.0
    TICK_S = 1.0

    def __init__(
        self,
        identity: Identity,
        store: BuddyStore,
        desk: pairing.CodeDesk,
        owner: LinkOwner,
        name: Callable[[], str],
        port: int | None = None,
        extra_addresses: Callable[[], tuple[str, ...]] = tuple,
    ) -> None:
        self.identity = identity
        self.store = store
        self.desk = desk
        self.owner = owner
        self._name = name
        self._wanted_port = port
        self._extra_addresses = extra_addresses  # e.g. nearby computers found by discovery
        self.port = 0
        self.links: dict[str, Link] = {}
        self._servers: list[asyncio.AbstractServer] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._handlers: set[asyncio.Task[Any]] = set()
        self._open: set[asyncio.StreamWriter] = set()  # every connection until it is reaped
        self._dialing: set[str] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None

    # ---- thread-safe entry points ------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the loop thread and listen; raises OSError if no port could be had."""
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._listen())
            except BaseException as exc:  # reported to start() below
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_default_executor())
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="massage-break-buddy", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        with contextlib.suppress(Exception):
            future.result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        self._thread = None

    def call(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the loop soon (dropped when not running)."""
        if self._loop is not None and self.running:
            self._loop.call_soon_threadsafe(self._guarded, fn)

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T] | None:
        """Run `coro` on the loop; None (and the coroutine closed) when not running."""
        if self._loop is None or not self.running:
            coro.close()
            return None
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def run_blocking(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the loop's worker pool (for calls that may block, e.g. discovery)."""

        def go() -> None:
            assert self._loop is not None
            self._loop.run_in_executor(None, self._guarded, fn)

        self.call(go)

    @staticmethod
    def _guarded(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:
            log.exception("buddy network call failed")

    # ---- on the loop -------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _ports(self) -> list[int]:
        if self._wanted_port is not None:
            return [self._wanted_port]
        env = os.environ.get(PORT_ENV, "").strip()
        if env:
            return [int(env)]
        saved = self.store.saved_port()
        return list(dict.fromkeys(p for p in (saved, DEFAULT_PORT, 0) if p is not None))

    async def _listen(self) -> None:
        error: OSError | None = None
        for port in self._ports():
            try:
                server = await asyncio.start_server(self._incoming, "0.0.0.0", port)
            except OSError as exc:
                error = exc
                continue
            self._servers.append(server)
            self.port = server.sockets[0].getsockname()[1]
            with contextlib.suppress(OSError):  # IPv6 as well where the system has it
                self._servers.append(await asyncio.start_server(self._incoming, "::", self.port))
            if self._wanted_port is None and not os.environ.get(PORT_ENV, "").strip():
                self.store.save_port(self.port)
            log.info("buddy service listening on port %d", self.port)
            self._spawn(self._ticker())
            return
        raise error or OSError("no port")

    async def _shutdown(self) -> None:
        self._stopping = True
        for server in self._servers:
            server.close()
        for link in list(self.links.values()):
            self._drop(link, "stopped")
        for writer in list(self._open):
            self._reap(writer)  # no goodbye handshake: nothing may stay open
        for task in list(self._tasks):
            task.cancel()
        if self._tasks or self._handlers:
            await asyncio.wait([*self._tasks, *self._handlers], timeout=2)
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 1)
        self._servers.clear()
        await asyncio.sleep(0.01)  # connections accepted just before the close arrive now
        for writer in list(self._open):
            self._reap(writer)
        await asyncio.sleep(0)  # let the aborted sockets close

    # ---- contexts ------------------------------------------------------------------------------

    def _server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_3
        context.load_cert_chain(self.identity.cert_file, self.identity.key_file)
        context.verify_mode = ssl.CERT_OPTIONAL  # no certificate: pairing only
        pems = "".join(b.cert_pem for b in self.store.buddies())
        if pems:
            context.load_verify_locations(cadata=pems)
        return context

    def _client_context(self, cert_pem: str) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_3
        context.check_hostname = False  # addresses change; the pinned certificate is the name
        context.load_verify_locations(cadata=cert_pem)
        context.load_cert_chain(self.identity.cert_file, self.identity.key_file)
        return context

    # ---- incoming ------------------------------------------------------------------------------

    async def _incoming(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:  # never cancelled (asyncio would log that): ended by closing
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        self._open.add(writer)
        if self._stopping:
            self._reap(writer)
            return
        try:
            raw = writer.transport
            try:
                await writer.start_tls(self._server_context(), ssl_handshake_timeout=self.CONNECT_S)
            except (OSError, ssl.SSLError, TimeoutError) as exc:
                log.info("buddy connection refused during TLS: %s", exc)
                app_log.event("buddy_refused", reason="tls")
                return
            except AttributeError:  # CPython 3.11: the client left as the handshake ended,
                left = True  # and start_tls had no transport to hand over
            else:
                left = writer.transport is None  # the client left right after the handshake
            if left:
                raw.abort()
                writer._transport = raw  # type: ignore[attr-defined]  # keeps __del__ quiet
                return
            fingerprint = pairing.peer_fingerprint(writer)
            if fingerprint is None:
                await self._serve_pairing(reader, writer)
                return
            if self.store.get(fingerprint) is None:  # forgotten while connecting
                app_log.event("buddy_refused", reason="unknown")
                return
            now = asyncio.get_running_loop().time()
            await self._session(Link(fingerprint, reader, writer, fingerprint, now, now))
        finally:
            self._close_writer(writer)

    async def _serve_pairing(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            peer = await asyncio.wait_for(
                pairing.serve(reader, writer, self.desk, self.identity, self._name()),
                self.PAIR_S,
            )
        except pairing.PairError as exc:
            app_log.event("buddy_pairing_failed", error=exc.error, side="shown code")
            return
        except (OSError, ssl.SSLError, TimeoutError) as exc:
            app_log.event("buddy_pairing_failed", error="closed", side="shown code", why=str(exc))
            return
        self.store.add(
            peer.name, peer.fingerprint, peer.cert_pem, (peer.address,) if peer.address else ()
        )
        app_log.event("buddy_paired", side="shown code")
        self.owner.paired(peer)

    # ---- outgoing ------------------------------------------------------------------------------

    async def pair(self, address: str, code: str) -> pairing.Peer:
        """Pair with the computer at `address` showing `code`; raises PairError."""
        try:
            host, port = parse_address(address)
        except ValueError:
            raise pairing.PairError("bad_address") from None
        normal = pairing.normalize_code(code)
        if normal is None:
            raise pairing.PairError("wrong_code")
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port, ssl=pairing.client_context()), self.CONNECT_S
            )
        except TimeoutError:
            raise pairing.PairError("timeout") from None
        except ssl.SSLError:
            raise pairing.PairError("refused") from None
        except OSError:
            raise pairing.PairError("unreachable") from None
        self._open.add(writer)
        try:
            peer = await asyncio.wait_for(
                pairing.request(reader, writer, normal, self.identity, self._name(), self.port),
                self.PAIR_S,
            )
        except TimeoutError:
            raise pairing.PairError("timeout") from None
        except (OSError, ssl.SSLError):
            raise pairing.PairError("refused") from None
        finally:
            self._close_writer(writer)
        self.store.add(peer.name, peer.fingerprint, peer.cert_pem, (address,))
        app_log.event("buddy_paired", side="typed code")
        self.owner.paired(peer)
        self._spawn(self.dial(peer.fingerprint))
        return peer

    async def dial(self, fingerprint: str) -> bool:
        """Connect to a buddy at its last addresses (then at `extra_addresses`)."""
        if fingerprint in self.links or fingerprint in self._dialing:
            return fingerprint in self.links
        buddy = self.store.get(fingerprint)
        if buddy is None:
            return False
        self._dialing.add(fingerprint)
        try:
            candidates = dict.fromkeys((*buddy.addresses, *self._extra_addresses()))
            for address in candidates:
                if fingerprint in self.links:
                    return True
                if await self._dial_one(fingerprint, buddy.cert_pem, address):
                    return True
            return False
        finally:
            self._dialing.discard(fingerprint)

    async def _dial_one(self, fingerprint: str, cert_pem: str, address: str) -> bool:
        try:
            host, port = parse_address(address)
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port, ssl=self._client_context(cert_pem)),
                self.CONNECT_S,
            )
        except (ValueError, OSError, ssl.SSLError, TimeoutError) as exc:
            log.debug("buddy not reached at %s: %s", address, exc)
            return False
        self._open.add(writer)
        try:
            if pairing.peer_fingerprint(writer) != fingerprint:
                log.warning("buddy at %s showed another certificate", address)
                return False
            now = asyncio.get_running_loop().time()
            link = Link(fingerprint, reader, writer, self.identity.fingerprint, now, now)
            if not await self._greet(link):
                return False
            self.store.used_address(fingerprint, address)
            self._spawn(self._run(link))
            return True
        finally:
            if fingerprint not in self.links or self.links[fingerprint].writer is not writer:
                self._close_writer(writer)

    # ---- a session -----------------------------------------------------------------------------

    async def _session(self, link: Link) -> None:
        if await self._greet(link):
            await self._run(link)

    async def _greet(self, link: Link) -> bool:
        """Send hello, wait for the buddy's hello, then make this the buddy's link."""
        try:
            link.send("hello", self.owner.hello_body())
            await asyncio.wait_for(self._read_until_hello(link), self.HELLO_S)
        except (OSError, ssl.SSLError, TimeoutError, EOFError) as exc:
            log.info("buddy link not set up: %r", exc)
            app_log.event("buddy_refused", reason="no hello")
            return False
        return self._register(link)

    async def _read_until_hello(self, link: Link) -> None:
        while True:
            data = await link.reader.read(65536)
            if not data:
                raise EOFError("closed before hello")
            link.last_heard = asyncio.get_running_loop().time()
            for message in self._accepted(link, data):
                if link.backlog or message.kind == "hello":
                    link.backlog.append(message)
                else:
                    self._dropped(link, "before hello")
            if link.backlog:
                return

    def _register(self, link: Link) -> bool:
        """One live link per buddy: if both connected at once, keep the one opened by the
        lower fingerprint; a newer link from the same side, or one replacing a link that
        has gone quiet (the buddy's computer slept), replaces the old one."""
        if self.store.get(link.fingerprint) is None:
            return False
        old = self.links.get(link.fingerprint)
        if old is not None:
            quiet = asyncio.get_running_loop().time() - old.last_heard > 2 * self.PING_S
            if old.opener != link.opener and old.opener < link.opener and not quiet:
                return False
            old.live = False  # replaced: its end is not a lost link
            self._close(old)
        link.live = True
        self.links[link.fingerprint] = link
        app_log.event("buddy_link_up", buddy=link.fingerprint[:12])
        hello, *rest = link.backlog
        link.backlog = []
        self._handle(link, hello)  # the buddy's name and presence before "it is online"
        if link.live:
            self.owner.link_up(link.fingerprint)
        for message in rest:
            if link.live:
                self._handle(link, message)
        return link.live

    async def _run(self, link: Link) -> None:
        reason = "closed"
        try:
            while True:
                data = await link.reader.read(65536)
                if not data:
                    break
                link.last_heard = asyncio.get_running_loop().time()
                for message in self._accepted(link, data):
                    self._handle(link, message)
                    if not link.live:
                        return
        except (OSError, ssl.SSLError) as exc:
            log.info("buddy link broke: %s", exc)
        finally:
            self._drop(link, reason)

    def _accepted(self, link: Link, data: bytes) -> list[Message]:
        out: list[Message] = []
        for item in link.lines.feed(data):
            if isinstance(item, BadMessage):
                self._dropped(link, item.reason)
            elif not link.inbox.accept(item):
                self._dropped(link, "replay")
            else:
                out.append(item)
        return out

    @staticmethod
    def _dropped(link: Link, reason: str) -> None:
        app_log.event("buddy_message_dropped", reason=reason, buddy=link.fingerprint[:12])

    def _handle(self, link: Link, message: Message) -> None:
        if message.kind == "ping":
            self._send(link, "pong", {})
        elif message.kind != "pong":
            self.owner.received(link.fingerprint, message)

    def _send(self, link: Link, kind: str, body: Mapping[str, object]) -> bool:
        try:
            link.send(kind, body)
        except BadMessage as exc:
            log.error("buddy message not sent (%s): %s %r", exc.reason, kind, dict(body))
            return False
        except (OSError, RuntimeError) as exc:
            log.info("buddy message not sent: %s", exc)
            return False
        return True

    def send(self, fingerprint: str, kind: str, body: Mapping[str, object]) -> bool:
        """On the loop: send to a live link; False if there is none or the message is bad."""
        link = self.links.get(fingerprint)
        return link is not None and self._send(link, kind, body)

    def broadcast(self, kind: str, body: Mapping[str, object]) -> None:
        for link in list(self.links.values()):
            self._send(link, kind, body)

    def close_link(self, fingerprint: str, reason: str) -> None:
        link = self.links.get(fingerprint)
        if link is not None:
            self._drop(link, reason)

    def _close(self, link: Link) -> None:
        link.closing = True
        self._close_writer(link.writer)

    def _close_writer(self, writer: asyncio.StreamWriter) -> None:
        """Close politely; whatever is still open a moment later is cut."""
        if writer.transport is None:
            self._open.discard(writer)
            return
        if not writer.is_closing():
            writer.close()
        if writer in self._open:
            asyncio.get_running_loop().call_later(2.0, self._reap, writer)

    def _reap(self, writer: asyncio.StreamWriter) -> None:
        if writer.transport is not None:
            writer.transport.abort()
        self._open.discard(writer)

    def _drop(self, link: Link, reason: str) -> None:
        """Close a link; if it was the buddy's live link, report it lost."""
        was_live = link.live and self.links.get(link.fingerprint) is link
        link.live = False
        self._close(link)
        if was_live:
            del self.links[link.fingerprint]
            app_log.event("buddy_link_lost", buddy=link.fingerprint[:12], reason=reason)
            self.owner.link_down(link.fingerprint, reason)

    async def _ticker(self) -> None:
        loop = asyncio.get_running_loop()
        last_reconnect = -self.RECONNECT_S
        while True:
            now = loop.time()
            for link in list(self.links.values()):
                if now - link.last_heard > self.SILENCE_S:
                    self._drop(link, "silence")
                elif now - link.last_ping >= self.PING_S:
                    link.last_ping = now
                    self._send(link, "ping", {})
            if now - last_reconnect >= self.RECONNECT_S:
                last_reconnect = now
                for buddy in self.store.buddies():
                    if buddy.fingerprint not in self.links:
                        self._spawn(self.dial(buddy.fingerprint))
            await asyncio.sleep(min(self.TICK_S, self.PING_S))
