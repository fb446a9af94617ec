"""Every chart's numbers as a table and in words (salary.chart_data): the
table has the chart's rows in the chart's order, each amount cell is written
exactly as the chart's hover text writes it, and the summary names the
figures the data file gives (read here with the csv module, not the loader)."""

import csv
import datetime as dt
import math
import re
from pathlib import Path

import pytest

from salary import chart_data, charts, model, net, pay, range_text, sources, text
from tests.conftest import values

ROOT = Path(__file__).resolve().parents[1]
M = model.default_model()
SOURCES = sources.default_sources()
LANGS = ("de", "en")
E = M.estimate(model.Profile(8, "master", "software"))
SECOND = M.estimate(model.Profile(15))

with open(ROOT / "data" / "figures.csv", encoding="utf-8") as file:
    CSV = list(csv.DictReader(file))


def pairs(lang: str) -> dict[str, tuple]:
    """(chart, chart data) for every chart, built from the same arguments."""
    built = {}
    for name, args, kwargs in (
        ("overview_chart", (M, lang), {}),
        ("experience_chart", (M, lang), {}),
        ("degree_chart", (M, lang), {}),
        ("industry_chart", (M, lang), {}),
        ("range_chart", (M, [("A", E)], lang), {"title": "t", "salary": 70000}),
        ("range_chart", (M, [("A", E), ("B", SECOND)], lang), {"title": "t", "bands": False}),
        ("career_chart", (E, lang), {}),
        ("waterfall_chart", (E, lang), {}),
        ("sources_chart", (SOURCES, M, lang), {}),
        ("sources_chart", (SOURCES, M, lang, E), {}),
    ):
        key = name if name not in built else name + "_2"
        built[key] = (getattr(charts, name)(*args, **kwargs), getattr(chart_data, name)(*args, **kwargs))
    return built


def plain(hover: str) -> str:
    return re.sub(r"<[^>]+>", "", hover.replace("<br>", "\n"))


def hovers(chart: object) -> str:
    spec = chart.to_dict()
    return "\n".join(plain(str(h)) for trace in spec["data"] for h in values(trace.get("customdata", [])))


def rows_of(chart: object) -> list[str]:
    """The chart's categories, top first (horizontal) or left to right (vertical)."""
    layout = chart.to_dict()["layout"]
    if "categoryarray" in layout.get("yaxis", {}):
        return list(layout["yaxis"]["categoryarray"])[::-1]
    spec = chart.to_dict()["data"]
    axis = "y" if spec[0].get("orientation") == "h" else "x"
    return list(dict.fromkeys(c for trace in spec for c in values(trace.get(axis, []))))


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_has_a_table_and_a_summary(lang):
    for name, (_, data) in pairs(lang).items():
        assert len(data.table) > 0, name
        assert data.summary.strip().endswith("."), name
        assert "{" not in data.summary and not re.search(r"\bnan\b", data.summary.lower()), name
        assert not data.table.isna().any().any(), name


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["overview_chart", "experience_chart", "industry_chart", "range_chart",
                                  "range_chart_2", "waterfall_chart", "degree_chart"])
def test_table_rows_are_the_chart_rows_in_order(lang, name):
    chart, data = pairs(lang)[name]
    first = data.table.columns[1] if name in ("overview_chart", "experience_chart") else data.table.columns[0]
    assert data.table[first].tolist() == rows_of(chart)


@pytest.mark.parametrize("lang", LANGS)
def test_amounts_are_written_as_the_hover_writes_them(lang):
    for name, (chart, data) in pairs(lang).items():
        shown = hovers(chart) + "\n" + "\n".join(str(t) for t in values(chart.to_dict()["data"][0].get("text", [])))
        money = [c for c in data.table.columns if data.table[c].astype(str).str.contains("€").any()]
        assert money, name
        for column in money:
            for cell in data.table[column]:
                if not cell:
                    continue
                # The hover may write "Median: 66.400 €"; every amount of the cell is in it as written.
                for amount in re.findall(r"[-+]?(?:ab |from |well over |deutlich über )?€?[\d.,]+\s?€?", cell):
                    assert amount.strip() in shown, (name, column, cell)


@pytest.mark.parametrize("lang", LANGS)
def test_figure_tables_hold_every_row_of_the_data_file(lang):
    _, data = pairs(lang)["overview_chart"]
    labels = data.table[text.t("chart.column.label", lang)].tolist()
    assert sorted(labels) == sorted(r["label_" + lang] for r in CSV)
    # The section has a column only when the figures come from more than one; the page's caption names one.
    sections = {r["section"] for r in CSV}
    assert (text.t("chart.column.source", lang) in data.table.columns) == (len(sections) > 1)


@pytest.mark.parametrize("lang", LANGS)
def test_summaries_name_the_figures_of_the_data_file(lang):
    built = pairs(lang)
    amounts = [float(r["low"]) for r in CSV] + [float(r["high"]) for r in CSV if r["high"]]
    overview = built["overview_chart"][1].summary
    assert text.money(min(amounts), lang) in overview and text.money(max(amounts), lang) in overview
    assert str(len(CSV)) in overview
    degree = {r["key"]: float(r["low"]) for r in CSV if r["dimension"] == "degree"}
    summary = built["degree_chart"][1].summary
    assert text.money(degree["master"] - degree["bachelor"], lang) in summary
    assert text.percent((degree["master"] / degree["bachelor"] - 1) * 100, lang, 1) in summary
    industries = sorted((float(r["low"]), r["label_" + lang]) for r in CSV if r["dimension"] == "industry")
    summary = built["industry_chart"][1].summary
    assert industries[-1][1] in summary and industries[0][1] in summary
    average = next(float(r["low"]) for r in CSV if r["key"] == "average")
    above = sum(v > average for v, _ in industries)
    assert f" {above} " in summary


@pytest.mark.parametrize("lang", LANGS)
def test_sources_summary_spans_every_amount_drawn(lang):
    with open(ROOT / "data" / "sources.csv", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    yearly = lambda r, v: float(v) * (sources.MONTHS if r["unit"].endswith("month") else 1)  # noqa: E731
    amounts = [yearly(r, r["low"]) for r in rows] + [yearly(r, r["high"]) for r in rows if r["high"]]
    summary = pairs(lang)["sources_chart"][1].summary
    assert text.money(min(amounts), lang) in summary and text.money(max(amounts), lang) in summary
    assert str(len(rows)) in summary


@pytest.mark.parametrize("lang", LANGS)
def test_range_and_career_summaries_follow_the_estimate(lang):
    built = pairs(lang)
    summary = built["range_chart"][1].summary
    for amount in (E.low, E.median, E.high, 70000):
        assert text.money(amount, lang) in summary
    path = model.career_path(M, E.profile)
    summary = built["career_chart"][1].summary
    assert text.money(path["median"].iloc[0], lang) in summary
    assert text.money(path["median"].iloc[-1], lang) in summary
    assert len(built["career_chart"][1].table) == len(path)
    total = built["waterfall_chart"][1].summary
    assert text.money(E.median, lang) in total


@pytest.mark.parametrize("lang", LANGS)
def test_per_month_the_charts_write_amounts_as_the_estimator_does(lang):
    # 20 % variable, 12 salaries: the payslip's fixed pay to 10 EUR, worked out here, in every chart's words.
    m = model.load_model(on=dt.date(2026, 7, 1))
    share, salaries = 0.2, 12
    divisor = salaries / (1 - share)
    e = pay.estimate(m, model.Profile(8, "master", "software"), share, salaries)
    metric = range_text.range_amounts(e, lang, "month", salaries, share)
    assert metric == tuple(text.money(round(v * (1 - share) / salaries / 10) * 10, lang, 1)
                           for v in (e.low, e.median, e.high))
    summary = chart_data.range_chart(m, [("A", e)], lang, title="t", divisor=divisor).summary
    assert text.t("chart.summary.range", lang, label="A", low=metric[0], high=metric[2], median=metric[1]) in summary
    assert metric[1] in chart_data.career_chart(e, lang, divisor=divisor).summary
    assert metric[1] in chart_data.waterfall_chart(e, lang, divisor=divisor).summary
    # A range wholly at the floor: the minimum wage named, 13.90 EUR x 40 h x 52 weeks / 12 rounded up to 10 EUR.
    floor = pay.estimate(m, model.Profile(0, "none", "tourism"), share, salaries)
    minimum = text.money(math.ceil(13.90 * 40 * 52 / 12 / 10) * 10, lang, 1)
    data = chart_data.range_chart(m, [("A", floor)], lang, title="t", divisor=divisor)
    assert text.t("chart.summary.range_floor", lang, label="A", amount=minimum) in data.summary
    assert text.t("chart.range.floor", lang, amount=minimum) in data.table.iloc[:, 1].tolist()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("years", [0, 8, 40])
def test_the_path_summary_says_each_fact_once(lang, years):
    e = M.estimate(model.Profile(years))
    path = model.career_path(M, e.profile)
    summary = chart_data.career_chart(e, lang).summary
    first, last = (text.money(round(path["median"].iloc[i] / 100) * 100, lang, 1) for i in (0, -1))
    own = text.money(round(e.median / 100) * 100, lang, 1)
    for amount in {first, last, own}:
        assert summary.count(amount) == 1, (amount, summary)  # each amount once, the profile's own too
    assert (text.t("chart.summary.career_now", lang, years=text.number(years, lang), now=own) in summary) == (
        years not in (0, 40))
    # A path wholly at the floor stays at it: said once, not "rises from X to X".
    flat = pay.estimate(M, model.Profile(0, "none", "hospitality"), 0.5, 13)
    assert model.career_path(M, flat.profile, floor=flat.floor)["median"].max() == pytest.approx(flat.floor)
    said = chart_data.career_chart(flat, lang).summary
    assert said == text.t("chart.summary.career_flat", lang, first=text.shown(flat.floor, lang, 1, flat.floor),
                          last_years=text.number(40, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_net_table_and_summary(lang):
    tax = net.TaxProfile()
    both = net.year_and_month(E.median, tax, 0.2, 1.0, 12)
    chart = charts.net_chart(both.year, both.month, lang)
    data = chart_data.net_chart(both.year, both.month, lang)
    assert data.table.iloc[:, 0].tolist() == rows_of(chart)
    assert text.money(both.year.net, lang, 1) in data.summary
    assert text.money(both.year.gross, lang, 1) in data.summary
    # Net plus every deduction is the gross (an independent sum of the parts).
    deductions = sum(v for p, v in both.year.parts() if p not in ("net", "car_benefit"))
    assert text.money(deductions, lang, 1) in data.summary
