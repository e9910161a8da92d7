"""Footprint benchmark: the app against a bare PySide6 tray and the "floor" (bare tray plus a
started APScheduler QtScheduler), in the same run, alternating, on a virtual desktop.

    .venv/bin/python -m benchmarks.run [--rounds 3] [--idle-seconds 60] [--out report.json]

Prints a JSON report of medians and ratios. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.e2e.app_run import app_command
from tests.e2e.desktop import Desktop

HERE = Path(__file__).resolve().parent
TICK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        kids = (task / "children").read_text().split() if (task / "children").exists() else []
        for kid in kids:
            out += _children(int(kid))
    return out


def rss_mb(pid: int) -> float:
    total = 0
    for p in _children(pid):
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def cpu_s(pid: int) -> float:
    total = 0
    for p in _children(pid):
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / TICK


def commands(base: Path) -> dict[str, list[str]]:
    return {
        "app": [app_command(), "--base-dir", str(base)],
        "bare": [sys.executable, str(HERE / "bare_tray.py")],
        "floor": [sys.executable, str(HERE / "bare_tray.py"), "--scheduler"],
    }


def measure(desk: Desktop, name: str, cmd: list[str], idle_seconds: float) -> dict[str, float]:
    before = len(desk.tray_items(include_gone=True))
    t0 = time.time()
    proc = desk.spawn(cmd, name=name)
    deadline = t0 + 20
    tray_at = None
    while time.time() < deadline and tray_at is None:
        regs = [e for e in desk.tray_events() if e.get("event") == "registered"]
        if len(regs) > before:
            tray_at = regs[-1]["time"]
        time.sleep(0.002)
    if tray_at is None:
        proc.kill()
        raise RuntimeError(f"{name}: no tray icon within 20 s\n{desk.log_tail(name)}")
    time.sleep(max(0.0, t0 + 10 - time.time()))
    rss = rss_mb(proc.pid)
    cpu0 = cpu_s(proc.pid)
    time.sleep(idle_seconds)
    cpu1 = cpu_s(proc.pid)
    proc.terminate()
    proc.wait(10)
    return {
        "start_to_tray_ms": (tray_at - t0) * 1000,
        "rss_mb": rss,
        "idle_cpu_s_per_min": (cpu1 - cpu0) * 60 / idle_seconds,
    }


def summarise(runs: dict[str, list[dict[str, float]]]) -> dict[str, Any]:
    med = {app: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for app, rs in runs.items()}
    ratios = {
        ref: {k: (med["app"][k] / med[ref][k] if med[ref][k] else None) for k in med["app"]}
        for ref in ("bare", "floor")
    }
    return {"median": med, "ratio_app_to": ratios, "runs": runs}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--idle-seconds", type=float, default=60.0)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"app": [], "bare": [], "floor": []}
    with tempfile.TemporaryDirectory() as tmp, Desktop("sni", base_dir=Path(tmp) / "desk") as desk:
        for n in range(args.rounds):
            for name, cmd in commands(Path(tmp) / f"app{n}").items():
                runs[name].append(measure(desk, f"{name}{n}", cmd, args.idle_seconds))
                print(name, n, runs[name][-1], file=sys.stderr)
    report = summarise(runs)
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
