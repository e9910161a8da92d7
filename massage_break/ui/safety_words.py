"""The words for the catalogue's stop_if codes, as the "Careful" line shows them."""

from __future__ import annotations

from collections.abc import Sequence

from massage_break.ui.i18n import N_, tr

STOP_IF_WORDS = {  # English; shown through tr("stop_if", ...)
    "sharp_pain": N_("stop_if", "sharp or growing pain"),
    "tingling": N_("stop_if", "tingling"),
    "numbness": N_("stop_if", "numbness"),
    "dizziness": N_("stop_if", "dizziness"),
    "vision_change": N_("stop_if", "a change in your vision"),
    "nausea": N_("stop_if", "feeling sick"),
}


def stop_if_text(codes: Sequence[str]) -> str:
    """ "Stop if you feel a, b or c." from the codes, in words ("" without codes)."""
    words = [tr("stop_if", STOP_IF_WORDS.get(c, c.replace("_", " "))) for c in codes]
    if not words:
        return ""
    if len(words) == 1:
        listed = words[0]
    else:
        listed = tr("stop_if", "%1 or %2", tr("stop_if", ", ").join(words[:-1]), words[-1])
    return tr("stop_if", "Stop if you feel %1.", listed)
