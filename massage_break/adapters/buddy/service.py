"""The break-buddy service the app talks to (`core.buddy.BuddyPort`).

Network work runs on one background thread (`link.Network`); every `BuddyEvents` call and
every `done` callback is handed to `post`, which runs it on the app's thread.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from massage_break.adapters.buddy import identity, pairing
from massage_break.adapters.buddy.link import Network, local_addresses
from massage_break.adapters.buddy.store import BuddyStore
from massage_break.core.buddy import (
    BreakInvite,
    Buddy,
    BuddyEvents,
    Nearby,
    PairingCode,
    PairResult,
)
from massage_break.core.buddy_wire import SHARED_KINDS, BadMessage, Message, encode
from massage_break.core.clock import Clock, SystemClock

log = logging.getLogger(__name__)

Post = Callable[[Callable[[], None]], None]


def shown_name(name: str) -> str:
    """The name as buddies see it: printable, 1 to 40 characters."""
    clean = " ".join("".join(c if c.isprintable() else " " for c in name).split())[:40].strip()
    return clean or "Massage Break"


class _Discovery(Protocol):
    """adapters/buddy/discovery.py (DISCOVERY's part), as used here."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def nearby(self) -> tuple[Nearby, ...]: ...


class BuddyService:
    """`folder` is this feature's own folder, `<data>/buddy`. `port`: None picks the port
    (MASSAGE_BREAK_BUDDY_PORT, else the remembered one, else 47390, else any free port)."""

    def __init__(
        self,
        folder: Path,
        name: str,
        events: BuddyEvents,
        post: Post,
        *,
        port: int | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._folder = folder
        self._name = shown_name(name)
        self._events = events
        self._post = post
        self._port = port
        self._clock = clock or SystemClock()
        self._lock = threading.Lock()
        self._at_desk = True
        self._presence: dict[str, bool] = {}  # fingerprint -> at desk, for live links
        self._online: set[str] = set()  # fingerprints with a live link
        self._discovery: _Discovery | None = None
        self._network: Network | None = None
        identity.ensure_folder(folder)
        self._store = BuddyStore(folder, self._clock.now)
        self._desk = pairing.CodeDesk(self._code_replaced)

    # ---- BuddyPort -----------------------------------------------------------------------------

    def start(self) -> None:
        if self._network is not None and self._network.running:
            return
        me = identity.load_or_create(self._folder, self._clock.now())
        network = Network(
            me,
            self._store,
            self._desk,
            self,
            lambda: self._name,
            port=self._port,
            extra_addresses=lambda: tuple(n.address for n in self.nearby()),
        )
        network.start()
        self._network = network
        network.run_blocking(self._start_discovery)

    def stop(self) -> None:
        network, self._network = self._network, None
        self._desk.hide()
        if network is None:
            return
        discovery, self._discovery = self._discovery, None
        if discovery is not None:
            network.run_blocking(discovery.stop)
        network.stop()
        with self._lock:
            self._presence.clear()
            self._online.clear()

    def listening(self) -> tuple[str, ...]:
        """ "host:port" for each address this computer can be reached at."""
        network = self._network
        if network is None or not network.running:
            return ()
        return tuple(f"{host}:{network.port}" for host in local_addresses())

    def set_name(self, name: str) -> None:
        self._name = shown_name(name)
        self._on_loop(lambda net: net.broadcast("hello", self.hello_body()))

    def buddies(self) -> tuple[Buddy, ...]:
        with self._lock:
            presence = dict(self._presence)
            live = set(self._online)
        return tuple(
            Buddy(b.name, b.fingerprint, b.fingerprint in live, presence.get(b.fingerprint, False))
            for b in self._store.buddies()
        )

    def show_code(self) -> PairingCode:
        return PairingCode(self._desk.show(), self.listening(), pairing.TRIES)

    def hide_code(self) -> None:
        self._desk.hide()

    def nearby(self) -> tuple[Nearby, ...]:
        discovery = self._discovery
        if discovery is None:
            return ()
        try:
            return tuple(discovery.nearby())
        except Exception:
            log.exception("buddy discovery failed")
            return ()

    def pair(self, address: str, code: str, done: Callable[[PairResult], None]) -> None:
        network = self._network

        def report(result: PairResult) -> None:
            self._post(lambda: done(result))

        if network is None:
            report(PairResult(False, error="unreachable"))
            return

        async def go() -> None:
            try:
                peer = await network.pair(address, code)
            except pairing.PairError as exc:
                report(PairResult(False, error=exc.error))
                return
            report(PairResult(True, Buddy(peer.name, peer.fingerprint)))

        if network.submit(go()) is None:
            report(PairResult(False, error="unreachable"))

    def forget(self, who: str) -> bool:
        buddy = self._store.find(who)
        if buddy is None:
            return False
        fingerprint = buddy.fingerprint
        self._store.remove(fingerprint)  # refused from now on, and a new advertised id

        def tell(net: Network) -> None:
            net.send(fingerprint, "forget", {})
            net.close_link(fingerprint, "forgotten")

        self._on_loop(tell)
        self._restart_discovery()
        self._post(self._events.buddies_changed)
        return True

    def set_at_desk(self, at_desk: bool) -> None:
        if at_desk == self._at_desk:
            return
        self._at_desk = at_desk
        self._on_loop(lambda net: net.broadcast("presence", {"at_desk": at_desk}))

    def invite(self, fingerprint: str, invite: BreakInvite) -> None:
        body = {
            "break": invite.break_id,
            "routine": invite.routine_id,
            "tier": invite.tier,
            "sitting_s": invite.sitting_seconds,
        }
        self._send(fingerprint, "invite", body)

    def answer(self, fingerprint: str, break_id: str, answer: str, minutes: int = 0) -> None:
        self._send(fingerprint, "answer", {"break": break_id, "answer": answer, "minutes": minutes})

    def send(self, fingerprint: str, break_id: str, kind: str, body: Mapping[str, object]) -> None:
        if kind not in SHARED_KINDS:
            log.error("not a shared-break message kind: %s", kind)
            return
        self._send(fingerprint, kind, {**body, "break": break_id})

    # ---- LinkOwner (called on the network thread) ----------------------------------------------

    def hello_body(self) -> dict[str, object]:
        return {"name": self._name, "at_desk": self._at_desk}

    def link_up(self, fingerprint: str) -> None:
        with self._lock:
            self._online.add(fingerprint)
        self._post(self._events.buddies_changed)

    def link_down(self, fingerprint: str, reason: str) -> None:
        with self._lock:
            self._presence.pop(fingerprint, None)
            self._online.discard(fingerprint)
        self._post(lambda: self._events.link_lost(fingerprint, reason))
        self._post(self._events.buddies_changed)

    def paired(self, peer: pairing.Peer) -> None:
        if self._desk.code is None:  # the shown code was used up
            self._code_replaced(None)
        self._post(self._events.buddies_changed)

    def received(self, fingerprint: str, message: Message) -> None:
        body = message.body
        kind = message.kind
        if kind == "hello":
            self._store.set_name(fingerprint, str(body["name"]))
            self._set_presence(fingerprint, body["at_desk"] is True)
        elif kind == "presence":
            self._set_presence(fingerprint, body["at_desk"] is True)
        elif kind == "forget":
            self._forgotten_by(fingerprint)
        elif kind == "invite":
            self._invited(fingerprint, message)
        elif kind == "answer":
            break_id, answer, minutes = str(body["break"]), str(body["answer"]), body["minutes"]
            assert isinstance(minutes, int)
            self._post(lambda: self._events.answered(fingerprint, break_id, answer, minutes))
        else:  # the shared-break kinds, delivered whole
            break_id = str(body["break"])
            self._post(lambda: self._events.shared(fingerprint, break_id, kind, body))

    # ---- helpers -------------------------------------------------------------------------------

    def _on_loop(self, fn: Callable[[Network], None]) -> None:
        network = self._network
        if network is not None:
            network.call(lambda: fn(network))

    def _send(self, fingerprint: str, kind: str, body: dict[str, object]) -> None:
        try:
            encode(kind, 1, body)  # a caller's mistake is logged here, not sent
        except BadMessage as exc:
            log.error("buddy message not sent (%s): %s %r", exc.reason, kind, body)
            return

        def go(net: Network) -> None:
            if not net.send(fingerprint, kind, body):
                log.info("buddy message %s not sent: no link", kind)
                self.link_down_quiet(fingerprint)

        if self._network is None:
            self.link_down_quiet(fingerprint)
            return
        self._on_loop(go)

    def link_down_quiet(self, fingerprint: str) -> None:
        """A message could not go out: tell the app the buddy is not reachable."""
        self._post(lambda: self._events.link_lost(fingerprint, "offline"))

    def _set_presence(self, fingerprint: str, at_desk: bool) -> None:
        with self._lock:
            changed = self._presence.get(fingerprint) != at_desk
            self._presence[fingerprint] = at_desk
        if changed:
            self._post(self._events.buddies_changed)

    def _invited(self, fingerprint: str, message: Message) -> None:
        paired = self._store.get(fingerprint)
        if paired is None:
            return
        body = message.body
        sitting = body["sitting_s"]
        assert isinstance(sitting, int)
        with self._lock:
            at_desk = self._presence.get(fingerprint, False)
        invite = BreakInvite(
            break_id=str(body["break"]),
            buddy=Buddy(paired.name, fingerprint, True, at_desk),
            routine_id=str(body["routine"]),
            tier=str(body["tier"]),
            sitting_seconds=sitting,
        )
        self._post(lambda: self._events.invited(invite))

    def _forgotten_by(self, fingerprint: str) -> None:
        self._store.remove(fingerprint)
        network = self._network
        if network is not None:
            network.close_link(fingerprint, "forgotten")
        self._restart_discovery()
        self._post(self._events.buddies_changed)

    def _code_replaced(self, code: str | None) -> None:
        shown = None if code is None else PairingCode(code, self.listening(), pairing.TRIES)
        self._post(lambda: self._events.code_replaced(shown))

    def _start_discovery(self) -> None:
        """On the network thread's worker pool: discovery may block while it announces."""
        network = self._network
        if network is None:
            return
        try:
            module = importlib.import_module("massage_break.adapters.buddy.discovery")
            discovery: _Discovery = module.Discovery(
                self._store.advert_id,
                network.port,
                renew=self._store.rotate_advert_id,  # a new id taken over is kept
            )
            discovery.start()
        except Exception as exc:  # no multicast, no zeroconf: typed addresses still work
            log.warning("buddy discovery unavailable: %s", exc)
            return
        if self._network is network:
            self._discovery = discovery
        else:  # stopped meanwhile
            discovery.stop()

    def _restart_discovery(self) -> None:
        """The advertised id changed: announce the new one."""
        network = self._network
        if network is None:
            return
        old, self._discovery = self._discovery, None

        def restart() -> None:
            if old is not None:
                try:
                    old.stop()
                except Exception:  # the new id must be announced all the same
                    log.exception("buddy discovery did not stop")
            self._start_discovery()

        network.run_blocking(restart)
