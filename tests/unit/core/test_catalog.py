from typing import Any

import pytest

from massage_break.core.catalog import CatalogError, banned_claims, parse_catalog
from tests.unit.core.catalog_data import data


def problems(d: dict[str, Any]) -> list[str]:
    with pytest.raises(CatalogError) as info:
        parse_catalog(d)
    return info.value.problems


def test_parses_the_test_catalogue() -> None:
    c = parse_catalog(data())
    assert list(c.tiers) == ["T0", "T1", "T2", "T3"]
    assert c.tiers["T3"].max_sitting_min is None and c.tiers["T3"].note == "A long sit."
    assert c.exercises["ex.reach"].per_side
    assert c.routines["r.short"].items[0].exercise == "ex.walk"
    assert c.sources["src"].year == 2020
    assert c.evidence["T1"].sources == ("src",)
    assert c.contraindications["neck"] == "Neck injury?"
    assert c.partner.pressure_cap == 5 and c.partner.stop_words == ("lighter", "good", "stop")
    assert c.partner.pressure_scale[0].value == 4 and c.partner.gentle_only == ("pt.glide",)
    assert c.routines["p.short"].fallback == "r.short" and c.tiers["T1"].partner_routines
    assert c.exercises["pt.glide"].steps[0].role == "giver"


@pytest.mark.parametrize(
    ("minutes", "tier"),
    [
        (0, "T0"),
        (29.9, "T0"),
        (30, "T1"),
        (59.99, "T1"),
        (60, "T2"),
        (119, "T2"),
        (120, "T3"),
        (600, "T3"),
        (-5, "T0"),
    ],
)
def test_tier_boundaries_are_half_open(minutes: float, tier: str) -> None:
    assert parse_catalog(data()).tier_for(minutes).id == tier


def test_wrong_types_are_reported_not_raised() -> None:
    d = data()
    d["schema_version"] = 2
    d["exercises"][0]["title"] = 5
    d["exercises"][0]["per_side"] = 1
    d["exercises"][1]["body_areas"] = ["neck", 3]
    d["routines"][0]["total_seconds"] = True
    got = problems(d)
    assert "catalog: unsupported schema_version" in got
    assert "exercise ex.walk: 'title' must be str" in got
    assert "exercise ex.walk: 'per_side' must be bool" in got
    assert "exercise ex.neck: 'body_areas' must be a list of strings" in got
    assert "routine r.micro: 'total_seconds' must be int" in got


def test_routine_rules() -> None:
    d = data()
    d["routines"][0]["total_seconds"] = 61
    d["routines"][2]["items"].reverse()  # walk no longer first...
    d["routines"][2]["items"].insert(0, {"exercise": "ex.neck", "seconds": 0})  # ...or second
    d["routines"][3]["items"][0]["exercise"] = "ex.missing"
    d["routines"][4]["tiers"] = ["T9"]
    d["routines"][5]["total_seconds"] = 200
    d["routines"][5]["items"][0]["seconds"] = 200
    got = problems(d)
    assert "routine r.micro: item seconds do not add up to total_seconds" in got
    assert "routine r.short: must start by getting the user moving" in got
    assert "routine r.std: unknown exercise" in got
    assert "routine r.std2: unknown tier T9" in got
    assert "routine r.std3: length outside tier T2" in got


def test_exercise_rules() -> None:
    d = data()
    ex = d["exercises"]
    ex[0]["steps"] = []
    ex[1]["steps"][0]["cue"] = "x" * 121
    ex[1]["steps"][1]["cue"] = "Turn to the {side}."  # not a per-side exercise
    ex[1]["steps"][2]["frame"] = "c"
    ex[2]["steps"][0]["cue"] = "Use {hand}."
    ex[2]["illustration"]["alt"] = {"a": "only one"}
    ex[2]["sources"] = ["nope"]
    ex[2]["contraindications"] = ["unknown"]
    got = problems(d)
    assert "exercise ex.walk: no steps" in got
    assert "exercise ex.neck: cue longer than 120 characters" in got
    assert got.count("exercise ex.neck: cue has a placeholder it cannot fill") == 1
    assert "exercise ex.neck: step has a bad frame, seconds or repeat" in got
    assert "exercise ex.reach: cue has a placeholder it cannot fill" in got
    assert "exercise ex.reach: every frame needs alt text" in got
    assert "exercise ex.reach: sources missing or unknown" in got
    assert "exercise ex.reach: unknown contraindication" in got


def test_duplicate_ids_tiers_and_claims() -> None:
    d = data()
    d["exercises"].append(dict(d["exercises"][1]))
    d["tiers"]["T1"]["self_routines"] = ["r.gone"]
    d["routines"][1]["summary"] = "This will cure your back and boost immunity."
    got = problems(d)
    assert "catalog: ids must be unique" in got
    assert "tier T1: self routines missing or unknown" in got
    assert "r.micro2: text makes a claim we never make ('cure')" in got
    assert "r.micro2: text makes a claim we never make ('boost immunity')" in got


def test_no_tiers_is_an_error() -> None:
    d = data()
    d["tiers"] = {}
    d["routines"] = []
    assert problems(d) == ["catalog: no tiers"]


def test_claims_match_whole_words_only() -> None:
    assert banned_claims("Secure your chair") == []
    assert banned_claims("No QI here") == ["qi"]


def test_optional_fields_have_defaults() -> None:
    d = data()
    del d["tiers"]["T0"]["target_seconds"]
    d["routines"][0]["items"][0]["reps"] = 4
    c = problems(d)
    assert "routine r.micro: length outside tier T0" in c
    assert "routine r.micro2: length outside tier T0" in c


def test_partner_technique_rules() -> None:
    d = data()
    pt = d["exercises"][3]
    pt["pressure_max"] = 7
    pt["no_go_zones"] = ["below_ribs_flank"]
    pt["technique"] = "stepping"
    pt["steps"][0]["role"] = "audience"
    got = problems(d)
    assert "exercise pt.glide: pressure outside the lay limit of 5" in got
    assert "exercise pt.glide: the spine must be a no-go zone" in got
    assert "exercise pt.glide: technique missing or excluded" in got
    assert "exercise pt.glide: every step needs a role (giver, receiver or both)" in got


def test_malformed_pair_is_reported() -> None:
    d = data()
    d["tiers"]["T2"]["partner_target_seconds"] = [1, 2, 3]
    assert "tier T2: 'partner_target_seconds' must be two whole numbers" in problems(d)


def test_partner_routine_cross_rules() -> None:
    d = data()
    p = d["routines"][-1]
    p["fallback"] = "r.std"
    p["screening"] = ["unknown"]
    d["routines"][0]["items"].append({"exercise": "pt.glide", "seconds": 0})
    d["tiers"]["T2"]["partner_routines"] = ["r.std"]
    d["tiers"]["T1"]["partner_target_seconds"] = [100, 200]
    got = problems(d)
    assert "routine p.short: needs a self fallback routine in the same tier" in got
    assert "routine p.short: screening questions missing or unknown" in got
    assert "routine p.short: length outside tier T1" in got
    assert "routine r.micro: partner techniques need requires_partner" in got
    assert "tier T2: partner routines missing or not partner routines" in got
