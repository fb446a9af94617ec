"""The model reproduces the article's figures, keeps its invariants for every
valid profile, explains itself, and refuses bad input with a named ValueError.
Expected values come from the data files, the law and independent computations."""

import datetime as dt
import math
import statistics

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary import datafiles, model
from salary.model import BANDS, DEGREES, INDUSTRIES, INDUSTRY_READINGS, Profile, estimate, estimate_many
from tests.conftest import copy_data

FIG = datafiles.load_figures()
LEVELS = datafiles.load_levels()
V = lambda dim, key: datafiles.value(FIG, dim, key)
ENTRY, TOP, AVERAGE = V("overall", "entry"), V("overall", "top"), V("overall", "average")
RANKING = ["semiconductors", "software", "pharma", "advertising", "tourism", "hospitality"]
# The statutory minimum wage (Fünfte Mindestlohnanpassungsverordnung, BGBl. 2025 I Nr. 268) at
# 40 hours a week, 52 weeks a year.
FLOOR_2026, FLOOR_2027 = 13.90 * 40 * 52, 14.60 * 40 * 52
DAY_2026, DAY_2027 = dt.date(2026, 6, 1), dt.date(2027, 3, 1)
M = model.default_model(DAY_2026)
EDGE = {"p25-p75": (0.25, 0.75), "p10-p90": (0.10, 0.90)}


def median(years, degree="bachelor", industry="all", bands=model.DEFAULT_BANDS,
           reading=model.DEFAULT_INDUSTRY_READING):
    return M.estimate(Profile(years, degree, industry, bands, reading)).median


def middle_year(level):
    row = LEVELS.set_index("level").loc[level]
    return (row["years_from"] + row["years_to"]) / 2


# -- the article's bands, reproduced at their edges --------------------------
@pytest.mark.parametrize("bands", BANDS)
@pytest.mark.parametrize("level", ["junior", "experienced", "senior"])
def test_bands_reproduced_at_their_edges(level, bands):
    row = datafiles.row(FIG, "level", level)
    e = M.estimate(Profile(middle_year(level), bands=bands))
    lower, upper = EDGE[bands]
    assert e.quantile(lower) == pytest.approx(row["low"], rel=0.03)
    assert e.quantile(upper) == pytest.approx(row["high"], rel=0.03)
    assert row["low"] < e.median < row["high"]


def test_the_top_salary_is_no_wall():
    # The senior band's top is its upper percentile: higher pay exists, and premiums hold at the top.
    e = M.estimate(Profile(20, "master", "all", "p25-p75"))
    assert e.high > TOP
    assert e.quantile(0.99) > TOP
    assert median(20, "master") - median(20) == pytest.approx(MASTER - BACHELOR)


# The article's figures as printed: the degree figures at entry and the top salary.
BACHELOR, MASTER, ARTICLE_TOP = 45_000, 53_000, 132_000


# The grid below checks every profile at every quarter year; this adds years in between and 2027's model.
@settings(max_examples=300)
@given(years=st.one_of(st.integers(0, 45), st.floats(0, 45, allow_nan=False)), degree=st.sampled_from(DEGREES),
       industry=st.sampled_from(INDUSTRIES), bands=st.sampled_from(BANDS))
def test_no_median_above_the_articles_top_salary_under_the_default_readings(years, degree, industry, bands):
    p = Profile(years, degree, industry, bands)  # the default industry reading
    assert M.estimate(p).median <= ARTICLE_TOP
    assert model.default_model(DAY_2027).estimate(p).median <= ARTICLE_TOP


def test_no_median_above_the_top_salary_on_a_grid_of_every_profile():
    # Every quarter year, every degree, industry and band reading: the property above, exhaustively.
    frame = pd.DataFrame([{"years": y / 4, "degree": d, "industry": i, "bands": b}
                          for y in range(0, 181) for d in DEGREES for i in INDUSTRIES for b in BANDS])
    out = M.estimate_many(frame)
    assert out["median"].max() <= ARTICLE_TOP
    # The highest median is a master's in no particular industry at the plateau: the bachelor's plus 8,000.
    top = out.loc[out["median"].idxmax()]
    assert (top["degree"], top["industry"]) == ("master", "all")
    assert top["median"] == pytest.approx(median(45) + MASTER - BACHELOR)


@pytest.mark.parametrize("bands", BANDS)
def test_entry_by_degree(bands):
    assert median(0, bands=bands) == pytest.approx(V("degree", "bachelor"), rel=0.03)
    assert median(0, "master", bands=bands) == pytest.approx(V("degree", "master"), rel=0.03)


def test_seven_to_ten_years_and_more_than_ten():
    assert median(8.5) == pytest.approx(V("years", "7-10"), rel=0.03)
    for years in range(7, 11):
        assert median(years) == pytest.approx(V("years", "7-10"), rel=0.10)
    for years in range(11, 46):
        assert median(years) > V("years", "over-10")


# -- every valid profile --------------------------------------------------------
# A profile is one of 84 combinations of choices (3 degrees, 7 industries, 2 band and 2 industry
# readings) and any years from 0 to 45: a few hundred examples reach each combination several times.
profiles = st.builds(
    Profile,
    years=st.one_of(st.integers(0, 45), st.floats(0, 45, allow_nan=False)),
    degree=st.sampled_from(DEGREES),
    industry=st.sampled_from(INDUSTRIES),
    bands=st.sampled_from(BANDS),
    industry_reading=st.sampled_from(INDUSTRY_READINGS),
)


def _with(p, **changes):
    values = {"years": p.years, "degree": p.degree, "industry": p.industry, "bands": p.bands,
              "industry_reading": p.industry_reading}
    return Profile(**{**values, **changes})


@settings(max_examples=300)
@given(profiles)
def test_the_band_reading_changes_the_spread_never_the_median(p):
    wide, narrow = (M.estimate(_with(p, bands=b)) for b in ("p25-p75", "p10-p90"))
    assert narrow.median == wide.median
    assert narrow.high - narrow.low <= wide.high - wide.low


@settings(max_examples=300)
@given(profiles)
def test_nothing_below_the_legal_minimum(p):
    e = M.estimate(p)
    assert FLOOR_2026 - 1e-6 <= e.low <= e.median <= e.high
    later = model.default_model(DAY_2027).estimate(p)
    assert later.low >= FLOOR_2027 - 1e-6


def test_the_floor_follows_the_date():
    assert model.default_model(dt.date(2026, 12, 31)).floor == pytest.approx(FLOOR_2026)
    assert model.default_model(dt.date(2027, 1, 1)).floor == pytest.approx(FLOOR_2027)
    assert M.entry_below_floor  # the article's 24,000 is below the 2026 full-time minimum
    # Without any floor the same profile would earn less: the floor lifts it.
    low = M.estimate(Profile(0, "none", "hospitality", industry_reading="overall")).low
    assert low == pytest.approx(FLOOR_2026)


@settings(max_examples=500)
@given(profiles, st.floats(0, 45, allow_nan=False))
def test_median_never_falls_with_years(p, more):
    assert M.estimate(_with(p, years=max(p.years, more))).median >= M.estimate(p).median


def test_the_career_curve_is_smooth_and_concave():
    years = np.arange(0, 46)
    medians = np.asarray([median(float(y)) for y in years])
    growth = np.diff(np.log(medians))
    assert (np.diff(growth) <= 1e-12).all()  # growth never speeds up
    assert (growth >= 0).all()
    assert np.abs(np.diff(growth)).max() < 0.01  # no kink: growth changes by under a point a year
    plateau = datafiles.load_assumptions()["plateau_years"]
    assert (growth[: int(plateau) - 1] > 0).all() and growth[int(plateau):].max() == pytest.approx(0, abs=1e-12)


@settings(max_examples=300)
@given(profiles)
def test_master_at_least_bachelor_at_least_none(p):
    none, bachelor, master = (M.estimate(_with(p, degree=d)).median for d in DEGREES)
    assert master >= bachelor >= none
    if none > FLOOR_2026:  # away from the floor the premium is the article's difference in EUR, in every year
        industry = M.estimate(_with(p, degree="bachelor")).median / M.estimate(_with(p, industry="all",
                                                                                    degree="bachelor")).median
        assert master - bachelor == pytest.approx((MASTER - BACHELOR) * industry)
        assert bachelor - none == pytest.approx((MASTER - BACHELOR) * industry)


# -- the industry reading ------------------------------------------------------
def _factor(years, industry, reading):
    return median(years, industry=industry, reading=reading) / median(years)


@pytest.mark.parametrize("years", [3, 8, 20])  # above the legal floor for every industry
def test_industry_reading_overall_divides_by_the_overall_average(years):
    for key in RANKING:
        assert _factor(years, key, "overall") == pytest.approx(V("industry", key) / AVERAGE)
        assert median(years, industry=key, reading="overall") < median(years)


@pytest.mark.parametrize("years", [0, 3, 8, 20])
def test_industry_reading_relative_centres_the_six_figures(years):
    centre = statistics.geometric_mean([V("industry", k) for k in RANKING])
    for key in RANKING:
        assert _factor(years, key, "relative") == pytest.approx(V("industry", key) / centre)
    raised = [k for k in RANKING if median(years, industry=k, reading="relative") > median(years)]
    assert raised == RANKING[:3]


def test_the_default_industry_reading():
    assert Profile(5).industry_reading == model.DEFAULT_INDUSTRY_READING == "overall"
    assert INDUSTRY_READINGS[0] == "overall"  # the default comes first


# The article's figures, as printed: the overall average and the six industries.
ARTICLE_AVERAGE = 61_000
ARTICLE_INDUSTRIES = {"semiconductors": 60_200, "software": 59_600, "pharma": 58_900, "advertising": 36_800,
                      "tourism": 36_400, "hospitality": 35_300}


@pytest.mark.parametrize("years", [0, 3, 8, 20, 45])
@pytest.mark.parametrize("degree", DEGREES)
def test_by_default_each_industry_moves_the_median_by_its_figure_over_the_average(years, degree):
    # Semiconductors -1.3 %, software -2.3 %, pharma -3.4 %, advertising -39.7 %, tourism -40.3 %,
    # hospitality -42.1 %: worked out here from the article's figures.
    changes = {k: round((v / ARTICLE_AVERAGE - 1) * 100, 1) for k, v in ARTICLE_INDUSTRIES.items()}
    assert changes == {"semiconductors": -1.3, "software": -2.3, "pharma": -3.4, "advertising": -39.7,
                       "tourism": -40.3, "hospitality": -42.1}
    base = M.estimate(Profile(years, degree))
    for key, figure in ARTICLE_INDUSTRIES.items():
        e = M.estimate(Profile(years, degree, key))
        assert e.profile.industry_reading == "overall"
        if e.low > FLOOR_2026:  # away from the legal floor
            assert e.median / base.median == pytest.approx(figure / ARTICLE_AVERAGE)
            assert (e.low, e.high) == pytest.approx((base.low * figure / ARTICLE_AVERAGE,
                                                     base.high * figure / ARTICLE_AVERAGE))


@pytest.mark.parametrize("reading", INDUSTRY_READINGS)
@pytest.mark.parametrize("degree", DEGREES)
@pytest.mark.parametrize("years", [0, 1, 3, 5, 8, 10, 12, 20, 45])
def test_industries_rank_as_in_the_article(years, degree, reading):
    medians = [median(years, degree, industry, reading=reading) for industry in RANKING]
    assert medians == sorted(medians, reverse=True)
    above_floor = [m for m in medians if m > FLOOR_2026]
    assert len(set(above_floor)) == len(above_floor)


# -- the rest of the public API ------------------------------------------------
@settings(max_examples=100)
@given(st.lists(profiles, min_size=1, max_size=60))
def test_estimate_many_agrees_with_estimate(ps):
    frame = pd.DataFrame([{"years": p.years, "degree": p.degree, "industry": p.industry, "bands": p.bands,
                           "industry_reading": p.industry_reading} for p in ps])
    out = estimate_many(frame)
    for p, row in zip(ps, out.itertuples()):
        e = estimate(p)
        assert (row.low, row.median, row.high) == pytest.approx((e.low, e.median, e.high), rel=1e-12)


def test_estimate_many_keeps_rows_and_index_and_defaults_readings():
    frame = pd.DataFrame({"years": [8, 0], "degree": ["master", "none"], "industry": ["software", "all"]},
                         index=["a", "b"])
    out = estimate_many(frame)
    assert list(out.index) == ["a", "b"]
    assert list(out.columns) == ["years", "degree", "industry", "low", "median", "high"]
    assert out.loc["a", "median"] == pytest.approx(estimate(Profile(8, "master", "software")).median, rel=1e-12)
    assert "low" not in frame.columns  # the input is not changed


@settings(max_examples=500)
@given(profiles, st.floats(0, 300_000, allow_nan=False))
def test_percentile_of(p, salary):
    e = M.estimate(p)
    pct = e.percentile_of(salary)
    assert 0 <= pct <= 100
    assert e.percentile_of(salary + 1000) >= pct
    # Recomputed from the distribution's own parameters, independently of the method.
    if salary >= FLOOR_2026:
        assert pct == pytest.approx(statistics.NormalDist(e.mu, e.sigma).cdf(math.log(salary)) * 100, abs=1e-9)
    else:
        assert pct == 0
    if e.low > FLOOR_2026:
        assert e.percentile_of(e.low) == pytest.approx(25, abs=1e-6)
        assert e.percentile_of(e.median) == pytest.approx(50, abs=1e-6)
        assert e.percentile_of(e.high) == pytest.approx(75, abs=1e-6)


@settings(max_examples=200)
@given(profiles)
def test_steps_explain_the_median(p):
    e = M.estimate(p)
    steps = e.steps()
    assert [s.id for s in steps] == list(model.STEPS)
    assert steps[0].amount == pytest.approx(V("degree", "bachelor"), rel=0.03)
    assert sum(s.amount for s in steps) == pytest.approx(e.median, rel=1e-12)
    assert steps[-1].median_after == e.median
    running = 0.0
    for s in steps:
        running += s.amount
        assert s.median_after == pytest.approx(running, rel=1e-12)
        for dim, key in s.sources:
            datafiles.row(FIG, dim, key)  # every source names a real figure
    assert (steps[2].amount >= 0) == (p.degree != "none")
    if p.industry == "all":
        assert steps[3].amount == 0


def test_steps_years_zero_at_entry():
    steps = estimate(Profile(0)).steps()
    assert steps[1].amount == pytest.approx(0, abs=1e-6)


def test_quantile():
    e = M.estimate(Profile(8))
    assert e.quantile(0.5) == pytest.approx(e.median)
    assert e.quantile(0) == pytest.approx(FLOOR_2026) and e.quantile(1) == math.inf
    assert e.quantile(0.9) == pytest.approx(math.exp(e.mu + e.sigma * statistics.NormalDist().inv_cdf(0.9)))
    with pytest.raises(ValueError, match="p: 2"):
        e.quantile(2)


# -- bad input ---------------------------------------------------------------
@pytest.mark.parametrize("kwargs, field, shown", [
    ({"years": -1}, "years", "-1"),
    ({"years": 46}, "years", "46"),
    ({"years": float("nan")}, "years", "nan"),
    ({"years": float("inf")}, "years", "inf"),
    ({"years": "8"}, "years", "'8'"),
    ({"years": None}, "years", "None"),
    ({"years": True}, "years", "True"),
    ({"years": 5, "degree": "phd"}, "degree", "'phd'"),
    ({"years": 5, "degree": None}, "degree", "None"),
    ({"years": 5, "industry": "mining"}, "industry", "'mining'"),
    ({"years": 5, "industry": "Software"}, "industry", "'Software'"),
    ({"years": 5, "bands": "p5-p95"}, "bands", "'p5-p95'"),
    ({"years": 5, "industry_reading": "absolute"}, "industry_reading", "'absolute'"),
])
def test_profile_refuses_bad_values(kwargs, field, shown):
    with pytest.raises(ValueError) as info:
        Profile(**kwargs)
    message = str(info.value)
    assert message.startswith(f"{field}: {shown}")
    assert "allowed" in message


def test_profile_accepts_numpy_numbers():
    assert Profile(np.int64(8)).years == 8.0
    assert Profile(np.float32(2.5)).years == 2.5


@pytest.mark.parametrize("column, value, field", [
    ("years", -3, "years"), ("years", float("nan"), "years"), ("years", "abc", "years"),
    ("years", float("inf"), "years"), ("degree", "phd", "degree"), ("industry", "mining", "industry"),
    ("bands", "x", "bands"), ("industry_reading", "x", "industry_reading"),
])
def test_estimate_many_refuses_bad_rows(column, value, field):
    frame = pd.DataFrame({"years": [1, 2, 3], "degree": "bachelor", "industry": "all", "bands": "p25-p75",
                          "industry_reading": "relative"})
    frame[column] = frame[column].astype(object)
    frame.loc[1, column] = value
    with pytest.raises(ValueError, match=rf"^{field}: "):
        estimate_many(frame)


def test_estimate_many_missing_column():
    with pytest.raises(ValueError, match="industry: column missing"):
        estimate_many(pd.DataFrame({"years": [1], "degree": ["master"]}))


def test_estimate_needs_a_profile():
    with pytest.raises(ValueError, match="profile"):
        model.default_model().estimate({"years": 3})


def test_percentile_of_refuses_bad_salary():
    e = estimate(Profile(3))
    for bad in (-1, float("nan"), float("inf"), "50000", None):
        with pytest.raises(ValueError, match="salary"):
            e.percentile_of(bad)


# -- parameters come from the data ----------------------------------------
@pytest.fixture
def data(tmp_path, monkeypatch):
    copy_data(tmp_path)
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def _set(path, dim, key, column, value):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[(frame["dimension"] == dim) & (frame["key"] == key), column] = value
    frame.to_csv(path, index=False)
    datafiles.reload()  # the running process reads the edited file again


def test_changing_a_figure_changes_the_model(data):
    before, entry = estimate(Profile(0, "master", "software")), estimate(Profile(0)).median
    _set(data / "figures.csv", "degree", "bachelor", "low", "47000")
    after = estimate(Profile(0)).median
    assert after > entry and after == pytest.approx(47000, rel=0.03)
    _set(data / "figures.csv", "industry", "software", "low", "30500")
    assert estimate(Profile(0, "master", "software")).median < before.median


def test_changing_the_senior_band_moves_its_edges(data):
    _set(data / "figures.csv", "overall", "top", "low", "140000")
    _set(data / "figures.csv", "level", "senior", "high", "140000")
    e = estimate(Profile(middle_year("senior")))
    assert e.quantile(0.75) == pytest.approx(140000, rel=0.03)


def test_the_plateau_comes_from_the_data(data):
    text = (data / "assumptions.csv").read_text().replace("plateau_years,25,", "plateau_years,30,")
    (data / "assumptions.csv").write_text(text)
    datafiles.reload()
    assert estimate(Profile(29)).median > estimate(Profile(26)).median
    assert estimate(Profile(30)).median == estimate(Profile(45)).median


def test_the_floor_comes_from_the_data(data):
    (data / "minimum_wage.csv").write_text('valid_from,eur_per_hour,source\n2020-01-01,20.00,"test"\n')
    datafiles.reload()
    assert estimate(Profile(0, "none", "hospitality")).low == pytest.approx(20.00 * 40 * 52)


def test_changing_level_years_moves_the_curve(data):
    (data / "levels.csv").write_text("level,years_from,years_to\njunior,0,5\nexperienced,6,10\nsenior,11,20\n")
    datafiles.reload()
    assert model.default_model().anchors[1][0] == 2.5


def test_inconsistent_figures_are_refused(data):
    _set(data / "figures.csv", "degree", "master", "low", "40000")
    with pytest.raises(datafiles.FiguresError, match="master figure must not be below"):
        estimate(Profile(3))


def test_a_figure_above_the_top_is_refused(data):
    _set(data / "figures.csv", "years", "7-10", "low", "150000")
    with pytest.raises(datafiles.FiguresError, match="years/7-10"):
        estimate(Profile(3))


def test_no_degree_is_the_masters_difference_below_bachelor():
    for years in (0, 8, 30):
        assert median(years) - median(years, "none") == pytest.approx(MASTER - BACHELOR)
        assert median(years, "master") - median(years) == pytest.approx(MASTER - BACHELOR)


def test_the_degree_rule_comes_from_the_data(data):
    text = (data / "assumptions.csv").read_text()
    (data / "assumptions.csv").write_text(text.replace("degree_premium,difference,", "degree_premium,ratio,"))
    datafiles.reload()
    for years in (0, 8, 30):
        assert estimate(Profile(years, "master")).median / estimate(Profile(years)).median == pytest.approx(
            MASTER / BACHELOR)
        assert estimate(Profile(years)).median / estimate(Profile(years, "none")).median == pytest.approx(
            MASTER / BACHELOR)
    # The reason it is not the default: a ratio for a whole career passes the article's top salary.
    assert estimate(Profile(30, "master")).median > ARTICLE_TOP


def test_a_premium_as_large_as_the_entry_salary_is_refused(data):
    _set(data / "figures.csv", "degree", "master", "low", "92000")
    with pytest.raises(datafiles.FiguresError, match="premium must be below"):
        estimate(Profile(3))


# -- pay split and period ----------------------------------------------------
@given(st.floats(ENTRY, TOP), st.integers(0, 50), st.integers(50, 150))
def test_pay_split(total, variable, attainment):
    s = model.pay_split(total, variable / 100, attainment / 100)
    assert s.fixed + s.variable == pytest.approx(total)
    assert s.variable == pytest.approx(total * variable / 100)
    assert s.paid == pytest.approx(s.fixed + s.variable * attainment / 100)
    if attainment == 100:
        assert s.paid == pytest.approx(total)


def test_pay_split_refuses_bad_shares():
    with pytest.raises(ValueError, match="variable_share"):
        model.pay_split(1000, 1.5, 1)
    with pytest.raises(ValueError, match="attainment"):
        model.pay_split(1000, 0.2, float("nan"))


@given(st.floats(0, 1_000_000), st.sampled_from(["year", "month"]), st.sampled_from([12, 13]),
       st.integers(0, 50))
def test_an_amount_typed_per_period_comes_back_as_its_yearly_total(yearly, period, salaries, variable):
    shown = model.per_period(yearly, period, salaries, variable / 100)
    assert model.to_yearly(shown, period, salaries, variable / 100) == pytest.approx(yearly)
    # Per month, the fixed part of the total over the salaries, worked out here.
    expected = yearly if period == "year" else yearly * (1 - variable / 100) / salaries
    assert shown == pytest.approx(expected)


def test_per_period_and_shown_amount():
    assert model.per_period(78000, "year", 12) == 78000
    assert model.per_period(78000, "month", 13) == 6000
    # Per month: the payslip's fixed part, the variable share paid on top once a year.
    assert model.per_period(78000, "month", 12, 0.2) == pytest.approx(78000 * 0.8 / 12)
    assert model.per_period(78000, "year", 12, 0.2) == 78000
    assert model.shown_amount(77149, "year", 12) == 77100
    assert model.shown_amount(77149, "month", 12) == 6430
    assert model.shown_amount(77149, "month", 13, 0.25) == 4450
    with pytest.raises(ValueError, match="period"):
        model.per_period(1, "week", 12)
    with pytest.raises(ValueError, match="salaries"):
        model.per_period(1, "month", 14)


def test_difference():
    a, b = estimate(Profile(5)), estimate(Profile(5, "master"))
    eur, pct = model.difference(a, b)
    assert eur == pytest.approx(b.median - a.median)
    assert pct == pytest.approx((b.median / a.median - 1) * 100)


def test_career_path():
    p = Profile(8, "master", "software")
    path = model.career_path(model.default_model(), p)
    assert list(path["years"]) == list(range(41))
    assert path.loc[8, "median"] == pytest.approx(estimate(p).median)
    assert len(model.career_path(model.default_model(), Profile(44))) == 45


@pytest.mark.parametrize("bands, reading", [("p10-p90", "overall"), ("p25-p75", "relative")])
def test_career_path_follows_both_readings(bands, reading):
    # The path chart of a profile read another way must show that reading, year by year.
    p = Profile(8, "none", "tourism", bands, reading)
    path = model.career_path(M, p)
    for years in (0, 8, 30):
        e = M.estimate(Profile(years, "none", "tourism", bands, reading))
        assert tuple(path.loc[years, ["low", "median", "high"]]) == pytest.approx((e.low, e.median, e.high))


def test_estimate_many_without_the_reading_columns_uses_the_default_readings():
    frame = pd.DataFrame({"years": [0.0, 12.5, 45.0], "degree": ["none", "master", "bachelor"],
                          "industry": ["tourism", "all", "semiconductors"]})
    out = M.estimate_many(frame)
    for row in out.itertuples():
        e = M.estimate(Profile(row.years, row.degree, row.industry, "p25-p75", "overall"))
        assert (row.low, row.median, row.high) == pytest.approx((e.low, e.median, e.high))


def test_a_model_from_the_loaders_tables_is_the_model_from_the_files_rows():
    """The model is fitted from plain rows (no pandas on the page path); a notebook with the
    loaders' DataFrames passes their records. Both give the same curve, spreads, floor and figures."""
    folder = datafiles.data_dir()
    assumptions = datafiles.load_assumptions()
    from_rows = model.Model(datafiles.figure_rows(folder / datafiles.FIGURES_FILE),
                            datafiles.level_rows(folder / datafiles.LEVELS_FILE), assumptions,
                            datafiles.minimum_wage_rows(folder / datafiles.MINIMUM_WAGE_FILE), DAY_2026)
    from_frames = model.Model(FIG.to_dict("records"), LEVELS.to_dict("records"), assumptions,
                              datafiles.load_minimum_wage().to_dict("records"), DAY_2026)
    assert from_rows.curve == from_frames.curve
    assert from_rows.floor == from_frames.floor == pytest.approx(FLOOR_2026)
    assert from_rows.level_spans == from_frames.level_spans
    for profile in (Profile(0), Profile(7, "master", "pharma", "p10-p90", "overall"), Profile(30, "none")):
        a, b = from_rows.estimate(profile), from_frames.estimate(profile)
        assert (a.low, a.median, a.high) == (b.low, b.median, b.high)
    pd.testing.assert_frame_equal(from_rows.figures, FIG)
    pd.testing.assert_frame_equal(from_rows.levels, LEVELS)
    assert from_rows.figures.attrs["source"] == "figures.csv"
    with pytest.raises(TypeError, match="figures: the file's rows"):
        model.Model(FIG, LEVELS.to_dict("records"), assumptions, [], DAY_2026)
