"""The sockets a process holds, read from the kernel: its file descriptors (`/proc/<pid>/fd`,
links `socket:[inode]`) against the inode column of `/proc/<pid>/net/<table>`."""

from __future__ import annotations

import os
import re
from pathlib import Path

INET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6")
TCP_LISTEN = "0A"  # the state column of a listening TCP socket


def process_tree(pid: int) -> list[int]:
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        for kid in children.read_text().split() if children.exists() else []:
            out += process_tree(int(kid))
    return out


def owned_sockets(pid: int) -> set[int]:
    """Inodes of the sockets the process (and any child of it) holds open."""
    found: set[int] = set()
    for p in process_tree(pid):
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
    """The process's TCP, UDP and raw sockets, as "<table>: <kernel line>"."""
    owned = owned_sockets(pid)
    return [
        f"{table}: {line}"
        for table in INET_TABLES
        for inode, line in table_inodes(pid, table).items()
        if inode in owned and inode != 0
    ]


def listening_tcp_ports(pid: int) -> list[int]:
    """Ports the process listens on with TCP."""
    owned = owned_sockets(pid)
    ports = []
    for table in ("tcp", "tcp6"):
        for inode, line in table_inodes(pid, table).items():
            fields = line.split()
            if inode in owned and fields[3] == TCP_LISTEN:
                ports.append(int(fields[1].rsplit(":", 1)[1], 16))
    return sorted(ports)
