"""One app id and one readable name everywhere a desktop or a person meets the app."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from massage_break.identity import APP_ID, COMMAND, DISPLAY_NAME

ROOT = Path(__file__).resolve().parents[3]
LINUX = ROOT / "packaging" / "linux"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_id_is_reverse_dns_with_an_owner_and_a_name() -> None:
    parts = APP_ID.split(".")
    assert len(parts) == 4 and parts[:2] == ["io", "github"]
    assert all(part and not part[0].isdigit() and "-" not in part for part in parts)


def test_every_linux_file_is_named_for_the_id() -> None:
    names = sorted(p.name for p in LINUX.iterdir())
    assert names == [
        f"{APP_ID}.autostart.desktop",
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
    ]


def test_desktop_entries_show_the_name_and_run_the_command() -> None:
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.autostart.desktop"):
        entry = _entry(LINUX / name)
        assert entry["Name"] == DISPLAY_NAME
        assert entry["Exec"] == COMMAND
        assert entry["Icon"] == APP_ID


def test_metainfo_names_the_same_id_name_and_command() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == DISPLAY_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == COMMAND
    assert "massage_break" not in ET.tostring(root, encoding="unicode").replace(APP_ID, "")


def test_the_installed_command_is_the_documented_one() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert list(project["gui-scripts"]) == [COMMAND]


def test_the_flatpak_manifest_uses_the_id_and_installs_files_that_exist() -> None:
    manifest = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
    keys = dict(
        line.split("  #")[0].split(": ", 1)
        for line in manifest.read_text().splitlines()
        if line[:1].isalpha() and ": " in line
    )
    assert keys["app-id"] == APP_ID and keys["command"] == COMMAND
    text = manifest.read_text().replace("${FLATPAK_ID}", APP_ID)
    for line in text.splitlines():
        if "install -Dm644" in line:
            source = line.split("install -Dm644 ", 1)[1].split()[0]
            assert (ROOT / source).is_file(), source
