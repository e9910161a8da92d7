"""massage_break: a tray app that notices long sitting and offers a matching break."""

__version__ = "0.1.0"
