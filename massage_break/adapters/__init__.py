"""The outside world: each adapter implements a port from massage_break.core.ports."""
