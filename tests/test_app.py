"""AppTest drives app.py through every page in both languages: charts carry
the figures file's numbers, every estimator control gives what salary.model
returns, the URL reproduces an estimate, and bad parameters warn."""

import json
import math
import re

import pandas as pd
import pytest
from babel.numbers import parse_decimal
from streamlit.testing.v1 import AppTest

from salary import datafiles, model, params, pay, report, text
from salary.model import Profile, estimate
from tests.conftest import (
    PAGES,
    ROOT,
    assert_clean,
    cell_setter,
    downloaded,
    k,
    label,
    metric_values,
    run_app,
    script,
    specs,
    values,
)

FIG = datafiles.load_figures()
TITLE = {"overview": "overview.title", "experience": "experience.title", "degree": "degree.title",
         "industry": "industry.title", "sources": "sources.title", "estimator": "estimator.title",
         "methodology": "method.title"}
CHARTS = {"overview": 1, "experience": 1, "degree": 1, "industry": 1, "sources": 1, "estimator": 1, "methodology": 0}


def least_total(salaries: int = 12, variable: float = 20) -> float:
    """The least total pay a year, computed here: each of the salaries' fixed part at least a month's
    full-time pay at today's minimum wage (data/minimum_wage.csv, 40 h x 52 weeks / 12), the variable share on top."""
    wage = datafiles.load_minimum_wage()
    hourly = wage.loc[wage["valid_from"] <= model.default_model().on, "eur_per_hour"].iloc[-1]
    return hourly * 40 * 52 / 12 * salaries / (1 - variable / 100)


def shown(yearly: float, period: str = "year", salaries: int = 12, variable: float = 20,
          least: float | None = None) -> float:
    """A yearly total as the page should show it, computed here: per year to 100 EUR; per month
    the fixed part (total less the variable share) over the salaries, to 10 EUR; at or above
    `least` (a yearly total) never below it."""
    step, divisor = (100, 1) if period == "year" else (10, salaries / (1 - variable / 100))
    rounded = round(yearly / divisor / step) * step
    if least is not None and yearly >= least - 1e-6 and rounded < least / divisor:
        rounded = math.ceil(least / divisor / step) * step
    return rounded


def expected_metrics(p: Profile, lang: str, period: str = "year", salaries: int = 12,
                     variable: float = 20) -> list[str]:
    e, least = estimate(p), least_total(salaries, variable)
    return [text.money(shown(max(v, least), period, salaries, variable, least), lang, 1)
            for v in (e.low, e.median, e.high)]


def test_language_stays_when_moving_between_pages():
    at = run_app("overview", {"lang": "en"})
    for page in PAGES[1:]:
        at.switch_page(script(page)).run()
        assert_clean(at)
        assert at.title[0].value == text.t(TITLE[page], "en")
        assert at.query_params.get("lang") == "en"


def test_language_switch():
    at = run_app("overview")
    assert at.title[0].value == text.t("overview.title", "de")
    assert at.metric[1].value == text.money(61000, "de") == "61.000\xa0€"
    at.button_group(key="lang").set_value("en").run()
    assert at.title[0].value == text.t("overview.title", "en")
    assert at.metric[1].value == text.money(61000, "en") == "€61,000"
    assert at.query_params.get("lang") == "en"
    at.button_group(key="lang").set_value("de").run()
    assert "lang" not in at.query_params  # the default stays out of the link


@pytest.mark.parametrize("page", PAGES)
def test_each_page_file_runs_alone(page):
    at = AppTest.from_file(str(ROOT / script(page)), default_timeout=30)
    at.query_params["lang"] = "en"
    at.run()
    assert_clean(at)
    assert at.title[0].value == text.t(TITLE[page], "en")


# -- charts carry the figures file's numbers --------------------------------
def _plotted(spec: dict) -> dict[str, tuple]:
    """label -> (low,) or (low, high) for every figure drawn in a chart."""
    out = {}
    for trace in spec["data"]:
        if trace.get("type") not in ("bar", "scatter") or "customdata" not in trace:
            continue
        horizontal = trace.get("orientation") == "h" or isinstance(values(trace["y"])[0], str)
        cats = values(trace["y"] if horizontal else trace["x"])
        nums = values(trace["x"] if horizontal else trace["y"])
        base = values(trace["base"]) if "base" in trace else None
        for i, cat in enumerate(cats):
            out[label(cat)] = (base[i], base[i] + nums[i]) if base else (nums[i],)
    return out


def _expected(dimensions, lang) -> dict[str, tuple]:
    rows = FIG[FIG["dimension"].isin(dimensions)]
    return {r["label_" + lang]: (r["low"], r["high"]) if r["kind"] == "band" else (r["low"],)
            for _, r in rows.iterrows()}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("page, dimensions", [
    ("overview", ["overall", "level", "degree", "years", "industry"]),
    ("experience", ["level", "years"]),
    ("degree", ["degree"]),
    ("industry", ["industry"]),
])
def test_chart_data_equals_the_figures_file(page, dimensions, lang):
    at = run_app(page, {"lang": lang})
    plotted = _plotted(specs(at)[0])
    expected = _expected(dimensions, lang)
    assert plotted.keys() == expected.keys()
    for key, value in expected.items():
        assert plotted[key] == pytest.approx(value)


def test_industry_chart_is_sorted_and_marks_the_average():
    spec = specs(run_app("industry"))[0]
    trace = spec["data"][0]
    value = dict(zip(values(trace["y"]), values(trace["x"])))
    top_first = spec["layout"]["yaxis"]["categoryarray"][::-1]  # plotly lists categories bottom first
    assert [value[row] for row in top_first] == sorted(value.values(), reverse=True)
    average = datafiles.value(FIG, "overall", "average")
    assert any(s.get("x0") == average for s in spec["layout"]["shapes"])


def test_experience_chart_marks_entry_average_and_top():
    spec = specs(run_app("experience"))[0]
    lines = sorted(s["x0"] for s in spec["layout"]["shapes"])
    assert lines == sorted(FIG.loc[FIG["dimension"] == "overall", "low"])


def test_degree_premium_metrics():
    at = run_app("degree", {"lang": "en"})
    bachelor, master = datafiles.value(FIG, "degree", "bachelor"), datafiles.value(FIG, "degree", "master")
    eur, pct = master - bachelor, (master / bachelor - 1) * 100
    assert metric_values(at) == [text.signed_money(eur, "en"), text.percent(pct, "en", 1, signed=True)]


def test_overview_metrics():
    at = run_app("overview")
    assert metric_values(at) == [text.money(datafiles.value(FIG, "overall", k), "de")
                                 for k in ("entry", "average", "top")]
    # The call to action (the estimator), and the other pages below the text.
    assert len(at.main.get("page_link")) == 1 + len(PAGES) - 1
    assert len(at.sidebar.get("page_link")) == len(PAGES) - 1  # the menu: the other pages, this one named


def _amounts(shown: str, lang: str) -> list[float]:
    """The amounts written in a table cell ("€43,000 – €63,000" -> [43000, 63000])."""
    return [float(parse_decimal(n, text.LOCALE[lang])) for n in re.findall(r"\d[\d.,]*\d|\d", shown)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_methodology_tables_and_download(lang):
    at = run_app("methodology", {"lang": lang})
    col = lambda name: text.t("column." + name, lang)
    # The figures: a table per group (three columns fit a phone), each below the group's name.
    groups = list(dict.fromkeys(FIG["dimension"]))
    named = [m.value for m in at.markdown if re.fullmatch(r"\*\*[^*]+\*\*", m.value)]
    assert named[:len(groups)] == [f"**{text.t('dim.' + d, lang)}**" for d in groups]
    for shown, group in zip(at.table, groups):
        assert list(shown.value[col("key")]) == list(FIG.loc[FIG["dimension"] == group, "key"])
        assert list(shown.value.columns) == [col("label"), col("value"), col("key")]
    figures_shown = pd.concat([shown.value for shown in at.table[:len(groups)]])
    levels_shown = at.table[len(groups)].value
    assert list(figures_shown[col("label")]) == list(FIG["label_" + lang])
    assert list(figures_shown[col("key")]) == list(FIG["key"])
    for shown, (_, row) in zip(figures_shown[col("value")], FIG.iterrows()):
        assert _amounts(shown, lang) == ([row["low"], row["high"]] if row["kind"] == "band" else [row["low"]])
    (section,) = FIG["section"].unique()  # one section: named once under the tables, not in every row
    assert col("section") not in figures_shown.columns
    assert section in at.caption[0].value
    assert "None" not in figures_shown.to_string() and "nan" not in figures_shown.to_string()
    levels = datafiles.load_levels()
    assert [_amounts(y, lang) for y in levels_shown[col("level_years")]] \
        == levels[["years_from", "years_to"]].values.tolist()
    assert len(at.get("download_button")) == 1


# Where each assumption is changed, as this test knows it: a control of the estimator (by its link
# parameter; "split" where it sits in that view, else in the fold of the article's readings), a data
# file, or nowhere.
BEHIND = {"bands": ("bands", None), "industry_reading": ("industry_reading", None), "mean_median": None,
          "totals": None, "variable": ("variable", "split"), "degree_premium": ["assumptions.csv"],
          "none": ["figures.csv", "assumptions.csv"], "levels": ["levels.csv"], "plateau": ["assumptions.csv"],
          "floor": ["minimum_wage.csv", "assumptions.csv"]}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_assumptions_say_in_words_where_they_are_changed(lang):
    t = lambda key: text.t(key, lang)  # noqa: E731
    at = run_app("methodology", {"lang": lang})
    (shown,) = [e.value for e in at.table if t("column.where") in e.value.columns]
    assert list(shown[t("column.assumption")]) == [t("assumption." + key) for key in BEHIND]
    estimator = run_app("estimator", {"lang": lang, "view": "split"})
    (fold,) = [e for e in estimator.expander if e.label == t("assumptions.title")]
    for behind, words in zip(BEHIND.values(), shown[t("column.where")]):
        # Words for a works council: no file, no link parameter.
        assert not re.search(r"data/|\.csv|parameter", words, re.IGNORECASE), words
        if isinstance(behind, tuple):  # the estimator's control, named as the estimator names it
            name, view = behind
            control = t("control." + name)
            assert control in words
            if view:
                assert t("view." + view) in words
                assert control in [w.label for w in estimator.slider]
            else:
                assert t("assumptions.title") in words
                assert control in [w.label for w in fold.radio]
    # The file or link parameter of each, in a fold below the table (drawn once it is opened).
    assert not [e for e in at.table if t("column.behind") in e.value.columns]
    at.session_state["assumptions_files"] = True
    at.run()
    (files,) = [e.value for e in at.table if t("column.behind") in e.value.columns]
    assert list(files[t("column.assumption")]) == [t("assumption." + key) for key in BEHIND]
    for behind, cell in zip(BEHIND.values(), files[t("column.behind")]):
        if behind is None:
            assert not re.search(r"data/|parameter", cell, re.IGNORECASE), cell
        elif isinstance(behind, tuple):
            assert re.search(rf"parameter {behind[0]}$", cell, re.IGNORECASE) and behind[0] in params.BY_NAME
        else:
            assert re.findall(r"data/(\S+\.csv)", cell) == behind
            assert all((ROOT / "data" / f).is_file() for f in behind)


# -- the estimator -----------------------------------------------------------
def test_estimator_defaults():
    at = run_app("estimator")
    assert_clean(at)
    p = Profile(params.YEARS.default, params.DEGREE.default, params.INDUSTRY.default, params.BANDS.default)
    assert metric_values(at)[:3] == expected_metrics(p, "de")
    assert [m.label for m in at.metric[:3]] == [text.t(k, "de") for k in ("metric.low", "metric.median",
                                                                            "metric.high")]


@pytest.mark.parametrize("lang", ["en"])  # German amounts: test_edges.py
def test_each_control_moved_gives_the_models_estimate(lang):
    at = run_app("estimator", {"lang": lang})
    at.slider(key=k("years", lang)).set_value(12).run()
    assert metric_values(at)[:3] == expected_metrics(Profile(12), lang)
    at.selectbox(key=k("degree", lang)).select("master").run()
    assert metric_values(at)[:3] == expected_metrics(Profile(12, "master"), lang)
    at.selectbox(key=k("industry", lang)).select("pharma").run()
    assert metric_values(at)[:3] == expected_metrics(Profile(12, "master", "pharma"), lang)
    at.radio(key=k("bands", lang)).set_value("p10-p90").run()
    p = Profile(12, "master", "pharma", "p10-p90")
    assert metric_values(at)[:3] == expected_metrics(p, lang)
    assert_clean(at)
    # The URL holds ids, never labels.
    assert {k: at.query_params.get(k) for k in ("years", "degree", "industry", "bands")} == {
        "years": "12", "degree": "master", "industry": "pharma", "bands": "p10-p90"}


def test_a_link_reproduces_the_estimate_in_the_other_language():
    at = run_app("estimator", {"lang": "de"})
    at.slider(key=k("years")).set_value(9).run()
    at.selectbox(key=k("industry")).select("software").run()
    link = dict(at.query_params)
    link["lang"] = "en"
    again = run_app("estimator", link)
    assert metric_values(again)[:3] == expected_metrics(Profile(9, "bachelor", "software"), "en")
    assert again.slider(key=k("years", "en")).value == 9
    assert again.selectbox(key=k("industry", "en")).value == "software"


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
    at.button_group(key=k("view")).set_value("compare").run()
    eur, pct = model.difference(first, second)
    assert metric_values(at)[3:5] == [text.signed_money(eur * 0.7 / 13, "de", 10),
                                      text.percent(pct, "de", 1, signed=True)]
    at.button_group(key=k("view")).set_value("split").run()
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
    assert at.button_group(key=k("view")).value == view
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
    at.radio(key=k("period")).set_value("month").run()
    assert at.radio(key=k("salaries")).value == 13
    assert metric_values(at)[:3] == expected_metrics(Profile(params.YEARS.default), "de", "month", 13)


def test_closed_views_keep_their_values():
    at = run_app("estimator", {"view": "split"})
    at.slider(key=k("variable")).set_value(35).run()
    at.button_group(key=k("view")).set_value("compare").run()
    at.slider(key=k("years2")).set_value(12).run()
    at.button_group(key=k("view")).set_value("stand").run()
    assert "view" not in at.query_params  # the default view stays out of the link
    assert (at.query_params.get("variable"), at.query_params.get("years2")) == ("35", "12")
    at.slider(key=k("years")).set_value(9).run()
    at.button_group(key=k("view")).set_value("split").run()
    assert at.slider(key=k("variable")).value == 35
    median = estimate(Profile(9)).median
    assert metric_values(at)[3:6] == [text.money(v, "de") for v in (median * 0.65, median * 0.35, median)]
    at.button_group(key=k("view")).set_value("compare").run()
    assert at.slider(key=k("years2")).value == 12


def test_second_profile_starts_as_a_copy():
    at = run_app("estimator", {"years": "7", "degree": "master", "view": "compare"})
    assert at.slider(key=k("years2")).value == 7
    assert at.selectbox(key=k("degree2")).value == "master"
    assert at.selectbox(key=k("industry2")).value == "all"
    assert metric_values(at)[3] == text.signed_money(0, "de")
    assert "years2" not in at.query_params  # a copy needs no parameter
    at.selectbox(key=k("industry2")).select("tourism").run()
    eur, pct = model.difference(estimate(Profile(7, "master")), estimate(Profile(7, "master", "tourism")))
    assert metric_values(at)[3:5] == [text.signed_money(eur, "de"), text.percent(pct, "de", 1, signed=True)]
    assert at.query_params.get("industry2") == "tourism"


def test_salary_shows_where_it_stands():
    at = run_app("estimator", {"lang": "en", "years": "8"})
    assert not [m for m in at.markdown if "%" in m.value and "KAM" in m.value]
    at.text_input(key=k("salary", "en")).input("80,000").run()
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
    at.slider(key=k("variable", "en")).set_value(35).run()
    at.slider(key=k("attainment", "en")).set_value(80).run()
    e = estimate(Profile(10))
    split = model.pay_split(e.median, 0.35, 0.80)
    assert metric_values(at)[3:6] == [text.money(v, "en") for v in (split.fixed, split.variable, split.paid)]
    assert (split.fixed, split.variable) == pytest.approx((e.median * 0.65, e.median * 0.35))
    at.radio(key=k("period", "en")).set_value("month").run()
    at.radio(key=k("salaries", "en")).set_value(13).run()
    # Per month: the fixed pay of a payslip; variable and paid pay stay per year.
    assert metric_values(at)[:3] == expected_metrics(Profile(10), "en", "month", 13, variable=35)
    assert metric_values(at)[3:6] == [text.money(shown(e.median * 0.65, "month", 13, 0), "en", 1),
                                      text.money(e.median * 0.35, "en"), text.money(split.paid, "en")]
    at.button_group(key=k("view", "en")).set_value("path").run()
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
    at.button_group(key=k("view")).set_value("split").run()
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
    at.button_group(key=k("view")).set_value("split").run()
    at.slider(key=k("variable")).set_value(40).run()
    record = json.loads(downloaded(at, "json"))
    assert record["pay_split"]["variable_percent"] == 40
    assert record["comparison"]["profile"]["years"] == 12


# -- bad query parameters ----------------------------------------------------
# Garbage of every kind; each parameter's edges (one past its minimum and maximum) are in test_edges.py.
BAD = [
    ("years", "abc"), ("years", "nan"), ("years", "inf"), ("years", "1e309"), ("years", "7.5"), ("years", ""),
    ("years", "9" * 5000), ("degree", "Master"), ("industry", "<script>alert(1)</script>"), ("salary", "lots"),
]


@pytest.mark.parametrize("name, value", BAD)
def test_bad_parameter_warns_and_uses_the_default(name, value):
    at = run_app("estimator", {name: value})
    assert_clean(at)
    assert len(at.warning) == 1
    assert f"`{name}`" in at.warning[0].value
    assert "<script>" not in at.warning[0].value and "9" * 100 not in at.warning[0].value  # no payload echoed
    p = Profile(params.YEARS.default)
    assert metric_values(at)[:3] == expected_metrics(p, "de")
    assert at.title[0].value == text.t("estimator.title", "de")
    assert name not in at.query_params or at.query_params[name] != value


def test_repeated_parameter_warns():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["years"] = ["3", "9"]
    at.run()
    at.switch_page("pages/estimator.py").run()
    assert len(at.warning) == 1 and "`years`" in at.warning[0].value
    assert metric_values(at)[:3] == expected_metrics(Profile(params.YEARS.default), "de")


def test_several_bad_parameters_share_one_warning():
    at = run_app("estimator", {"years": "-1", "industry": "mining", "lang": "fr"})
    assert len(at.warning) == 1
    for name in ("years", "industry", "lang"):
        assert f"`{name}`" in at.warning[0].value


def test_warning_is_in_the_readers_language():
    at = run_app("estimator", {"lang": "en", "years": "100"})
    assert at.warning[0].value.startswith("The address parameter `years`")


# -- broken data ----------------------------------------------------------------
# One damage of each kind and file, as the page shows it; every damage the loaders
# refuse is a unit test in test_datafiles.py.
DAMAGES = [
    ("figures.csv", lambda p: p.unlink(), "file not found"),
    ("figures.csv", lambda p: p.write_bytes(bytes(range(256)) * 4), "not a text file"),
    ("figures.csv", cell_setter("low", "sixty"), "not a number"),
    ("figures.csv", cell_setter("low", "200000", 10), "between the entry and the top"),
    ("levels.csv", lambda p: p.write_text("level,years_from,years_to\njunior,0,x\n"), "not a number"),
    ("assumptions.csv", lambda p: p.unlink(), "file not found"),
    ("minimum_wage.csv", cell_setter("valid_from", "next year", 2), "not a date"),
]


@pytest.mark.parametrize("i", range(len(DAMAGES)))
def test_broken_data_shows_the_loaders_message(i, data, monkeypatch):
    name, damage, message = DAMAGES[i]
    damage(data / name)
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(data))
    page = PAGES[i % len(PAGES)]
    at = run_app(page, {"lang": "en"})
    assert not at.exception
    assert len(at.error) == 1
    assert name in at.error[0].value and message in at.error[0].value
    assert at.error[0].value.startswith(text.t("error.data", "en", message="")[:20])
    # The navigation still works: another page loads and shows the same message.
    other = PAGES[(i + 1) % len(PAGES)]
    at.switch_page(script(other)).run()
    assert not at.exception and name in at.error[0].value
    assert len(at.get("plotly_chart")) == 0


@pytest.mark.parametrize("page", PAGES)
def test_every_page_survives_a_missing_figures_file(page, tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    at = run_app(page)
    assert not at.exception
    assert len(at.error) == 1 and "figures.csv" in at.error[0].value
    assert not at.get("plotly_chart")
