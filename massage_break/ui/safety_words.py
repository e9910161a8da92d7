"""The words for the catalogue's stop_if codes, as the "Careful" line shows them."""

from __future__ import annotations

from collections.abc import Sequence

STOP_IF_WORDS = {
    "sharp_pain": "sharp or growing pain",
    "tingling": "tingling",
    "numbness": "numbness",
    "dizziness": "dizziness",
    "vision_change": "a change in your vision",
    "nausea": "feeling sick",
}


def stop_if_text(codes: Sequence[str]) -> str:
    """ "Stop if you feel a, b or c." from the codes, in words ("" without codes)."""
    words = [STOP_IF_WORDS.get(c, c.replace("_", " ")) for c in codes]
    if not words:
        return ""
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    return f"Stop if you feel {listed}."
