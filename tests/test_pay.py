"""The legal minimum on the fixed part of pay: per payslip month and per year,
at every variable share, and what the estimator says where the range meets it.
The minimum comes from data/minimum_wage.csv, read here with the csv module,
at 40 hours a week and 52 weeks (13.90 EUR from 2026-01-01: 2,409 EUR a month)."""

import csv
import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary import datafiles, model, pay, range_text, text
from salary.model import BANDS, DEGREES, INDUSTRIES, Profile

DAY_2026, DAY_2027 = dt.date(2026, 7, 1), dt.date(2027, 3, 1)
MODELS = {day: model.load_model(on=day) for day in (DAY_2026, DAY_2027)}
SHARES = (0.0, 0.20, 0.35, 0.50)


def hourly(day: dt.date) -> float:
    with open(datafiles.DATA_DIR / "minimum_wage.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if dt.date.fromisoformat(r["valid_from"]) <= day]
    return float(rows[-1]["eur_per_hour"])


def monthly_minimum(day: dt.date) -> float:
    """A month's full-time pay at the minimum wage: wage x 40 h x 52 weeks / 12."""
    return hourly(day) * 40 * 52 / 12


def test_the_monthly_minimum_is_the_law():
    assert hourly(DAY_2026) == 13.90 and hourly(DAY_2027) == 14.60
    assert round(monthly_minimum(DAY_2026)) == 2409
    for day, m in MODELS.items():
        assert pay.monthly_minimum(m) == pytest.approx(monthly_minimum(day))


profiles = st.builds(Profile, years=st.one_of(st.integers(0, 45), st.floats(0, 45, allow_nan=False)),
                     degree=st.sampled_from(DEGREES), industry=st.sampled_from(INDUSTRIES),
                     bands=st.sampled_from(BANDS), industry_reading=st.sampled_from(model.INDUSTRY_READINGS))


@settings(max_examples=500)
@given(p=profiles, share=st.sampled_from(SHARES), salaries=st.sampled_from([12, 13]),
       day=st.sampled_from([DAY_2026, DAY_2027]))
def test_fixed_pay_is_at_least_the_minimum_wage_per_month_and_per_year(p, share, salaries, day):
    m, month = MODELS[day], monthly_minimum(day)
    e = pay.estimate(m, p, share, salaries)
    for total in (e.low, e.median, e.high):
        # Per month: the payslip's fixed pay, unrounded and as shown.
        assert total * (1 - share) / salaries >= month - 1e-6
        assert pay.shown_amount(total, "month", salaries, share, e.floor) >= month
        # Per year: the fixed floor plus its variable part.
        assert total >= month * 12 / (1 - share) - 1e-6
        assert pay.shown_amount(total, "year", salaries, share, e.floor) >= month * 12 / (1 - share)
    # Above the floor the range is the model's, untouched.
    plain = m.estimate(p)
    for lifted, value in zip((e.low, e.median, e.high), (plain.low, plain.median, plain.high)):
        assert lifted == pytest.approx(max(value, month * salaries / (1 - share)))


@pytest.mark.parametrize("share", SHARES)
def test_the_floor_per_year_is_the_fixed_floor_plus_its_variable_part(share):
    m = MODELS[DAY_2026]
    assert pay.total_floor(m, share) == pytest.approx(13.90 * 40 * 52 / (1 - share))
    assert pay.total_floor(m, share, 13) == pytest.approx(13.90 * 40 * 52 / 12 * 13 / (1 - share))


def test_the_career_changers_payslip():
    # 0 years, no degree, tourism, per month at 20 % variable: the median's fixed pay was 2,015 EUR
    # (about 11.60 EUR an hour); now every amount is the monthly minimum, shown as 2,410 EUR.
    m = MODELS[DAY_2026]
    e = pay.estimate(m, Profile(0, "none", "tourism"), 0.2)
    assert pay.at_floor(e) == (True, True, True)
    shown = [pay.shown_amount(v, "month", 12, 0.2, e.floor) for v in (e.low, e.median, e.high)]
    assert shown == [math.ceil(monthly_minimum(DAY_2026) / 10) * 10] * 3 == [2410] * 3
    assert m.estimate(Profile(0, "none", "tourism")).median * 0.8 / 12 < monthly_minimum(DAY_2026)


def test_steps_path_and_quantiles_follow_the_floor():
    m = MODELS[DAY_2026]
    e = pay.estimate(m, Profile(0, "none", "hospitality"), 0.5)
    floor = 13.90 * 40 * 52 / 0.5
    assert e.floor == pytest.approx(floor)
    assert sum(s.amount for s in e.steps()) == pytest.approx(e.median) == pytest.approx(floor)
    assert e.quantile(0.1) == pytest.approx(floor) and e.percentile_of(floor * 0.99) == 0
    path = model.career_path(m, e.profile, floor=e.floor)
    assert path["low"].min() == pytest.approx(floor)
    assert tuple(path.loc[0, ["low", "median", "high"]]) == pytest.approx((e.low, e.median, e.high))


def test_a_floor_below_the_law_or_no_fixed_pay_is_refused():
    m = MODELS[DAY_2026]
    with pytest.raises(ValueError, match="floor"):
        m.estimate(Profile(3), floor=m.floor - 1)
    with pytest.raises(ValueError, match="variable_share"):
        pay.total_floor(m, 1.0)
    with pytest.raises(ValueError, match="salaries"):
        pay.total_floor(m, 0.2, 14)


@pytest.mark.parametrize("value, period, least, shown", [
    (68_705, "year", 0, 68_700), (68_750, "year", 0, 68_800), (2_409.33, "month", 2_409.33, 2_410),
    (2_530.67, "month", 2_530.67, 2_540), (36_140, "year", 36_140, 36_200), (2_404, "month", 2_409.33, 2_400),
])
def test_one_rounding_never_below_the_legal_minimum(value, period, least, shown):
    # To 100 EUR a year, 10 EUR a month; an amount at or above the minimum is never shown below it
    # (a typed salary below it is rounded as it is).
    assert pay.rounded(value, period, least) == shown


# -- what the estimator says ---------------------------------------------------
# The sentences the issue asks for, in both languages.
FLOOR_LOW = {"de": ("Die untere Grenze ist der gesetzliche Mindestlohn", "das Modell setzt nichts darunter an"),
             "en": ("The low is the legal minimum wage", "the model sets nothing below it")}
A_QUARTER_LESS = {"de": "Ein Viertel der KAM mit diesem Profil verdient weniger",
                  "en": "a quarter of KAM with this profile earn less"}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("period", ["year", "month"])
def test_where_the_low_is_the_floor_the_caption_says_so(lang, period):
    m = MODELS[DAY_2026]
    e = pay.estimate(m, Profile(3, "none", "advertising"), 0.2)
    assert pay.at_floor(e)[0] and not pay.at_floor(e)[2]  # the low at the floor, the high above it
    caption = range_text.range_caption(e, lang, period, 12, 0.2)
    assert all(part in caption for part in FLOOR_LOW[lang])
    assert A_QUARTER_LESS[lang] not in caption
    assert range_text.floor_range(e, lang, period, 12, 0.2) is None  # a range above the floor: three amounts
    # Away from the floor: the quarters, and no word of the floor.
    above = pay.estimate(m, Profile(8), 0.2)
    assert not any(pay.at_floor(above))
    plain = range_text.range_caption(above, lang, period, 12, 0.2)
    assert FLOOR_LOW[lang][0] not in plain
    if period == "year":
        assert A_QUARTER_LESS[lang] in plain


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("period", ["year", "month"])
def test_where_the_whole_range_is_the_floor_it_is_said_in_words(lang, period):
    m = MODELS[DAY_2026]
    for industry in ("advertising", "tourism", "hospitality"):  # the three low-paid industries, 0 years, no degree
        e = pay.estimate(m, Profile(0, "none", industry), 0.2)
        note = range_text.floor_range(e, lang, period, 12, 0.2)
        assert note is not None
        assert note.startswith({"de": "Für dieses Profil liegen die Zahlen des Artikels unter dem gesetzlichen "
                                      "Mindestlohn", "en": "For this profile the article's figures fall below the "
                                                           "legal minimum wage"}[lang])
        shown = text.amount(e.floor, lang, period, 12, 0.2, e.floor)
        assert shown in note
        assert range_text.range_amounts(e, lang, period, 12, 0.2) == (shown, shown, shown)
        # The caption beside it speaks of no quarters: there is no band.
        caption = range_text.range_caption(e, lang, period, 12, 0.2)
        assert A_QUARTER_LESS[lang] not in caption
        assert {"de": "mehr als die obere Grenze", "en": "more than the high"}[lang] not in caption


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_salary_below_the_floor_for_this_variable_share(lang):
    m = MODELS[DAY_2026]
    e = pay.estimate(m, Profile(8), 0.2)
    # 33,000 in total is above the year's minimum, but at 20 % variable its fixed part (26,400) is not.
    below = text.verdict(e, 33_000, lang, "year", 12, 0.2)
    assert text.money(math.ceil(13.90 * 2080 / 0.8 / 100) * 100, lang, 1) in below
    assert text.percent(20, lang) in below
    assert "Modellschätzung" not in below and "Model estimate" not in below
