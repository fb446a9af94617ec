"""The model reproduces the article's figures, keeps its invariants for every
valid profile, explains itself, and refuses bad input with a named ValueError."""

import math
import shutil

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary import figures, model
from salary.model import BANDS, DEGREES, INDUSTRIES, Profile, estimate, estimate_many

FIG = figures.load_figures()
V = lambda dim, key: figures.value(FIG, dim, key)  # noqa: E731
ENTRY, TOP, AVERAGE = V("overall", "entry"), V("overall", "top"), V("overall", "average")
JUNIOR = figures.row(FIG, "level", "junior")
EXPERIENCED = figures.row(FIG, "level", "experienced")
SENIOR = figures.row(FIG, "level", "senior")
RANKING = ["semiconductors", "software", "pharma", "advertising", "tourism", "hospitality"]


def median(years, degree="bachelor", industry="all", bands=model.DEFAULT_BANDS):
    return estimate(Profile(years, degree, industry, bands)).median


# -- calibration against the article ----------------------------------------
@pytest.mark.parametrize("bands", BANDS)
def test_entry_by_degree(bands):
    assert median(0, bands=bands) == pytest.approx(V("degree", "bachelor"), rel=0.05)
    assert median(0, "master", bands=bands) == pytest.approx(V("degree", "master"), rel=0.05)


@pytest.mark.parametrize("bands", BANDS)
@pytest.mark.parametrize("years", [1, 2, 3])
def test_junior_years(years, bands):
    assert JUNIOR["low"] <= median(years, bands=bands) <= JUNIOR["high"]


@pytest.mark.parametrize("bands", BANDS)
@pytest.mark.parametrize("years", [4, 5, 6])
def test_experienced_years(years, bands):
    assert EXPERIENCED["low"] <= median(years, bands=bands) <= EXPERIENCED["high"]


@pytest.mark.parametrize("bands", BANDS)
@pytest.mark.parametrize("years", [7, 8, 9, 10])
def test_seven_to_ten_years(years, bands):
    assert median(years, bands=bands) == pytest.approx(V("years", "7-10"), rel=0.10)


@pytest.mark.parametrize("bands", BANDS)
@pytest.mark.parametrize("years", range(11, 46))
def test_more_than_ten_years(years, bands):
    assert median(years, bands=bands) > V("years", "over-10")
    if years >= 15:
        assert SENIOR["low"] <= median(years, bands=bands) <= SENIOR["high"]


@pytest.mark.parametrize("bands", BANDS)
@pytest.mark.parametrize("degree", DEGREES)
@pytest.mark.parametrize("years", [0, 1, 3, 5, 8, 10, 12, 20, 45])
def test_industries_rank_as_in_the_article(years, degree, bands):
    medians = [median(years, degree, industry, bands) for industry in RANKING]
    if max(medians) < TOP:
        assert medians == sorted(medians, reverse=True)
        assert len(set(medians)) == len(medians)


# -- invariants for every valid profile --------------------------------------
profiles = st.builds(
    Profile,
    years=st.one_of(st.integers(0, 45), st.floats(0, 45, allow_nan=False)),
    degree=st.sampled_from(DEGREES),
    industry=st.sampled_from(INDUSTRIES),
    bands=st.sampled_from(BANDS),
)


@settings(max_examples=3000, deadline=None)
@given(profiles)
def test_range_stays_within_the_articles_entry_and_top(p):
    e = estimate(p)
    assert ENTRY <= e.low <= e.median <= e.high <= TOP


@settings(max_examples=1500, deadline=None)
@given(profiles, st.floats(0, 45, allow_nan=False))
def test_median_never_falls_with_years(p, more):
    later = Profile(max(p.years, more), p.degree, p.industry, p.bands)
    assert estimate(later).median >= estimate(p).median


@settings(max_examples=1500, deadline=None)
@given(profiles)
def test_master_at_least_bachelor_at_least_none(p):
    none, bachelor, master = (estimate(Profile(p.years, d, p.industry, p.bands)).median for d in DEGREES)
    assert master >= bachelor >= none


@settings(max_examples=300, deadline=None)
@given(st.lists(profiles, min_size=1, max_size=60))
def test_estimate_many_agrees_with_estimate(ps):
    frame = pd.DataFrame([{"years": p.years, "degree": p.degree, "industry": p.industry, "bands": p.bands}
                          for p in ps])
    out = estimate_many(frame)
    for p, row in zip(ps, out.itertuples()):
        e = estimate(p)
        assert (row.low, row.median, row.high) == pytest.approx((e.low, e.median, e.high), rel=1e-12)


def test_estimate_many_keeps_rows_and_index_and_defaults_bands():
    frame = pd.DataFrame({"years": [8, 0], "degree": ["master", "none"], "industry": ["software", "all"]},
                         index=["a", "b"])
    out = estimate_many(frame)
    assert list(out.index) == ["a", "b"]
    assert list(out.columns) == ["years", "degree", "industry", "low", "median", "high"]
    assert out.loc["a", "median"] == pytest.approx(estimate(Profile(8, "master", "software")).median, rel=1e-12)
    assert "low" not in frame.columns  # the input is not changed


@settings(max_examples=1000, deadline=None)
@given(profiles, st.floats(0, 300_000, allow_nan=False))
def test_percentile_of(p, salary):
    e = estimate(p)
    pct = e.percentile_of(salary)
    assert 0 <= pct <= 100
    assert e.percentile_of(salary + 1000) >= pct
    assert e.percentile_of(e.median) == pytest.approx(50, abs=1e-6)
    assert e.percentile_of(e.low) == pytest.approx(25, abs=1e-6)
    assert e.percentile_of(e.high) == pytest.approx(75, abs=1e-6)


@settings(max_examples=1000, deadline=None)
@given(profiles)
def test_steps_explain_the_median(p):
    e = estimate(p)
    steps = e.steps()
    assert [s.id for s in steps] == list(model.STEPS)
    assert steps[0].amount == pytest.approx(V("degree", "bachelor"), rel=1e-9)
    assert sum(s.amount for s in steps) == pytest.approx(e.median, rel=1e-12)
    assert steps[-1].total == e.median
    running = 0.0
    for s in steps:
        running += s.amount
        assert s.total == pytest.approx(running, rel=1e-12)
        for dim, key in s.sources:
            figures.row(FIG, dim, key)  # every source names a real figure
    assert (steps[2].amount >= 0) == (p.degree != "none")
    if p.industry == "all":
        assert steps[3].amount == 0


def test_steps_years_zero_at_entry():
    steps = estimate(Profile(0)).steps()
    assert steps[1].amount == pytest.approx(0, abs=1e-6)


def test_bands_reading_changes_the_spread_not_the_median():
    wide = estimate(Profile(8, bands="p25-p75"))
    narrow = estimate(Profile(8, bands="p10-p90"))
    assert narrow.high - narrow.low < wide.high - wide.low
    assert narrow.median == pytest.approx(wide.median, rel=0.01)


def test_quantile():
    e = estimate(Profile(8))
    assert e.quantile(0.5) == pytest.approx(e.median)
    assert e.quantile(0) == pytest.approx(ENTRY) and e.quantile(1) == pytest.approx(TOP)
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
    ("bands", "x", "bands"),
])
def test_estimate_many_refuses_bad_rows(column, value, field):
    frame = pd.DataFrame({"years": [1, 2, 3], "degree": "bachelor", "industry": "all", "bands": "p25-p75"})
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
    for name in ("figures.csv", "levels.csv"):
        shutil.copy(figures.DATA_DIR / name, tmp_path / name)
    monkeypatch.setenv(figures.DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def _set(path, dim, key, column, value):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[(frame["dimension"] == dim) & (frame["key"] == key), column] = value
    frame.to_csv(path, index=False)


def test_changing_a_figure_changes_the_model(data):
    before = estimate(Profile(0, "master", "software"))
    _set(data / "figures.csv", "degree", "bachelor", "low", "47000")
    after = estimate(Profile(0, "bachelor"))
    assert after.median == pytest.approx(47000, rel=1e-6)
    _set(data / "figures.csv", "industry", "software", "low", "30500")
    assert estimate(Profile(0, "master", "software")).median < before.median


def test_changing_the_top_changes_the_ceiling(data):
    _set(data / "figures.csv", "overall", "top", "low", "140000")
    _set(data / "figures.csv", "level", "senior", "high", "140000")
    e = estimate(Profile(45, "master", "semiconductors"))
    assert e.high <= 140000 and e.quantile(1) == pytest.approx(140000)


def test_changing_level_years_moves_the_curve(data):
    (data / "levels.csv").write_text("level,years_from,years_to\njunior,0,5\nexperienced,6,10\nsenior,11,20\n")
    assert model.default_model().anchors[1][0] == 2.5


def test_inconsistent_figures_are_refused(data):
    _set(data / "figures.csv", "degree", "master", "low", "40000")
    with pytest.raises(figures.FiguresError, match="master figure must not be below"):
        estimate(Profile(3))


def test_a_figure_above_the_top_is_refused(data):
    _set(data / "figures.csv", "years", "7-10", "low", "150000")
    with pytest.raises(figures.FiguresError, match="years/7-10"):
        estimate(Profile(3))


def test_none_and_industry_factors_are_derived():
    m = model.default_model()
    assert math.exp(m.degree_log["none"]) == pytest.approx(V("degree", "bachelor") / V("degree", "master"))
    for key in RANKING:
        assert math.exp(m.industry_log[key]) == pytest.approx(V("industry", key) / AVERAGE)


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


def test_per_period_and_shown_amount():
    assert model.per_period(78000, "year", 12) == 78000
    assert model.per_period(78000, "month", 13) == 6000
    assert model.shown_amount(77149, "year", 12) == 77100
    assert model.shown_amount(77149, "month", 12) == 6430
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
