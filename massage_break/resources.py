"""Finds the bundled assets in an installed wheel or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent / "assets"
_CHECKOUT = Path(__file__).resolve().parents[1] / "assets"


def assets_dir(override: Path | None = None) -> Path:
    for candidate in (override, _PACKAGED, _CHECKOUT):
        if candidate is not None and (candidate / "routines" / "catalog.toml").is_file():
            return candidate
    raise FileNotFoundError("the app's assets (routines/catalog.toml) were not found")


def catalog_path(root: Path) -> Path:
    return root / "routines" / "catalog.toml"
