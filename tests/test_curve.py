"""The career curve's fit (salary/curve.py): anchors taken from a known curve give it back, the
fit is the least-squares curve through the article's anchors, and pay never falls."""

import datetime as dt
import math
import statistics

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from salary import model
from salary.curve import fit_curve

# Years on a half-year grid: anchors at least half a year apart, as the article's are (years
# a hair apart, such as 0 and 7e-23, are one point twice and cannot tell three parameters apart).
HALF_YEARS = st.lists(st.integers(0, 60), min_size=4, max_size=8, unique=True).map(lambda xs: [x / 2 for x in xs])


def told_apart(values: list[float], gap: float) -> int:
    """How many of the values stand at least `gap` apart (counted from the lowest up)."""
    kept: list[float] = []
    for v in sorted(values):
        if not kept or v - kept[-1] >= gap:
            kept.append(v)
    return len(kept)


@given(a=st.floats(10.0, 11.5), c=st.floats(0.05, 1.5), k=st.floats(1.0, 20.0), years=HALF_YEARS)
@settings(max_examples=60, deadline=None)
def test_the_fit_recovers_a_curve_from_its_own_points(a, c, k, years):
    """Anchors taken from a known curve (the expectation) give that curve back,
    wherever they lie, as long as they tell its shape apart."""
    plateau = 25.0
    shape = lambda kk: [1 - (1 - min(y, plateau) / plateau) ** kk for y in years]
    # a, c and k need three points the curve tells apart: shapes at least 0.05 apart (every year from
    # the plateau on is one point, and so are years near it, where the shape is flat).
    assume(told_apart(shape(k), 0.05) >= 3)
    assume(max(shape(k)) - min(shape(k)) >= 0.2)
    # A 10 % change of k moves the points in a way that a and c cannot make up for.
    g, moved = np.array(shape(k)), np.array(shape(k * 1.1))
    x = np.column_stack([np.ones_like(g), g])
    assume(c * np.abs(moved - x @ np.linalg.lstsq(x, moved, rcond=None)[0]).max() >= 1e-4)
    anchors = [(y, math.exp(a + c * g)) for y, g in zip(years, shape(k))]
    curve = fit_curve(anchors, plateau)
    for y, eur in anchors:
        assert math.exp(curve(y)) == pytest.approx(eur, rel=1e-6)
    assert curve.k == pytest.approx(k, rel=1e-3)


def test_the_fit_is_the_least_squares_curve():
    """Through the article's anchors no curve on a fine grid of k (with a and c
    solved by hand-written normal equations) fits better than the fitted one."""
    m = model.default_model(dt.date(2026, 7, 1))
    anchors = m.anchors
    ys = [y for y, _, _ in anchors]
    ln = [math.log(eur) for _, eur, _ in anchors]
    p = m.curve.plateau
    sse = lambda a, c, k: sum((a + c * (1 - (1 - min(y, p) / p) ** k) - t) ** 2 for y, t in zip(ys, ln))
    fitted = sse(m.curve.a, m.curve.c, m.curve.k)
    for k in np.linspace(1.0, 10.0, 901):
        g = [1 - (1 - min(y, p) / p) ** k for y in ys]
        n, sg, st_, sgg, sgt = len(g), sum(g), sum(ln), sum(v * v for v in g), sum(v * t for v, t in zip(g, ln))
        c = max((n * sgt - sg * st_) / (n * sgg - sg * sg), 0.0)
        a = (st_ - c * sg) / n
        assert fitted <= sse(a, c, k) + 1e-12


def test_the_fit_never_lets_pay_fall():
    """Anchors that fall over the years: the best rising curve is flat, at their geometric mean."""
    anchors = [(0.0, 60_000.0), (5.0, 50_000.0), (10.0, 45_000.0), (20.0, 40_000.0)]
    curve = fit_curve(anchors, 25.0)
    assert curve.c == 0.0
    assert math.exp(curve(0.0)) == pytest.approx(statistics.geometric_mean([eur for _, eur in anchors]))
