"""`python -m bench [--quick] [--only apptest browser model]`: the dashboard's speed and memory beside minimal
Streamlit references, as a Markdown table (also in bench/results/latest.md).
Every figure is a median of repeated runs; progress goes to stderr."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import datetime

import streamlit

from bench import apptest, browser, modelbench
from bench.table import markdown
from tests.e2e.harness import ROOT

SECTIONS = ["apptest", "browser", "model"]
# Repetitions: (full, quick). Sized for ~6 min and ~2 min on 2 quiet cores.
REPS = {"reruns": (30, 8), "moves": (15, 5), "colds": (4, 2), "memory": (2, 1), "model": (7, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (about 2 minutes)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS, help="run these parts alone")
    args = parser.parse_args(argv)
    n = {k: v[args.quick] for k, v in REPS.items()}
    start, load = time.perf_counter(), os.getloadavg()[0]

    progress = lambda what: print(f"[{time.perf_counter() - start:5.0f} s] {what}", file=sys.stderr)
    rows = []
    for section in SECTIONS:  # in the table's order: reruns, slider, cold start, memory, model
        if section in args.only:
            progress(f"{section} …")
            rows += {"apptest": lambda: apptest.rows(n["reruns"]),
                     "browser": lambda: browser.rows(n["moves"], n["colds"], n["memory"]),
                     "model": lambda: modelbench.rows(n["model"])}[section]()
    progress("done")
    notes = [
        f"{datetime.now():%Y-%m-%d %H:%M}, {'quick' if args.quick else 'full'} run, "
        f"{time.perf_counter() - start:.0f} s; Python {platform.python_version()}, Streamlit {streamlit.__version__}.",
        f"Load average (1 min) {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end on "
        f"{os.cpu_count()} cores: other work on the machine slows the browser rows most.",
        f"Medians of: {n['reruns']} AppTest reruns per page, {n['moves']} slider moves, {n['colds']} cold starts, "
        f"{n['memory']} run(s) of 20 sessions, {n['model']} timeit repeats.",
        "References: AppTest and slider rows bench/reference/one_slider.py (reruns; slider moves for the "
        "estimator); cold start and memory bench/reference/one_chart.py; model rows as named.",
    ]
    table = markdown(rows, notes)
    out = ROOT / "bench" / "results" / "latest.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table)
    print(table)
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
