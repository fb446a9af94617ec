"""The collector's pause after a script run and the memory of the page cache,
as the cache fills: Streamlit collects all garbage after every run
(gc.collect(2)), and what the collector walks after settle() froze the
start-up objects is mostly the sessions and the page cache
(salary/ui/cache.py). This sets the cache's size (SIZE there): entries are
kept alive here beyond SIZE, to show what a larger cache would cost.

In this process: the estimator under AppTest, moved through profiles and
detail views until the cache holds each count of entries; at each count the
median of a few full collections and the process's resident memory. The
reference is the same collection in a fresh process with only Streamlit
imported, which a bare Streamlit page pays after every run."""

from __future__ import annotations

import gc
import itertools
import subprocess
import sys
import time

from bench.apptest import new_app
from bench.harness import ROOT
from bench.table import Row, median
from salary import model, params
from salary.ui import cache

COUNTS = (0, 64, 128, 256, 384, 512, 768, 1024)
LIMIT = 0.2  # the pause with a full cache, over the bare process's collection
BARE = """
import gc, statistics, time
import streamlit, streamlit.runtime.scriptrunner
def once():
    t = time.perf_counter(); gc.collect(2); return time.perf_counter() - t
print(statistics.median(once() for _ in range(7)) * 1000)
"""


def pause_ms() -> float:
    def once() -> float:
        start = time.perf_counter()
        gc.collect(2)
        return time.perf_counter() - start
    return median(once() for _ in range(7)) * 1000


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1024 / 1024


def bare_pause_ms() -> float:
    out = subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def fill(counts: tuple[int, ...] = COUNTS) -> list[tuple[int, float, float]]:
    """(entries, pause ms, RSS MB) at each count of cached entries."""
    names: dict[str, object] = {}  # every entry made, kept alive here beyond the cache's SIZE
    original = cache._made_once

    def counting(name, *args):
        names[name] = original(name, *args)
        return names[name]

    cache._made_once = counting
    try:
        at = new_app()
        at.switch_page("pages/estimator.py").run()
        at.run()  # the second run freezes the start-up objects, as on a server
        original.clear()
        names.clear()
        gc.collect()
        out = [(0, pause_ms(), rss_mb())]
        targets = iter(c for c in counts if c > 0)
        target = next(targets, None)
        # Every view in turn, as people open them.
        profiles = itertools.product(model.DEGREES, model.INDUSTRIES, range(model.YEARS_MIN, model.YEARS_MAX + 1),
                                     params.VIEW.choices)
        for degree, industry, years, view in profiles:
            if target is None:
                break
            at.button_group(key="view.de").set_value(view)  # the estimator's widget keys: field.language
            at.selectbox(key="degree.de").set_value(degree)
            at.selectbox(key="industry.de").set_value(industry)
            at.slider(key="years.de").set_value(years).run()
            if len(names) >= target:
                gc.collect()
                out.append((len(names), pause_ms(), rss_mb()))
                print(f"  collector: {out[-1][0]} entries, pause {out[-1][1]:.1f} ms, RSS {out[-1][2]:.0f} MB",
                      file=sys.stderr)
                target = next(targets, None)
    finally:
        cache._made_once = original
    return out


def rows() -> list[Row]:
    bare = bare_pause_ms()
    points = fill()
    empty = points[0]
    result = []
    for entries, pause, _ in points:
        result.append(Row(f"Collection after a run, page cache with {entries:,} entries (reference: a bare Streamlit "
                          "process)", pause, bare, "ms", "—", digits=1))
    last = points[-1]
    if last[0] > empty[0]:
        per_entry = (last[2] - empty[2]) / (last[0] - empty[0]) * 1024
        result.append(Row(f"Memory per cache entry (RSS growth from 0 to {last[0]:,} entries)", per_entry, None,
                          "kB", "—", digits=0))
    full = next((p for p in points if p[0] >= cache.SIZE), None)
    if full is not None:
        result.append(Row(f"Collection after a run with the cache full (SIZE = {cache.SIZE:,}) vs a bare "
                          "Streamlit process", full[1], bare, "ms", f"≤ {LIMIT:g}x", LIMIT, digits=1))
    return result
