"""Reading a notification popup's words off the screen (tesseract), to click its buttons
where a person sees them."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple

SCALE = 2  # OCR reads the small popup fonts of Xvfb reliably at twice the size


class Word(NamedTuple):
    text: str
    x: int  # left, top, width, height in the popup, unscaled
    y: int
    w: int
    h: int
    line: tuple[int, int, int]  # tesseract's block, paragraph and line numbers


def read_words(png: Path) -> list[Word]:
    big = png.with_suffix(".ocr.png")
    subprocess.run(
        ["convert", str(png), "-resize", f"{SCALE * 100}%", "-colorspace", "Gray", str(big)],
        check=True,
        timeout=30,
    )
    tsv = subprocess.run(
        ["tesseract", str(big), "-", "tsv"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and cols[11].strip() and float(cols[10]) > 30:
            left, top, width, height = (int(c) // SCALE for c in cols[6:10])
            line = (int(cols[2]), int(cols[3]), int(cols[4]))
            words.append(Word(cols[11].strip(), left, top, width, height, line))
    return words


def centre_of(words: list[Word], label: str) -> tuple[int, int]:
    """The centre of the words of ``label``, read in a row on one line of the popup."""
    want = label.split()
    for i in range(len(words) - len(want) + 1):
        run = words[i : i + len(want)]
        if [w.text for w in run] == want and len({w.line for w in run}) == 1:
            left, right = run[0].x, run[-1].x + run[-1].w
            top, bottom = min(w.y for w in run), max(w.y + w.h for w in run)
            return (left + right) // 2, (top + bottom) // 2
    seen = " ".join(w.text for w in words)
    raise AssertionError(f"no {label!r} on the popup; it reads: {seen}")


def count(words: list[Word], text: str) -> int:
    return sum(w.text == text for w in words)
