"""The sources page's words (salary/reading.py), against the file as the csv module reads it:
the reading of the spread and of the article's position, the dates, the table of every figure
and the links to every page read."""

import math
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from salary import datafiles, model, reading, sources, text
from salary.sources import load_sources
from tests.conftest import per_year as yearly
from tests.conftest import source_rows as raw_rows

FIG = datafiles.load_figures()
LANGS = ("de", "en")


# -- reading ----------------------------------------------------------------------
def _averages() -> list[tuple[float, str]]:
    """Means and medians for all KAM, per year, from the raw file."""
    return [(yearly(r), r["source"]) for r in raw_rows() if r["measure"] in ("mean", "median") and not r["scope_en"]]


@pytest.mark.parametrize("lang", LANGS)
def test_reading_spread_and_article_position(lang):
    averages = _averages()
    article = datafiles.value(FIG, "overall", "average")
    said = reading.reading(load_sources(), article, lang)
    low, high = min(averages), max(averages)
    money = lambda v: text.money(v, lang, 1)
    assert f"{money(low[0])} ({low[1]})" in said and f"{money(high[0])} ({high[1]})" in said
    below = sum(v < article for v, _ in averages)
    above = sum(v > article for v, _ in averages)
    assert text.t("reading.article", lang, article=money(article), below=below, above=above) in said
    years = sorted(int((r["figure_date"] or r["published"])[:4]) for r in raw_rows() if r["figure_date"] or
                   r["published"])
    assert f"{years[0]}–{years[-1]}" in said


@given(amounts=st.lists(st.integers(1000, 300_000), min_size=1, max_size=8), article=st.integers(1000, 300_000),
       lang=st.sampled_from(LANGS))
def test_reading_counts_follow_any_figures(amounts, article, lang):
    frame = pd.DataFrame([{**dict.fromkeys(sources.COLUMNS, ""), "source": f"S{i}", "read_at": "t",
                           "url": "https://x", "measure": "mean", "low": float(a), "high": math.nan,
                           "unit": "EUR/year"} for i, a in enumerate(amounts)])
    said = reading.reading(frame, article, lang)
    below, above = sum(a < article for a in amounts), sum(a > article for a in amounts)
    assert text.t("reading.article", lang, article=text.money(article, lang, 1), below=below, above=above) in said
    assert (text.t("reading.equal", lang, count=len(amounts) - below - above) in said) == (below + above
                                                                                          < len(amounts))
    assert text.money(min(amounts), lang, 1) in said and text.money(max(amounts), lang, 1) in said


def test_reading_with_an_estimate_counts_the_averages_inside_it():
    e = model.estimate(model.Profile(8, "master"))
    said = reading.reading(load_sources(), 61000, "en", e)
    inside = sum(e.low <= v <= e.high for v, _ in _averages())
    assert f"takes in {inside} of the {len(_averages())}" in said


@pytest.mark.parametrize("iso, lang, shown", [
    ("2021-09-02", "de", "02.09.2021"), ("2023-03", "de", "März 2023"), ("2023-03", "en", "March 2023"),
    ("2026", "en", "2026"), ("", "de", "ohne Datum"), ("", "en", "undated"),
])
def test_dates(iso, lang, shown):
    assert reading.date(iso, lang) == shown


@pytest.mark.parametrize("lang", LANGS)
def test_table_has_every_figure_as_published_and_per_year(lang):
    table = reading.table(load_sources(), lang)
    col = lambda c: table[text.t("sources.column." + c, lang)]
    for r, published, per_year in zip(raw_rows(), col("published_as"), col("per_year")):
        assert text.money(float(r["low"]), lang, 1) in published
        assert text.money(yearly(r), lang, 1) in per_year
        if r["high"]:
            assert text.money(yearly(r, "high"), lang, 1) in per_year
    assert not re.search(r"\b(nan|None)\b", table.to_string())


def test_links_name_every_page_once():
    shown = reading.links(load_sources(), "de")
    urls = list(dict.fromkeys(r["url"] for r in raw_rows()))
    assert [line.rsplit("(", 1)[1].rstrip(")") for line in shown.splitlines()] == urls


# -- the page's words, against the file -------------------------------------------
def test_the_links_name_every_source_read_on_each_page():
    said = reading.links(load_sources(), "en").splitlines()
    rows = raw_rows()
    urls = list(dict.fromkeys(r["url"] for r in rows))
    assert len(said) == len(urls)
    for line, url in zip(said, urls):
        on_page = [r for r in rows if r["url"] == url]
        names = ", ".join(dict.fromkeys(r["source"] for r in on_page))
        cited = f"{on_page[0]['cited_by']}: " if on_page[0]["cited_by"] else ""
        assert line == f"- {names} – {cited}[{on_page[0]['read_at']}]({url})"


def test_the_reading_names_the_measures_and_years_of_the_file():
    said = reading.reading(load_sources(), 61000, "en")
    rows = raw_rows()
    present = {r["measure"] for r in rows}
    labels = {"mean": "mean", "median": "median", "band": "band", "quartiles": "1st to 3rd quartile"}
    listed = re.search(r"do not count the same thing \(([^)]*), for all KAM", said).group(1)
    assert set(listed.split(", ")) == {labels[m] for m in present}
    years = sorted({int((r["figure_date"] or r["published"])[:4]) for r in rows if r["figure_date"] or r["published"]})
    assert f"different years ({years[0]}–{years[-1]}, 1 undated)" in said
