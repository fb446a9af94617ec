"""A small, transparent model that turns a profile (years, degree, industry)
into a salary range, with every parameter derived from the article's figures.
The method, its assumptions and limits are written down in docs/model.md."""

from __future__ import annotations

import math
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from numbers import Real
from statistics import NormalDist

import numpy as np
import pandas as pd

from salary import figures as fig

DEGREES = ("none", "bachelor", "master")
INDUSTRIES = ("all", *fig.KEYS["industry"])
BANDS = ("p25-p75", "p10-p90")
DEFAULT_BANDS = "p25-p75"
YEARS_MIN, YEARS_MAX = 0, 45
# low, median and high are these quantiles of the profile's distribution.
RANGE = (0.25, 0.5, 0.75)
# Which quantile the article's band edges are read as, per reading.
BAND_EDGE = {"p25-p75": 0.75, "p10-p90": 0.90}
STEPS = ("base", "years", "degree", "industry")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_years(value: object) -> float:
    """The number of years as a float, or ValueError naming what is allowed."""
    allowed = f"allowed: a number from {YEARS_MIN} to {YEARS_MAX}"
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"years: {_shown(value)} is not a number; {allowed}")
    years = float(value)
    if not math.isfinite(years) or not YEARS_MIN <= years <= YEARS_MAX:
        raise ValueError(f"years: {_shown(value)} is out of range; {allowed}")
    return years


def check_choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{name}: {_shown(value)} is not allowed; allowed: {', '.join(allowed)}")
    return value


@dataclass(frozen=True, slots=True)
class Profile:
    """One person: years of experience, degree, industry, and how the
    article's bands are read (which percentiles their edges are)."""

    years: float
    degree: str = "bachelor"
    industry: str = "all"
    bands: str = DEFAULT_BANDS

    def __post_init__(self) -> None:
        object.__setattr__(self, "years", check_years(self.years))
        check_choice("degree", self.degree, DEGREES)
        check_choice("industry", self.industry, INDUSTRIES)
        check_choice("bands", self.bands, BANDS)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the explanation: its id (see STEPS), its amount in EUR,
    the median after it, and the figures (dimension, key) it rests on."""

    id: str
    amount: float
    total: float
    sources: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Estimate:
    profile: Profile
    low: float
    median: float
    high: float
    mu: float = field(repr=False)
    sigma: float = field(repr=False)
    model: Model = field(repr=False, compare=False)

    def quantile(self, p: float) -> float:
        """The salary below which a share p (0..1) of this profile's peers earn."""
        if isinstance(p, bool) or not isinstance(p, Real) or not 0 <= float(p) <= 1:
            raise ValueError(f"p: {_shown(p)} is not allowed; allowed: a number from 0 to 1")
        return self.model._quantiles(self.mu, self.sigma, float(p))

    def percentile_of(self, salary: float) -> float:
        """Where a yearly salary stands in this profile's distribution, 0 to 100."""
        if isinstance(salary, bool) or not isinstance(salary, Real) or not math.isfinite(float(salary)) \
                or float(salary) < 0:
            raise ValueError(f"salary: {_shown(salary)} is not allowed; allowed: a number of EUR from 0 up")
        return self.model._percentile(self.mu, self.sigma, float(salary))

    def steps(self) -> list[Step]:
        """From the article's bachelor entry salary to this median, step by step."""
        return self.model._steps(self)


# Scalar normal CDF and its inverse from the standard library: scipy (for the
# vectorised estimate_many) costs a fifth of a second to import, at every cold start.
_INV_CDF = NormalDist().inv_cdf
_SQRT2 = math.sqrt(2.0)


def _ndtri(p: float) -> float:
    # inv_cdf refuses 0 and 1, where scipy's ndtri gives -inf/inf; the callers clip the result anyway.
    return _INV_CDF(min(max(p, 1e-300), 0.9999999999999999))


def _ndtr(x: float) -> float:
    return 0.5 * math.erfc(-x / _SQRT2)


def _interp(x: float, xs: list[float], ys: list[float]) -> float:
    """np.interp for one value, without numpy's per-call cost."""
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    j = bisect_right(xs, x) - 1
    return (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j]) * (x - xs[j]) + ys[j]


def _bisect_mu(target: float, sigma: float, lo: float, hi: float) -> float:
    """The log-location whose truncated median equals target."""
    a, b = lo - 12 * sigma, hi + 12 * sigma
    for _ in range(200):
        mid = (a + b) / 2
        ca, cb = _ndtr((lo - mid) / sigma), _ndtr((hi - mid) / sigma)
        if mid + sigma * _ndtri(ca + 0.5 * (cb - ca)) < math.log(target):
            a = mid
        else:
            b = mid
        if b - a < 1e-13:
            break
    return (a + b) / 2


class Model:
    """The model fitted to one figures table and one levels table."""

    def __init__(self, figures: pd.DataFrame, levels: pd.DataFrame) -> None:
        self.figures, self.levels = figures, levels
        # Row lookups by (dimension, key) as plain dicts: pandas indexing costs
        # milliseconds, and pages look figures up on every rerun.
        self._records = {(r["dimension"], r["key"]): r for r in figures.to_dict("records")}
        source = figures.attrs.get("source", "figures")
        val = lambda dim, key: fig.value(figures, dim, key)  # noqa: E731
        self.floor, self.top = val("overall", "entry"), val("overall", "top")
        self.average = val("overall", "average")
        bachelor, master = val("degree", "bachelor"), val("degree", "master")
        if not 0 < self.floor < self.top:
            raise fig.FiguresError(f"{source}: the entry salary must be below the top salary")
        if not 0 < bachelor <= master:
            raise fig.FiguresError(f"{source}: the master figure must not be below the bachelor figure")
        self._lo, self._hi = math.log(self.floor), math.log(self.top)
        # "none" sits as far below bachelor as master sits above it.
        self.degree_log = {"none": math.log(bachelor / master), "bachelor": 0.0,
                           "master": math.log(master / bachelor)}
        self.industry_log = {"all": 0.0}
        for key in fig.KEYS["industry"]:
            self.industry_log[key] = math.log(val("industry", key) / self.average)

        # The spread of each level's band, placed at the middle of its years.
        spans = levels.set_index("level")
        sigma_years, band_width = [], []
        for level in fig.KEYS["level"]:
            row = fig.row(figures, "level", level)
            sigma_years.append((spans.at[level, "years_from"] + spans.at[level, "years_to"]) / 2)
            band_width.append(math.log(row["high"] / row["low"]))
        order = np.argsort(sigma_years, kind="stable")
        self.sigma_years = np.asarray(sigma_years, float)[order]
        self.sigma = {b: np.asarray(band_width)[order] / (2 * _ndtri(BAND_EDGE[b])) for b in BANDS}

        # Median anchors for a bachelor in no particular industry: (years, EUR).
        anchors = [(0.0, bachelor, ("degree", "bachelor"))]
        for level in fig.KEYS["level"]:
            row = fig.row(figures, "level", level)
            at = (spans.at[level, "years_from"] + spans.at[level, "years_to"]) / 2
            anchors.append((at, math.sqrt(row["low"] * row["high"]), ("level", level)))
        for key in fig.KEYS["years"]:
            row = fig.row(figures, "years", key)
            if row["kind"] in ("from", "well_over"):
                # A threshold: pay passes it where the bracket starts.
                at, target = row["years_from"] - 0.5, row["low"]
            elif math.isnan(row["years_to"]):
                at, target = row["years_from"], row["low"]
            else:
                at = (row["years_from"] + row["years_to"]) / 2
                target = row["low"] if row["kind"] == "point" else math.sqrt(row["low"] * row["high"])
            anchors.append((at, target, ("years", key)))
        anchors.sort(key=lambda a: a[0])
        for _, target, (dim, key) in anchors:
            if not self.floor < target < self.top:
                raise fig.FiguresError(
                    f"{source}: figure {dim}/{key} ({target:.0f}) must lie between the entry and the top salary"
                )
        self.anchors = tuple(anchors)
        self.anchor_years = np.asarray([a[0] for a in anchors], float)
        # The median never falls with experience.
        targets = np.maximum.accumulate([a[1] for a in anchors])
        self.mu = {}
        for b in BANDS:
            sig = np.interp(self.anchor_years, self.sigma_years, self.sigma[b])
            self.mu[b] = np.asarray([_bisect_mu(t, s, self._lo, self._hi) for t, s in zip(targets, sig)])
        self._anchor_list = self.anchor_years.tolist()
        self._mu_list = {b: m.tolist() for b, m in self.mu.items()}
        self._sigma_year_list = self.sigma_years.tolist()
        self._sigma_list = {b: v.tolist() for b, v in self.sigma.items()}
        self._degree_arr = np.asarray([self.degree_log[d] for d in DEGREES])
        self._industry_arr = np.asarray([self.industry_log[i] for i in INDUSTRIES])
        self._years_sources = tuple(("level", k) for k in fig.KEYS["level"]) + tuple(
            ("years", k) for k in fig.KEYS["years"])

    def figure(self, dimension: str, key: str) -> dict:
        """One figure's row (dimension, key, kind, low, high, section, labels, ...)."""
        return self._records[dimension, key]

    # -- the distribution: log-normal, cut at the entry and the top salary --
    def _quantiles(self, mu: float, sigma: float, p: float) -> float:
        ca = _ndtr((self._lo - mu) / sigma)
        cb = _ndtr((self._hi - mu) / sigma)
        return min(max(math.exp(mu + sigma * _ndtri(ca + p * (cb - ca))), self.floor), self.top)

    def _percentile(self, mu: float, sigma: float, salary: float) -> float:
        if salary <= self.floor:
            return 0.0
        if salary >= self.top:
            return 100.0
        ca = _ndtr((self._lo - mu) / sigma)
        cb = _ndtr((self._hi - mu) / sigma)
        share = (_ndtr((math.log(salary) - mu) / sigma) - ca) / (cb - ca)
        return float(min(max(share, 0.0), 1.0) * 100)

    def _location(self, years, degree_log, industry_log, bands: str):
        mu = np.interp(years, self.anchor_years, self.mu[bands]) + degree_log + industry_log
        return mu, np.interp(years, self.sigma_years, self.sigma[bands])

    def estimate(self, profile: Profile) -> Estimate:
        if not isinstance(profile, Profile):
            raise ValueError(f"profile: {_shown(profile)} is not a Profile")
        mu, sigma = self._location_one(profile.years, profile.bands)
        mu += self.degree_log[profile.degree] + self.industry_log[profile.industry]
        # Scalar maths: numpy's per-call overhead would dominate a single estimate.
        ca = _ndtr((self._lo - mu) / sigma)
        width = _ndtr((self._hi - mu) / sigma) - ca
        low, median, high = (
            min(max(math.exp(mu + sigma * _ndtri(ca + p * width)), self.floor), self.top) for p in RANGE
        )
        return Estimate(profile, low, median, high, mu, sigma, self)

    def _location_one(self, years: float, bands: str) -> tuple[float, float]:
        return (_interp(years, self._anchor_list, self._mu_list[bands]),
                _interp(years, self._sigma_year_list, self._sigma_list[bands]))

    def _steps(self, e: Estimate) -> list[Step]:
        p = e.profile
        base_mu, base_sigma = self._location_one(0.0, p.bands)
        mu_years, sigma = self._location_one(p.years, p.bands)
        median = lambda mu, s: self._quantiles(mu, s, 0.5)  # noqa: E731
        base = median(base_mu, base_sigma)
        after_years = median(mu_years, sigma)
        after_degree = median(mu_years + self.degree_log[p.degree], sigma)
        industry_sources = () if p.industry == "all" else (("industry", p.industry), ("overall", "average"))
        return [
            Step("base", base, base, (("degree", "bachelor"),)),
            Step("years", after_years - base, after_years, self._years_sources),
            Step("degree", after_degree - after_years, after_degree, (("degree", "bachelor"), ("degree", "master"))),
            Step("industry", e.median - after_degree, e.median, industry_sources),
        ]

    def estimate_many(self, profiles: pd.DataFrame) -> pd.DataFrame:
        if not isinstance(profiles, pd.DataFrame):
            raise ValueError(f"profiles: {_shown(type(profiles).__name__)} is not a pandas DataFrame")
        for column in ("years", "degree", "industry"):
            if column not in profiles.columns:
                raise ValueError(f"{column}: column missing; allowed columns: years, degree, industry, bands")
        years = pd.to_numeric(profiles["years"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        bad = ~((years >= YEARS_MIN) & (years <= YEARS_MAX))  # NaN and inf are bad too
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            check_years(profiles["years"].iloc[i])  # raises with the bad value named
            raise ValueError(f"years: {_shown(profiles['years'].iloc[i])} in row {profiles.index[i]!r} "
                             f"is not allowed; allowed: a number from {YEARS_MIN} to {YEARS_MAX}")
        codes = {}
        for column, allowed in (("degree", DEGREES), ("industry", INDUSTRIES), ("bands", BANDS)):
            if column not in profiles.columns:
                continue
            c = pd.Index(allowed).get_indexer(profiles[column])
            if (c < 0).any():
                i = int(np.flatnonzero(c < 0)[0])
                raise ValueError(f"{column}: {_shown(profiles[column].iloc[i])} in row {profiles.index[i]!r} "
                                 f"is not allowed; allowed: {', '.join(allowed)}")
            codes[column] = c
        dl = self._degree_arr[codes["degree"]]
        il = self._industry_arr[codes["industry"]]
        band_codes = codes.get("bands", np.full(len(years), BANDS.index(DEFAULT_BANDS)))
        mu = np.empty(len(years))
        sigma = np.empty(len(years))
        for i, b in enumerate(BANDS):
            sel = band_codes == i
            if sel.all():
                mu, sigma = self._location(years, dl, il, b)
                break
            if sel.any():
                mu[sel], sigma[sel] = self._location(years[sel], dl[sel], il[sel], b)
        from scipy.special import ndtr, ndtri  # only here: see _ndtri

        ca = ndtr((self._lo - mu) / sigma)
        width = ndtr((self._hi - mu) / sigma) - ca
        out = {}
        for name, p in zip(("low", "median", "high"), RANGE):
            out[name] = np.clip(np.exp(mu + sigma * ndtri(ca + p * width)), self.floor, self.top)
        return profiles.assign(**out)


@lru_cache(maxsize=4)
def _model_for(folder: str, stamp: tuple) -> Model:
    return Model(fig.load_figures(os.path.join(folder, fig.FIGURES_FILE)),
                 fig.load_levels(os.path.join(folder, fig.LEVELS_FILE)))


def default_model() -> Model:
    """The model of the figures in the data folder; refitted when a file changes."""
    # Plain strings and os.stat: this runs on every estimate() call.
    folder = os.environ.get(fig.DATA_DIR_ENV) or fig.DATA_DIR_TEXT
    stamp = []
    for name in (fig.FIGURES_FILE, fig.LEVELS_FILE):
        try:
            st = os.stat(os.path.join(folder, name))
            stamp.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append(None)
    return _model_for(folder, tuple(stamp))


def estimate(profile: Profile) -> Estimate:
    """The salary range for one profile (EUR gross per year)."""
    return default_model().estimate(profile)


def estimate_many(profiles: pd.DataFrame) -> pd.DataFrame:
    """The same rows with low, median and high added; columns years, degree,
    industry and optionally bands."""
    return default_model().estimate_many(profiles)


@dataclass(frozen=True, slots=True)
class PaySplit:
    fixed: float
    variable: float  # at 100 % target
    paid: float  # fixed + variable x attainment


def pay_split(total: float, variable_share: float, attainment: float) -> PaySplit:
    """Split a total at target into fixed and variable pay.

    The article's figures include the variable part, so a total at target is
    fixed + variable; variable_share and attainment are fractions (0.2, 1.1)."""
    for name, value, low, high in (("variable_share", variable_share, 0, 1), ("attainment", attainment, 0, 10)):
        if isinstance(value, bool) or not isinstance(value, Real) or not low <= float(value) <= high:
            raise ValueError(f"{name}: {_shown(value)} is not allowed; allowed: a number from {low} to {high}")
    variable = total * variable_share
    fixed = total - variable
    return PaySplit(fixed, variable, fixed + variable * attainment)


def per_period(yearly: float, period: str, salaries: int) -> float:
    """A yearly amount per year, or per month as yearly / number of salaries."""
    check_choice("period", period, ("year", "month"))
    if salaries not in (12, 13):
        raise ValueError(f"salaries: {_shown(salaries)} is not allowed; allowed: 12, 13")
    return yearly if period == "year" else yearly / salaries


def shown_amount(yearly: float, period: str, salaries: int) -> float:
    """An amount as the dashboard shows it: per period, rounded to 100 EUR a
    year or 10 EUR a month (the model is not more precise than that)."""
    value = per_period(yearly, period, salaries)
    step = 100 if period == "year" else 10
    return float(round(value / step) * step)


def difference(first: Estimate, second: Estimate) -> tuple[float, float]:
    """The second median minus the first, in EUR and in percent of the first."""
    eur = second.median - first.median
    return eur, eur / first.median * 100


def career_path(m: Model, profile: Profile, until: float = 40) -> pd.DataFrame:
    """low, median, high for this profile at every whole year from 0 to `until`
    (at least 40, and at least the profile's own years)."""
    last = int(math.ceil(max(until, profile.years)))
    years = np.arange(0, min(last, YEARS_MAX) + 1, dtype=float)
    frame = pd.DataFrame({"years": years, "degree": profile.degree, "industry": profile.industry,
                          "bands": profile.bands})
    return m.estimate_many(frame)
