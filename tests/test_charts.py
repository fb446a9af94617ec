"""Charts and tables without Streamlit: every horizontal chart writes each
row's name above its bar (no tick labels beside the axis, which squeeze the
plot on a phone), reference-line labels stay inside the plot, hover boxes are
readable, and the methodology tables write amounts the reader's way."""

import re

import pandas as pd
import pytest
from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from salary import charts, datafiles, model, tables, text
from salary.sources import load_sources
from tests.conftest import blocks, values
from tests.conftest import per_year as yearly
from tests.conftest import source_rows as raw_rows

FIG = datafiles.load_figures()
LEVELS = datafiles.load_levels()
LANGS = ("de", "en")
M = model.default_model()


def horizontal_charts(lang: str) -> dict[str, object]:
    e = M.estimate(model.Profile(8, "master", "software"))
    second = M.estimate(model.Profile(15))
    return {
        "overview": charts.overview_chart(M, lang),
        "experience": charts.experience_chart(M, lang),
        "industry": charts.industry_chart(M, lang),
        "range": charts.range_chart(M, [("A", e)], lang, title="t", salary=70000),
        "compare": charts.range_chart(M, [("A", e), ("B", second)], lang, title="t", bands=False),
        "waterfall": charts.waterfall_chart(e, lang),
    }


def categories(spec: dict) -> list[str]:
    return [c for trace in spec["data"] for c in values(trace.get("y", []))]


@pytest.mark.parametrize("lang", LANGS)
def test_horizontal_charts_name_each_row_above_its_bar(lang):
    for name, chart in horizontal_charts(lang).items():
        spec = chart.to_dict()
        yaxis = spec["layout"]["yaxis"]
        assert yaxis["showticklabels"] is False, name
        rows = yaxis["categoryarray"][::-1]
        assert set(categories(spec)) == set(rows), name
        labels = [a for a in spec["layout"]["annotations"] if a.get("yref") == "y"]
        assert [a["text"] for a in labels] == rows, name
        assert all(a["xref"] == "paper" and a["x"] == 0 and a["yshift"] > 0 for a in labels), name
        # Every row gets the same height, so the names never run into the bar above.
        plot = spec["layout"]["height"] - spec["layout"]["margin"]["t"] - spec["layout"]["margin"]["b"]
        rows_shown = yaxis["range"][1] - yaxis["range"][0]
        assert plot / rows_shown == pytest.approx(charts.ROW, rel=0.02), name


@pytest.mark.parametrize("lang", LANGS)
def test_line_labels_sit_in_the_strip_above_the_bars(lang):
    for name in ("experience", "industry", "range"):
        spec = horizontal_charts(lang)[name].to_dict()
        notes = [a for a in spec["layout"]["annotations"] if a.get("yref") == "paper"]
        assert len(notes) == len(spec["layout"]["shapes"]) > 0, name
        for note in notes:
            assert (note["y"], note["yanchor"]) == (1, "top"), name  # not on the axis numbers at the bottom
        top_row = len(spec["layout"]["yaxis"]["categoryarray"]) - 1
        assert spec["layout"]["yaxis"]["range"][1] - top_row == pytest.approx(0.5 + charts.STRIP_WITH_LINES), name


def test_labels_near_the_right_end_point_left():
    spec = charts.experience_chart(M, "de").to_dict()
    side = {a["x"]: a["xanchor"] for a in spec["layout"]["annotations"] if a.get("yref") == "paper"}
    assert side[datafiles.value(FIG, "overall", "top")] == "right"
    assert side[datafiles.value(FIG, "overall", "entry")] == "left"


@given(salary=st.integers(min_value=0, max_value=300_000), divisor=st.sampled_from([1, 12, 13]))
def test_the_salary_label_points_into_the_plot(salary, divisor):
    e = M.estimate(model.Profile(5))
    spec = charts.range_chart(M, [("A", e)], "en", title="t", salary=salary, divisor=divisor).to_dict()
    (note,) = [a for a in spec["layout"]["annotations"] if a.get("yref") == "paper"]
    low, high = spec["layout"]["xaxis"]["range"]
    assert note["x"] == pytest.approx(salary / divisor)
    assert note["xanchor"] == ("left" if note["x"] < (low + high) / 2 else "right")


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_has_a_readable_hover_box_and_no_rotated_labels(lang):
    e = M.estimate(model.Profile(5))
    every = [*horizontal_charts(lang).values(), charts.degree_chart(M, lang),
             charts.career_chart(e, lang)]
    for chart in every:
        layout = chart.to_dict()["layout"]
        assert layout["hoverlabel"]["bgcolor"] == "#ffffff"
        assert layout["hoverlabel"]["font"]["color"] == "#1a1a1a"
        assert layout["separators"] == text.PLOTLY_SEPARATORS[lang]
        assert "tickangle" not in layout["xaxis"]


def test_degree_chart_leaves_room_above_the_highest_bar():
    spec = charts.degree_chart(M, "de").to_dict()
    assert spec["layout"]["yaxis"]["range"][1] > max(values(spec["data"][0]["y"])) * 1.1


# -- tables -------------------------------------------------------------------
def amounts(cell: str, lang: str) -> list[float]:
    return [float(parse_decimal(n, text.LOCALE[lang])) for n in re.findall(r"\d[\d.,]*\d|\d", cell)]


@pytest.mark.parametrize("lang", LANGS)
def test_figures_table_writes_amounts_out(lang):
    table = tables.figures_table(M, lang)
    value = table[text.t("column.value", lang)]
    for cell, (_, row) in zip(value, FIG.iterrows()):
        assert amounts(cell, lang) == ([row["low"], row["high"]] if row["kind"] == "band" else [row["low"]])
        assert ("€" in cell) and ("None" not in cell) and ("nan" not in cell)
    assert list(table[text.t("column.key", lang)]) == list(FIG["key"])


def test_figures_table_shows_sections_only_when_they_differ():
    assert text.t("column.section", "en") not in tables.figures_table(M, "en").columns
    two = FIG.assign(section=["A"] * 8 + ["B"] * (len(FIG) - 8))
    other = model.Model(two.to_dict("records"), LEVELS.to_dict("records"), M.assumptions,
                        M.minimum_wage.to_dict("records"), M.on)
    shown = tables.figures_table(other, "en")[text.t("column.section", "en")]
    assert list(shown) == list(two["section"])


CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=12).filter(
    lambda c: c.strip(" \t") == c and c.strip())  # a cell of one line, as a table holds it


@given(cells=st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=4))
def test_a_table_as_blocks_reads_back_as_the_table(cells):
    """Every cell shows exactly as it is, whatever markup characters it holds (the test
    reads the Markdown back as a reader sees it, conftest.blocks)."""
    frame = pd.DataFrame(cells, columns=["First", "Second *b*", "Third_x"])
    shown = blocks(tables.markdown_list(frame))
    assert shown == [(row[0], {"Second *b*": row[1], "Third_x": row[2]}) for row in cells]


@given(low=st.integers(0, 45), span=st.one_of(st.none(), st.integers(0, 20)), lang=st.sampled_from(LANGS))
def test_years_read_back(low, span, lang):
    high = float("nan") if span is None else float(low + span)
    shown = tables.years(float(low), high, lang)
    assert amounts(shown, lang) == ([low] if span is None else [low, low + span])


@pytest.mark.parametrize("lang", LANGS)
def test_levels_table(lang):
    table = tables.levels_table(M, lang)
    bands = FIG[FIG["dimension"] == "level"].set_index("key")
    assert list(table[text.t("column.level", lang)]) == [bands.loc[k, "label_" + lang] for k in LEVELS["level"]]
    for cell, level in zip(table[text.t("column.band", lang)], LEVELS["level"]):
        assert amounts(cell, lang) == [bands.loc[level, "low"], bands.loc[level, "high"]]
    assert isinstance(table, pd.DataFrame) and len(table) == len(LEVELS)


@pytest.mark.parametrize("lang", text.LANGS)
def test_estimator_charts_name_monthly_amounts_and_hover_the_range(lang):
    p = model.Profile(8, "master")
    path = model.career_path(model.default_model(), p)
    e = model.estimate(p)
    for divisor, key in ((1, "axis.salary"), (13 / 0.8, "axis.salary_month")):
        career = charts.career_chart(e, lang, divisor=divisor).to_plotly_json()["layout"]
        waterfall = charts.waterfall_chart(e, lang, divisor=divisor).to_plotly_json()["layout"]
        assert career["yaxis"]["title"]["text"] == text.t(key, lang)
        assert waterfall["xaxis"]["title"]["text"] == text.t(key, lang)
    band = charts.career_chart(e, lang).to_plotly_json()["data"][1]
    assert len(list(band["customdata"])) == len(path)
    hover = list(band["customdata"])[8]
    assert text.money(e.low, lang) in hover and text.money(e.high, lang) in hover


# -- the sources chart, against the file as the csv module reads it ----------------------------------------


# -- chart ------------------------------------------------------------------------
def plotted(spec: dict) -> tuple[list, list]:
    """(low, high) of every bar and x of every point, per year, sorted."""
    bars, points = [], []
    for trace in spec["data"]:
        if trace["type"] == "bar":
            bars += [(b, b + w) for b, w in zip(values(trace["base"]), values(trace["x"]))]
        else:
            points += values(trace["x"])
    return sorted(bars), sorted(points)


@pytest.mark.parametrize("lang", LANGS)
def test_chart_draws_the_file_per_year(lang):
    spec = charts.sources_chart(load_sources(), model.default_model(), lang).to_dict()
    bars, points = plotted(spec)
    raw = raw_rows()
    expected = sorted((yearly(r), yearly(r, "high")) for r in raw if r["high"])
    assert [b for bar in bars for b in bar] == pytest.approx([b for bar in expected for b in bar])
    assert points == pytest.approx(sorted(yearly(r) for r in raw if not r["high"]))
    rows = spec["layout"]["yaxis"]["categoryarray"][::-1]
    groups = list(dict.fromkeys((r["source"], r["scope_en"], r["figure_date"], r["published"]) for r in raw))
    assert len(rows) == len(groups)
    for row, (source, *_rest) in zip(rows, groups):
        assert row.startswith(source)
    labels = [a["text"] for a in spec["layout"]["annotations"] if a.get("yref") == "y"]
    assert labels == rows  # each row named above its bar


def test_chart_draws_the_articles_average_and_bands_across():
    spec = charts.sources_chart(load_sources(), model.default_model(), "de").to_dict()
    shapes = spec["layout"]["shapes"]
    rects = sorted((s["x0"], s["x1"]) for s in shapes if s["type"] == "rect")
    levels = FIG[FIG["dimension"] == "level"]
    assert rects == sorted(zip(levels["low"], levels["high"]))
    assert all(s["yref"] == "paper" and (s["y0"], s["y1"]) == (0, 1) for s in shapes)
    assert [s["x0"] for s in shapes if s["type"] == "line"] == [datafiles.value(FIG, "overall", "average")]
    low, high = spec["layout"]["xaxis"]["range"]
    assert low < min(min(b) for b in plotted(spec)[0]) and high > max(levels["high"])


def test_chart_marks_an_estimate_on_top():
    e = model.estimate(model.Profile(12, "master", "software"))
    spec = charts.sources_chart(load_sources(), model.default_model(), "en", e).to_dict()
    top = spec["layout"]["yaxis"]["categoryarray"][-1]
    assert top == text.t("sources.you", "en")
    mine = [t for t in spec["data"] if values(t["y"]) == [top]]
    bar = next(t for t in mine if t["type"] == "bar")
    assert (values(bar["base"])[0], values(bar["base"])[0] + values(bar["x"])[0]) == pytest.approx((e.low, e.high))
    assert values(next(t for t in mine if t["type"] == "scatter")["x"]) == pytest.approx([e.median])


def test_hover_says_what_each_number_is_and_who_cited_it():
    spec = charts.sources_chart(load_sources(), model.default_model(), "en").to_dict()
    hovers = [h for trace in spec["data"] for h in trace["customdata"]]
    for r in raw_rows():
        (mine,) = {h for h in hovers if h.startswith(f"<b>{r['source']}") and (r["scope_en"] in h)
                   and text.money(yearly(r), "en", 1) in h}
        assert text.t("measure." + r["measure"], "en") in mine
        assert (f"Cited by {r['cited_by']}" in mine) if r["cited_by"] else ("Read in" in mine)


def test_a_monthly_figure_names_its_months_in_the_hover_and_a_yearly_one_does_not():
    spec = charts.sources_chart(load_sources(), model.default_model(), "en").to_plotly_json()
    hovers = [h for t in spec["data"] for h in (t.get("customdata") or []) if isinstance(h, str)]
    for r in raw_rows():
        if r["unit"] == "EUR/month":
            assert any(h.startswith(f"<b>{r['source']}") and f"(12 × €{float(r['low']):,.0f}" in h for h in hovers)
    monthly = {r["source"] for r in raw_rows() if r["unit"] == "EUR/month"}
    for h in hovers:
        if not any(h.startswith(f"<b>{s}") for s in monthly):
            assert "×" not in h and "a month" not in h
