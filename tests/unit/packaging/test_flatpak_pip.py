"""The Flatpak's Python modules install offline and complete: the manifest's own pip commands
are replayed into a fresh virtual environment with the same files (downloaded from PyPI once
into build/flatpak-sources, their sha256 checked against the manifest), `pip check` finds
nothing broken, and every [project].dependencies entry that holds on Linux is installed.

PySide6 comes from the io.qt.PySide.BaseApp base app in the real build; here the one of the
test environment stands in for it (linked into a folder of its own, like the base app's)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6
from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

from massage_break.identity import APP_ID
from tools import flatpak_pip

ROOT = Path(__file__).resolve().parents[3]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"
WORK = ROOT / "build" / "flatpak-replay"
HERE = f"{sys.version_info.major}.{sys.version_info.minor}"


def manifest_modules() -> list[str]:
    """The module files the manifest includes, in its order."""
    return re.findall(r"^  - (python3-[\w.-]+\.json)\b", MANIFEST.read_text(), re.MULTILINE)


def app_commands() -> list[str]:
    """The build-commands of the manifest's own `massage-break` module."""
    text = MANIFEST.read_text().split("  - name: massage-break\n", 1)[1]
    block = text.split("    build-commands:\n", 1)[1].split("    sources:\n", 1)[0]
    return [line.removeprefix("      - ") for line in block.splitlines()]


def load(name: str) -> dict[str, object]:
    data = json.loads((FLATPAK / name).read_text())
    assert isinstance(data, dict)
    return data


def python_of(filename: str) -> str:
    """The Python version a wheel is for ("3.12" for cp312; a pure wheel: this one)."""
    tag = next(iter(parse_wheel_filename(filename)[3]))
    match = re.fullmatch(r"cp(\d)(\d+)", tag.interpreter)
    return f"{match[1]}.{match[2]}" if match else HERE


def linux_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [
        r
        for r in map(Requirement, project["dependencies"])
        if r.marker is None or r.marker.evaluate(flatpak_pip.LINUX)
    ]


def test_the_manifest_builds_offline_from_listed_files() -> None:
    assert manifest_modules() == list(flatpak_pip.MODULES)
    text = MANIFEST.read_text()
    assert "--share=network" not in text.split("finish-args:")[0]  # no network while building
    assert "build-args" not in text
    for name in flatpak_pip.MODULES:
        module = load(name)
        commands = module["build-commands"]
        assert isinstance(commands, list) and commands
        for command in commands:
            assert command.startswith("pip3 install ") and "--no-index" in command
            assert '--find-links="file://${PWD}"' in command
        sources = module["sources"]
        assert isinstance(sources, list) and sources
        for source in sources:
            assert source["type"] == "file", source
            assert source["url"].startswith("https://files.pythonhosted.org/packages/")
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
            assert source["url"].endswith(".whl")  # nothing to compile in the build
    assert app_commands()[0] == (
        "pip3 install --no-index --no-deps --no-build-isolation --prefix=${FLATPAK_DEST} ."
    )


def test_every_linux_dependency_is_in_the_manifest_and_pyside6_comes_from_the_base_app() -> None:
    command = load(flatpak_pip.MODULES[1])["build-commands"][0]  # type: ignore[index]
    quoted = [r for r in re.findall(r'"([^"]+)"', command) if not r.startswith("file:")]
    listed = {canonicalize_name(Requirement(r).name) for r in quoted}
    wanted = {canonicalize_name(r.name) for r in linux_requirements()}
    assert wanted - listed == {"pyside6-essentials"}
    assert "base: io.qt.PySide.BaseApp" in MANIFEST.read_text()
    assert {"zeroconf", "ifaddr", "cryptography", "spake2", "pywayland"} <= listed


def _stand_in_base_app(venv_python: Path, base: Path) -> None:
    """PySide6 as the base app provides it: its packages, on the venv's path."""
    base.mkdir(parents=True)
    site = Path(PySide6.__file__).resolve().parents[1]
    for entry in site.iterdir():
        if re.match(r"(?i)(pyside6|shiboken6)", entry.name):
            (base / entry.name).symlink_to(entry)
    venv_site = subprocess.run(
        [str(venv_python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.strip()
    Path(venv_site, "base-app.pth").write_text(f"{base}\n")


def _run(command: str, cwd: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        ["bash", "-c", command],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"


def test_replaying_the_manifest_installs_a_consistent_app() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    dest = WORK / "app"  # plays /app
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(dest)], check=True)
    venv_python = dest / "bin" / "python"
    _stand_in_base_app(venv_python, WORK / "base-app")
    # `pip3` in the commands: pip, installing for the replay's interpreter
    tools = WORK / "bin"
    tools.mkdir()
    (tools / "pip3").write_text(
        f'#!/bin/sh\nexec "{sys.executable}" -m pip --python "{venv_python}" "$@"\n'
    )
    (tools / "pip3").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON"))}
    env.update(
        PATH=f"{tools}:{env.get('PATH', '/usr/bin:/bin')}",
        PIP_CONFIG_FILE=os.devnull,  # the manifest's sources only: no mirror, no config
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        FLATPAK_DEST=str(dest),
        FLATPAK_ID=APP_ID,
    )
    here = {str(t) for t in sys_tags()}
    for name in manifest_modules():
        module = load(name)
        folder = WORK / "sources" / name.removesuffix(".json")
        folder.mkdir(parents=True)
        for source in module["sources"]:  # type: ignore[attr-defined]
            filename = source["url"].rsplit("/", 1)[1]
            path = flatpak_pip.fetch(source["url"], source["sha256"], python_of(filename))
            assert hashlib.sha256(path.read_bytes()).hexdigest() == source["sha256"]
            if {str(t) for t in parse_wheel_filename(filename)[3]} & here:
                shutil.copy(path, folder / filename)  # what flatpak-builder puts there
        for command in module["build-commands"]:  # type: ignore[attr-defined]
            _run(command, folder, env)
    for command in app_commands():
        _run(command, ROOT, env)

    check = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv_python), "check"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No broken requirements found" in check.stdout

    installed = json.loads(
        subprocess.run(
            [
                str(venv_python),
                "-c",
                "import json, importlib.metadata as m; print(json.dumps("
                "{d.metadata['Name']: d.version for d in m.distributions()}))",
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    )
    versions = {canonicalize_name(k): v for k, v in installed.items()}
    for requirement in linux_requirements():
        name = canonicalize_name(requirement.name)
        assert name in versions, f"{requirement} is not installed by the manifest"
        assert requirement.specifier.contains(versions[name], prereleases=True), requirement
    assert "massage-break" in versions
    # what the build's cleanup removes is only there for building
    assert "hatchling" in versions
    # the compiled wheels load, and the app's own break-buddy and Wayland modules import
    subprocess.run(
        [
            str(venv_python),
            "-c",
            "import cffi, cryptography.x509, zeroconf, pywayland.client, spake2, jeepney;"
            "import massage_break.adapters.buddy.discovery, massage_break.app",
        ],
        check=True,
        timeout=120,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert (dest / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
