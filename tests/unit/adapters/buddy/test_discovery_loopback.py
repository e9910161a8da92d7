"""Discovery on 127.0.0.1 with real multicast DNS (no network namespace needed): two apps
find each other, odd or broken adverts on the same service type are left out, a clash of
ids picks a new one and says why, and an address this computer does not have refuses to
start."""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Callable, Iterator

import pytest
from zeroconf import IPVersion, ServiceInfo, Zeroconf

from massage_break.adapters.buddy import discovery
from massage_break.adapters.buddy.discovery import (
    SERVICE_TYPE,
    Discovery,
    DiscoveryUnavailable,
    Nearby,
)

LOOP = ("127.0.0.1",)
#: every advert this run makes carries it: other programs on this host (other test runs) may
#: advertise the same service type on loopback, and they are left out of what is compared
RUN = secrets.token_hex(4)


def tag(name: str) -> str:
    return f"{name}-{RUN}"


def seen(d: Discovery) -> tuple[Nearby, ...]:
    """What `d` lists of this run's adverts."""
    return tuple(n for n in d.nearby() if n.id.endswith(RUN))


def eventually(check: Callable[[], bool], seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < end, "not within the time allowed"
        time.sleep(0.05)


@pytest.fixture
def running() -> Iterator[list[Discovery]]:
    started: list[Discovery] = []
    yield started
    for d in started:
        d.stop()


def start(running: list[Discovery], advert_id: str, port: int) -> Discovery:
    return start_with(running, advert_id, port)


def start_with(
    running: list[Discovery], advert_id: str, port: int, **kwargs: Callable[[], str]
) -> Discovery:
    d = Discovery(advert_id, port, LOOP, **kwargs)
    d.start()
    running.append(d)
    return d


def test_two_apps_on_one_host_find_each_other_and_lose_each_other(
    running: list[Discovery],
) -> None:
    ana = start(running, tag("ana-desk"), 47101)
    ben = start(running, tag("ben_desk"), 47102)
    ana.start()  # a second start while running changes nothing
    eventually(lambda: bool(seen(ana)) and bool(seen(ben)))
    assert seen(ana) == (Nearby(tag("ben_desk"), "127.0.0.1:47102"),)
    assert seen(ben) == (Nearby(tag("ana-desk"), "127.0.0.1:47101"),)
    ana.stop()  # the goodbye reaches Ben
    eventually(lambda: seen(ben) == ())
    assert not ana.running and ana.nearby() == ()


def test_odd_adverts_on_the_same_service_type_are_left_out(
    running: list[Discovery], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discovery, "RESOLVE_MS", 300)
    ana = start(running, tag("ana"), 47103)
    other = Zeroconf(interfaces=list(LOOP), ip_version=IPVersion.V4Only)
    try:
        adverts = [
            ServiceInfo(  # an id that is not a plain token
                SERVICE_TYPE, f"a desk! {RUN}.{SERVICE_TYPE}", port=47104,
                server="mb-x.local.", parsed_addresses=["127.0.0.1"],
            ),
            ServiceInfo(  # says where, but has no IPv4 address to connect to
                SERVICE_TYPE, f"noaddr-{RUN}.{SERVICE_TYPE}", port=47105, server="mb-y.local.",
            ),
            ServiceInfo(  # a well-formed one, so the test knows browsing works
                SERVICE_TYPE, f"{tag('good')}.{SERVICE_TYPE}", port=47106,
                server="mb-good.local.", parsed_addresses=["127.0.0.1"],
            ),
        ]  # fmt: skip
        for info in adverts:
            other.register_service(info)
        eventually(lambda: bool(seen(ana)))
        time.sleep(1.0)  # the odd ones had as long to show up
        assert seen(ana) == (Nearby(tag("good"), "127.0.0.1:47106"),)
        other.unregister_service(adverts[2])
        eventually(lambda: seen(ana) == ())
    finally:
        other.close()


def test_an_id_taken_on_the_network_is_replaced_by_a_new_one_and_said_why(
    running: list[Discovery], caplog: pytest.LogCaptureFixture
) -> None:
    ana = start(running, tag("same"), 47107)
    time.sleep(0.5)  # the first one's records are on the wire before the second probes
    with caplog.at_level(logging.WARNING, logger="massage_break.adapters.buddy.discovery"):
        ben = start(running, tag("same"), 47108)  # the same id, forced
        eventually(lambda: ben.advert_id != tag("same"))
        fresh = ben.advert_id
        # both announce and find each other: Ana keeps hers, Ben has a new random one
        eventually(lambda: Nearby(fresh, "127.0.0.1:47108") in ana.nearby() and bool(seen(ben)))
    assert re.fullmatch(r"[0-9a-f]{16}", fresh)
    assert seen(ben) == (Nearby(tag("same"), "127.0.0.1:47107"),)
    assert Nearby(tag("same"), "127.0.0.1:47107") not in ana.nearby()  # not herself
    assert f"the id {tag('same')} was taken on the network" in caplog.text
    assert f"now announcing {fresh}" in caplog.text
    assert "could not announce" not in caplog.text


def test_ids_taken_every_time_give_up_after_a_few_and_say_so(
    running: list[Discovery], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discovery, "REGISTER_TRIES", 2)
    start(running, tag("one"), 47110)
    start(running, tag("two"), 47111)
    time.sleep(0.5)
    with caplog.at_level(logging.WARNING, logger="massage_break.adapters.buddy.discovery"):
        carl = start_with(running, tag("one"), 47112, renew=lambda: tag("two"))
        eventually(lambda: "could not announce this computer" in caplog.text, 15)
    assert "DiscoveryUnavailable: every id tried was taken on the network" in caplog.text
    assert f"({tag('one')}, {tag('two')})" in caplog.text
    assert carl.running  # browsing goes on; only the announcement failed
    # its id is still the last one tried, so only the other computer is listed
    eventually(lambda: [n.id for n in seen(carl)] == [tag("one")])


def test_an_address_this_computer_does_not_have_cannot_start() -> None:
    d = Discovery("ana", 47109, ("192.0.2.1",))  # TEST-NET-1: on no interface here
    with pytest.raises(DiscoveryUnavailable, match="multicast DNS cannot start"):
        d.start()
    assert not d.running and d.nearby() == ()
    d.stop()


def test_stopping_right_after_starting_leaves_nothing_running() -> None:
    d = Discovery(tag("quick"), 47110, LOOP)
    d.start()
    d.stop()  # the announcement is still probing: it is cancelled
    assert not d.running
    d.stop()


def test_a_computer_with_loopback_only_has_nothing_to_announce_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ifaddr

    lo = ifaddr.Adapter("lo", "lo", [ifaddr.IP("127.0.0.1", 8, "lo")], index=1)
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [lo])
    d = Discovery("ana", 47111)
    with pytest.raises(DiscoveryUnavailable, match="no network interface"):
        d.start()
    assert not d.running


def test_stopping_while_a_computer_is_still_being_resolved_lists_nothing(
    running: list[Discovery], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(discovery, "RESOLVE_MS", 2500)
    ana = start(running, tag("ana"), 47112)
    other = Zeroconf(interfaces=list(LOOP), ip_version=IPVersion.V4Only)
    try:
        slow = ServiceInfo(
            SERVICE_TYPE, f"{tag('slow')}.{SERVICE_TYPE}", port=47113, server="mb-s.local."
        )
        other.register_service(slow)  # no address record: resolving it waits
        time.sleep(1.0)
        with caplog.at_level(logging.DEBUG, logger="massage_break.adapters.buddy.discovery"):
            ana.stop()
            time.sleep(2.0)  # the resolve gives up or is cut off
        assert seen(ana) == () and not ana.running
    finally:
        other.close()
