"""Real desktop shells, headless, for end-to-end tests (GNOME Shell: :mod:`.gnome`)."""
