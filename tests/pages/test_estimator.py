"""The estimator under AppTest: every control gives what salary.model returns, a link
reproduces the estimate, each view draws its own part, typed amounts are read as meant, the
industry reading, the legal floor, the net pay view and the downloads. Expected values come
from the data files and salary.model / salary.net, worked out here."""

import json
import math
import statistics
from statistics import NormalDist
from urllib.parse import parse_qs

import pytest
from lohnsteuer_bmf import berechne_lohnsteuer_pap

from salary import datafiles, model, net, net_text, params, pay, report, text
from salary.model import Profile, estimate
from salary.net import TaxProfile
from tests.conftest import (
    assert_clean,
    control,
    copy_data,
    downloaded,
    k,
    metric_values,
    opened,
    run_app,
    script,
    specs,
    values,
)
from tests.pages.expect import (
    ARTICLE_INDUSTRIES,
    AVERAGE,
    expected_metrics,
    expected_net,
    floor_today,
    least_total,
    net_metrics,
    shown,
)

FIG = datafiles.load_figures()


# -- the range and its controls --------------------------------------------------------------------------------


# -- the estimator -----------------------------------------------------------
def test_estimator_defaults():
    at = opened("estimator")
    assert_clean(at)
    p = Profile(params.YEARS.default, params.DEGREE.default, params.INDUSTRY.default, params.BANDS.default)
    assert metric_values(at)[:3] == expected_metrics(p, "de")
    assert [m.label for m in at.metric[:3]] == [text.t(k, "de") for k in ("metric.low", "metric.median",
                                                                            "metric.high")]


@pytest.mark.parametrize("lang", ["en"])  # German amounts: test_link_parameters.py (edges)
def test_each_control_moved_gives_the_models_estimate(lang):
    at = run_app("estimator", {"lang": lang})
    control(at.slider, "years", lang).set_value(12).run()
    assert metric_values(at)[:3] == expected_metrics(Profile(12), lang)
    control(at.selectbox, "degree", lang).select("master").run()
    assert metric_values(at)[:3] == expected_metrics(Profile(12, "master"), lang)
    control(at.selectbox, "industry", lang).select("pharma").run()
    assert metric_values(at)[:3] == expected_metrics(Profile(12, "master", "pharma"), lang)
    control(at.radio, "bands", lang).set_value("p10-p90").run()
    p = Profile(12, "master", "pharma", "p10-p90")
    assert metric_values(at)[:3] == expected_metrics(p, lang)
    assert_clean(at)
    # The URL holds ids, never labels.
    assert {k: at.query_params.get(k) for k in ("years", "degree", "industry", "bands")} == {
        "years": "12", "degree": "master", "industry": "pharma", "bands": "p10-p90"}


def test_a_link_reproduces_the_estimate_in_the_other_language():
    at = run_app("estimator", {"lang": "de"})
    control(at.slider, "years").set_value(9).run()
    control(at.selectbox, "industry").select("software").run()
    link = dict(at.query_params)
    link["lang"] = "en"
    again = run_app("estimator", link)
    assert metric_values(again)[:3] == expected_metrics(Profile(9, "bachelor", "software"), "en")
    assert control(again.slider, "years", "en").value == 9
    assert control(again.selectbox, "industry", "en").value == "software"


def test_query_string_sets_every_control():
    # A profile whose low is the legal floor at 30 % variable and 13 salaries, its median above it.
    query = {"years": "3", "degree": "none", "industry": "pharma", "bands": "p10-p90", "salary": "41000",
             "years2": "20", "degree2": "master", "industry2": "semiconductors", "variable": "30",
             "attainment": "120", "period": "month", "salaries": "13"}
    at = run_app("estimator", query)
    assert_clean(at)
    assert not at.warning
    m = model.default_model()
    first = pay.estimate(m, Profile(3, "none", "pharma", "p10-p90"), 0.30, 13)
    second = pay.estimate(m, Profile(20, "master", "semiconductors", "p10-p90"), 0.30, 13)
    assert first.low == pytest.approx(least_total(13, 30)) and first.median > first.low
    assert metric_values(at)[:3] == expected_metrics(first.profile, "de", "month", 13, variable=30)
    assert text.verdict(first, 41000, "de", "month", 13, 0.30) in [m.value for m in at.markdown]
    assert {k: at.query_params.get(k) for k in query} == query  # closed views keep their parameters
    control(at.button_group, "view").set_value("compare").run()
    eur, pct = model.difference(first, second)
    assert metric_values(at)[3:5] == [text.signed_money(eur * 0.7 / 13, "de", 10),
                                      text.percent(pct, "de", 1, signed=True)]
    control(at.button_group, "view").set_value("split").run()
    fixed, variable = first.median * 0.7, first.median * 0.3
    assert metric_values(at)[3:6] == [text.money(shown(fixed, "month", 13, 0), "de", 1),
                                      text.money(variable, "de"), text.money(fixed + variable * 1.2, "de")]
    assert {k: at.query_params.get(k) for k in query} == query
    assert at.query_params.get("view") == "split"


@pytest.mark.parametrize("view, controls", [
    ("stand", {"text_input": ["salary"]}),
    ("path", {}),
    ("build", {}),
    ("compare", {"slider": ["years2"], "number_input": ["years2_exact"], "selectbox": ["degree2", "industry2"]}),
    ("split", {"slider": ["variable", "attainment"]}),
])
def test_each_view_draws_only_its_own_part(view, controls):
    at = run_app("estimator", {"view": view})
    assert_clean(at)
    assert not at.warning
    assert control(at.button_group, "view").value == view
    detail = {k(name) for name in ("years", "years_exact", "degree", "industry", "bands", "period", "salaries")}
    for kind in ("slider", "selectbox", "number_input", "text_input"):
        keys = {w.key for w in at.get(kind)} - detail
        assert keys == {k(name) for name in controls.get(kind, [])}, kind
    assert len(at.get("plotly_chart")) == (0 if view == "split" else 1)


def test_salaries_a_year_are_asked_for_only_with_monthly_amounts():
    at = run_app("estimator", {"salaries": "13"})
    assert not [r for r in at.radio if r.key == k("salaries")]
    assert metric_values(at)[:3] == expected_metrics(Profile(params.YEARS.default), "de")
    assert at.query_params.get("salaries") == "13"  # kept for when amounts go monthly
    control(at.radio, "period").set_value("month").run()
    assert control(at.radio, "salaries").value == 13
    assert metric_values(at)[:3] == expected_metrics(Profile(params.YEARS.default), "de", "month", 13)


def test_closed_views_keep_their_values():
    at = run_app("estimator", {"view": "split"})
    control(at.slider, "variable").set_value(35).run()
    control(at.button_group, "view").set_value("compare").run()
    control(at.slider, "years2").set_value(12).run()
    control(at.button_group, "view").set_value("stand").run()
    assert "view" not in at.query_params  # the default view stays out of the link
    assert (at.query_params.get("variable"), at.query_params.get("years2")) == ("35", "12")
    control(at.slider, "years").set_value(9).run()
    control(at.button_group, "view").set_value("split").run()
    assert control(at.slider, "variable").value == 35
    median = estimate(Profile(9)).median
    assert metric_values(at)[3:6] == [text.money(v, "de") for v in (median * 0.65, median * 0.35, median)]
    control(at.button_group, "view").set_value("compare").run()
    assert control(at.slider, "years2").value == 12


def test_second_profile_starts_as_a_copy():
    at = run_app("estimator", {"years": "7", "degree": "master", "view": "compare"})
    assert control(at.slider, "years2").value == 7
    assert control(at.selectbox, "degree2").value == "master"
    assert control(at.selectbox, "industry2").value == "all"
    assert metric_values(at)[3] == text.signed_money(0, "de")
    assert "years2" not in at.query_params  # a copy needs no parameter
    control(at.selectbox, "industry2").select("tourism").run()
    eur, pct = model.difference(estimate(Profile(7, "master")), estimate(Profile(7, "master", "tourism")))
    assert metric_values(at)[3:5] == [text.signed_money(eur, "de"), text.percent(pct, "de", 1, signed=True)]
    assert at.query_params.get("industry2") == "tourism"


def test_salary_shows_where_it_stands():
    at = run_app("estimator", {"lang": "en", "years": "8"})
    assert not [m for m in at.markdown if "%" in m.value and "KAM" in m.value]
    control(at.text_input, "salary", "en").input("80,000").run()
    e = estimate(Profile(8))
    (sentence,) = [m.value for m in at.markdown if m.value.startswith("Model estimate")]
    assert text.percent(e.percentile_of(80000), "en") in sentence
    assert text.money(abs(80000 - e.median), "en") in sentence
    assert at.query_params.get("salary") == "80000"
    range_chart = specs(at)[0]
    assert any(s.get("x0") == 80000 for s in range_chart["layout"]["shapes"])


def test_salary_below_the_legal_minimum():
    at = run_app("estimator", {"salary": "10000", "lang": "en"})
    wage = datafiles.load_minimum_wage()
    hourly = wage.loc[wage["valid_from"] <= model.default_model().on, "eur_per_hour"].iloc[-1]
    # Full time (40 hours, 52 weeks) as fixed pay, 20 % variable on top by default; rounded up to 100 EUR.
    floor = text.money(math.ceil(hourly * 40 * 52 / 0.8 / 100) * 100, "en", 1)
    (sentence,) = [m.value for m in at.markdown if "€10,000" in m.value]
    assert "minimum wage" in sentence and floor in sentence and "20% of it variable" in sentence
    assert "Model estimate" not in sentence


def test_salary_above_the_articles_top():
    at = run_app("estimator", {"salary": "200000", "lang": "en"})
    e = estimate(Profile(params.YEARS.default))
    (sentence,) = [m.value for m in at.markdown if "€200,000" in m.value]
    from statistics import NormalDist
    share = NormalDist(e.mu, e.sigma).cdf(__import__("math").log(200000)) * 100
    assert text.percent(share, "en") in sentence
    assert "top salary" in sentence and text.money(datafiles.value(FIG, "overall", "top"), "en") in sentence


def test_pay_split_and_period_controls():
    at = run_app("estimator", {"lang": "en", "years": "10", "view": "split"})
    control(at.slider, "variable", "en").set_value(35).run()
    control(at.slider, "attainment", "en").set_value(80).run()
    e = estimate(Profile(10))
    split = model.pay_split(e.median, 0.35, 0.80)
    assert metric_values(at)[3:6] == [text.money(v, "en") for v in (split.fixed, split.variable, split.paid)]
    assert (split.fixed, split.variable) == pytest.approx((e.median * 0.65, e.median * 0.35))
    control(at.radio, "period", "en").set_value("month").run()
    control(at.radio, "salaries", "en").set_value(13).run()
    # Per month: the fixed pay of a payslip; variable and paid pay stay per year.
    assert metric_values(at)[:3] == expected_metrics(Profile(10), "en", "month", 13, variable=35)
    assert metric_values(at)[3:6] == [text.money(shown(e.median * 0.65, "month", 13, 0), "en", 1),
                                      text.money(e.median * 0.35, "en"), text.money(split.paid, "en")]
    control(at.button_group, "view", "en").set_value("path").run()
    (career,) = specs(at)
    medians = values(career["data"][2]["y"])
    assert medians[10] == pytest.approx(e.median * 0.65 / 13)


def test_estimator_charts_carry_the_models_numbers():
    query = {"years": "8", "degree": "master", "industry": "software", "years2": "15"}
    e = estimate(Profile(8, "master", "software"))
    second = estimate(Profile(15, "master", "software"))
    range_chart, career, waterfall, compare = (specs(run_app("estimator", {**query, "view": view}))[0]
                                               for view in ("stand", "path", "build", "compare"))
    you = [t for t in range_chart["data"] if t["type"] == "bar"][-1]
    assert values(you["base"])[0] == pytest.approx(e.low)
    assert values(you["base"])[0] + values(you["x"])[0] == pytest.approx(e.high)
    path = model.career_path(model.default_model(), e.profile)
    assert values(career["data"][2]["y"]) == pytest.approx(list(path["median"]))
    assert values(career["data"][3]["x"]) == [8]
    steps = e.steps()
    assert values(waterfall["data"][0]["x"]) == pytest.approx([s.amount for s in steps] + [e.median])
    bars = [t for t in compare["data"] if t["type"] == "bar"]
    assert [values(b["base"])[0] for b in bars] == pytest.approx([e.low, second.low])


def test_downloads_match_the_page():
    at = run_app("estimator", {"years": "6", "salary": "70000", "variable": "25"})
    assert len(at.get("download_button")) == 2
    first = estimate(Profile(6))
    record = report.build(report.Request(first, first, 70000, 25, 100, "year", 12))
    assert [text.money(record["range"][k], "de", 1) for k in ("low", "median", "high")] == metric_values(at)[:3]
    control(at.button_group, "view").set_value("split").run()
    assert len(at.get("download_button")) == 2
    assert [text.money(record["pay_split"][k], "de", 1) for k in ("fixed", "variable_at_target_per_year",
                                                                   "paid_per_year")] == metric_values(at)[3:6]


def test_downloads_hold_the_closed_views_too():
    query = {"years": "6", "salary": "70000", "years2": "12", "degree2": "master", "variable": "30",
             "attainment": "90"}
    at = run_app("estimator", {**query, "view": "path"})  # none of those controls is drawn in this view
    # The floor on fixed pay at 30 % variable (both profiles lie above it).
    first, second = (pay.estimate(model.default_model(), p, 0.30) for p in (Profile(6), Profile(12, "master")))
    expected = report.build(report.Request(first, second, 70000, 30, 90, "year", 12))
    assert json.loads(downloaded(at, "json")) == json.loads(report.to_json(expected))
    assert downloaded(at, "csv") == report.to_csv(expected)
    control(at.button_group, "view").set_value("split").run()
    control(at.slider, "variable").set_value(40).run()
    record = json.loads(downloaded(at, "json"))
    assert record["pay_split"]["variable_percent"] == 40
    assert record["comparison"]["profile"]["years"] == 12


@pytest.mark.parametrize("lang", text.LANGS)
def test_the_estimators_link_carries_its_profile_and_language(lang):
    at = run_app("estimator", {"lang": lang, "years": "9", "degree": "none", "industry": "pharma"})
    (link,) = [p for p in at.get("page_link") if p.proto.label == text.t("sources.link", lang)]
    assert link.proto.page == "sources"
    query = {k: v[0] for k, v in parse_qs(link.proto.query_string).items()}
    assert query == {"lang": lang, "years": "9", "degree": "none", "industry": "pharma", "bands": "p25-p75",
                     "industry_reading": "overall"}
    control(at.slider, "years", lang).set_value(20).run()
    (link,) = [p for p in at.get("page_link") if p.proto.label == text.t("sources.link", lang)]
    assert parse_qs(link.proto.query_string)["years"] == ["20"]
    # Following the link in a new session marks the same estimate.
    query = {k: v[0] for k, v in parse_qs(link.proto.query_string).items()}
    spec = specs(run_app("sources", query))[0]
    bar = next(t for t in spec["data"] if values(t["y"]) == [text.t("sources.you", lang)])
    e = model.estimate(Profile(20, "none", "pharma"))
    assert values(bar["base"])[0] == pytest.approx(e.low)


# -- the industry reading and the legal floor ------------------------------------------------------------


def _money(value: float, lang: str, step: int = 100) -> str:
    return text.money(round(value / step) * step, lang, 1)


def test_an_old_link_opens_with_the_default_industry_reading():
    # A link without industry_reading (also one made while "relative" was the default) opens with "overall".
    at = run_app("estimator", {"years": "8", "industry": "software"})
    assert_clean(at)
    assert not at.warning
    assert control(at.radio, "industry_reading").value == "overall"
    assert "industry_reading" not in at.query_params
    overall = estimate(Profile(8)).median * ARTICLE_INDUSTRIES["software"] / AVERAGE
    assert metric_values(at)[1] == _money(overall, "de")
    # Software's figure is below the article's average: it lowers the estimate below "all industries".
    assert overall < estimate(Profile(8)).median


def test_the_industry_reading_in_the_link_and_the_control():
    at = run_app("estimator", {"years": "8", "industry": "software", "industry_reading": "relative", "lang": "en"})
    assert not at.warning
    assert control(at.radio, "industry_reading", "en").value == "relative"
    centre = statistics.geometric_mean(list(ARTICLE_INDUSTRIES.values()))
    relative = estimate(Profile(8)).median * ARTICLE_INDUSTRIES["software"] / centre
    assert metric_values(at)[1] == _money(relative, "en")
    assert at.query_params["industry_reading"] == "relative"
    control(at.radio, "industry_reading", "en").set_value("overall").run()
    overall = estimate(Profile(8)).median * ARTICLE_INDUSTRIES["software"] / AVERAGE
    assert metric_values(at)[1] == _money(overall, "en")
    assert "industry_reading" not in at.query_params  # the default stays out of the link


def test_monthly_amounts_are_fixed_pay_with_the_variable_part_per_year():
    at = run_app("estimator", {"years": "6", "period": "month", "salaries": "13", "variable": "25", "lang": "en"})
    assert_clean(at)
    e = estimate(Profile(6))
    assert metric_values(at)[:3] == [_money(v * 0.75 / 13, "en", 10) for v in (e.low, e.median, e.high)]
    (caption,) = [c.value for c in at.caption if "Fixed pay per month" in c.value]
    for v in (e.low, e.median, e.high):
        assert _money(v * 0.25, "en") in caption


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_range_at_the_legal_minimum_is_said_not_drawn(lang):
    # 0 years, no degree, tourism, per month at the default 20 % variable: the article's figures lie below the
    # minimum wage; the page says so instead of three equal amounts, and the payslip's fixed pay is the minimum.
    at = run_app("estimator", {"years": "0", "degree": "none", "industry": "tourism", "period": "month", "lang": lang})
    assert_clean(at)
    assert not at.metric
    monthly = math.ceil(floor_today() / 12 / 10) * 10  # rounded up to 10 EUR: never below the minimum
    (note,) = [i.value for i in at.info if text.money(monthly, lang, 1) in i.value]
    assert note.startswith(text.t("floor.range.month", lang).split(":")[0].split(".")[0])
    # The caption says what the amount is, once: fixed pay a month and the variable part a year (20 % of the
    # minimum total, 2,409.33 x 12 / 0.8, to 100 EUR), not a quarter below and above.
    caption = " ".join(c.value for c in at.caption)
    variable = text.money(round(floor_today() / 0.8 * 0.2 / 100) * 100, lang, 1)
    assert text.t("estimator.per_month.all_floor", lang, salaries=12, share=text.percent(20, lang),
                  variable=variable) in caption
    assert text.t("estimator.per_year", lang)[-30:] not in caption


# -- the pay talk: typed amounts, the comparison, the years ----------------------------------------


def _share_below(e, salary: float) -> float:
    return NormalDist(e.mu, e.sigma).cdf(math.log(salary)) * 100


@pytest.mark.parametrize("typed", ["82.000", "82,000", "82000", "82.000 €", "€82,000", "82 000"])
def test_amounts_are_read_as_meant(typed):
    at = run_app("estimator", {"years": "8"})
    control(at.text_input, "salary").input(typed).run()
    assert_clean(at)
    assert at.query_params.get("salary") == "82000"
    assert control(at.text_input, "salary").value == "82.000\xa0€"  # shown formatted
    e = estimate(Profile(8))
    (verdict,) = [m.value for m in at.markdown if m.value.startswith("Modellschätzung")]
    assert text.percent(_share_below(e, 82000), "de") in verdict
    assert text.money(abs(82000 - e.median), "de") in verdict  # the distance to the median in EUR
    assert text.percent(abs(82000 - e.median) / e.median * 100, "de", 1) in verdict
    # The article's two nearest figures, found here by hand: 80,000 (7-10 years) and 83,000 (senior low).
    assert "80.000\xa0€" in verdict and "83.000\xa0€" in verdict


def test_a_small_yearly_amount_gets_a_question_not_a_verdict():
    at = run_app("estimator")
    control(at.text_input, "salary").input("82").run()
    assert not [m for m in at.markdown if m.value.startswith("Modellschätzung")]
    (question,) = at.info
    assert "82.000\xa0€" in question.value and "?" in question.value


def test_garbage_is_named_and_the_last_amount_kept():
    at = run_app("estimator", {"salary": "70000"})
    control(at.text_input, "salary").input("siebzigtausend").run()
    assert_clean(at)
    (warning,) = at.warning
    assert "siebzigtausend" in warning.value
    assert at.query_params.get("salary") == "70000"


def test_monthly_amounts_are_typed_per_month():
    at = run_app("estimator", {"period": "month", "salaries": "12", "variable": "20", "lang": "en"})
    control(at.text_input, "salary", "en").input("6,300").run()
    # A fixed 6,300 a month with 12 salaries is 75,600 fixed a year, 80 % of a total of 94,500.
    assert at.query_params.get("salary") == str(round(6300 * 12 / 0.8))
    assert any(c.value == "Understood: €6,300 per month." for c in at.caption)
    assert control(at.text_input, "salary", "en").value == "€6,300"


def test_compare_starts_as_a_copy_of_the_current_profile():
    at = run_app("estimator")
    control(at.slider, "years").set_value(10).run()
    control(at.selectbox, "degree").set_value("master").run()
    control(at.button_group, "view").set_value("compare").run()
    assert metric_values(at)[3] in ("0\xa0€", "+0\xa0€")
    assert control(at.slider, "years2").value == 10 and control(at.selectbox, "degree2").value == "master"
    # Its own change sticks; profile 1 moves on without it.
    control(at.selectbox, "degree2").set_value("bachelor").run()
    control(at.slider, "years").set_value(12).run()
    assert control(at.slider, "years2").value == 10
    assert at.query_params.get("degree2") == "bachelor"
    # Taking profile 1 over makes it a copy again.
    at.button(key="take_over").click().run()
    assert (control(at.slider, "years2").value, control(at.selectbox, "degree2").value) == (12, "master")
    assert metric_values(at)[3] in ("0\xa0€", "+0\xa0€")


def test_the_compare_bars_are_named_by_profile():
    at = run_app("estimator", {"view": "compare", "years": "10", "degree": "master", "years2": "12",
                               "degree2": "bachelor", "lang": "en"})
    (chart,) = specs(at)
    names = [values(tr["y"])[0] for tr in chart["data"] if tr["type"] == "bar"]
    assert names == ["Profile 1: 10 y, Master's", "Profile 2: 12 y, Bachelor's"]


def test_master_now_or_bachelor_with_two_more_years():
    at = run_app("estimator", {"years": "3", "view": "compare"})
    at.button(key="master_question").click().run()
    assert control(at.selectbox, "degree").value == "master"
    assert (control(at.slider, "years2").value, control(at.selectbox, "degree2").value) == (5, "bachelor")
    master, bachelor = estimate(Profile(3, "master")), estimate(Profile(5, "bachelor"))
    eur = bachelor.median - master.median
    assert metric_values(at)[3] == text.signed_money(eur, "de")


def test_the_years_stepper_and_the_article_level():
    at = run_app("estimator", {"lang": "en"})
    control(at.number_input, "years_exact", "en").set_value(10).run()
    assert control(at.slider, "years", "en").value == 10 and at.query_params.get("years") == "10"
    levels = datafiles.load_levels().set_index("level")
    assert levels.loc["senior", "years_from"] <= 10 <= levels.loc["senior", "years_to"]
    assert any("Senior KAM" in c.value and "9–22" in c.value for c in at.caption)
    control(at.slider, "years", "en").set_value(4).run()
    assert control(at.number_input, "years_exact", "en").value == 4
    assert any("Experienced KAM" in c.value for c in at.caption)


def test_the_typed_salary_is_its_own_marker_on_the_path():
    at = run_app("estimator", {"view": "path", "years": "6", "salary": "70000"})
    (chart,) = specs(at)
    mine = [tr for tr in chart["data"] if tr.get("name") == text.t("chart.career.salary", "de")]
    assert len(mine) == 1 and values(mine[0]["x"]) == [6] and values(mine[0]["y"]) == [70000]
    median = [tr for tr in chart["data"] if tr.get("name") == text.t("chart.career.you", "de")]
    assert values(median[0]["y"])[0] == pytest.approx(estimate(Profile(6)).median)


def test_the_link_keeps_the_salary_after_leaving_the_estimator():
    at = run_app("estimator", {"salary": "70000", "years": "7"})
    at.switch_page(script("methodology")).run()
    at.switch_page(script("estimator")).run()
    assert at.query_params.get("salary") == "70000" and at.query_params.get("years") == "7"


# -- the net pay view (view=net) --------------------------------------------------------------------------------


INPUTS = {"number_input": {"children", "birth", "km"}, "text_input": {"surcharge", "car"},
          "selectbox": {"taxclass", "state", "drive"}, "button_group": {"church", "health"}}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_net_view_draws_its_inputs_metrics_chart_and_table(lang):
    at = run_app("estimator", {"view": "net", "lang": lang})
    assert_clean(at)
    assert not at.warning
    # A link without net pay inputs opens the view with their fold closed: nothing in it is drawn.
    # Above the results, the tax profile in one line, and below it the fold that changes it.
    summary = text.t("net.summary", lang, summary=net_text.tax_summary(TaxProfile(), lang))
    assert summary in [m.value for m in at.markdown]
    assert lang == "en" or "Steuerklasse I, Nordrhein-Westfalen, keine Kirchensteuer, keine Kinder" in summary
    (fold,) = [e for e in at.expander if e.label == text.t("net.inputs", lang)]
    inputs = {kind: {k(name, lang) for name in names} for kind, names in INPUTS.items()}
    assert fold.label and not {w.key for kind in INPUTS for w in at.get(kind)} & set().union(*inputs.values())
    at.session_state["net_inputs"] = True  # the reader opens the fold
    at.run()
    for kind, keys in inputs.items():
        assert keys <= {w.key for w in at.get(kind)}, kind
    assert not [w for w in at.text_input if w.key in (k("premium", lang), k("subsidy", lang))]
    # Rates and prices written the page's way.
    assert control(at.text_input, "surcharge", lang).value == {"de": "2,9", "en": "2.9"}[lang]
    assert control(at.text_input, "car", lang).value == "0"
    assert net_metrics(at) == expected_net(TaxProfile(), lang)
    labels = [m.label for m in at.metric[3:9]]
    assert labels[0] == text.t("net.month", lang, level=text.t("net.level.low", lang))
    assert labels[1] == text.t("net.year", lang, level=text.t("net.level.low", lang))
    assert len(at.get("plotly_chart")) == 1
    assert control(at.button_group, "view", lang).value == "net"
    assert at.query_params.get("view") == "net"


# A few inputs of each kind of control; what each input does to net pay is tested in test_net.py,
# each input's edges in test_link_parameters.py.
MOVES = [
    ("selectbox", "taxclass", 3, {"tax_class": 3}),
    ("button_group", "church", "yes", {"church": True}),
    ("number_input", "children", 2, {"children": 2}),
    ("text_input", "surcharge", "3.5", {"surcharge": 3.5}),
    ("text_input", "car", "45,000", {"car": 45000}),
]


@pytest.mark.parametrize("kind, key, value, field", MOVES)
def test_each_input_moves_the_figures_and_the_link(kind, key, value, field):
    at = run_app("estimator", {"view": "net", "lang": "en", "car": "40000"})
    widget = control(getattr(at, kind), key, "en")
    (widget.select(value) if kind == "selectbox" else widget.input(value) if kind == "text_input"
     else widget.set_value(value)).run()
    assert_clean(at)
    assert net_metrics(at) == expected_net(TaxProfile(**{"car": 40000, **field}), "en")
    # The link holds the id or the number, never the text as typed.
    assert at.query_params.get(key) == (f"{next(iter(field.values())):g}" if kind == "text_input" else str(value))


def test_drive_and_private_insurance():
    at = run_app("estimator", {"view": "net", "car": "60000", "km": "10"})
    control(at.selectbox, "drive").select("electric").run()
    assert net_metrics(at) == expected_net(TaxProfile(car=60000, km=10, drive="electric"), "de")
    assert at.query_params.get("drive") == "electric"
    control(at.button_group, "health").set_value("private").run()
    assert {w.key for w in at.text_input} >= {k("premium"), k("subsidy")}
    assert k("surcharge") not in {w.key for w in at.text_input}
    control(at.text_input, "premium").input("750").run()
    control(at.text_input, "subsidy").input("350,00 €").run()
    tax = TaxProfile(car=60000, km=10, drive="electric", health="private", premium=750, subsidy=350)
    assert net_metrics(at) == expected_net(tax, "de")
    assert (at.query_params.get("health"), at.query_params.get("premium"), at.query_params.get("subsidy")) == \
        ("private", "750", "350")


def test_a_link_reproduces_the_net_view():
    query = {"view": "net", "years": "9", "taxclass": "4", "state": "BY", "church": "yes", "children": "3",
             "birth": "1978", "surcharge": "2.5", "car": "48000", "km": "32",
             "drive": "hybrid", "variable": "25", "attainment": "110", "period": "month", "salaries": "13"}
    at = run_app("estimator", {**query, "lang": "en"})
    assert_clean(at)
    assert not at.warning
    tax = TaxProfile(tax_class=4, state="BY", church=True, children=3, birth_year=1978, surcharge=2.5, car=48000,
                     km=32, drive="hybrid")
    assert net_metrics(at) == expected_net(tax, "en", 9, 25, 110, 13)
    assert {k: at.query_params.get(k) for k in query} == query
    assert control(at.selectbox, "state", "en").value == "BY"
    assert control(at.text_input, "surcharge", "en").value == "2.5"
    assert control(at.text_input, "car", "en").value == "48,000"
    # Closed, the view keeps its parameters.
    control(at.button_group, "view", "en").set_value("stand").run()
    assert {k: at.query_params.get(k) for k in query if k != "view"} == {k: v for k, v in query.items()
                                                                          if k != "view"}


def test_subsidy_above_the_premium_warns_and_is_taken_at_the_premium():
    at = run_app("estimator", {"view": "net", "health": "private", "premium": "200", "subsidy": "250"})
    assert_clean(at)
    assert any("`subsidy`" in w.value for w in at.warning)
    # The subsidy is at most the premium: the net is worked out with a subsidy of 200.
    assert net_metrics(at) == expected_net(TaxProfile(health="private", premium=200, subsidy=200), "de")
    control(at.text_input, "subsidy").input("150").run()
    assert not [w for w in at.warning if "`subsidy`" in w.value]
    assert net_metrics(at) == expected_net(TaxProfile(health="private", premium=200, subsidy=150), "de")


def test_chart_and_table_carry_the_medians_parts():
    at = run_app("estimator", {"view": "net", "lang": "en", "car": "50000", "km": "20", "church": "yes"})
    tax = TaxProfile(car=50000, km=20, church=True)
    both = net.year_and_month(estimate(Profile(5)).median, tax, 0.2, 1.0, 12)
    (chart,) = specs(at)
    trace = chart["data"][0]
    assert values(trace["x"]) == pytest.approx([v for _, v in both.year.parts()])
    assert values(trace["y"]) == [text.t("net.part." + p, "en") for p in net.PARTS]
    assert all(text.money(v, "en", 1) in h for (_, v), h in zip(both.year.parts(), values(trace["customdata"])))
    shown = at.table[0].value
    assert list(shown[text.t("net.column.year", "en")]) == [text.money(v, "en", 1) for _, v in both.year.parts()]
    assert list(shown[text.t("net.column.month", "en")]) == [text.money(getattr(both.month, p), "en", 1)
                                                             for p in net.PARTS]


def test_downloads_carry_net_pay_computed_independently():
    query = {"view": "net", "years": "5", "taxclass": "3", "birth": "1970", "variable": "0", "salaries": "12"}
    at = run_app("estimator", query)
    record = json.loads(downloaded(at, "json"))
    section = record["net_pay"]
    assert section["inputs"]["tax_class"] == 3 and section["inputs"]["birth_year"] == 1970
    gross = estimate(Profile(5)).median  # no variable part: the year is twelve equal months
    bmf = berechne_lohnsteuer_pap(gross, 3, "Nordrhein-Westfalen", False, 0, 1970, 2.9, False, 2026)
    year = section["median"]["year"]
    assert year["gross"] == round(gross)
    assert year["wage_tax"] == pytest.approx(bmf["lohnsteuer_monat"] * 12, abs=1)
    assert year["pension"] == pytest.approx(min(gross, 8450 * 12) * 0.093, abs=1)
    assert year["unemployment"] == pytest.approx(min(gross, 8450 * 12) * 0.013, abs=1)
    assert year["health"] == pytest.approx(min(gross, 5812.5 * 12) * (0.073 + 0.0145), abs=1)
    assert year["care"] == pytest.approx(min(gross, 5812.5 * 12) * 0.024, abs=1)
    deductions = sum(year[k] for k in ("wage_tax", "solidarity", "church_tax", "pension", "unemployment",
                                       "health", "care"))
    assert year["net"] == pytest.approx(gross - deductions, abs=4)
    assert section["median"]["month"]["net"] == pytest.approx(year["net"] / 12, abs=1)
    shown = [text.money(section[k][p]["net"], "de", 1) for k in ("low", "median", "high") for p in ("month", "year")]
    assert shown == net_metrics(at)
    rows = dict(line.split(",", 1) for line in downloaded(at, "csv").splitlines()[1:])
    assert rows["net_pay.median.year.net"] == str(year["net"])
    assert rows["net_pay.inputs.tax_class"] == "3"


def test_broken_rates_file_shows_its_message_in_the_view_only(tmp_path, monkeypatch):
    copy_data(tmp_path)
    (tmp_path / net.CONTRIBUTIONS_FILE).write_text("key,value\n", encoding="utf-8")
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    at = run_app("estimator", {"view": "net", "lang": "en"})
    assert not at.exception
    assert len(at.error) == 1 and "contributions.csv" in at.error[0].value  # named once, though nets fail thrice
    assert len(metric_values(at)) == 3  # the range itself is still there
    at.switch_page("pages/methodology.py").run()
    assert not at.exception and "contributions.csv" in at.error[0].value


@pytest.mark.parametrize("lang, typed, value", [("de", "2,5", 2.5), ("de", "3,25 %", 3.25), ("en", "2.75", 2.75)])
def test_a_rate_typed_the_pages_way_is_read(lang, typed, value):
    at = run_app("estimator", {"view": "net", "lang": lang, "car": "30000"})
    control(at.text_input, "surcharge", lang).input(typed).run()
    assert net_metrics(at) == expected_net(TaxProfile(car=30000, surcharge=value), lang)
    written = f"{value:g}" if lang == "en" else f"{value:g}".replace(".", ",")
    assert control(at.text_input, "surcharge", lang).value == written


@pytest.mark.parametrize("typed", ["zwei", "11", "-1"])
def test_an_unreadable_or_outside_rate_is_named_and_the_last_kept(typed):
    at = run_app("estimator", {"view": "net", "surcharge": "2.5"})
    control(at.text_input, "surcharge").input(typed).run()
    assert_clean(at)
    (warning,) = [w.value for w in at.warning]
    assert typed in warning and text.t("control.surcharge", "de") in warning and "0 bis 10" in warning
    assert net_metrics(at) == expected_net(TaxProfile(surcharge=2.5), "de")
    assert at.query_params.get("surcharge") == "2.5"


def test_the_typed_salarys_net_comes_first_and_is_downloaded():
    at = run_app("estimator", {"view": "net", "salary": "95000", "taxclass": "3", "children": "2", "state": "BY"})
    tax = TaxProfile(tax_class=3, children=2, state="BY")
    own = net.year_and_month(95000, tax, 0.2, 1.0, 12)
    assert metric_values(at)[3:5] == [text.money(own.month.net, "de", 1), text.money(own.year.net, "de", 1)]
    assert [m.label for m in at.metric[3:5]] == [text.t("net.own.month", "de"), text.t("net.own.year", "de")]
    assert metric_values(at)[5:11] == expected_net(tax, "de")
    record = json.loads(downloaded(at, "json"))
    assert record["net_pay"]["salary"]["month"]["net"] == round(own.month.net)
    assert record["net_pay"]["salary"]["year"]["net"] == round(own.year.net)
    assert record["net_pay"]["inputs"]["tax_class"] == 3


def test_the_stand_view_names_the_typed_salarys_net_and_links_to_the_details():
    at = run_app("estimator", {"salary": "70000", "lang": "en", "church": "yes"})
    own = net.year_and_month(70000, TaxProfile(church=True), 0.2, 1.0, 12)
    (line,) = [m.value for m in at.markdown if m.value.startswith("Net of your salary")]
    assert text.money(own.month.net, "en", 1) in line and text.money(own.year.net, "en", 1) in line
    assert "church tax" in line
    at.button(key="net_details").click().run()
    assert control(at.button_group, "view", "en").value == "net"
    assert at.query_params.get("view") == "net"


def test_the_comparison_names_both_medians_net():
    at = run_app("estimator", {"view": "compare", "years": "4", "years2": "12", "lang": "en"})
    first, second = (pay_estimate(Profile(y)) for y in (4, 12))
    nets = [net.year_and_month(e.median, TaxProfile(), 0.2, 1.0, 12) for e in (first, second)]
    (line,) = [c.value for c in at.caption if c.value.startswith("Net at the median")]
    for n in nets:
        assert text.money(n.month.net, "en", 1) in line and text.money(n.year.net, "en", 1) in line


def pay_estimate(p: Profile):
    from salary import model, pay

    return pay.estimate(model.default_model(), p, 0.2, 12)
