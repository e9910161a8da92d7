"""Promise: discovery refuses what it must never announce, says plainly when multicast DNS
cannot run (so the user is offered a typed address), and stopping is always safe."""

from __future__ import annotations

import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from massage_break.adapters.buddy.discovery import (
    SERVICE_TYPE,
    Discovery,
    host_name,
    instance_name,
    local_addresses,
)

REPO = Path(__file__).resolve().parents[4]


@pytest.mark.parametrize(
    "advert_id", ["", "a" * 41, "has space", "dot.ted", "ümlaut", "host\nname"]
)
def test_an_id_that_is_not_a_plain_token_is_refused(advert_id: str) -> None:
    with pytest.raises(ValueError, match="advert id"):
        Discovery(advert_id, 4000)


@pytest.mark.parametrize("port", [0, -1, 65536])
def test_a_port_out_of_range_is_refused(port: int) -> None:
    with pytest.raises(ValueError, match="port"):
        Discovery("abc", port)


@pytest.mark.parametrize("address", ["::1", "example.org", "10.0.0.300", "10.0.0.1:4000"])
def test_only_plain_ipv4_addresses_are_announced(address: str) -> None:
    with pytest.raises(ValueError):
        Discovery("abc", 4000, (address,))


def test_names_carry_the_id_and_never_the_computer() -> None:
    assert instance_name("Ab_1") == "Ab_1._massage-break._tcp.local."
    assert instance_name("x").endswith(SERVICE_TYPE)
    assert host_name("Ab_1") == "mb-ab-1.local."  # "_" is not allowed in a host label


def test_loopback_is_not_among_the_announced_addresses() -> None:
    assert all(not a.startswith("127.") for a in local_addresses())


def test_before_start_and_after_stop_nothing_is_nearby_and_stop_is_safe() -> None:
    found = Discovery("abc", 4000)
    assert found.nearby() == ()
    assert not found.running
    found.stop()
    found.stop()
    assert found.nearby() == ()


PROBE = textwrap.dedent(
    """
    from massage_break.adapters.buddy.discovery import Discovery, DiscoveryUnavailable
    for addresses in [(), ("10.9.9.9",)]:
        try:
            Discovery("abc", 4000, addresses).start()
        except DiscoveryUnavailable as exc:
            print("unavailable:", exc)
        else:
            print("started")
    """
)


def test_without_a_network_start_says_discovery_is_unavailable() -> None:
    """In a network namespace with loopback only: no interface to announce on, and an
    address that is not this computer's cannot carry multicast."""
    ns = f"mb-none-{secrets.token_hex(3)}"
    made = subprocess.run(["ip", "netns", "add", ns], capture_output=True, text=True, check=False)
    if made.returncode:
        pytest.fail(f"cannot make a network namespace here: {made.stderr}")
    try:
        done = subprocess.run(
            ["ip", "netns", "exec", ns, sys.executable, "-c", PROBE],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "unavailable: no network interface with an IPv4 address"
    assert lines[1].startswith("unavailable: multicast DNS cannot start:"), lines
