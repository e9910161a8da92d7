"""Finding nearby computers with DNS-SD over multicast DNS (python-zeroconf).

What this computer says on the network is a random id and where to connect, nothing else:
- the service instance is `<id>._massage-break._tcp.local.`;
- the service has no TXT fields (the record holds the single empty string RFC 6763 asks
  for): no user name, no computer name, no activity;
- the host record the service points to is `mb-<id>.local.`, so the computer's own host
  name is not announced either.
Browsing the same service type lists the other computers by their ids; our own is left out.

IPv4 only: an address is given to the user as "host:port", and IPv6 link-local addresses
would need scope ids that another computer cannot use.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import ifaddr
from zeroconf import (
    Error,
    IPVersion,
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
    """

    def __init__(self, advert_id: str, port: int, addresses: tuple[str, ...] = ()) -> None:
        _check(advert_id, port, addresses)
        self.advert_id = advert_id
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
            info = ServiceInfo(
                SERVICE_TYPE,
                instance_name(self.advert_id),
                port=self.port,
                properties=None,  # no TXT fields at all
                server=host_name(self.advert_id),
                parsed_addresses=list(addresses),
            )
            self._zc = zc
            self._found = {}
            assert zc.loop is not None  # a started Zeroconf has its loop
            self._registered = asyncio.run_coroutine_threadsafe(_register(zc, info), zc.loop)
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
        """The other computers seen now, by id."""
        with self._lock:
            return tuple(sorted(self._found.values(), key=lambda n: n.id))

    def _changed(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        """Called on the browser's thread (blocking there is allowed)."""
        peer = name.removesuffix("." + service_type)
        if peer == name or not ADVERT_ID.fullmatch(peer) or peer == self.advert_id:
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


async def _register(zc: Zeroconf, info: ServiceInfo) -> None:
    announced = await zc.async_register_service(info)
    await announced


def _log_failure(done: Future[Any]) -> None:
    if done.cancelled():
        return
    exc = done.exception()
    if exc is not None:
        log.warning("could not announce this computer: %s", exc)


def _address(info: ServiceInfo | None) -> str | None:
    """ "host:port" of a resolved advert, preferring an address that is not link-local."""
    if info is None or info.port is None:
        return None
    ips = info.parsed_addresses(IPVersion.V4Only)
    if not ips:
        return None
    ips.sort(key=lambda ip: ipaddress.IPv4Address(ip).is_link_local)
    return f"{ips[0]}:{info.port}"
