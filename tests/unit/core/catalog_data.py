"""A small catalogue in TOML data form, for tests that need routines without the shipped art."""

from __future__ import annotations

import copy
from typing import Any


def _exercise(eid: str, *, per_side: bool = False, moving: bool = False) -> dict[str, Any]:
    cue = "Reach with your {side} arm." if per_side else "Move gently."
    return {
        "id": eid,
        "kind": "self",
        "title": eid.title(),
        "summary": "A gentle move.",
        "body_areas": ["neck"],
        "per_side": per_side,
        "gets_you_moving": moving,
        "default_seconds": 20,
        "sources": ["src"],
        "contraindications": [],
        "safety_notes": ["Stop if it hurts."],
        "illustration": {
            "dir": eid,
            "frames": {"a": "a.svg", "b": "b.svg"},
            "alt": {"a": "Start pose.", "b": "End pose."},
        },
        "steps": [
            {"cue": cue, "seconds": 2, "frame": "a"},
            {"cue": "Hold it.", "seconds": 6, "frame": "b", "hold": True},
            {"cue": "Let go.", "seconds": 1, "frame": "a", "repeat": 2},
        ],
    }


def _routine(rid: str, tier: str, items: list[tuple[str, int]], moving: bool) -> dict[str, Any]:
    return {
        "id": rid,
        "kind": "self",
        "title": rid,
        "summary": "s",
        "tiers": [tier],
        "total_seconds": sum(s for _, s in items),
        "gets_you_moving": moving,
        "items": [{"exercise": e, "seconds": s} for e, s in items],
    }


def _technique(eid: str) -> dict[str, Any]:
    ex = _exercise(eid)
    ex.update(
        kind="partner",
        pressure_target=[3, 4],
        pressure_max=5,
        technique="effleurage",
        no_go_zones=["spine_midline", "below_ribs_flank"],
    )
    for step in ex["steps"]:
        step["role"] = "giver"
    return ex


BASE: dict[str, Any] = {
    "schema_version": 1,
    "tiers": {
        "T0": {
            "label": "under 30 min",
            "min_sitting_min": 0,
            "max_sitting_min": 30,
            "target_seconds": [20, 100],
            "self_routines": ["r.micro", "r.micro2"],
        },
        "T1": {
            "min_sitting_min": 30,
            "max_sitting_min": 60,
            "target_seconds": [120, 180],
            "self_routines": ["r.short"],
            "partner_routines": ["p.short"],
            "partner_target_seconds": [180, 300],
        },
        "T2": {
            "min_sitting_min": 60,
            "max_sitting_min": 120,
            "target_seconds": [240, 300],
            "self_routines": ["r.std", "r.std2", "r.std3"],
        },
        "T3": {
            "min_sitting_min": 120,
            "target_seconds": [480, 540],
            "self_routines": ["r.long"],
            "note": "A long sit.",
        },
    },
    "sources": {"src": {"title": "A study", "publisher": "P", "year": 2020, "url": "u"}},
    "contraindications": {
        "neck": {"question": "Neck injury?"},
        "no_consent": {"question": "Rather not be touched today?"},
    },
    "partner": {
        "consent_script": "Would you like a shoulder rub? Say stop any time.",
        "stop_words": ["lighter", "good", "stop"],
        "pressure_cap": 5,
        "pressure_target": [3, 4],
        "no_touch_note": "Do the stretches together.",
        "aftercare": ["Walk for a minute."],
        "fallback_note": "Stretches today.",
        "pressure_scale": [{"value": 4, "label": "Firm but easy", "use": "target"}],
    },
    "giver_check": {"question": "Do your hands hurt?", "gentle_only": ["pt.glide"]},
    "evidence": [
        {"tier": "T1", "text": "Walking breaks help in short lab studies.", "sources": ["src"]}
    ],
    "exercises": [
        _exercise("ex.walk", moving=True),
        _exercise("ex.neck"),
        _exercise("ex.reach", per_side=True),
        _technique("pt.glide"),
    ],
    "routines": [
        _routine("r.micro", "T0", [("ex.neck", 60)], False),
        _routine("r.micro2", "T0", [("ex.reach", 40)], False),
        _routine("r.short", "T1", [("ex.walk", 120), ("ex.reach", 60)], True),
        _routine("r.std", "T2", [("ex.walk", 200), ("ex.neck", 100)], True),
        _routine("r.std2", "T2", [("ex.walk", 240), ("ex.reach", 60)], True),
        _routine("r.std3", "T2", [("ex.walk", 300)], True),
        _routine("r.long", "T3", [("ex.walk", 500), ("ex.neck", 40)], True),
        {
            **_routine("p.short", "T1", [("ex.walk", 60), ("pt.glide", 180)], True),
            "kind": "partner",
            "requires_partner": True,
            "swap_roles": False,
            "screening": ["no_consent"],
            "fallback": "r.short",
        },
    ],
}


def data() -> dict[str, Any]:
    return copy.deepcopy(BASE)
