"""`python -m bench.profile [PAGE] [-n N] [--sort cumulative|tottime] [--out FILE]`:
cProfile of N AppTest reruns of one dashboard page (the estimator moves its
years slider, as in the benchmark). AppTest runs the script in its own
thread, which a plain cProfile of the caller would not see, so the profiler
is switched on inside ScriptRunner._run_script."""

from __future__ import annotations

import argparse
import cProfile
import pstats

from streamlit.runtime.scriptrunner import script_runner

from bench.apptest import YEARS, new_app
from bench.harness import ROOT
from salary.ui.navigation import PAGES


def profile(page: str, n: int) -> cProfile.Profile:
    at = new_app()
    at.switch_page(str(PAGES[page].relative_to(ROOT))).run()
    step = (lambda i: at.slider(key="years.de").set_value(YEARS[i % 2]).run()) if page == "estimator" \
        else (lambda i: at.run())
    step(1)  # warm (a first slider move builds plotly validators and caches)
    profiler = cProfile.Profile()
    original = script_runner.ScriptRunner._run_script

    def run_script(self, rerun_data):
        profiler.enable()
        try:
            return original(self, rerun_data)
        finally:
            profiler.disable()

    script_runner.ScriptRunner._run_script = run_script
    try:
        for i in range(n):
            step(i)
    finally:
        script_runner.ScriptRunner._run_script = original
    return profiler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("page", nargs="?", default="estimator", choices=list(PAGES))
    parser.add_argument("-n", type=int, default=10, help="reruns to profile")
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--limit", type=int, default=40, help="rows to print")
    parser.add_argument("--out", help="also write the raw stats (for snakeviz, pstats)")
    args = parser.parse_args(argv)
    profiler = profile(args.page, args.n)
    if args.out:
        profiler.dump_stats(args.out)
    pstats.Stats(profiler).strip_dirs().sort_stats(args.sort).print_stats(args.limit)


if __name__ == "__main__":
    main()
