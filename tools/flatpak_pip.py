"""Write the Flatpak's Python modules as offline sources (packaging/flatpak/python3-*.json).

Flathub builds without network, so every Python package the app needs is listed as a
`type: file` source (its PyPI URL and sha256) and installed with
`pip3 install --no-index --find-links=file://${PWD}`, the way flatpak-pip-generator writes
them. Two modules, each in its own file:

- `python3-build-tools`: hatchling and what it needs, to build the app's own wheel; its
  files are removed at the end of the build (`cleanup: ["*"]`);
- `python3-massage-break-deps`: every runtime dependency in pyproject.toml's
  [project].dependencies whose marker holds on Linux, except PySide6, which the
  io.qt.PySide.BaseApp base app provides.

Wheels only (no compiler or Rust in the build): for the runtime's Python (org.kde.Platform
6.8 is built on freedesktop-sdk 24.08, Python 3.12) and for Debian 12's Python 3.11, on which
tests/unit/packaging/test_flatpak_pip.py replays these commands; pip picks the wheel that fits
the interpreter. x86_64 only (packaging/flatpak/flathub.json): pywayland publishes no aarch64
wheel. Versions are the newest that fit; both interpreters get the same ones.

Run: .venv/bin/python tools/flatpak_pip.py  (needs only PyPI, through pip). It downloads each
file into build/flatpak-sources/ and checks its sha256 against the index's before writing.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
FLATPAK = ROOT / "packaging" / "flatpak"
#: the module files, in the order the manifest lists them
MODULES = ("python3-build-tools.json", "python3-massage-break-deps.json")
CACHE = ROOT / "build" / "flatpak-sources"
#: (python version, what it is for); the first one decides the versions
PYTHONS = (("3.12", "the runtime's Python"), ("3.11", "the test replay on Debian 12"))
ARCH = "x86_64"
#: glibc 2.34 at most: the runtime has 2.40, Debian 12 has 2.36
PLATFORMS = [f"manylinux_2_{minor}_{ARCH}" for minor in range(34, 16, -1)] + [
    f"manylinux2014_{ARCH}"
]
#: provided by the io.qt.PySide.BaseApp base app, never installed by these modules
BASE_APP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
#: what pip runs in the Flatpak build: offline, from the module's own sources
PIP = (
    'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
    "--prefix=${FLATPAK_DEST} --no-build-isolation"
)
LINUX = {**default_environment(), "sys_platform": "linux", "platform_system": "Linux"}


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def runtime_requirements() -> list[str]:
    """[project].dependencies that hold on Linux, less the base app's, markers dropped."""
    project = pyproject()["project"]
    assert isinstance(project, dict)
    out = []
    for line in project["dependencies"]:
        req = Requirement(line)
        if req.marker is not None and not req.marker.evaluate(LINUX):
            continue
        if canonicalize_name(req.name) in BASE_APP:
            continue
        req.marker = None
        out.append(str(req))
    return out


def build_requirements() -> list[str]:
    system = pyproject()["build-system"]
    assert isinstance(system, dict)
    return [str(Requirement(r)) for r in system["requires"]]


def pip_env() -> dict[str, str]:
    """pip with no configuration but its own: PyPI only, no local mirrors or constraints."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def target(python: str) -> list[str]:
    """pip's options for wheels that fit `python` on the Flatpak's architecture."""
    out = ["--only-binary=:all:", "--python-version", python, "--implementation", "cp"]
    for platform in PLATFORMS:
        out += ["--platform", platform]
    return out


def resolve(requirements: list[str], python: str) -> list[dict[str, str]]:
    """What pip would install for `python` on this architecture: name, version, url, sha256,
    and the python it is for."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp, "report.json")
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
        command += ["--quiet", "--report", str(report), *target(python)]
        command += ["--target", str(Path(tmp, "target")), *requirements]
        subprocess.run(command, check=True, env=pip_env(), timeout=600)
        data = json.loads(report.read_text())
    found = []
    for item in data["install"]:
        info = item["download_info"]
        found.append(
            {
                "name": canonicalize_name(item["metadata"]["name"]),
                "version": item["metadata"]["version"],
                "url": info["url"],
                "sha256": info["archive_info"]["hashes"]["sha256"],
                "python": python,
            }
        )
    return sorted(found, key=lambda f: f["name"])


def fetch(url: str, sha256: str, python: str, cache: Path = CACHE) -> Path:
    """The wheel at `url` (for `python`) in `cache`, downloaded with pip once, its sha256
    checked."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / url.rsplit("/", 1)[1]
    if not path.exists():
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", *target(python)]
        subprocess.run(
            [*command, "-d", str(cache), url],
            check=True,
            env=pip_env(),
            timeout=600,
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{path.name}: sha256 {digest}, the index says {sha256}")
    return path


def sources(requirements: list[str]) -> list[dict[str, str]]:
    """One `type: file` source per wheel, for every interpreter in PYTHONS."""
    first = resolve(requirements, PYTHONS[0][0])
    pinned = [f"{f['name']}=={f['version']}" for f in first]
    files = {f["url"]: f for f in first}
    for python, _ in PYTHONS[1:]:
        for f in resolve(pinned, python):
            files.setdefault(f["url"], f)
    out = []
    for f in sorted(files.values(), key=lambda f: f["url"].rsplit("/", 1)[1]):
        fetch(f["url"], f["sha256"], f["python"])
        out.append({"type": "file", "url": f["url"], "sha256": f["sha256"]})
    return out


def module(name: str, requirements: list[str], **extra: object) -> dict[str, object]:
    quoted = " ".join(f'"{r}"' for r in requirements)
    return {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [f"{PIP} {quoted}"],
        "sources": sources(requirements),
        **extra,
    }


def main() -> int:
    build = module(
        MODULES[0].removesuffix(".json"),
        build_requirements(),
        cleanup=["*"],  # only for building the app's wheel
    )
    deps = module(MODULES[1].removesuffix(".json"), runtime_requirements())
    for name, content in zip(MODULES, (build, deps), strict=True):
        (FLATPAK / name).write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
        count = len(content["sources"])  # type: ignore[arg-type]
        print(f"wrote packaging/flatpak/{name}: {count} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
