"""Promise: with the break buddy off (the default) the installed app owns no TCP or UDP socket
at all, at rest and while a break plays: nothing listens, nothing calls out. Its unix sockets
(the command socket, the X and D-Bus connections) are all it has.

The sockets are read from the kernel (tests/e2e/proc_sockets.py): the app's file descriptors
against `/proc/<pid>/net/{tcp,tcp6,udp,udp6,raw,raw6}`.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from massage_break.adapters.single_instance import socket_path
from massage_break.paths import app_paths

from .app_run import RunningApp, write_settings
from .desktop import Desktop, find_tool
from .proc_sockets import inet_sockets, listening_tcp_ports, owned_sockets, table_inodes

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool")),
        reason="needs xvfb, dunst and xdotool (see scripts/setup)",
    ),
]


@pytest.fixture
def desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Desktop("sni", base_dir=tmp_path / "desk") as d:
        yield d


def test_with_buddy_off_the_app_owns_no_tcp_or_udp_socket(desk: Desktop, tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base)  # the everyday start; the buddy is off unless turned on
    app = RunningApp(desk, base)
    app.wait_event("started")
    time.sleep(3)  # past start-up: anything started in the background has started by now
    pid = app.proc.pid

    # the reading sees sockets: the command socket is among the app's unix sockets
    command_socket = str(socket_path(app_paths(base).ipc_dir))
    unix = table_inodes(pid, "unix")
    owned = owned_sockets(pid)
    assert any(command_socket in unix[i] for i in owned if i in unix), command_socket
    assert inet_sockets(pid) == []

    # a break playing is the app at its busiest
    assert app.command("break-now").returncode == 0
    app.wait_event("routine_painted", timeout=15)
    time.sleep(1)
    assert inet_sockets(pid) == []
    # every socket it holds is a unix socket (no other family sneaks past the tables)
    # (netlink sockets talk to the kernel only)
    known = set(table_inodes(pid, "unix")) | set(table_inodes(pid, "netlink"))
    assert owned_sockets(pid) <= known
    assert app.terminate() == 0


def test_the_reading_sees_tcp_and_udp_sockets_and_listening_ports() -> None:
    """The instrument itself: a process with a UDP socket and a listening TCP socket."""
    code = (
        "import socket, sys, time\n"
        "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0))\n"
        "t = socket.create_server(('127.0.0.1', 0)); print(t.getsockname()[1], flush=True)\n"
        "time.sleep(30)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        found = inet_sockets(proc.pid)
        assert sorted(line.split(":")[0] for line in found) == ["tcp", "udp"], found
        assert listening_tcp_ports(proc.pid) == [port]
    finally:
        proc.kill()
        proc.wait(10)
