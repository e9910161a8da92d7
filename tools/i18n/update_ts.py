"""Regenerate assets/i18n/massage_break_<lang>.ts from the code and the catalogue, keeping
the translations already written, then compile the .qm files with pyside6-lrelease.

Strings come from: `tr("context", "source", ...)` and `N_("context", "source")` calls in
massage_break/ (AST, so only literal strings count) and the routine catalogue's text fields
(context "catalog").

    .venv/bin/python tools/i18n/update_ts.py          # update .ts and build .qm
    .venv/bin/python tools/i18n/update_ts.py --check  # exit 1 when a .ts is out of date
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("zh_CN",)
#: catalogue keys whose string values people read
CONTENT_KEYS = {
    "title",
    "summary",
    "cue",
    "safety_notes",
    "question",
    "text",
    "closing_note",
    "aftercare",
    "consent_script",
    "fallback_note",
    "no_touch_note",
    "label",
    "use",
    "stop_words",
    "note",
}
SKIP_TABLES = {"sources"}  # bibliographic entries stay as published
Message = tuple[str, str, bool]  # context, source, plural


def _calls(tree: ast.AST) -> list[Message]:
    found: list[Message] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in ("tr", "N_", "translate") or len(node.args) < 2:
            continue
        ctx, src = node.args[0], node.args[1]
        literal = isinstance(ctx, ast.Constant) and isinstance(src, ast.Constant)
        if literal and isinstance(ctx.value, str) and isinstance(src.value, str):
            plural = any(k.arg == "n" for k in node.keywords) or len(node.args) > 3
            found.append((ctx.value, src.value, plural))
    return found


def code_messages() -> list[Message]:
    out: list[Message] = []
    for path in sorted((ROOT / "massage_break").rglob("*.py")):
        out += _calls(ast.parse(path.read_text(encoding="utf-8")))
    return out


def _walk(value: object, key: str, out: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "alt" and isinstance(v, dict):
                out += [str(x) for x in v.values()]
            elif k not in SKIP_TABLES:
                _walk(v, k, out)
    elif isinstance(value, list):
        for v in value:
            _walk(v, key, out)
    elif isinstance(value, str) and key in CONTENT_KEYS and value:
        out.append(value)


def catalog_messages() -> list[Message]:
    from massage_break.ui.wording import mirrored_text

    data = tomllib.loads((ROOT / "assets" / "routines" / "catalog.toml").read_text("utf-8"))
    texts: list[str] = []
    _walk(data, "", texts)
    for exercise in data.get("exercises", []):  # sided pictures are also shown mirrored
        if exercise.get("first_side"):
            alts = exercise.get("illustration", {}).get("alt", {})
            texts += [mirrored_text(str(a)) for a in alts.values()]
    return [("catalog", t, False) for t in texts]


def all_messages() -> dict[str, dict[str, bool]]:
    contexts: dict[str, dict[str, bool]] = {}
    for ctx, src, plural in code_messages() + catalog_messages():
        entry = contexts.setdefault(ctx, {})
        entry[src] = entry.get(src, False) or plural
    return contexts


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the finished translation forms (one, or several for plurals)."""
    done: dict[tuple[str, str], list[str]] = {}
    if not path.exists():
        return done
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            if all(forms):
                done[(name, msg.findtext("source", ""))] = forms
    return done


def build_ts(language: str, old: dict[tuple[str, str], list[str]]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for ctx_name, messages in sorted(all_messages().items()):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = ctx_name
        for source, plural in messages.items():
            msg = ET.SubElement(ctx, "message")
            if plural:
                msg.set("numerus", "yes")
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation")
            forms = old.get((ctx_name, source))
            if forms is None:
                tr.set("type", "unfinished")
                if plural:
                    ET.SubElement(tr, "numerusform")
            elif plural:
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale .ts files")
    args = parser.parse_args(argv)
    stale = []
    for language in LANGUAGES:
        ts = I18N / f"massage_break_{language}.ts"
        text = build_ts(language, read_ts(ts))
        if ts.exists() and ts.read_text(encoding="utf-8") == text:
            continue
        stale.append(ts.name)
        if not args.check:
            I18N.mkdir(parents=True, exist_ok=True)
            ts.write_text(text, encoding="utf-8")
    if args.check:
        print("\n".join(f"out of date: {n}" for n in stale) or "up to date")
        return 1 if stale else 0
    for language in LANGUAGES:
        ts = I18N / f"massage_break_{language}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
