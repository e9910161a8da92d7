"""`massage-break export` and `massage-break history --delete-all` on a seeded database:
every row, local times, the window's columns, read-only, and beside a writing app."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from massage_break import app
from massage_break.adapters.history_export import COLUMNS
from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.core.model import Bout, BreakRecord, Outcome
from massage_break.paths import app_paths

HERE = Path(__file__).parent
BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


@pytest.fixture(autouse=True)
def _berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "_local_zone", lambda: BERLIN)


def seed(base: Path, days: int = 3) -> int:
    """A history of `days` days: two reminders and one stretch a day; the row count."""
    paths = app_paths(base)
    paths.ensure()
    store = SqliteHistoryStore(paths.history_file, T0)
    for d in range(days):
        day = T0 + timedelta(days=d)
        store.append_bout(Bout(day - timedelta(minutes=40), day - timedelta(minutes=1)))
        store.append(BreakRecord(day, Outcome.COMPLETED, 2400, "self.standard_break", "T2"))
        partner = BreakRecord(day + timedelta(hours=2), Outcome.SKIPPED, 1800, "gone", "T1", 3)
        store.append(partner)
    store.close()
    return 3 * days


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = app.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_to_stdout_holds_every_row_in_local_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    total = seed(tmp_path)
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == total
    assert tuple(rows[0]) == COLUMNS
    assert [r["kind"] for r in rows[:3]] == ["sitting", "reminder", "reminder"]
    assert rows[1]["start"] == "2026-03-02T09:00:00+01:00"
    assert rows[1]["routine_title"] == "Standard desk break" and rows[1]["pressure"] == ""
    assert rows[2]["pressure"] == "3" and rows[2]["routine_title"] == ""


def test_json_has_the_same_rows_and_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    total = seed(tmp_path)
    _, csv_out, _ = run(capsys, "--base-dir", str(tmp_path), "export", "--format", "csv")
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) == total and all(tuple(r) == COLUMNS for r in data)
    from_csv = list(csv.DictReader(io.StringIO(csv_out)))
    assert [r["start"] for r in data] == [r["start"] for r in from_csv]
    assert data[1]["sat_minutes"] == 40.0 and data[1]["end"] is None
    assert data[2]["pressure"] == 3


def test_since_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(tmp_path)
    target = tmp_path / "out" / "h.json"
    target.parent.mkdir()
    code, out, err = run(
        capsys,
        "--base-dir",
        str(tmp_path),
        "export",
        "--format",
        "json",
        "--since",
        "2026-03-03",
        "--output",
        str(target),
    )
    data = json.loads(target.read_text())
    assert code == 0 and out == "" and f"Saved 6 rows to {target}" in err
    assert min(r["start"] for r in data) == "2026-03-03T08:20:00+01:00"  # the day's stretch
    code, _, err = run(
        capsys, "--base-dir", str(tmp_path), "export", "--output", str(tmp_path / "no" / "x")
    )
    assert code == 1 and "cannot write" in err


def test_export_reads_without_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(tmp_path)
    history = app_paths(tmp_path).history_file
    before = history.read_bytes()
    history.chmod(0o444)
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export")
    assert code == 0 and out.count("\n") == 10 and history.read_bytes() == before


def test_export_without_history_is_empty_and_a_bad_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export")
    assert code == 0 and out == ",".join(COLUMNS) + "\n"
    app_paths(tmp_path).history_file.write_bytes(b"not a database" * 100)
    code, out, err = run(capsys, "--base-dir", str(tmp_path), "export", "--format", "json")
    assert code == 1 and out == "" and "cannot read the history" in err


def test_a_bad_since_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--base-dir", str(tmp_path), "export", "--since", "yesterday"])
    assert exit_info.value.code == 2 and "use YYYY-MM-DD" in capsys.readouterr().err


def test_export_beside_a_writing_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The app keeps writing while exports run: no export blocks or fails it, and each
    export is a consistent snapshot (whole rows, in order, never fewer than before)."""
    seed(tmp_path)
    history = app_paths(tmp_path).history_file
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, str(HERE / "history_writer.py"), str(history), str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        counts = []
        for _ in range(8):
            assert writer.stdout.readline().startswith("wrote ")  # the app is writing
            code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export", "--format", "json")
            assert code == 0
            rows = json.loads(out)
            assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
            counts.append(len(rows))
    finally:
        stop.touch()
    lines = writer.communicate(timeout=30)[0].split()
    assert writer.returncode == 0 and lines[-2] == "done"
    assert counts == sorted(counts) and counts[0] < counts[-1]  # exports saw it grow
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export", "--format", "json")
    assert len(json.loads(out)) == 9 + int(lines[-1])  # and no write was lost


def test_delete_all_needs_a_yes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(tmp_path)
    code, out, err = run(capsys, "--base-dir", str(tmp_path), "history", "--delete-all")
    assert code == 2 and "add --yes" in err  # not a terminal: nothing to ask
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export")
    assert out.count("\n") == 10
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "history", "--delete-all", "--yes")
    assert code == 0 and out == "Deleted 9 rows of history.\n"
    code, out, _ = run(capsys, "--base-dir", str(tmp_path), "export")
    assert out == ",".join(COLUMNS) + "\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("typed", "code", "left"), [("y\n", 0, 0), ("\n", 2, 9)])
def test_delete_all_asks_at_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, code: int, left: int
) -> None:
    from massage_break import cli, history_cli

    seed(tmp_path)
    opts = cli.parse(["--base-dir", str(tmp_path), "history", "--delete-all"])
    assert history_cli.delete_all(app_paths(tmp_path), opts, Terminal(typed)) == code
    assert "Delete your whole break history?" in capsys.readouterr().out
    store = SqliteHistoryStore(app_paths(tmp_path).history_file, T0)
    ever = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    assert len(store.between(*ever)) + len(store.bouts_between(*ever)) == left
    store.close()


def test_delete_all_reports_a_file_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    paths.history_file.write_bytes(b"not a database" * 100)
    code, _, err = run(capsys, "--base-dir", str(tmp_path), "history", "--delete-all", "--yes")
    assert code == 1 and "could not delete the history" in err
