"""Paired buddies, the random id this computer advertises, and the port it listens on.

All in `<data>/buddy/`, written atomically. An unreadable buddies file is moved aside and
replaced by an empty list: the user pairs again, which is safer than guessing.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from massage_break.adapters.atomic import quarantine, write_atomic

log = logging.getLogger(__name__)

BUDDIES_FILE = "buddies.json"
PORT_FILE = "port"
#: last addresses kept per buddy
MAX_ADDRESSES = 4


@dataclass(frozen=True)
class PairedBuddy:
    name: str
    fingerprint: str
    cert_pem: str
    addresses: tuple[str, ...]
    paired_at: str  # ISO time, UTC


def new_advert_id() -> str:
    return secrets.token_hex(8)


class BuddyStore:
    """Thread-safe: the service's network thread and the app's thread both use it."""

    def __init__(self, folder: Path, now: Callable[[], datetime]) -> None:
        self.folder = folder
        self._now = now
        self._lock = threading.Lock()
        self._buddies: dict[str, PairedBuddy] = {}
        self._advert_id = ""
        self._load()

    # ---- reading -----------------------------------------------------------------------------

    def buddies(self) -> tuple[PairedBuddy, ...]:
        with self._lock:
            return tuple(self._buddies.values())

    def get(self, fingerprint: str) -> PairedBuddy | None:
        with self._lock:
            return self._buddies.get(fingerprint)

    def find(self, who: str) -> PairedBuddy | None:
        """By fingerprint, else by name (case-insensitive)."""
        with self._lock:
            if who in self._buddies:
                return self._buddies[who]
            for buddy in self._buddies.values():
                if buddy.name.casefold() == who.casefold():
                    return buddy
        return None

    @property
    def advert_id(self) -> str:
        with self._lock:
            return self._advert_id

    # ---- changing ----------------------------------------------------------------------------

    def add(self, name: str, fingerprint: str, cert_pem: str, addresses: tuple[str, ...]) -> None:
        buddy = PairedBuddy(
            name,
            fingerprint,
            cert_pem,
            addresses[:MAX_ADDRESSES],
            self._now().isoformat(timespec="seconds"),
        )
        with self._lock:
            self._buddies[fingerprint] = buddy
            self._save()

    def remove(self, fingerprint: str) -> bool:
        """Forget a buddy and advertise a new id."""
        with self._lock:
            if self._buddies.pop(fingerprint, None) is None:
                return False
            self._advert_id = new_advert_id()
            self._save()
            return True

    def rotate_advert_id(self) -> str:
        with self._lock:
            self._advert_id = new_advert_id()
            self._save()
            return self._advert_id

    def set_name(self, fingerprint: str, name: str) -> None:
        self._update(fingerprint, lambda b: replace(b, name=name))

    def used_address(self, fingerprint: str, address: str) -> None:
        """`address` just worked: try it first next time."""

        def front(b: PairedBuddy) -> PairedBuddy:
            rest = tuple(a for a in b.addresses if a != address)
            return replace(b, addresses=(address, *rest)[:MAX_ADDRESSES])

        self._update(fingerprint, front)

    def _update(self, fingerprint: str, change: Callable[[PairedBuddy], PairedBuddy]) -> None:
        with self._lock:
            old = self._buddies.get(fingerprint)
            if old is None:
                return
            new = change(old)
            if new != old:
                self._buddies[fingerprint] = new
                self._save()

    # ---- the port ----------------------------------------------------------------------------

    def saved_port(self) -> int | None:
        try:
            port = int((self.folder / PORT_FILE).read_text("ascii").strip())
        except (OSError, ValueError):
            return None
        return port if 0 < port < 65536 else None

    def save_port(self, port: int) -> None:
        if self.saved_port() != port:
            try:
                write_atomic(self.folder / PORT_FILE, f"{port}\n".encode("ascii"))
            except OSError as exc:
                log.warning("could not remember the buddy port: %s", exc)

    # ---- the file ----------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.folder / BUDDIES_FILE

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._advert_id = new_advert_id()
            return
        except OSError as exc:  # there but unreadable (a folder, no permission): as corrupt
            self._set_aside(exc)
            return
        try:
            data = json.loads(raw.decode("utf-8"))
            advert_id = data["advert_id"]
            if not isinstance(advert_id, str) or not advert_id:
                raise ValueError("advert_id")
            buddies = {}
            for item in data["buddies"]:
                buddy = PairedBuddy(
                    name=_text(item["name"]),
                    fingerprint=_text(item["fingerprint"]),
                    cert_pem=_text(item["cert_pem"]),
                    addresses=tuple(_text(a) for a in item["addresses"]),
                    paired_at=_text(item["paired_at"]),
                )
                buddies[buddy.fingerprint] = buddy
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            self._set_aside(exc)
            return
        self._advert_id = advert_id
        self._buddies = buddies

    def _set_aside(self, exc: Exception) -> None:
        """The buddies file cannot be used: move it aside and start with no buddies."""
        self._advert_id = new_advert_id()
        try:
            moved = quarantine(self.path, self._now())
        except OSError as move_exc:
            log.warning("unreadable buddies file left in place: %s (%s)", exc, move_exc)
            return
        log.warning("buddies file quarantined as %s (%s); pair again", moved.name, exc)

    def _save(self) -> None:
        """Called with the lock held."""
        data = {
            "version": 1,
            "advert_id": self._advert_id,
            "buddies": [
                {**asdict(b), "addresses": list(b.addresses)} for b in self._buddies.values()
            ],
        }
        try:
            write_atomic(self.path, json.dumps(data, indent=2).encode("utf-8") + b"\n")
        except OSError as exc:
            log.warning("could not save the buddies file: %s", exc)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value
