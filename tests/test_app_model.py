"""What the model's readings and floor look like on the pages: the industry
reading as a control and a share-link parameter, the legal floor named where
the article's entry salary is shown, the assumptions listed with their
defaults, and monthly amounts as fixed pay, in the page and in the downloads.
Expected values are computed here from the data files and the law."""

import csv
import datetime as dt
import io
import json
import math
import statistics

import pytest

from salary import datafiles, model, params, report, text
from salary.model import Profile, estimate
from tests.conftest import assert_clean, k, metric_values, run_app

FIG = datafiles.load_figures()
V = lambda dim, key: datafiles.value(FIG, dim, key)


def _floor_today() -> float:
    wage = datafiles.load_minimum_wage()
    hourly = wage.loc[wage["valid_from"] <= dt.date.today(), "eur_per_hour"].iloc[-1]
    return hourly * 40 * 52  # full time: 40 hours a week, 52 weeks


def _money(value: float, lang: str, step: int = 100) -> str:
    return text.money(round(value / step) * step, lang, 1)


# The article's figures as printed: the overall average and the six industries.
AVERAGE = 61_000
ARTICLE_INDUSTRIES = {"semiconductors": 60_200, "software": 59_600, "pharma": 58_900, "advertising": 36_800,
                      "tourism": 36_400, "hospitality": 35_300}


def test_an_old_link_opens_with_the_default_industry_reading():
    # A link without industry_reading (also one made while "relative" was the default) opens with "overall".
    at = run_app("estimator", {"years": "8", "industry": "software"})
    assert_clean(at)
    assert not at.warning
    assert at.radio(key=k("industry_reading")).value == "overall"
    assert "industry_reading" not in at.query_params
    overall = estimate(Profile(8)).median * ARTICLE_INDUSTRIES["software"] / AVERAGE
    assert metric_values(at)[1] == _money(overall, "de")
    # Software's figure is below the article's average: it lowers the estimate below "all industries".
    assert overall < estimate(Profile(8)).median


def test_the_industry_reading_in_the_link_and_the_control():
    at = run_app("estimator", {"years": "8", "industry": "software", "industry_reading": "relative", "lang": "en"})
    assert not at.warning
    assert at.radio(key=k("industry_reading", "en")).value == "relative"
    centre = statistics.geometric_mean(list(ARTICLE_INDUSTRIES.values()))
    relative = estimate(Profile(8)).median * ARTICLE_INDUSTRIES["software"] / centre
    assert metric_values(at)[1] == _money(relative, "en")
    assert at.query_params["industry_reading"] == "relative"
    at.radio(key=k("industry_reading", "en")).set_value("overall").run()
    overall = estimate(Profile(8)).median * ARTICLE_INDUSTRIES["software"] / AVERAGE
    assert metric_values(at)[1] == _money(overall, "en")
    assert "industry_reading" not in at.query_params  # the default stays out of the link


def test_a_bad_industry_reading_is_named_and_replaced():
    at = run_app("estimator", {"industry_reading": "absolute", "lang": "en"})
    assert_clean(at)
    (warning,) = at.warning
    assert "industry_reading" in warning.value and text.t("industry_reading.overall", "en") in warning.value
    assert at.radio(key=k("industry_reading", "en")).value == "overall"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_industry_page_says_what_the_reading_does(lang):
    at = run_app("industry", {"lang": lang})
    (sentence,) = [m.value for m in at.markdown if text.t("industry_reading.overall", lang) in m.value]
    # Each industry's change under the default, worked out from the article's figures, highest first.
    for key, figure in ARTICLE_INDUSTRIES.items():
        label = FIG.loc[FIG["key"] == key, "label_" + lang].iloc[0]
        assert f"{label} {text.percent((figure / AVERAGE - 1) * 100, lang, 1, signed=True)}" in sentence
    assert text.percent(-1.3, lang, 1) in sentence and text.percent(-42.1, lang, 1) in sentence
    # The other reading, named with what it would do to the top and the bottom industry.
    centre = statistics.geometric_mean(list(ARTICLE_INDUSTRIES.values()))
    assert text.t("industry_reading.relative", lang) in sentence
    assert text.percent((ARTICLE_INDUSTRIES["semiconductors"] / centre - 1) * 100, lang, 1, signed=True) in sentence
    assert text.percent((ARTICLE_INDUSTRIES["hospitality"] / centre - 1) * 100, lang, 1, signed=True) in sentence


@pytest.mark.parametrize("page", ["overview", "methodology"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_articles_entry_salary_is_marked_below_the_minimum_wage(page, lang):
    at = run_app(page, {"lang": lang})
    floor = _floor_today()
    assert V("overall", "entry") < floor
    notes = [i.value for i in at.info if text.money(floor, lang, 1) in i.value]
    assert len(notes) == 1
    assert text.money(V("overall", "entry"), lang) in notes[0] and "BGBl." in notes[0]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_methodology_page_lists_every_assumption(lang):
    at = run_app("methodology", {"lang": lang})
    assert_clean(at)
    tables = [t.value for t in at.table]
    (assumptions,) = [t for t in tables if text.t("column.assumption", lang) in t.columns]
    assert len(assumptions) == 10
    # Where each is changed, in words a works council reads: the estimator's fold by its title, no file names.
    where = " ".join(assumptions[text.t("column.where", lang)])
    assert text.t("assumptions.title", lang) in where and ".csv" not in where
    # The file or link parameter behind each, for whoever runs the dashboard, in a fold below.
    at.session_state["assumptions_files"] = True
    at.run()
    (behind,) = [t.value for t in at.table if text.t("column.behind", lang) in t.value.columns]
    behind = " ".join(behind[text.t("column.behind", lang)])
    for name in ("bands", "industry_reading", "variable"):
        assert f"{name}" in behind
    for file in ("figures.csv", "levels.csv", "assumptions.csv", "minimum_wage.csv"):
        assert file in behind
    defaults = " ".join(assumptions[text.t("column.default", lang)])
    assert text.money(_floor_today(), lang, 1) in defaults
    # The degree premium as the article's difference in EUR, a row of data/assumptions.csv with its default.
    assert text.t("assumption.degree_premium", lang) in list(assumptions[text.t("column.assumption", lang)])
    assert text.money(53_000 - 45_000, lang, 1) in defaults


def test_monthly_amounts_are_fixed_pay_with_the_variable_part_per_year():
    at = run_app("estimator", {"years": "6", "period": "month", "salaries": "13", "variable": "25", "lang": "en"})
    assert_clean(at)
    e = estimate(Profile(6))
    assert metric_values(at)[:3] == [_money(v * 0.75 / 13, "en", 10) for v in (e.low, e.median, e.high)]
    (caption,) = [c.value for c in at.caption if "Fixed pay per month" in c.value]
    for v in (e.low, e.median, e.high):
        assert _money(v * 0.25, "en") in caption


def test_downloads_carry_the_fixed_monthly_pay_and_the_floor():
    e = estimate(Profile(6))
    record = report.build(report.Request(e, e, None, 25, 100, "month", 13))
    rows = dict(csv.reader(io.StringIO(report.to_csv(record))))
    assert rows["amounts"] == "fixed pay per month"
    assert float(rows["range.median"]) == round(e.median * 0.75 / 13 / 10) * 10
    assert float(rows["variable_at_target_per_year.median"]) == round(e.median * 0.25 / 100) * 100
    assert float(rows["floor.per_year"]) == pytest.approx(_floor_today())
    parsed = json.loads(report.to_json(record))
    assert parsed["profile"]["industry_reading"] == model.DEFAULT_INDUSTRY_READING
    assert parsed["floor"]["source"].startswith("Fünfte Mindestlohnanpassungsverordnung")
    yearly = report.build(report.Request(e, e, None, 25, 100, "year", 12))
    assert yearly["amounts"] == "total pay per year" and yearly["variable_at_target_per_year"] is None
    assert yearly["range"]["median"] == round(e.median / 100) * 100


def test_the_industry_reading_is_a_share_link_parameter():
    assert params.BY_NAME["industry_reading"].choices == model.INDUSTRY_READINGS


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_range_at_the_legal_minimum_is_said_not_drawn(lang):
    # 0 years, no degree, tourism, per month at the default 20 % variable: the article's figures lie below the
    # minimum wage; the page says so instead of three equal amounts, and the payslip's fixed pay is the minimum.
    at = run_app("estimator", {"years": "0", "degree": "none", "industry": "tourism", "period": "month", "lang": lang})
    assert_clean(at)
    assert not at.metric
    monthly = math.ceil(_floor_today() / 12 / 10) * 10  # rounded up to 10 EUR: never below the minimum
    (note,) = [i.value for i in at.info if text.money(monthly, lang, 1) in i.value]
    assert note.startswith(text.t("floor.range.month", lang).split(":")[0].split(".")[0])
    # The caption says what the amount is, once: fixed pay a month and the variable part a year (20 % of the
    # minimum total, 2,409.33 x 12 / 0.8, to 100 EUR), not a quarter below and above.
    caption = " ".join(c.value for c in at.caption)
    variable = text.money(round(_floor_today() / 0.8 * 0.2 / 100) * 100, lang, 1)
    assert text.t("estimator.per_month.all_floor", lang, salaries=12, share=text.percent(20, lang),
                  variable=variable) in caption
    assert text.t("estimator.per_year", lang)[-30:] not in caption
