"""Checks that the numbers a cue states agree with the timer that runs it."""

from __future__ import annotations

import re

from massage_break.core.player import MIN_SCREEN_SECONDS, Cue, Screen

WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
NUMBER = r"(\d+|" + "|".join(WORDS) + ")"
TIMES = re.compile(rf"\b{NUMBER} times\b", re.IGNORECASE)
EVERY = re.compile(rf"\bone every {NUMBER} seconds\b", re.IGNORECASE)
BREATH = re.compile(rf"\bin for {NUMBER}, out for {NUMBER}\b", re.IGNORECASE)
HOLD = re.compile(rf"\b(?:hold|for) {NUMBER} seconds\b", re.IGNORECASE)


def number(word: str) -> int:
    return int(word) if word.isdigit() else WORDS[word.lower()]


def cue_problems(cue: Cue) -> list[str]:
    """What in the cue's own words contradicts its timer (an empty list when nothing does)."""
    p: list[str] = []
    for m in TIMES.finditer(cue.text):
        if number(m.group(1)) != cue.repeat:
            p.append(f"says {m.group(0)!r} but counts {cue.repeat}")
    for m in EVERY.finditer(cue.text):
        if number(m.group(1)) != cue.seconds:
            p.append(f"says {m.group(0)!r} but each one takes {cue.seconds} s")
    for m in BREATH.finditer(cue.text):
        if number(m.group(1)) + number(m.group(2)) != cue.seconds:
            p.append(f"says {m.group(0)!r} but each breath takes {cue.seconds} s")
    for m in HOLD.finditer(cue.text):
        said = number(m.group(1))
        fits = said == cue.seconds if cue.repeat == 1 else said < cue.seconds
        if not fits:
            p.append(f"says {m.group(0)!r} but the timer gives {cue.seconds} s")
    if cue.repeat > 1 and not TIMES.search(cue.text):
        p.append(f"counts {cue.repeat} without saying how many times")
    return p


def screen_problems(screen: Screen, dose_hold_s: int = 0) -> list[str]:
    """A timed screen under the minimum, a hold under the dose, a cue against its timer."""
    if not screen.timed:
        return []
    where = f"{screen.exercise_id} {screen.side or ''}".strip()
    p: list[str] = []
    if screen.seconds < MIN_SCREEN_SECONDS:
        p.append(f"{where}: {screen.seconds} s on screen")
    for cue in screen.cues:
        if cue.hold and cue.seconds < dose_hold_s:
            p.append(f"{where}: holds {cue.seconds} s against a dose of {dose_hold_s} s")
        p += [f"{where}: {problem}" for problem in cue_problems(cue)]
    return p
