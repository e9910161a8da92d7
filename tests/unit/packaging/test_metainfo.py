"""The AppStream metadata passes both validators, and its screenshots are the project's own
pictures in docs/screenshots, at the sizes it states."""

from __future__ import annotations

import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from massage_break.identity import APP_ID

ROOT = Path(__file__).resolve().parents[3]
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
RAW = "https://raw.githubusercontent.com/massage-break/MassageBreak/main/"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_appstream_util_and_appstreamcli_accept_it() -> None:
    for command in (
        ["appstream-util", "validate", "--nonet", str(METAINFO)],
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def test_links_and_screenshots_point_at_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    urls = {u.get("type"): u.text for u in root.findall("url")}
    assert urls["homepage"] == "https://github.com/massage-break/MassageBreak"
    assert urls["bugtracker"] == urls["homepage"] + "/issues"
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 3 and shots[0].get("type") == "default"
    for shot in shots:
        caption = shot.findtext("caption") or ""
        assert caption and not caption.endswith(".") and len(caption) <= 50
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(RAW + "docs/screenshots/")
        picture = ROOT / image.text.removeprefix(RAW)
        assert picture.is_file(), picture
        assert png_size(picture) == (int(image.get("width", 0)), int(image.get("height", 0)))
