"""Private buses for the D-Bus adapter tests (never the user's)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.adapters.dbus_standins import HAVE_DBUS_DAEMON, PrivateBus, private_bus


@pytest.fixture
def session_bus() -> Iterator[PrivateBus]:
    if not HAVE_DBUS_DAEMON:
        pytest.skip("dbus-daemon is not installed")
    with private_bus() as bus:
        yield bus


@pytest.fixture
def system_bus() -> Iterator[PrivateBus]:
    """A second private daemon playing the system bus."""
    if not HAVE_DBUS_DAEMON:
        pytest.skip("dbus-daemon is not installed")
    with private_bus() as bus:
        yield bus
