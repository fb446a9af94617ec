"""A small, transparent model that turns a profile (years, degree, industry)
into a salary range, with every parameter derived from the files in data/:
the article's figures, the years assumed per level, the model's assumptions
and the statutory minimum wage. The method is written down in docs/model.md."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from statistics import NormalDist
from typing import TYPE_CHECKING

from salary import datafiles
from salary.checks import check_choice, check_number, check_profiles
from salary.checks import shown_value as _shown
from salary.curve import fit_curve, median_anchors

# Pay per period lives in salary.pay; pages and tests also call these as model.<name>.
from salary.pay import PaySplit, pay_split, per_period, period_divisor, shown_amount, to_yearly  # noqa: F401

if TYPE_CHECKING:
    import pandas as pd

DEGREES = ("none", "bachelor", "master")
INDUSTRIES = ("all", *datafiles.KEYS["industry"])
BANDS = ("p25-p75", "p10-p90")
DEFAULT_BANDS = "p25-p75"
# How the article's industry figures are read, the default first: relative to the
# article's overall average (as the article prints them: every industry below it),
# or relative to each other (centred on their geometric mean).
INDUSTRY_READINGS = ("overall", "relative")
DEFAULT_INDUSTRY_READING = "overall"
YEARS_MIN, YEARS_MAX = 0, 45
# low, median and high are these quantiles of the profile's distribution.
RANGE = (0.25, 0.5, 0.75)
# Which quantile the article's upper band edge is read as, per reading.
BAND_EDGE = {"p25-p75": 0.75, "p10-p90": 0.90}
STEPS = ("base", "years", "degree", "industry")
_Z = NormalDist().inv_cdf
_Z_RANGE = tuple(_Z(p) for p in RANGE)


def check_years(value: object) -> float:
    """The number of years as a float, or ValueError naming what is allowed."""
    return check_number("years", value, YEARS_MIN, YEARS_MAX)


@dataclass(frozen=True, slots=True)
class Profile:
    """One person: years of experience, degree, industry, and the two readings
    of the article that it leaves open: which percentiles its band edges are,
    and what its industry figures are relative to."""

    years: float
    degree: str = "bachelor"
    industry: str = "all"
    bands: str = DEFAULT_BANDS
    industry_reading: str = DEFAULT_INDUSTRY_READING

    def __post_init__(self) -> None:
        object.__setattr__(self, "years", check_years(self.years))
        check_choice("degree", self.degree, DEGREES)
        check_choice("industry", self.industry, INDUSTRIES)
        check_choice("bands", self.bands, BANDS)
        check_choice("industry_reading", self.industry_reading, INDUSTRY_READINGS)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the explanation: its id (see STEPS), its amount in EUR,
    the median after it, and the figures (dimension, key) it rests on."""

    id: str
    amount: float
    median_after: float
    sources: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Estimate:
    """A profile's pay distribution: log-normal with location mu and spread
    sigma, pay below `floor` lifted to it; low, median and high are its RANGE
    quantiles (EUR gross per year). `floor` is the least total pay a year:
    the legal floor, or more where part of pay is variable (salary.pay)."""

    profile: Profile
    low: float
    median: float
    high: float
    mu: float = field(repr=False)
    sigma: float = field(repr=False)
    model: Model = field(repr=False, compare=False)
    floor: float = field(default=0.0, repr=False)

    def quantile(self, p: float) -> float:
        """The salary below which a share p (0..1) of this profile's peers earn."""
        p = check_number("p", p, 0, 1)
        if p == 0:
            return self.floor
        if p == 1:
            return math.inf
        return max(math.exp(self.mu + self.sigma * _Z(p)), self.floor)

    def percentile_of(self, salary: float) -> float:
        """Where a yearly salary stands in this profile's distribution, 0 to 100
        (0 below the floor, which nobody in the model earns less than)."""
        salary = check_number("salary", salary, 0)
        if salary < self.floor or salary == 0:
            return 0.0
        return 100 * _ndtr((math.log(salary) - self.mu) / self.sigma)

    def steps(self) -> list[Step]:
        """From the article's bachelor entry salary to this median, step by step."""
        return self.model._steps(self)


_SQRT2 = math.sqrt(2.0)


def _ndtr(x: float) -> float:
    """The standard normal CDF (math.erfc: no scipy import on the page path)."""
    return 0.5 * math.erfc(-x / _SQRT2)


def _interp(x: float, xs: list[float], ys: list[float]) -> float:
    """np.interp for one value, without numpy's per-call cost."""
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    j = bisect_right(xs, x) - 1
    return (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j]) * (x - xs[j]) + ys[j]


class Model:
    """The model fitted to one set of data files, on one day (the legal floor
    is the minimum wage in force that day).

    figures, levels and minimum_wage are the files' rows as dicts
    (datafiles.figure_rows, level_rows, minimum_wage_rows; a loader's DataFrame
    gives them with .to_dict("records")); `source` names the figures in error
    messages. The attributes figures, levels and minimum_wage are the same rows
    as DataFrames, made when a table first asks for them.

        m = load_model()
        m.estimate(Profile(8, "master", "software")).median
    """

    def __init__(self, figures: list[dict], levels: list[dict], assumptions: dict[str, float],
                 minimum_wage: list[dict], on: dt.date, article: dict | None = None, *,
                 source: str = datafiles.FIGURES_FILE) -> None:
        for name, rows in (("figures", figures), ("levels", levels), ("minimum_wage", minimum_wage)):
            if not isinstance(rows, list):
                raise TypeError(f"{name}: the file's rows as a list of dicts, not a {type(rows).__name__}")
        self._source = source
        self._figure_rows, self._level_rows, self._wage_rows = figures, levels, minimum_wage
        self.assumptions = assumptions
        # (level, years_from, years_to) per row of levels.csv: read on every estimator run.
        self.level_spans = tuple((str(r["level"]), float(r["years_from"]), float(r["years_to"]))
                                 for r in self._level_rows)
        self.article = article or {}  # title, publisher, url, read_on (data/article.csv)
        self.dimensions = tuple(datafiles.KEYS)
        self.on = on
        # The model's identity as a value: what it was fitted to, and its day (a cache key).
        self.key = hashlib.sha256("\n".join(
            [repr([[r[c] for c in columns] for r in rows]) for rows, columns in (
                (self._figure_rows, datafiles.FIGURE_COLUMNS), (self._level_rows, datafiles.LEVEL_COLUMNS),
                (self._wage_rows, datafiles.MINIMUM_WAGE_COLUMNS))]
            + [repr(sorted(assumptions.items())), repr(sorted(self.article.items())), on.isoformat()]
        ).encode()).hexdigest()[:16]
        # One row per (dimension, key), made once: pages look figures up on every rerun.
        self._records = {(r["dimension"], r["key"]): r for r in self._figure_rows}
        val = lambda dimension, key: float(self.figure(dimension, key)["low"])
        self.entry, self.top = val("overall", "entry"), val("overall", "top")
        self.average = val("overall", "average")
        bachelor, master = val("degree", "bachelor"), val("degree", "master")
        if not 0 < self.entry < self.top:
            raise datafiles.FiguresError(f"{source}: the entry salary must be below the top salary")
        if not 0 < bachelor <= master:
            raise datafiles.FiguresError(f"{source}: the master figure must not be below the bachelor figure")

        # The legal floor: full-time pay at the minimum wage in force on `on`.
        self.hours_per_year = assumptions["hours_per_week"] * assumptions["weeks_per_year"]
        in_force = [r for r in self._wage_rows if r["valid_from"] <= on]  # in date order
        self.minimum_wage_row = dict(in_force[-1]) if in_force else None
        self.floor = 0.0 if self.minimum_wage_row is None else \
            self.minimum_wage_row["eur_per_hour"] * self.hours_per_year

        # The degree on the median of a bachelor: median * factor + add. "none" sits as far
        # below bachelor as master sits above it: by the article's difference in EUR
        # (assumptions.csv, degree_premium "difference") or by its ratio ("ratio").
        self.degree_rule = assumptions["degree_premium"]
        if self.degree_rule == "ratio":
            self.degree_factor = {"none": bachelor / master, "bachelor": 1.0, "master": master / bachelor}
            self.degree_add = dict.fromkeys(DEGREES, 0.0)
        else:
            self.degree_factor = dict.fromkeys(DEGREES, 1.0)
            self.degree_add = {"none": bachelor - master, "bachelor": 0.0, "master": master - bachelor}
        industry = {key: math.log(val("industry", key)) for key in datafiles.KEYS["industry"]}
        centre = sum(industry.values()) / len(industry)  # the log of the six figures' geometric mean
        self.industry_log = {
            "overall": {"all": 0.0, **{k: v - math.log(self.average) for k, v in industry.items()}},
            "relative": {"all": 0.0, **{k: v - centre for k, v in industry.items()}},
        }

        # The spread of each level's band, placed at the middle of its years.
        middle = {level: (years_from + years_to) / 2 for level, years_from, years_to in self.level_spans}
        bands = [self._records["level", level] for level in datafiles.KEYS["level"]]
        spreads = sorted(((middle[r["key"]], math.log(r["high"] / r["low"])) for r in bands),
                         key=lambda spread: spread[0])
        self._sigma_year_list = [years for years, _ in spreads]
        self._sigma_list = {b: [width / (2 * _Z(BAND_EDGE[b])) for _, width in spreads] for b in BANDS}

        anchors, self.thresholds = median_anchors(self._records, middle, source)
        plateau = assumptions["plateau_years"]
        if plateau <= anchors[-1][0]:
            raise datafiles.FiguresError(f"assumptions.csv: plateau_years {plateau:g} must lie after the last "
                                   f"anchor of the curve ({anchors[-1][0]:g} years)")
        self.anchors = tuple(anchors)
        self.curve = fit_curve([(a[0], a[1]) for a in anchors], plateau)
        if math.exp(self.curve.a) + self.degree_add["none"] <= 0:  # the curve's lowest point is at 0 years
            raise datafiles.FiguresError(f"{source}: the master's premium must be below the bachelor's entry salary")
        self._years_sources = tuple(("level", k) for k in datafiles.KEYS["level"]) + tuple(
            ("years", k) for k in datafiles.KEYS["years"])

    @cached_property
    def figures(self) -> pd.DataFrame:
        """The figures as a DataFrame (columns as in data/README.md)."""
        return datafiles.frame(self._figure_rows, datafiles.FIGURE_COLUMNS, self._source)

    @cached_property
    def levels(self) -> pd.DataFrame:
        """The years assumed per level as a DataFrame."""
        return datafiles.frame(self._level_rows, datafiles.LEVEL_COLUMNS)

    @cached_property
    def minimum_wage(self) -> pd.DataFrame:
        """The minimum wage from each date on as a DataFrame."""
        return datafiles.frame(self._wage_rows, datafiles.MINIMUM_WAGE_COLUMNS)

    def figure(self, dimension: str, key: str) -> dict:
        """One figure's row (dimension, key, kind, low, high, section, labels, ...)."""
        return self._records[dimension, key]

    def rows(self, *dimensions: str) -> list[dict]:
        """The figures of these dimensions, in file order."""
        return [r for r in self._records.values() if r["dimension"] in dimensions]

    def sections(self, dimension: str | None = None) -> list[str]:
        """The article sections that the figures of `dimension` (default: all) come from, in file order."""
        return list(dict.fromkeys(r["section"] for r in self._records.values()
                                  if dimension is None or r["dimension"] == dimension))

    def level_of(self, years: float) -> str | None:
        """The article's level whose assumed years (data/levels.csv) hold `years`, if any."""
        for level, years_from, years_to in self.level_spans:
            if years_from <= years < years_to + 1:
                return level
        return None

    def degree_premium(self) -> tuple[float, float]:
        """The master's figure over the bachelor's (at entry): in EUR and in percent."""
        bachelor, master = self.figure("degree", "bachelor")["low"], self.figure("degree", "master")["low"]
        return master - bachelor, (master / bachelor - 1) * 100

    @property
    def entry_below_floor(self) -> bool:
        """Whether the article's entry salary is below today's full-time minimum."""
        return self.entry < self.floor

    def _sigma_at(self, years: float, bands: str) -> float:
        return _interp(years, self._sigma_year_list, self._sigma_list[bands])

    def _log_median(self, years: float, degree: str) -> float:
        """ln of the median for this degree in no particular industry."""
        return math.log(math.exp(self.curve(years)) * self.degree_factor[degree] + self.degree_add[degree])

    def median_at(self, years: float, degree: str = "bachelor", industry: str = "all",
                  reading: str = DEFAULT_INDUSTRY_READING, floor: float | None = None) -> float:
        """The median for these choices; it does not depend on the band reading."""
        return max(math.exp(self._log_median(years, degree) + self.industry_log[reading][industry]),
                   self._floor(floor))

    def _floor(self, floor: float | None) -> float:
        """The least total pay a year: the legal floor, or a higher one given (salary.pay.total_floor)."""
        return self.floor if floor is None else check_number("floor", floor, self.floor)

    def estimate(self, profile: Profile, floor: float | None = None) -> Estimate:
        """The profile's range: low, median and high (the RANGE quantiles), EUR gross a year, nothing
        below `floor` (EUR a year; default and least: the legal floor).

            m.estimate(Profile(8, "master", "software")).median
        """
        if not isinstance(profile, Profile):
            raise ValueError(f"profile: {_shown(profile)} is not a Profile")
        p, floor = profile, self._floor(floor)
        mu = self._log_median(p.years, p.degree) + self.industry_log[p.industry_reading][p.industry]
        sigma = self._sigma_at(p.years, p.bands)
        low, median, high = (max(math.exp(mu + sigma * z), floor) for z in _Z_RANGE)
        return Estimate(profile, low, median, high, mu, sigma, self, floor)

    def _steps(self, e: Estimate) -> list[Step]:
        p = e.profile
        base = self.median_at(0.0, floor=e.floor)
        after_years = self.median_at(p.years, floor=e.floor)
        after_degree = self.median_at(p.years, p.degree, floor=e.floor)
        industry_sources = () if p.industry == "all" else (
            (("industry", p.industry), ("overall", "average")) if p.industry_reading == "overall"
            else tuple(("industry", k) for k in datafiles.KEYS["industry"]))
        return [
            Step("base", base, base, (("degree", "bachelor"),)),
            Step("years", after_years - base, after_years, self._years_sources),
            Step("degree", after_degree - after_years, after_degree, (("degree", "bachelor"), ("degree", "master"))),
            Step("industry", e.median - after_degree, e.median, industry_sources),
        ]

    def estimate_many(self, profiles: pd.DataFrame, floor: float | None = None) -> pd.DataFrame:
        import numpy as np

        years, codes = check_profiles(profiles, (YEARS_MIN, YEARS_MAX), {
            "degree": DEGREES, "industry": INDUSTRIES, "bands": BANDS, "industry_reading": INDUSTRY_READINGS})
        n = len(years)
        band_codes = codes.get("bands", np.full(n, BANDS.index(DEFAULT_BANDS)))
        reading_codes = codes.get("industry_reading", np.full(n, INDUSTRY_READINGS.index(DEFAULT_INDUSTRY_READING)))
        industry_log = np.empty(n)
        for i, reading in enumerate(INDUSTRY_READINGS):
            sel = reading_codes == i
            by_code = np.asarray([self.industry_log[reading][industry] for industry in INDUSTRIES])
            industry_log[sel] = by_code[codes["industry"][sel]]
        factor, add = (np.asarray([by[d] for d in DEGREES])[codes["degree"]]
                       for by in (self.degree_factor, self.degree_add))
        mu = np.log(np.exp(self.curve(years)) * factor + add) + industry_log
        sigma = np.empty(n)
        for i, b in enumerate(BANDS):
            sel = band_codes == i
            sigma[sel] = np.interp(years[sel], self._sigma_year_list, self._sigma_list[b])
        floor = self._floor(floor)
        out = {name: np.maximum(np.exp(mu + sigma * z), floor)
               for name, z in zip(("low", "median", "high"), _Z_RANGE)}
        return profiles.assign(**out)


def load_model(folder: str | os.PathLike | None = None, on: dt.date | None = None) -> Model:
    """A model fitted to the files in `folder` (default: the data folder) on day `on` (default: today)."""
    folder = Path(folder) if folder is not None else datafiles.data_dir()
    return Model(datafiles.figure_rows(folder / datafiles.FIGURES_FILE),
                 datafiles.level_rows(folder / datafiles.LEVELS_FILE),
                 datafiles.load_assumptions(folder / datafiles.ASSUMPTIONS_FILE),
                 datafiles.minimum_wage_rows(folder / datafiles.MINIMUM_WAGE_FILE), on or dt.date.today(),
                 datafiles.load_article(folder / datafiles.ARTICLE_FILE), source=datafiles.FIGURES_FILE)


def default_model(on: dt.date | None = None) -> Model:
    """The model of the files in the data folder on day `on` (default: today),
    fitted once per process (datafiles.reload() forgets it)."""
    return datafiles.load(load_model, on or dt.date.today())


def estimate(profile: Profile) -> Estimate:
    """The salary range for one profile (EUR gross per year)."""
    return default_model().estimate(profile)


def estimate_many(profiles: pd.DataFrame) -> pd.DataFrame:
    """The same rows with low, median and high added; columns years, degree,
    industry and optionally bands and industry_reading."""
    return default_model().estimate_many(profiles)


def difference(first: Estimate, second: Estimate) -> tuple[float, float]:
    """The second median minus the first, in EUR and in percent of the first."""
    eur = second.median - first.median
    return eur, eur / first.median * 100


CAREER_YEARS = 40  # the path is drawn over a working life of at least this many years


def career_path(m: Model, profile: Profile, until: float = CAREER_YEARS, floor: float | None = None) -> pd.DataFrame:
    """low, median, high for this profile at every whole year from 0 to `until`
    (at least 40, and at least the profile's own years), nothing below `floor`."""
    import numpy as np
    import pandas as pd

    last = int(math.ceil(max(until, profile.years)))
    years = np.arange(0, min(last, YEARS_MAX) + 1, dtype=float)
    frame = pd.DataFrame({"years": years, "degree": profile.degree, "industry": profile.industry,
                          "bands": profile.bands, "industry_reading": profile.industry_reading})
    return m.estimate_many(frame, floor)
