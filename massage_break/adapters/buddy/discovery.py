"""Finding nearby computers with DNS-SD over multicast DNS (python-zeroconf).

What this computer says on the network is a random id and where to connect, nothing else:
- the service instance is `<id>._massage-break._tcp.local.`;
- the service has no TXT fields (the record holds the single empty string RFC 6763 asks
  for): no user name, no computer name, no activity;
- the host record the service points to is `mb-<id>.local.`, so the computer's own host
  name is not announced either.
Browsing the same service type lists the other computers by their ids; our own is left out.
When another computer already announces our id (multicast DNS probing finds the name taken),
a new random id is picked and announced instead, a few times at most, and the log says why.

IPv4 only: an address is given to the user as "host:port", and IPv6 link-local addresses
would need scope ids that another computer cannot use.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import ifaddr
from zeroconf import (
    Error,
    IPVersion,
    NonUniqueNameException,
    ServiceBrowser,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
)

from massage_break.core.buddy import Nearby

log = logging.getLogger(__name__)

SERVICE_TYPE = "_massage-break._tcp.local."
#: the advert id: what NET's wire format calls an id
ADVERT_ID = re.compile(r"[A-Za-z0-9_-]{1,40}")
#: how long a newly seen computer may take to answer where it listens (ms)
RESOLVE_MS = 3000
#: how many ids are tried when the one before is taken on the network
REGISTER_TRIES = 4


def random_advert_id() -> str:
    return secrets.token_hex(8)


class DiscoveryUnavailable(Exception):
    """Multicast DNS cannot run here: no usable network interface, or multicast refused."""


def host_name(advert_id: str) -> str:
    """The host record of the advert: named after the id, never after the computer.
    A host label may not hold "_" (RFC 952), so it becomes "-"."""
    return f"mb-{advert_id.replace('_', '-').lower()}.local."


def instance_name(advert_id: str) -> str:
    return f"{advert_id}.{SERVICE_TYPE}"


def local_addresses() -> tuple[str, ...]:
    """This computer's IPv4 addresses on every interface except loopback."""
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not ip.is_IPv4 or not isinstance(ip.ip, str):
                continue
            if ipaddress.IPv4Address(ip.ip).is_loopback or ip.ip in found:
                continue
            found.append(ip.ip)
    return tuple(found)


def _check(advert_id: str, port: int, addresses: tuple[str, ...]) -> None:
    if not ADVERT_ID.fullmatch(advert_id):
        raise ValueError(f"advert id must match {ADVERT_ID.pattern}: {advert_id!r}")
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    for address in addresses:
        ipaddress.IPv4Address(address)  # ValueError for anything else


def _in_plain_thread(make: Callable[[], Zeroconf]) -> Zeroconf:
    """Zeroconf joins an asyncio loop running in the calling thread; built in a thread of its
    own it runs its own loop instead, so start() may be called from any thread."""
    box: list[Zeroconf | BaseException] = []

    def run() -> None:
        try:
            box.append(make())
        except BaseException as exc:  # handed to the caller below
            box.append(exc)

    thread = threading.Thread(target=run, name="mb-discovery-start")
    thread.start()
    thread.join()
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


class Discovery:
    """Advertise `advert_id` listening on `port` and list the other computers that do.

    `addresses`: the IPv4 addresses to announce and to send multicast on; empty (the
    default) means every non-loopback IPv4 address of this computer. Every method may be
    called from any thread. `start()` raises `DiscoveryUnavailable` when multicast DNS cannot
    run; the user can still type an address then.

    `renew()` gives a new id when this one is taken on the network (another computer
    announces it); the service passes one that also remembers it. `advert_id` is the id
    announced now.
    """

    def __init__(
        self,
        advert_id: str,
        port: int,
        addresses: tuple[str, ...] = (),
        renew: Callable[[], str] = random_advert_id,
    ) -> None:
        _check(advert_id, port, addresses)
        self.advert_id = advert_id
        self._renew = renew
        self.port = port
        self.addresses = addresses
        self._lock = threading.Lock()
        self._zc: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None
        self._found: dict[str, Nearby] = {}  # lower-cased instance name -> computer
        self._registered: Future[Any] | None = None

    @property
    def running(self) -> bool:
        with self._lock:
            return self._zc is not None

    def start(self) -> None:
        """Announce and browse. Returns at once; the announcement probes in the background."""
        with self._lock:
            if self._zc is not None:
                return
            addresses = self.addresses or local_addresses()
            if not addresses:
                raise DiscoveryUnavailable("no network interface with an IPv4 address")
            try:
                zc = _in_plain_thread(
                    lambda: Zeroconf(interfaces=list(addresses), ip_version=IPVersion.V4Only)
                )
            except OSError as exc:
                raise DiscoveryUnavailable(f"multicast DNS cannot start: {exc}") from exc
            self._zc = zc
            self._found = {}
            assert zc.loop is not None  # a started Zeroconf has its loop
            self._registered = asyncio.run_coroutine_threadsafe(
                self._register(zc, addresses), zc.loop
            )
            self._registered.add_done_callback(_log_failure)
            self._browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[self._changed])
        log.info("discovery started on %s", ", ".join(addresses))

    def stop(self) -> None:
        """Say goodbye on the network and close every socket. Safe to call twice."""
        with self._lock:
            zc, browser, registered = self._zc, self._browser, self._registered
            self._zc = self._browser = self._registered = None
            self._found = {}
        if zc is None:
            return
        if browser is not None:
            browser.cancel()
        if registered is not None and not registered.done():
            registered.cancel()
        zc.close()  # sends the goodbye for our advert
        log.info("discovery stopped")

    def nearby(self) -> tuple[Nearby, ...]:
        """The other computers seen now, by id. Our own advert is left out here, not when it
        is seen: the id can change while the browser already knows every advert."""
        with self._lock:
            others = (n for n in self._found.values() if n.id != self.advert_id)
            return tuple(sorted(others, key=lambda n: n.id))

    async def _register(self, zc: Zeroconf, addresses: tuple[str, ...]) -> None:
        """Announce the id; one taken on the network is replaced by a new one (bounded)."""
        taken: list[str] = []
        for attempt in range(REGISTER_TRIES):
            if attempt:
                fresh = self._renew()
                with self._lock:
                    self.advert_id = fresh
                log.warning(
                    "the id %s was taken on the network (another computer announces it); "
                    "now announcing %s",
                    taken[-1],
                    fresh,
                )
            advert_id = self.advert_id
            info = ServiceInfo(
                SERVICE_TYPE,
                instance_name(advert_id),
                port=self.port,
                properties=None,  # no TXT fields at all
                server=host_name(advert_id),
                parsed_addresses=list(addresses),
            )
            try:
                announced = await zc.async_register_service(info)
            except NonUniqueNameException:
                taken.append(advert_id)
                continue
            await announced
            return
        raise DiscoveryUnavailable(
            f"every id tried was taken on the network ({', '.join(taken)}); "
            "typed addresses still work"
        )

    def _changed(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        """Called on the browser's thread (blocking there is allowed)."""
        peer = name.removesuffix("." + service_type)
        if peer == name or not ADVERT_ID.fullmatch(peer):
            return
        key = name.lower()
        if state_change is ServiceStateChange.Removed:
            with self._lock:
                self._found.pop(key, None)
            return
        try:
            info = zeroconf.get_service_info(service_type, name, timeout=RESOLVE_MS)
        except Error as exc:  # stopped while asking, or the loop was too busy to answer
            log.debug("could not resolve %s: %s", peer, exc)
            return
        address = _address(info)
        with self._lock:
            if self._zc is not zeroconf:  # stopped (or restarted) meanwhile
                return
            if address is None:
                self._found.pop(key, None)
            else:
                self._found[key] = Nearby(peer, address)


def _log_failure(done: Future[Any]) -> None:
    if done.cancelled():
        return
    exc = done.exception()
    if exc is not None:  # some of zeroconf's errors have no message: the type says what
        log.warning("could not announce this computer: %s: %s", type(exc).__name__, exc)


def _address(info: ServiceInfo | None) -> str | None:
    """ "host:port" of a resolved advert, preferring an address that is not link-local."""
    if info is None or info.port is None:
        return None
    ips = info.parsed_addresses(IPVersion.V4Only)
    if not ips:
        return None
    ips.sort(key=lambda ip: ipaddress.IPv4Address(ip).is_link_local)
    return f"{ips[0]}:{info.port}"
