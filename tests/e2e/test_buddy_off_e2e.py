"""Promise: with the break buddy off (the default) the installed app owns no TCP or UDP socket
at all, at rest and while a break plays: nothing listens, nothing calls out. Its unix sockets
(the command socket, the X and D-Bus connections) are all it has.

The sockets are read from the kernel: the app's file descriptors (`/proc/<pid>/fd`, links
`socket:[inode]`) against the inode column of `/proc/<pid>/net/{tcp,tcp6,udp,udp6,raw,raw6}`.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from massage_break.adapters.single_instance import socket_path
from massage_break.paths import app_paths

from .app_run import RunningApp, write_settings
from .desktop import Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool")),
        reason="needs xvfb, dunst and xdotool (see scripts/setup)",
    ),
]

INET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6")


def _process_tree(pid: int) -> list[int]:
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        for kid in children.read_text().split() if children.exists() else []:
            out += _process_tree(int(kid))
    return out


def owned_sockets(pid: int) -> set[int]:
    """Inodes of the sockets the process (and any child of it) holds open."""
    found: set[int] = set()
    for p in _process_tree(pid):
        for fd in Path(f"/proc/{p}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except FileNotFoundError:  # closed while we looked
                continue
            match = re.fullmatch(r"socket:\[(\d+)\]", target)
            if match:
                found.add(int(match.group(1)))
    return found


def table_inodes(pid: int, table: str) -> dict[int, str]:
    """inode -> line of /proc/<pid>/net/<table> (the process's own network namespace)."""
    lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
    column = 6 if table == "unix" else 9  # netlink's inode is the 10th column too
    return {int(line.split()[column]): line for line in lines if len(line.split()) > column}


def inet_sockets(pid: int) -> list[str]:
    owned = owned_sockets(pid)
    return [
        f"{table}: {line}"
        for table in INET_TABLES
        for inode, line in table_inodes(pid, table).items()
        if inode in owned and inode != 0
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
