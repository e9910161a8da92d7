"""Stand-ins for the Windows and macOS system libraries, at the ctypes boundary: objects with
the functions the adapters look up, filling the structs they are handed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from massage_break.adapters.idle import macos
from massage_break.adapters.idle.windows import LASTINPUTINFO


class FakeWindows:
    """ctypes.windll with user32.GetLastInputInfo and kernel32.GetTickCount."""

    def __init__(self) -> None:
        self.tick = 0
        self.last_input = 0
        self.ok = True
        self.sizes: list[int] = []

        def get_last_input_info(ptr: Any) -> int:
            info = ptr.contents
            assert isinstance(info, LASTINPUTINFO)
            self.sizes.append(info.cbSize)
            info.dwTime = self.last_input
            return 1 if self.ok else 0

        def get_tick_count() -> int:
            return self.tick

        self.windll = SimpleNamespace(
            user32=SimpleNamespace(GetLastInputInfo=get_last_input_info),
            kernel32=SimpleNamespace(GetTickCount=get_tick_count),
        )


class FakeMac:
    """IOKit + CoreFoundation: handles are plain ints, HIDIdleTime is `idle_ns`."""

    SERVICE, KEY, NUMBER, NUMBER_TYPE, DICT = 0x2A03, 0x7000, 0x8000, 22, 0x9000

    def __init__(self) -> None:
        self.idle_ns = 0
        self.property_type = self.NUMBER_TYPE
        self.service = self.SERVICE
        self.has_property = True
        self.released: list[int] = []
        self.released_objects: list[int] = []
        self.live_properties = 0

        def service_matching(name: bytes) -> int:
            assert name == b"IOHIDSystem"
            return self.DICT

        def get_matching_service(port: int, matching: int) -> int:
            assert (port, matching) == (0, self.DICT)
            return self.service

        def create_cf_property(entry: int, key: int, allocator: Any, options: int) -> int | None:
            assert (entry, key, allocator, options) == (self.SERVICE, self.KEY, None, 0)
            if not self.has_property:
                return None
            self.live_properties += 1
            return self.NUMBER

        def string_create(allocator: Any, text: bytes, encoding: int) -> int:
            assert (allocator, text, encoding) == (None, b"HIDIdleTime", 0x08000100)
            return self.KEY

        def number_get_value(number: int, kind: int, out: Any) -> bool:
            assert (number, kind) == (self.NUMBER, 4)  # kCFNumberSInt64Type
            out.contents.value = self.idle_ns
            return True

        def release_object(obj: int) -> int:
            self.released_objects.append(obj)
            return 0

        def release(ref: int) -> None:
            if ref == self.NUMBER:
                self.live_properties -= 1
            self.released.append(ref)

        self.iokit = SimpleNamespace(
            IOServiceMatching=service_matching,
            IOServiceGetMatchingService=get_matching_service,
            IORegistryEntryCreateCFProperty=create_cf_property,
            IOObjectRelease=release_object,
        )
        self.cf = SimpleNamespace(
            CFStringCreateWithCString=string_create,
            CFGetTypeID=lambda ref: self.property_type,
            CFNumberGetTypeID=lambda: self.NUMBER_TYPE,
            CFNumberGetValue=number_get_value,
            CFRelease=release,
        )

    def load(self, path: str) -> SimpleNamespace:
        if path == macos.IOKIT:
            return self.iokit
        if path == macos.CORE_FOUNDATION:
            return self.cf
        raise OSError(f"{path}: cannot open shared object file")
