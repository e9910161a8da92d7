import pytest

from massage_break.core import settings as s


def test_field_table_matches_dataclass_defaults() -> None:
    names = [f.name for f in s.FIELDS] + list(s.BOOL_FIELDS)
    lists = ["favourites", "hidden", "cleared", "working_hours", "keep_history_days", "language"]
    lists.append("buddy_name")
    assert [*names, *lists] == s.field_names()
    defaults = s.Settings()
    for spec in s.FIELDS:
        assert getattr(defaults, spec.name) == spec.default
        assert spec.minimum <= spec.default <= spec.maximum


def test_round_trip_keeps_values_and_version() -> None:
    original = s.Settings(break_interval_min=45, snooze_limit=1)
    data = original.to_dict()
    assert data["schema_version"] == s.SCHEMA_VERSION
    loaded, notes = s.from_dict(data)
    assert loaded == original and notes == []


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("break_interval_min", 4, s.ERROR_OUT_OF_RANGE),
        ("break_interval_min", 181, s.ERROR_OUT_OF_RANGE),
        ("snooze_min", "7", s.ERROR_NOT_A_NUMBER),
        ("snooze_limit", True, s.ERROR_NOT_A_NUMBER),
        ("snooze_limit", 2.5, s.ERROR_NOT_A_NUMBER),
    ],
)
def test_field_error_explains_bad_values(name: str, value: object, message: str) -> None:
    assert s.field_error(name, value) == message


def test_validate_reports_every_bad_field_then_cross_rules() -> None:
    values: dict[str, object] = dict(s.Settings().to_dict())
    assert s.validate(values) == {}
    values["snooze_min"] = 0
    values["away_min"] = 1000
    assert set(s.validate(values)) == {"snooze_min", "away_min"}
    values.update(snooze_min=5, away_min=5, short_pause_min=5)
    assert s.validate(values) == {"away_min": s.ERROR_NOT_ABOVE_SHORT_PAUSE}
    values.update(short_pause_min=2, away_min=40, break_interval_min=30)
    assert s.validate(values) == {"break_interval_min": s.ERROR_NOT_ABOVE_AWAY}


def test_bad_stored_values_fall_back_to_defaults_with_notes() -> None:
    loaded, notes = s.from_dict({"schema_version": 1, "snooze_min": -3, "unknown": 1})
    assert loaded.snooze_min == 5
    assert notes == ["snooze_min: -3 replaced by the default 5"]


def test_thresholds_that_do_not_fit_together_are_reset() -> None:
    loaded, notes = s.from_dict({"schema_version": 1, "short_pause_min": 20, "away_min": 10})
    assert (loaded.short_pause_min, loaded.away_min) == (2, 5)
    assert "did not fit together" in notes[0]


def test_version_0_is_migrated() -> None:
    loaded, _ = s.from_dict({"interval_seconds": 2700, "snooze_min": 7})
    assert loaded.break_interval_min == 45 and loaded.snooze_min == 7
    loaded, _ = s.from_dict({"interval_seconds": "x"})
    assert loaded.break_interval_min == 30


def test_future_version_is_refused() -> None:
    with pytest.raises(s.FutureVersionError, match="newer version"):
        s.from_dict({"schema_version": 99})


@pytest.mark.parametrize(
    "data",
    [[1, 2], "text", {"schema_version": "1"}, {"schema_version": -1}, {"schema_version": True}],
)
def test_non_settings_data_is_an_error(data: object) -> None:
    with pytest.raises(s.SettingsError):
        s.from_dict(data)


@pytest.mark.parametrize("days", s.KEEP_HISTORY_DAYS)
def test_history_retention_round_trips(days: int) -> None:
    loaded, notes = s.from_dict(s.Settings(keep_history_days=days).to_dict())
    assert loaded.keep_history_days == days and notes == []


@pytest.mark.parametrize("bad", [30, -1, True, "90", None])
def test_history_retention_outside_the_choices_keeps_everything(bad: object) -> None:
    loaded, notes = s.from_dict({"schema_version": 1, "keep_history_days": bad})
    assert loaded.keep_history_days == 0
    assert notes == [f"keep_history_days: {bad!r} replaced by keeping everything"]


def test_booleans_lists_and_working_hours_round_trip() -> None:
    original = s.Settings(
        reduced_motion=True,
        partner_mode=True,
        sound=False,
        favourites=("a", "b"),
        hidden=("c",),
        cleared=("d", "e"),
        working_hours=((0, 540, 1020), (4, 1320, 120)),
    )
    data = original.to_dict()
    assert data["cleared"] == ["d", "e"] and data["sound"] is False
    assert data["working_hours"] == {"mon": ["09:00-17:00"], "fri": ["22:00-02:00"]}
    loaded, notes = s.from_dict(data)
    assert loaded == original and notes == []


def test_bad_booleans_lists_and_hours_are_reported() -> None:
    loaded, notes = s.from_dict(
        {
            "schema_version": 1,
            "reduced_motion": "yes",
            "favourites": "neck",
            "hidden": ["x", "x"],
            "cleared": [1],
            "sound": "loud",
            "working_hours": {"funday": ["09:00-17:00"]},
        }
    )
    assert loaded.reduced_motion is False and loaded.favourites == () and loaded.hidden == ("x",)
    assert loaded.working_hours == () and loaded.cleared == () and loaded.sound is True
    assert any("cleared" in n for n in notes) and any("sound" in n for n in notes)
    assert any("reduced_motion" in n for n in notes) and any("favourites" in n for n in notes)
    assert any("unknown weekday" in n for n in notes)


def test_partner_mode_is_off_and_sound_on_until_the_user_changes_them() -> None:
    assert s.Settings().partner_mode is False and s.Settings().sound is True
    loaded, _notes = s.from_dict({"schema_version": 1})
    assert loaded.partner_mode is False and loaded.sound is True and loaded.cleared == ()


@pytest.mark.parametrize(
    ("change", "favourites", "hidden"),
    [
        ("favourite", ("b", "x"), ("c",)),
        ("unfavourite", ("b",), ("c",)),
        ("hide", ("b",), ("c", "x")),
    ],
)
def test_a_preference_moves_the_exercise_between_the_lists(
    change: str, favourites: tuple[str, ...], hidden: tuple[str, ...]
) -> None:
    start = s.Settings(favourites=("x", "b"), hidden=("c",))
    changed = s.with_preference(start, "x", change)
    assert (changed.favourites, changed.hidden) == (favourites, hidden)
    hidden_fav = s.with_preference(s.Settings(hidden=("x",)), "x", "favourite")
    assert (hidden_fav.favourites, hidden_fav.hidden) == (("x",), ())


def test_language_follows_the_system_unless_a_shipped_one_is_chosen() -> None:
    assert s.Settings().language == ""
    kept, notes = s.from_dict({"schema_version": 1, "language": "zh_CN"})
    assert kept.language == "zh_CN" and notes == []
    assert s.from_dict(s.Settings(language="en").to_dict())[0].language == "en"
    for bad in ("xx_YY", 3, None):
        loaded, notes = s.from_dict({"schema_version": 1, "language": bad})
        assert loaded.language == ""
        assert any(n.startswith("language:") for n in notes)


def test_break_buddy_is_off_by_default_and_round_trips() -> None:
    defaults = s.Settings()
    assert defaults.buddy is False and defaults.buddy_name == ""
    assert s.BOOL_FIELDS["buddy"] is False
    chosen = s.Settings(buddy=True, buddy_name="Mei Lin")
    loaded, notes = s.from_dict(chosen.to_dict())
    assert loaded == chosen and notes == []


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", None),
        ("Ana", None),
        ("x" * s.BUDDY_NAME_MAX, None),
        ("x" * (s.BUDDY_NAME_MAX + 1), s.ERROR_TOO_LONG),
        ("tab\there", s.ERROR_NOT_PRINTABLE),
        ("   ", s.ERROR_NOT_PRINTABLE),
        (7, s.ERROR_NOT_TEXT),
    ],
)
def test_buddy_name_is_checked(value: object, code: str | None) -> None:
    assert s.buddy_name_error(value) == code


def test_a_bad_stored_buddy_name_falls_back_to_the_login_name() -> None:
    data = {**s.Settings().to_dict(), "buddy_name": "a\nb"}
    loaded, notes = s.from_dict(data)
    assert loaded.buddy_name == ""
    assert any(n.startswith("buddy_name:") for n in notes)


def test_clearing_an_exercise_twice_keeps_one_entry() -> None:
    once = s.with_preference(s.Settings(), "neck.roll", "clear")
    assert once.cleared == ("neck.roll",)
    assert s.with_preference(once, "neck.roll", "clear").cleared == ("neck.roll",)
