"""Pure logic: no Qt, no I/O, no clock reads outside clock.py. Every call takes `now`."""
