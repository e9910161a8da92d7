"""macOS idle time: IOKit's `HIDIdleTime` property of the IOHIDSystem service, through ctypes.

`HIDIdleTime` is a CFNumber of nanoseconds since the last keyboard/mouse/trackpad input; it
needs no Accessibility permission. The frameworks are loaded when the source is created, so
this module imports anywhere.
"""

from __future__ import annotations

import ctypes
from datetime import timedelta
from typing import Any

from massage_break.adapters.idle.errors import IdleUnavailable

IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
K_IO_MAIN_PORT_DEFAULT = 0  # kIOMainPortDefault (formerly kIOMasterPortDefault) is MACH_PORT_NULL
K_CF_STRING_ENCODING_UTF8 = 0x08000100
K_CF_NUMBER_SINT64_TYPE = 4

_void_p, _u32 = ctypes.c_void_p, ctypes.c_uint32


def _load(path: str) -> Any:
    try:
        return ctypes.CDLL(path)
    except OSError as exc:
        raise IdleUnavailable(f"cannot load {path.rsplit('/', 1)[-1]}: {exc}") from exc


def _declare(lib: Any, name: str, restype: Any, *argtypes: Any) -> Any:
    fn = getattr(lib, name)
    fn.restype, fn.argtypes = restype, list(argtypes)
    return fn


class MacIdleSource:
    name = "macos"
    available = True

    def __init__(self) -> None:
        iokit, cf = _load(IOKIT), _load(CORE_FOUNDATION)
        try:
            matching = _declare(iokit, "IOServiceMatching", _void_p, ctypes.c_char_p)
            get_service = _declare(iokit, "IOServiceGetMatchingService", _u32, _u32, _void_p)
            self._create_property = _declare(
                iokit, "IORegistryEntryCreateCFProperty", _void_p, _u32, _void_p, _void_p, _u32
            )
            self._release_object = _declare(iokit, "IOObjectRelease", ctypes.c_int, _u32)
            make_string = _declare(
                cf, "CFStringCreateWithCString", _void_p, _void_p, ctypes.c_char_p, _u32
            )
            self._type_id = _declare(cf, "CFGetTypeID", ctypes.c_ulong, _void_p)
            number_type_id = _declare(cf, "CFNumberGetTypeID", ctypes.c_ulong)
            self._number_value = _declare(
                cf,
                "CFNumberGetValue",
                ctypes.c_bool,
                _void_p,
                ctypes.c_long,
                ctypes.POINTER(ctypes.c_int64),
            )
            self._release = _declare(cf, "CFRelease", None, _void_p)
        except AttributeError as exc:
            raise IdleUnavailable(f"IOKit function missing: {exc}") from exc
        self._number_type = number_type_id()
        # IOServiceGetMatchingService consumes the matching dictionary.
        self._service = get_service(K_IO_MAIN_PORT_DEFAULT, matching(b"IOHIDSystem"))
        if not self._service:
            raise IdleUnavailable("the IOHIDSystem service was not found")
        self._key = make_string(None, b"HIDIdleTime", K_CF_STRING_ENCODING_UTF8)
        if not self._key:
            self._release_object(self._service)
            self._service = 0
            raise IdleUnavailable("cannot create the HIDIdleTime key")

    def idle(self) -> timedelta:
        if not self._service:
            return timedelta(0)
        prop = self._create_property(self._service, self._key, None, 0)
        if not prop:
            return timedelta(0)
        try:
            value = ctypes.c_int64(0)
            if self._type_id(prop) != self._number_type or not self._number_value(
                prop, K_CF_NUMBER_SINT64_TYPE, ctypes.pointer(value)
            ):
                return timedelta(0)
        finally:
            self._release(prop)
        return timedelta(microseconds=max(value.value, 0) // 1000)

    def close(self) -> None:
        if self._service:
            self._release_object(self._service)
            self._release(self._key)
            self._service = 0
