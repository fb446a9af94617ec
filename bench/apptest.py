"""Script reruns under AppTest: every dashboard page beside a one-slider,
one-metric reference page, timed in this process (no browser, no server)."""

from __future__ import annotations

import logging
import sys
import time

from streamlit.testing.v1 import AppTest

from bench.harness import ROOT
from bench.table import Row, median
from salary.ui.navigation import PAGES

REFERENCE = ROOT / "bench" / "reference" / "one_slider.py"
YEARS = (6, 5)  # alternate, so every move is a real change


def _time(step, n: int) -> float:
    """Median ms of n calls of step(i)."""
    times = []
    for i in range(n):
        start = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - start)
    return median(times) * 1000


def _check(at: AppTest, what: str) -> None:
    # A page that raised would time its error path, not its work.
    if at.exception:
        raise RuntimeError(f"{what} raised under AppTest: {at.exception[0].value}")


def new_app(script=ROOT / "app.py") -> AppTest:
    """The script run once under AppTest."""
    # Importing pages' modules outside a script run warns "missing ScriptRunContext": noise here.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").disabled = True
    return AppTest.from_file(str(script), default_timeout=30).run()


def rerun_ms(n: int) -> dict[str, float]:
    """ms per rerun: 'reference', 'reference slider', and each page by name."""
    out = {}
    ref = new_app(REFERENCE)
    ref.run()
    _check(ref, "reference")
    out["reference"] = _time(lambda i: ref.run(), n)
    out["reference slider"] = _time(lambda i: ref.slider(key="years").set_value(YEARS[i % 2]).run(), n)
    at = new_app()
    for name, script in PAGES.items():
        print(f"  AppTest: {name}", file=sys.stderr)
        at.switch_page(str(script.relative_to(ROOT))).run()
        _check(at, name)
        if name == "estimator":
            step = lambda i: at.slider(key="years.de").set_value(YEARS[i % 2]).run()  # field.language
        else:
            step = lambda i: at.run()
        out[name] = _time(step, n)
        _check(at, name)
        if name == "estimator":  # the same move with the net pay view open
            at.button_group(key="view.de").set_value("net").run()
            out["estimator net"] = _time(step, n)
            _check(at, "estimator (net pay view)")
            at.button_group(key="view.de").set_value("stand").run()
    return out


def rows(n: int) -> list[Row]:
    times = rerun_ms(n)
    result = []
    for name in PAGES:
        slider = name == "estimator"
        ref = times["reference slider" if slider else "reference"]
        what = f"AppTest {'slider move' if slider else 'rerun'}: {name}"
        result.append(Row(what, times[name], ref, "ms", "≤ 4x", 4.0))
        if slider:
            result.append(Row("AppTest slider move: estimator, net pay view open", times["estimator net"], ref, "ms",
                              "≤ 4x", 4.0))
    return result
