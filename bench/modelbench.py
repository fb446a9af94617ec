"""The salary model alone: one estimate() call, one net_pay() call and estimate_many() on a
million random valid profiles, each beside a trivial reference op."""

from __future__ import annotations

import sys
import time
import timeit

import numpy as np
import pandas as pd

from bench.table import Row, median
from salary import model, net

N_PROFILES = 1_000_000


def _per_call(fn, number: int, repeat: int) -> float:
    """Median seconds per call over `repeat` timeit runs of `number` loops."""
    return median(t / number for t in timeit.Timer(fn).repeat(repeat=repeat, number=number))


def _wall(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def profiles(n: int = N_PROFILES, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"years": rng.uniform(model.YEARS_MIN, model.YEARS_MAX, n),
                         "degree": rng.choice(model.DEGREES, n), "industry": rng.choice(model.INDUSTRIES, n),
                         "bands": rng.choice(model.BANDS, n)})


def rows(repeat: int) -> list[Row]:
    print("  model: estimate()", file=sys.stderr)
    profile = model.Profile(12.5, "master", "software")
    model.estimate(profile)  # fit the model (cached) before timing

    def trivial(p):
        return p

    one = _per_call(lambda: model.estimate(profile), 20_000, repeat)
    ref = _per_call(lambda: trivial(profile), 200_000, repeat)
    print("  model: estimate_many()", file=sys.stderr)
    frame = profiles()
    years = frame["years"].to_numpy()
    many = _wall(lambda: model.estimate_many(frame), repeat)
    ref_many = _wall(lambda: np.exp(years), repeat)
    print("  model: net_pay()", file=sys.stderr)
    tax = net.TaxProfile(tax_class=3, state="BY", church=True, children=2, car=50_000, km=20, drive="hybrid")
    net.net_pay(66_000, tax)  # load the rates files (cached) before timing
    one_net = _per_call(lambda: net.net_pay(66_000, tax), 20_000, repeat)
    return [
        Row("net_pay(), one salary and tax profile (reference: a trivial Python function call)", one_net * 1e6,
            ref * 1e6, "µs", "≤ 50 µs", 50, on_ratio=False, digits=2),
        Row("estimate(), one profile (reference: a trivial Python function call)", one * 1e6, ref * 1e6, "µs",
            "≤ 50 µs", 50, on_ratio=False, digits=2),
        Row("estimate_many(), 1,000,000 random profiles (reference: np.exp over 1M floats)", many, ref_many, "s",
            "≤ 1 s", 1.0, on_ratio=False, digits=3),
    ]
