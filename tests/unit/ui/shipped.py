import tomllib
from functools import cache

from massage_break.core.catalog import Catalog, parse_catalog
from tests.conftest import ASSETS


@cache
def shipped_catalog() -> Catalog:
    with open(ASSETS / "routines" / "catalog.toml", "rb") as fh:
        return parse_catalog(tomllib.load(fh))
