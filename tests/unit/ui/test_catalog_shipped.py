"""The catalogue and illustrations that ship with the app."""

import re

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from massage_break.core.catalog import BANNED_CLAIMS, banned_claims
from massage_break.core.player import build_screens
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
    return sorted(
        {
            (e.illustration.dir, f)
            for e in cat.exercises.values()
            for f in e.illustration.frames.values()
        }
    )


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
        assert sum(s.seconds for s in build_screens(routine, cat)) == routine.total_seconds
    for tier in ("T1", "T2", "T3"):
        assert cat.evidence[tier].text and cat.evidence[tier].sources


def test_no_text_makes_claims() -> None:
    raw = (ASSETS / "routines" / "catalog.toml").read_text().lower()
    assert banned_claims(raw) == []
    for word in BANNED_CLAIMS:  # and the check would have caught each word in this text
        assert banned_claims(f"{raw}\n{word}.") == [word]


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


# Ids are part of the user's data (history rows, favourites, hidden exercises): once shipped
# they never change or get reused. Adding an id means adding it here; removing one is a bug.
STABLE_EXERCISES = {
    "chest.seated_opener",
    "chest.wall_stretch",
    "eyes.far_gaze",
    "eyes.rest_breathe",
    "hand.spread_and_fist",
    "hip.seated_figure4",
    "hip.standing_flexor",
    "leg.ankle_pumps",
    "leg.calf_stretch",
    "low_back.seated_knee_hug",
    "low_back.standing_backbend",
    "move.sit_to_stand",
    "move.walk",
    "neck.chin_glide",
    "neck.head_turn",
    "neck.side_tilt",
    "partner.check_in",
    "partner.closing_sweep",
    "partner.lean_compression",
    "partner.light_patting",
    "partner.palm_circles",
    "partner.palm_glide",
    "partner.posture_cue",
    "partner.shoulder_kneading",
    "partner.soft_fist_roll",
    "partner.swap_check_in",
    "partner.tender_spot_hold",
    "shoulder.cross_body",
    "shoulder.rolls",
    "trunk.seated_twist",
    "trunk.side_reach",
    "upper_back.blade_squeeze",
    "upper_back.chair_extension",
    "upper_back.forward_reach",
    "wrist.extensor_stretch",
    "wrist.flexor_stretch",
}
STABLE_ROUTINES = {
    "partner.back_care",
    "partner.long_sit",
    "partner.quick_shoulders",
    "self.hands_eyes",
    "self.micro_reset",
    "self.overdue_reset",
    "self.stand_and_move",
    "self.standard_break",
}


def test_ids_are_stable_and_the_library_is_complete() -> None:
    cat = shipped_catalog()
    assert set(cat.exercises) == STABLE_EXERCISES
    assert set(cat.routines) == STABLE_ROUTINES
    kinds = [e.kind for e in cat.exercises.values()]
    assert kinds.count("self") == 25 and kinds.count("partner") == 11


def test_every_partner_routine_walks_first_and_falls_back_to_a_self_routine() -> None:
    cat = shipped_catalog()
    for r in cat.routines.values():
        if not r.requires_partner:
            continue
        assert cat.exercises[r.items[0].exercise].id == "move.walk"
        assert r.items[0].who == "both"
        fallback = cat.routines[r.fallback]
        assert not fallback.requires_partner and set(fallback.tiers) == set(r.tiers)
        techniques = [cat.exercises[i.exercise] for i in r.items]
        assert all(
            t.pressure_max <= 5 and "spine_midline" in t.no_go_zones
            for t in techniques
            if t.kind == "partner"
        )
