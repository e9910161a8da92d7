"""The run fails on a skip whose reason is not on tests/allowed_skips.txt."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import ALLOWED_SKIPS, REPO, allowed_skip_patterns, unlisted


def test_the_allow_list_parses_and_knows_the_root_skip() -> None:
    patterns = allowed_skip_patterns(ALLOWED_SKIPS)
    assert patterns and not unlisted("root can write to read-only folders", patterns)
    assert unlisted("Xvfb and dunst are needed for the e2e desktop", patterns)


def test_comments_and_blank_lines_are_not_patterns(tmp_path: Path) -> None:
    listed = tmp_path / "allowed.txt"
    listed.write_text("# a comment\n\n^needs a GPU$\n")
    patterns = allowed_skip_patterns(listed)
    assert [p.pattern for p in patterns] == ["^needs a GPU$"]
    assert not unlisted("needs a GPU", patterns) and unlisted("needs dunst", patterns)


def test_an_unlisted_skip_fails_the_run(tmp_path: Path) -> None:
    """A real pytest run with this repository's conftest as a plugin, over two tiny tests: one
    skipped for a listed reason passes, one for an unlisted reason turns the exit code to 1."""
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        "import pytest\n\n\n"
        "def test_listed() -> None:\n"
        "    pytest.skip('root can write to read-only folders')\n\n\n"
        "def test_unlisted() -> None:\n"
        "    pytest.skip('needs a tool that is not installed')\n"
    )
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.conftest"]
    cmd += ["-c", str(tmp_path / "none.ini"), "--rootdir", str(tmp_path), "-q", str(probe)]
    (tmp_path / "none.ini").write_text("[pytest]\n")
    both = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False)
    listed = subprocess.run(
        [*cmd, "-k", "test_listed"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert both.returncode == 1, both.stdout
    assert "needs a tool that is not installed" in both.stdout
    assert "1 tests were skipped for a reason that is not on the allow-list" in both.stdout
    assert listed.returncode == 0, listed.stdout
