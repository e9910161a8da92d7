"""A tiny SVG Tiny 1.2-safe document builder with the app's fixed colour tokens.

Only path/circle/ellipse/line/rect/g elements with presentation attributes are written.
The builder tracks a conservative bounding box (including stroke half-widths) so the
generator can check that everything stays inside the 240 x 240 view box.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from geom import P, fmt

# Colour tokens: the app swaps these exact strings for dark mode. Use no other colours.
INK = "#1f2933"
PAPER = "#ffffff"
PROP = "#9aa5b1"
TARGET = "#f08c4a"
MOTION = "#2b8ab8"
NOGO = "#d64545"

TARGET_OPACITY = "0.35"
OUTLINE = 3.0  # ink visible on each side of a figure tube
PROP_W = 2.0
MOTION_W = 2.5
SIZE = 240
MARGIN = 12

_NUM = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass
class BBox:
    x0: float = float("inf")
    y0: float = float("inf")
    x1: float = float("-inf")
    y1: float = float("-inf")

    def add(self, p: P, pad: float = 0.0) -> None:
        self.x0 = min(self.x0, p.x - pad)
        self.y0 = min(self.y0, p.y - pad)
        self.x1 = max(self.x1, p.x + pad)
        self.y1 = max(self.y1, p.y + pad)

    def empty(self) -> bool:
        return self.x0 > self.x1


def _points_of(d: str) -> list[P]:
    nums = [float(n) for n in _NUM.findall(d)]
    return [P(nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]


@dataclass
class Svg:
    parts: list[str] = field(default_factory=list)
    bbox: BBox = field(default_factory=BBox)
    figure_bbox: BBox = field(default_factory=BBox)
    in_figure: bool = False

    def _track(self, pts: list[P], pad: float) -> None:
        for p in pts:
            self.bbox.add(p, pad)
            if self.in_figure:
                self.figure_bbox.add(p, pad)

    def path(
        self,
        d: str,
        *,
        stroke: str | None = None,
        width: float | None = None,
        fill: str | None = None,
        fill_opacity: str | None = None,
        dash: str | None = None,
        cap: str | None = None,
        stroke_opacity: str | None = None,
    ) -> None:
        attrs = [f'd="{d}"']
        if fill is None:
            attrs.append('fill="none"')
        else:
            attrs.append(f'fill="{fill}"')
            if fill_opacity is not None:
                attrs.append(f'fill-opacity="{fill_opacity}"')
        if stroke is not None:
            attrs.append(f'stroke="{stroke}"')
            attrs.append(f'stroke-width="{fmt(width or 1.0)}"')
            if stroke_opacity is not None:
                attrs.append(f'stroke-opacity="{stroke_opacity}"')
            if dash is not None:
                attrs.append(f'stroke-dasharray="{dash}"')
            if cap is not None:
                attrs.append(f'stroke-linecap="{cap}"')
        self.parts.append("<path " + " ".join(attrs) + "/>")
        self._track(_points_of(d), (width or 0.0) / 2 if stroke else 0.0)

    def circle(self, c: P, r: float, *, fill: str, fill_opacity: str | None = None) -> None:
        op = f' fill-opacity="{fill_opacity}"' if fill_opacity else ""
        self.parts.append(
            f'<circle cx="{fmt(c.x)}" cy="{fmt(c.y)}" r="{fmt(r)}" fill="{fill}"{op}/>'
        )
        self._track([c], r)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        stroke: str | None = None,
        width: float = PROP_W,
        fill: str | None = None,
        rx: float = 0.0,
    ) -> None:
        a = f'x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}"'
        if rx:
            a += f' rx="{fmt(rx)}"'
        a += f' fill="{fill}"' if fill else ' fill="none"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{fmt(width)}"'
        self.parts.append(f"<rect {a}/>")
        pad = width / 2 if stroke else 0.0
        self._track([P(x, y), P(x + w, y + h)], pad)

    def render(self) -> str:
        body = "\n".join(self.parts)
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">\n'
            '<g stroke-linecap="round" stroke-linejoin="round">\n'
            f"{body}\n</g>\n</svg>\n"
        )


Draw = Callable[[Svg], None]
