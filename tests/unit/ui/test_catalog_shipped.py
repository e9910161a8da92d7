"""The catalogue and illustrations that ship with the app."""

import re

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from massage_break.core.catalog import BANNED_CLAIMS, banned_claims
from massage_break.core.routines import timeline
from massage_break.ui.illustration import DARK, LIGHT, themed_svg
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog

FORBIDDEN_SVG = re.compile(r"<(text|filter|mask|clipPath|image|style|use|marker)\b|class=")
FOUNDATION_ROUTINES = {
    "self.micro_reset",
    "self.stand_and_move",
    "self.standard_break",
    "self.overdue_reset",
}


def frames() -> list[tuple[str, str]]:
    cat = shipped_catalog()
    return [(e.id, f) for e in cat.exercises.values() for f in e.illustration.frames.values()]


def test_catalogue_holds_the_tier_routines() -> None:
    cat = shipped_catalog()
    assert set(cat.routines) >= FOUNDATION_ROUTINES
    assert [t.id for t in cat.tiers.values()] == ["T0", "T1", "T2", "T3"]
    assert [(t.min_sitting_min, t.max_sitting_min) for t in cat.tiers.values()] == [
        (0, 30),
        (30, 60),
        (60, 120),
        (120, None),
    ]
    for routine in cat.routines.values():
        assert sum(s.seconds for s in timeline(routine, cat)) == routine.total_seconds
    for tier in ("T1", "T2", "T3"):
        assert cat.evidence[tier].text and cat.evidence[tier].sources


def test_no_text_makes_claims() -> None:
    raw = (ASSETS / "routines" / "catalog.toml").read_text().lower()
    for word in BANNED_CLAIMS:
        assert banned_claims(raw) == [], word


@pytest.mark.parametrize(("exercise", "frame"), frames())
def test_every_frame_is_tiny_safe_and_renders_inside_its_box(exercise: str, frame: str) -> None:
    path = ASSETS / "illustrations" / exercise / frame
    data = path.read_bytes()
    text = data.decode()
    assert len(data) < 20_000
    assert not FORBIDDEN_SVG.search(text)
    assert 'viewBox="0 0 240 240"' in text
    colours = set(re.findall(r"#[0-9a-fA-F]{6}", text))
    assert colours <= set(LIGHT.values()), colours - set(LIGHT.values())
    for dark in (False, True):
        renderer = QSvgRenderer(QByteArray(themed_svg(data, dark)))
        assert renderer.isValid()
        image = QImage(240, 240, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, 240, 240))
        painter.end()
        ink = QColor(DARK["ink"] if dark else LIGHT["ink"])
        inked = sum(
            1
            for x in range(0, 240, 2)
            for y in range(0, 240, 2)
            if image.pixelColor(x, y).alpha() > 200
            and abs(image.pixelColor(x, y).red() - ink.red()) < 40
        )
        assert inked > 150, f"{exercise}/{frame} draws almost nothing in ink"
    # drawn on a canvas twice the size, nothing may land outside the 240 x 240 view box
    renderer = QSvgRenderer(QByteArray(data))
    big = QImage(480, 480, QImage.Format.Format_ARGB32)
    big.fill(QColor(0, 0, 0, 0))
    painter = QPainter(big)
    painter.translate(120, 120)
    renderer.render(painter, QRectF(0, 0, 240, 240))
    painter.end()
    outside = [
        (x, y)
        for x in range(0, 480, 3)
        for y in range(0, 480, 3)
        if not (118 <= x < 362 and 118 <= y < 362) and big.pixelColor(x, y).alpha() > 0
    ]
    assert outside == [], f"{exercise}/{frame} draws outside its view box"
