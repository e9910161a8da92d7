"""Render every SVG under assets/illustrations into one PNG grid (light block, dark block).

Usage: python tools/illustrations/contact_sheet.py out.png [--cell 160]

Each cell is rendered with PySide6's QSvgRenderer (the renderer the app uses); the file id is
drawn under the cell with QPainter (text lives only in the PNG, never in the SVGs). The dark
block swaps the colour tokens by exact string replacement, as the app does.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "illustrations"

# light token -> dark token (a proposal for the app's dark palette)
DARK = {
    "#1f2933": "#e4e7eb",  # ink
    "#ffffff": "#1f2933",  # paper (= window background)
    "#9aa5b1": "#616e7c",  # prop
    "#f08c4a": "#f5a36c",  # target
    "#2b8ab8": "#5fb8e6",  # motion
    "#d64545": "#ef6b6b",  # nogo
}
LIGHT_BG, DARK_BG = "#ffffff", "#1f2933"


TOKENS = {"#1f2933", "#ffffff", "#9aa5b1", "#f08c4a", "#2b8ab8", "#d64545"}
TAGS = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect"}
ATTRS = {
    "xmlns",
    "version",
    "baseProfile",
    "width",
    "height",
    "viewBox",
    "d",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "points",
    "fill",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "fill-opacity",
    "stroke-opacity",
    "transform",
    "stroke-dasharray",
}
MAX_BYTES = 20_000


def check(path: Path) -> list[str]:
    """Problems with one SVG: structure, tokens, size, Qt validity, emptiness, bounds."""
    text = path.read_text(encoding="utf-8")
    out: list[str] = []
    if len(text.encode()) >= MAX_BYTES:
        out.append(f"{len(text.encode())} bytes")
    root = ET.fromstring(text)
    if root.get("viewBox") != "0 0 240 240" or root.get("width") != "240":
        out.append("view box / size is not 240")
    if re.search(r"[^MLCZ0-9.\s-]", " ".join(e.get("d", "") for e in root.iter())):
        out.append("path uses commands other than M L C Z")  # no arcs (not SVG Tiny 1.2)
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag not in TAGS:
            out.append(f"element <{tag}>")
        for k, v in el.attrib.items():
            if k not in ATTRS:
                out.append(f"attribute {k}")
            if k in ("fill", "stroke") and v != "none" and v not in TOKENS:
                out.append(f"colour {v}")
        if el.get("stroke") == "#f08c4a":
            out.append("target used as a stroke")
        if el.get("fill") == "#f08c4a" and el.get("fill-opacity") != "0.35":
            out.append("target fill without fill-opacity 0.35")
    rend = QSvgRenderer(QByteArray(text.encode()))
    if not rend.isValid():
        return [*out, "QSvgRenderer: invalid"]
    # render with a 240-unit border around the view box: nothing may land outside it
    img = QImage(720, 720, QImage.Format.Format_ARGB32)
    img.fill(0)
    p = QPainter(img)
    rend.render(p, QRectF(240, 240, 240, 240))
    p.end()
    inside = outside = 0
    for yy in range(0, 720, 2):
        for xx in range(0, 720, 2):
            if img.pixelColor(xx, yy).alpha():
                if 240 <= xx < 480 and 240 <= yy < 480:
                    inside += 1
                else:
                    outside += 1
    if not inside:
        out.append("renders empty")
    if outside:
        out.append(f"{outside} sampled pixels outside the view box")
    return out


def swap(svg: str, table: dict[str, str]) -> str:
    pattern = re.compile("|".join(re.escape(k) for k in table))
    return pattern.sub(lambda m: table[m.group(0)], svg)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--cell", type=int, default=160)
    ap.add_argument("--cols", type=int, default=6)
    args = ap.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([])

    files = sorted(ART.glob("*/*.svg"))
    if not files:
        print("no SVGs found", file=sys.stderr)
        return 1
    bad = 0
    for f in files:
        problems = check(f)
        if problems:
            bad += 1
            print(f"{f.relative_to(ROOT)}: " + "; ".join(problems), file=sys.stderr)
    print(f"checked {len(files)} files: {'all ok' if not bad else f'{bad} with problems'}")
    cell, cols, label_h, pad = args.cell, args.cols, 18, 8
    rows = (len(files) + cols - 1) // cols
    block_h = rows * (cell + label_h + pad) + pad
    width = cols * (cell + pad) + pad
    img = QImage(width, 2 * block_h, QImage.Format.Format_ARGB32)
    img.fill(QColor("#808080"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(10)
    p.setFont(font)
    for block, (bg, fg, table) in enumerate(
        ((LIGHT_BG, "#1f2933", None), (DARK_BG, "#e4e7eb", DARK))
    ):
        y0 = block * block_h
        p.fillRect(0, y0, width, block_h, QColor(bg))
        for i, f in enumerate(files):
            r, c = divmod(i, cols)
            x = pad + c * (cell + pad)
            y = y0 + pad + r * (cell + label_h + pad)
            text = f.read_text(encoding="utf-8")
            if table:
                text = swap(text, table)
            rend = QSvgRenderer(QByteArray(text.encode()))
            if not rend.isValid():
                print(f"INVALID: {f}", file=sys.stderr)
                bad += 1
                continue
            rend.render(p, QRectF(x, y, cell, cell))
            p.setPen(QColor(fg))
            label = f"{f.parent.name}/{f.stem}"
            p.drawText(
                QRectF(x - 4, y + cell, cell + 8, label_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
    p.end()
    img.save(args.out)
    print(f"{len(files)} files -> {args.out}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
