"""`python -m bench.parts [PAGE|reference] [-n N]`: where a page's AppTest rerun spends
its time, without a profiler's overhead: the functions below are wrapped with
a timer for N reruns (as in the benchmark: the estimator moves its years
slider). Each part counts its own time, less that of timed calls inside it
(a selectbox's format_func calling figures.row), so the parts add up;
"rest" is everything else in the rerun."""

from __future__ import annotations

import argparse
import functools
import threading
import time
from collections import defaultdict

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from bench.apptest import REFERENCE, YEARS, new_app
from salary import charts, figures, model, report, text, ui

_local = threading.local()


def _timed(name: str, fn, totals: dict, calls: dict):
    """fn, adding its own time (less that of timed calls inside it) to totals[name]."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        stack = _local.__dict__.setdefault("stack", [])
        stack.append(0.0)  # time of timed calls inside this one
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            totals[name] += elapsed - stack.pop()
            calls[name] += 1
            if stack:
                stack[-1] += elapsed
    return wrapper


def targets() -> list[tuple[object, str, str]]:
    """(module, attribute, shown name) of every timed function."""
    out = [(charts, n, f"build charts.{n}") for n in dir(charts) if n.endswith("_chart")]
    out += [(st, n, f"st.{n}") for n in ("plotly_chart", "dataframe", "metric", "selectbox", "slider", "radio",
                                         "segmented_control", "page_link", "download_button", "markdown", "write")]
    out += [(figures, n, f"figures.{n} (pandas lookup)") for n in ("row", "value", "to_csv")]
    # Streamlit's own per-element work (protobuf, ids, forward-message hashing), apart from the st.* call.
    out += [(DeltaGenerator, "_enqueue", "Streamlit: enqueue an element"),
            (DeltaGenerator, "_block", "Streamlit: open a block (columns, containers)")]
    out += [(model, "career_path", "model.career_path"), (report, "build", "report.build"),
            (text, "method", "text.method"), (ui, "figures_table", "ui.figures_table"),
            (ui, "levels_table", "ui.levels_table")]
    return out


def measure(page: str, n: int) -> tuple[float, dict, dict]:
    """(mean ms per rerun, {part: total s}, {part: calls}) over n reruns."""
    at = new_app(REFERENCE) if page == "reference" else new_app()
    if page != "reference":
        at.switch_page(f"pages/{page}.py").run()
    step = (lambda i: at.slider(key="years").set_value(YEARS[i % 2]).run()) if page in ("estimator", "reference") \
        else (lambda i: at.run())
    step(1)
    totals, calls = defaultdict(float), defaultdict(int)
    saved = [(mod, attr, getattr(mod, attr)) for mod, attr, _ in targets()]
    for (mod, attr, name), (_, _, fn) in zip(targets(), saved):
        setattr(mod, attr, _timed(name, fn, totals, calls))
    times = []
    try:
        for i in range(n):
            start = time.perf_counter()
            step(i)
            times.append(time.perf_counter() - start)
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
    return sum(times) / n * 1000, totals, calls


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.parts", description=__doc__)
    parser.add_argument("page", nargs="?", default="estimator", choices=[name for name, _ in ui.PAGES] + ["reference"],
                        help="a dashboard page, or bench/reference/one_slider.py (its slider moved)")
    parser.add_argument("-n", type=int, default=20, help="reruns")
    args = parser.parse_args(argv)
    rerun, totals, calls = measure(args.page, args.n)
    total = sum(totals.values()) / args.n * 1000
    print(f"{args.page}: {rerun:.1f} ms per rerun (mean of {args.n}); timed parts, mean ms per rerun:")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {seconds / args.n * 1000:7.2f} ms  {calls[name] / args.n:5.1f} calls  {name}")
    print(f"  {rerun - total:7.2f} ms              rest (Streamlit's script run, AppTest, page code)")


if __name__ == "__main__":
    main()
