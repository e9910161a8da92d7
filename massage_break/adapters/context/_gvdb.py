"""Read one boolean key from a dconf database file (GVDB format), without GLib.

dconf keeps the user's settings in `$XDG_CONFIG_HOME/dconf/user`, a GVDB file: a header, then
one hash table whose items are the full key paths (each item stores the last path segment and
a pointer to its parent) with GVariant values. This reads just enough of it to look up a key
and decode a boolean; anything unexpected reads as "not set". The file is parsed again only
when its size, mtime or inode changes, so a call normally costs one stat().
"""

from __future__ import annotations

import os
import struct
from typing import Any

_SIGNATURES = (b"GVariant", b"raVGtnai")  # native / byte-swapped file
_HEADER = struct.Struct("<8sIIII")  # signature, version, options, root start, root end
_HASH_HEADER = struct.Struct("<II")  # bloom words (low 27 bits), buckets
_ITEM = struct.Struct("<IIIHccII")  # hash, parent, key start, key size, type, _, value ptr
_NO_PARENT = 0xFFFFFFFF
MAX_FILE = 16 * 1024 * 1024


def gvdb_hash(key: bytes) -> int:
    """djb2 over signed chars, as gvdb_hash() computes it."""
    value = 5381
    for byte in key:
        value = (value * 33 + (byte - 256 if byte >= 128 else byte)) & 0xFFFFFFFF
    return value


def lookup_bool(data: bytes, key: str) -> bool | None:
    """The boolean stored under `key` (e.g. "/org/gnome/desktop/notifications/show-banners"),
    or None when the key is absent, not a boolean, or the data is not a GVDB file."""
    try:
        return _lookup_bool(data, key.encode())
    except (struct.error, IndexError, ValueError, RecursionError):
        return None


def _lookup_bool(data: bytes, key: bytes) -> bool | None:
    signature, version, _options, start, end = _HEADER.unpack_from(data, 0)
    if signature not in _SIGNATURES or version != 0 or not start < end <= len(data):
        return None
    bloom_words, n_buckets = _HASH_HEADER.unpack_from(data, start)
    buckets_at = start + _HASH_HEADER.size + 4 * (bloom_words & 0x07FFFFFF)
    items_at = buckets_at + 4 * n_buckets
    if n_buckets == 0 or items_at > end:
        return None
    n_items = (end - items_at) // _ITEM.size
    buckets = struct.unpack_from(f"<{n_buckets}I", data, buckets_at)
    wanted = gvdb_hash(key)
    bucket = wanted % n_buckets
    first = buckets[bucket]
    last = buckets[bucket + 1] if bucket + 1 < n_buckets else n_items
    for index in range(first, min(last, n_items)):
        item = _ITEM.unpack_from(data, items_at + index * _ITEM.size)
        if item[0] == wanted and _name_matches(data, items_at, n_items, item, key):
            if item[4] != b"v":
                return None
            return _variant_bool(data[item[6] : item[7]]) if item[6] <= item[7] else None
    return None


def _name_matches(
    data: bytes, items_at: int, n_items: int, item: tuple[Any, ...], key: bytes
) -> bool:
    """gvdb_table_check_name(): the item's segment ends `key`, its parent matches the rest."""
    length = len(key)
    for _ in range(n_items + 1):  # a parent chain longer than the table is a broken file
        parent, key_start, key_size = int(item[1]), int(item[2]), int(item[3])
        if (
            key_size > length
            or data[key_start : key_start + key_size] != key[length - key_size : length]
        ):
            return False
        length -= key_size
        if parent == _NO_PARENT:
            return length == 0
        if parent >= n_items or length == 0:
            return False
        item = _ITEM.unpack_from(data, items_at + parent * _ITEM.size)
    return False


def _variant_bool(value: bytes) -> bool | None:
    """A serialized GVariant "v": the child's bytes, a NUL, then the child's type string."""
    cut = value.rfind(b"\0")
    if cut != 1 or value[cut + 1 :] != b"b":
        return None
    return value[0] != 0


class DconfBool:
    """One boolean key of a dconf database file, re-read only when the file changes."""

    def __init__(self, path: str | os.PathLike[str], key: str) -> None:
        self.path = os.fspath(path)
        self.key = key
        self._stamp: tuple[int, int, int] | None = None
        self._value: bool | None = None

    def value(self) -> bool | None:
        """The stored value; None when the file or the key is missing (the schema default)."""
        try:
            st = os.stat(self.path)
        except OSError:
            self._stamp, self._value = None, None
            return None
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        if stamp != self._stamp:
            self._value = self._read() if st.st_size <= MAX_FILE else None
            self._stamp = stamp
        return self._value

    def _read(self) -> bool | None:
        try:
            with open(self.path, "rb") as fh:
                data = fh.read(MAX_FILE + 1)
        except OSError:
            return None
        return lookup_bool(data, self.key)
