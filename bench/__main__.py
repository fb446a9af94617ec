"""`python -m bench [--quick] [--only apptest browser load capacity collector model]`: the
dashboard's speed and memory beside minimal Streamlit references measured in the
same run, as a Markdown table with each target and whether it is met (also in
bench/results/latest.md). Progress goes to stderr.

- apptest: every page's rerun under AppTest (bench/apptest.py);
- browser: the years key press in Chromium in every detail view, and the cold start (bench/browser.py);
- load: sessions at once in steps up to 50 (bench/load.py);
- capacity: people one replica, the bare page and two replicas behind nginx hold, without browsers (bench/capacity.py);
- collector: the collector's pause and memory as the page cache fills (bench/collector.py);
- model: estimate(), estimate_many() and net_pay() (bench/modelbench.py)."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import datetime

import streamlit

from bench import apptest, browser, capacity, collector, load, modelbench
from bench.harness import ROOT
from bench.table import markdown

# The collector runs before the browsers: its pause is sensitive to anything else running.
SECTIONS = ["apptest", "collector", "browser", "load", "capacity", "model"]
# Repetitions: (full, quick). Sized for ~7 min and ~4 min on 2 quiet cores.
REPS = {"reruns": (30, 8), "moves": (20, 6), "colds": (4, 2), "steps": (load.STEPS, (10, 50)), "model": (7, 3),
        "people": (capacity.STEPS, capacity.QUICK_STEPS)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (about 2 minutes)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS, help="run these parts alone")
    args = parser.parse_args(argv)
    n = {k: v[args.quick] for k, v in REPS.items()}
    start, load_start = time.perf_counter(), os.getloadavg()[0]

    progress = lambda what: print(f"[{time.perf_counter() - start:5.0f} s] {what}", file=sys.stderr)
    rows = []
    for section in SECTIONS:  # in the table's order
        if section in args.only:
            progress(f"{section} …")
            rows += {"apptest": lambda: apptest.rows(n["reruns"]),
                     "browser": lambda: browser.rows(n["moves"], n["colds"]),
                     "load": lambda: load.rows(n["moves"], n["steps"]),
                     "capacity": lambda: capacity.rows(n["people"]),
                     "collector": collector.rows,
                     "model": lambda: modelbench.rows(n["model"])}[section]()
    progress("done")
    notes = [
        f"{datetime.now():%Y-%m-%d %H:%M}, {'quick' if args.quick else 'full'} run, "
        f"{time.perf_counter() - start:.0f} s; Python {platform.python_version()}, Streamlit {streamlit.__version__}.",
        f"Load average (1 min) {load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end on "
        f"{os.cpu_count()} cores: other work on the machine slows the browser rows most.",
        f"Medians of: {n['reruns']} AppTest reruns per page, {n['moves']} slider moves per view, {n['colds']} cold "
        f"starts, {n['model']} timeit repeats; sessions at once in steps of {', '.join(map(str, n['steps']))}, "
        f"each step moving for {load.PHASE_S:.0f} s.",
        f"Capacity: people added in steps of {', '.join(map(str, n['people']))}, each step's presses counted over "
        f"{capacity.PHASE_S:.0f} s; the load driver runs on the same cores as the servers.",
        "References: AppTest and slider rows bench/reference/one_slider.py (reruns; slider moves for the "
        "estimator), both under Streamlit's default config; cold start bench/reference/one_chart.py; the load rows "
        "the bare slider page alone on an idle server; the collector rows a fresh process with Streamlit only; "
        "model rows as named.",
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
