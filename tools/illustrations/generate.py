"""Write every exercise illustration: assets/illustrations/<id>/{a,b}.svg.

Usage: python tools/illustrations/generate.py   (deterministic; rewrites all files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import poses_back_chest
import poses_hands_eyes
import poses_legs_hips
import poses_moving
import poses_neck_shoulders
import poses_partner_back
import poses_partner_side
import poses_trunk_low_back
from svgdoc import MARGIN, SIZE

SCENES = {
    **poses_neck_shoulders.SCENES,
    **poses_back_chest.SCENES,
    **poses_trunk_low_back.SCENES,
    **poses_legs_hips.SCENES,
    **poses_hands_eyes.SCENES,
    **poses_moving.SCENES,
    **poses_partner_side.SCENES,
    **poses_partner_back.SCENES,
}

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "illustrations"
MAX_BYTES = 20_000


def main() -> int:
    problems = 0
    for ex_id, make in SCENES.items():
        for frame in ("a", "b"):
            svg = make(frame)
            text = svg.render()
            path = OUT / ex_id / f"{frame}.svg"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            bb, fb = svg.bbox, svg.figure_bbox
            notes = []
            if bb.x0 < 0 or bb.y0 < 0 or bb.x1 > SIZE or bb.y1 > SIZE:
                notes.append(f"OUTSIDE view box {bb}")
            if not fb.empty() and (
                fb.x0 < MARGIN or fb.y0 < MARGIN or fb.x1 > SIZE - MARGIN or fb.y1 > SIZE - MARGIN
            ):
                notes.append(
                    f"figure inside margin ({fb.x0:.0f},{fb.y0:.0f})-({fb.x1:.0f},{fb.y1:.0f})"
                )
            if len(text.encode()) > MAX_BYTES:
                notes.append(f"too big: {len(text.encode())} bytes")
            problems += bool(notes)
            flag = "  !! " + "; ".join(notes) if notes else ""
            print(f"{ex_id}/{frame}.svg {len(text.encode()):6d} B{flag}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
