"""The career curve: a bachelor's log-median over the years, fitted to the article's anchors."""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

from salary import datafiles


@dataclass(frozen=True, slots=True)
class Curve:
    """The log-median of a bachelor in no particular industry over the years:

        ln median(y) = a + c * (1 - (1 - min(y, P) / P) ** k)

    P is the plateau year (an assumption in data/assumptions.csv); a, c and k
    are fitted to the article's anchors. With c >= 0 and k >= 1 the curve
    rises, is concave (pay grows fastest early) and its growth falls smoothly
    to zero at P."""

    a: float
    c: float
    k: float
    plateau: float

    def __call__(self, years):
        """ln median at `years` (a float or a numpy array)."""
        if not isinstance(years, Real):
            import numpy as np

            return self.a + self.c * (1 - (1 - np.minimum(years, self.plateau) / self.plateau) ** self.k)
        return self.a + self.c * (1 - (1 - min(years, self.plateau) / self.plateau) ** self.k)


# The range the curve's shape k is fitted in (k = 1: a straight rise to the plateau).
K_RANGE = (1.0, 50.0)
_GOLDEN = (math.sqrt(5) - 1) / 2


def fit_curve(anchors: list[tuple[float, float]], plateau: float) -> Curve:
    """Least squares in log space through (years, EUR) anchors, with c >= 0 and k in K_RANGE.

    For a given k the curve is linear in a and c, so those two are an ordinary
    linear least-squares fit, a straight line through (g, ln EUR) with
    g = 1 - (1 - min(y, P) / P) ** k (c = 0 where the best c would be
    negative). What is left is one number: k is the best of a log-spaced grid
    over K_RANGE, refined by golden-section search between the grid's neighbours.
    Plain Python: a handful of anchors needs no numpy, so a page can draw its
    first chart before numpy is loaded. (A general solver such as
    scipy.optimize.least_squares finds the same curve but costs a server about
    0.2 s and 38 MB to import.)"""
    target = [math.log(a[1]) for a in anchors]
    clipped = [min(a[0], plateau) / plateau for a in anchors]
    n = len(anchors)
    mean_t = sum(target) / n

    def solve(k: float) -> tuple[float, float, float]:
        """(sum of squared residuals, a, c) for this k."""
        g = [1 - (1 - x) ** k for x in clipped]
        mean_g = sum(g) / n
        spread = sum((v - mean_g) ** 2 for v in g)
        c = sum((v - mean_g) * (t - mean_t) for v, t in zip(g, target)) / spread if spread > 0 else 0.0
        a = mean_t - c * mean_g
        if c < 0:
            a, c = mean_t, 0.0
        return sum((a + c * v - t) ** 2 for v, t in zip(g, target)), a, c

    steps = 400
    grid = [K_RANGE[0] * (K_RANGE[1] / K_RANGE[0]) ** (i / (steps - 1)) for i in range(steps)]
    errors = [solve(k)[0] for k in grid]
    best = errors.index(min(errors))
    lo, hi = grid[max(best - 1, 0)], grid[min(best + 1, len(grid) - 1)]
    while hi - lo > 1e-10 * hi:
        left, right = hi - _GOLDEN * (hi - lo), lo + _GOLDEN * (hi - lo)
        if solve(left)[0] <= solve(right)[0]:
            hi = right
        else:
            lo = left
    k = (lo + hi) / 2
    _, a, c = solve(k)
    return Curve(a, c, float(k), float(plateau))


def median_anchors(figures: dict[tuple[str, str], dict], middle: dict[str, float], source: str):
    """The article's figures ((dimension, key) -> row) as points the median
    passes near, for a bachelor in no particular industry, with each level
    placed at the middle of its years (`middle`): (years, EUR, (dimension,
    key)); and its thresholds ("well over X" from some year on): (years, EUR,
    (dimension, key))."""
    anchors = [(0.0, figures["degree", "bachelor"]["low"], ("degree", "bachelor"))]
    for level in datafiles.KEYS["level"]:
        row = figures["level", level]
        anchors.append((middle[level], math.sqrt(row["low"] * row["high"]), ("level", level)))
    thresholds = []
    for key in datafiles.KEYS["years"]:
        row = figures["years", key]
        if row["kind"] in ("from", "well_over"):
            thresholds.append((row["years_from"], row["low"], ("years", key)))
            continue
        at = row["years_from"] if math.isnan(row["years_to"]) else (row["years_from"] + row["years_to"]) / 2
        target = row["low"] if row["kind"] == "point" else math.sqrt(row["low"] * row["high"])
        anchors.append((at, target, ("years", key)))
    entry, top = figures["overall", "entry"]["low"], figures["overall", "top"]["low"]
    for _, target, (dim, key) in anchors + thresholds:
        if not entry < target < top:
            raise datafiles.FiguresError(
                f"{source}: figure {dim}/{key} ({target:.0f}) must lie between the entry and the top salary")
    return sorted(anchors, key=lambda a: a[0]), thresholds
