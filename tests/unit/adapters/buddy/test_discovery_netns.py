"""Promise: two computers on one network find each other by their random ids, a computer that
stops is gone from the other's list, and what a computer announces holds that id and where it
listens, nothing else: no TXT data and not the computer's host name.

Two network namespaces joined by a veth pair stand in for the two computers; each side runs in
its own process (`ip netns exec`) and also records every multicast DNS packet the other sends.
Making the namespaces needs root and iproute2: where that fails, the test fails (never skips).
"""

from __future__ import annotations

import argparse
import json
import secrets
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[4]
MDNS_GROUP, MDNS_PORT = "224.0.0.251", 5353
FIND_S = 20.0  # how long a side waits to see the other
LINGER_S = 3.0  # the first side keeps announcing this long after it saw the other


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=20)


class Side:
    def __init__(self, ns: str, address: str, advert_id: str, port: int) -> None:
        self.ns, self.address, self.advert_id, self.port = ns, address, advert_id, port


@pytest.fixture
def two_computers(request: pytest.FixtureRequest) -> tuple[Side, Side]:
    tag = secrets.token_hex(3)
    net = 10 + secrets.randbelow(200)
    a = Side(f"mb-a-{tag}", f"10.213.{net}.1", f"A{secrets.token_hex(6)}", 40001)
    b = Side(f"mb-b-{tag}", f"10.213.{net}.2", f"b_{secrets.token_hex(6)}", 40002)
    made: list[str] = []

    def remove() -> None:
        for ns in made:  # deleting a namespace deletes its end of the veth pair too
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False)

    request.addfinalizer(remove)
    try:
        for side in (a, b):
            _ip("netns", "add", side.ns)
            made.append(side.ns)
        _ip("link", "add", f"va{tag}", "netns", a.ns, "type", "veth",
            "peer", "name", f"vb{tag}", "netns", b.ns)  # fmt: skip
        for side, dev in ((a, f"va{tag}"), (b, f"vb{tag}")):
            _ip("-n", side.ns, "addr", "add", f"{side.address}/24", "dev", dev)
            _ip("-n", side.ns, "link", "set", "dev", dev, "multicast", "on", "up")
            _ip("-n", side.ns, "link", "set", "dev", "lo", "up")
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or exc
        pytest.fail(f"cannot make network namespaces here (root and iproute2 needed): {detail}")
    return a, b


def test_two_computers_find_each_other_and_announce_only_their_id(
    two_computers: tuple[Side, Side],
) -> None:
    a, b = two_computers
    procs = {
        side.ns: subprocess.Popen(
            _side_command(side, other, wait_gone=side is b),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for side, other in ((a, b), (b, a))
    }
    seen: dict[str, dict[str, Any]] = {}
    for ns, proc in procs.items():
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, f"{ns} failed:\n{err}"
        seen[ns] = json.loads(out.strip().splitlines()[-1])

    for side, other in ((a, b), (b, a)):
        report = seen[side.ns]
        # each sees the other's id and address, and never itself
        assert report["nearby"] == [[other.advert_id, f"{other.address}:{other.port}"]], report
        advert = _advert(report["packets"])
        assert advert["txt"] and set(advert["txt"]) == {""}, advert  # the empty TXT only
        assert advert["srv"] == {(instance(other.advert_id), host(other.advert_id), other.port)}
        assert advert["a"] == {(host(other.advert_id), other.address)}
        allowed = {SERVICE, instance(other.advert_id), host(other.advert_id)}
        allowed |= {instance(side.advert_id), "_services._dns-sd._udp.local."}  # asked about
        assert advert["names"] <= allowed, advert["names"] - allowed
        raw = b"".join(bytes.fromhex(p) for p in report["packets"]).lower()
        assert socket.gethostname().lower().encode() not in raw
    # b stayed after a stopped: a's goodbye took it off b's list
    assert seen[b.ns]["gone"] is True


SERVICE = "_massage-break._tcp.local."


def _side_command(side: Side, other: Side, wait_gone: bool) -> list[str]:
    """One computer: this module run inside the side's namespace."""
    args = ["--id", side.advert_id, "--port", str(side.port), "--address", side.address]
    args += ["--peer", other.advert_id, "--peer-address", other.address]
    args += ["--wait-gone"] if wait_gone else []
    module = "tests.unit.adapters.buddy.test_discovery_netns"
    return ["ip", "netns", "exec", side.ns, sys.executable, "-m", module, *args]


def instance(advert_id: str) -> str:
    return f"{advert_id}.{SERVICE}".lower()


def host(advert_id: str) -> str:
    return f"mb-{advert_id.replace('_', '-')}.local.".lower()


def _advert(packets: list[str]) -> dict[str, Any]:
    """What the packets a computer sent say, record by record."""
    from zeroconf import DNSAddress, DNSIncoming, DNSService, DNSText

    out: dict[str, Any] = {"txt": [], "srv": set(), "a": set(), "names": set()}
    for hexed in packets:
        incoming = DNSIncoming(bytes.fromhex(hexed))
        assert incoming.valid
        for question in incoming.questions:
            out["names"].add(question.name.lower())
        for record in incoming.answers():
            out["names"].add(record.name.lower())
            if isinstance(record, DNSText):
                out["txt"].append(record.text.decode("latin-1"))
            elif isinstance(record, DNSService):
                out["srv"].add((record.name.lower(), record.server.lower(), record.port))
                out["names"].add(record.server.lower())
            elif isinstance(record, DNSAddress):
                out["a"].add((record.name.lower(), socket.inet_ntoa(record.address)))
    return out


# --- one computer: runs inside its namespace, prints a JSON report -----------------------------


def _capture(address: str, peer: str, packets: list[str], stop: threading.Event) -> None:
    """Every multicast DNS packet `peer` sends, as hex."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("", MDNS_PORT))
    group = struct.pack("4s4s", socket.inet_aton(MDNS_GROUP), socket.inet_aton(address))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, group)
    sock.settimeout(0.2)
    while not stop.is_set():
        try:
            data, (src, _port) = sock.recvfrom(9000)
        except TimeoutError:
            continue
        if src == peer:
            packets.append(data.hex())
    sock.close()


def _wait(until: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if until():
            return True
        time.sleep(0.05)
    return False


def side_main(argv: list[str]) -> int:
    from massage_break.adapters.buddy.discovery import Discovery

    ap = argparse.ArgumentParser()
    for flag in ("--id", "--address", "--peer", "--peer-address"):
        ap.add_argument(flag, required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--wait-gone", action="store_true")
    args = ap.parse_args(argv)
    packets: list[str] = []
    stop = threading.Event()
    capture = threading.Thread(
        target=_capture, args=(args.address, args.peer_address, packets, stop), daemon=True
    )
    capture.start()
    discovery = Discovery(args.id, args.port, (args.address,))
    discovery.start()
    found = _wait(lambda: any(n.id == args.peer for n in discovery.nearby()), FIND_S)
    nearby = [[n.id, n.address] for n in discovery.nearby()]
    gone = None
    if args.wait_gone:
        gone = found and _wait(lambda: not discovery.nearby(), FIND_S)
    else:
        time.sleep(LINGER_S)
    discovery.stop()
    stop.set()
    capture.join(5)
    print(json.dumps({"nearby": nearby, "gone": gone, "packets": packets}))
    return 0


if __name__ == "__main__":
    raise SystemExit(side_main(sys.argv[1:]))
