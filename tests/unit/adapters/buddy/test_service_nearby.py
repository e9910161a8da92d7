"""The service with a discovery module present (a stand-in for DISCOVERY's real one)."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable
from typing import ClassVar

import pytest

from massage_break.adapters.buddy.link import Network
from massage_break.adapters.buddy.service import BuddyService
from massage_break.core.buddy import Nearby
from tests.unit.adapters.buddy.conftest import Recorder, Side, World


class StandInDiscovery:
    made: ClassVar[list[StandInDiscovery]] = []
    seen: ClassVar[dict[int, tuple[Nearby, ...]]] = {}  # port of the finder -> what it finds

    def __init__(self, advert_id: str, port: int, renew: Callable[[], str]) -> None:
        self.advert_id, self.port, self.renew = advert_id, port, renew
        self.running = False
        StandInDiscovery.made.append(self)

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False

    def nearby(self) -> tuple[Nearby, ...]:
        return StandInDiscovery.seen.get(self.port, ())


@pytest.fixture
def discovery(monkeypatch: pytest.MonkeyPatch) -> type[StandInDiscovery]:
    module = types.ModuleType("massage_break.adapters.buddy.discovery")
    module.Discovery = StandInDiscovery  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    StandInDiscovery.made.clear()
    StandInDiscovery.seen.clear()
    return StandInDiscovery


def test_discovery_advertises_the_random_id_and_finds_a_moved_buddy(
    world: World, discovery: type[StandInDiscovery], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Network, "RECONNECT_S", 0.2)
    monkeypatch.setattr(Network, "TICK_S", 0.05)
    a, b = world.side("Alex"), world.side("Bo")
    world.app.until(lambda: len([d for d in discovery.made if d.running]) == 2)
    ads = {d.port: d.advert_id for d in discovery.made}
    assert ads[a.port] == a.service._store.advert_id and ads[b.port] == b.service._store.advert_id
    world.paired_and_linked(a, b)

    # Bo comes back on another port and no longer knows where Alex is
    b.service.stop()
    world.app.until(lambda: a.events.named("link_lost"))
    data = json.loads((b.folder / "buddies.json").read_text())
    data["buddies"][0]["addresses"] = []
    (b.folder / "buddies.json").write_text(json.dumps(data))
    moved = Side(
        "Bo", b.folder, Recorder(), BuddyService(b.folder, "Bo", Recorder(), world.app.post, port=0)
    )
    world.sides.append(moved)
    moved.service.start()
    discovery.seen[a.port] = (Nearby("bo-random-id", moved.address),)
    assert a.service.nearby() == (Nearby("bo-random-id", moved.address),)

    world.app.until(lambda: a.online() and moved.online())
    assert a.service._store.get(b.me.fingerprint).addresses[0] == moved.address  # type: ignore[union-attr]

    port = a.port
    before = a.service._store.advert_id
    assert a.service.forget("Bo")
    world.app.until(
        lambda: any(
            d.advert_id != before and d.port == a.port and d.running for d in discovery.made
        )
    )
    old = [d for d in discovery.made if d.port == a.port and d.advert_id == before]
    assert old and not any(d.running for d in old)  # the old id is no longer announced
    a.service.stop()
    assert not any(d.running for d in discovery.made if d.port == port)


def test_without_discovery_nearby_is_empty_and_typed_addresses_work(world: World) -> None:
    a, b = world.side("Alex"), world.side("Bo")
    assert a.service.nearby() == ()
    world.paired_and_linked(a, b)


def test_an_id_taken_on_the_network_is_replaced_and_remembered(
    world: World, discovery: type[StandInDiscovery]
) -> None:
    """Discovery asks the service for a new id when its own is taken on the network: the
    store makes one and keeps it, so the next start announces the new id."""
    a = world.side("Alex")
    world.app.until(lambda: any(d.running for d in discovery.made))
    first = discovery.made[0]
    before = first.advert_id
    fresh = first.renew()  # what the real Discovery calls after NonUniqueNameException
    assert fresh != before and a.service._store.advert_id == fresh
    assert json.loads((a.folder / "buddies.json").read_text())["advert_id"] == fresh
