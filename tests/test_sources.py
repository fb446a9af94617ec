"""The other sources' file and its loader (every kind of damage refused with
one FiguresError naming the file, row and problem), the per-year amounts, the
generated reading and the chart, without Streamlit."""

import csv
import math
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from salary import charts, datafiles, model, reading, sources, text
from salary.datafiles import FiguresError
from salary.sources import load_sources
from tests.conftest import lines, refused, set_cell, values, write_lines

FIG = datafiles.load_figures()
LANGS = ("de", "en")


def raw_rows() -> list[dict]:
    """The file as the csv module reads it: the reference the loader is checked against."""
    with open(datafiles.DATA_DIR / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def yearly(row: dict, column: str = "low") -> float:
    return float(row[column]) * (12 if row["unit"] == "EUR/month" else 1)


# The figures as they were published and checked (amounts as published, unit).
PUBLISHED = {
    ("StepStone", "mean"): (61200, None, "EUR/year"),
    ("StepStone", "band"): (53200, 72700, "EUR/year"),
    ("stellenanzeigen.de", "mean"): (75600, None, "EUR/year"),
    ("Bundesagentur für Arbeit", "mean"): (5191, None, "EUR/month"),
    ("gehaltsvergleich.com", "quartiles"): (2827, 7873, "EUR/month"),
    ("gehaltsvergleich.com", "mean"): (4686, None, "EUR/month"),
    ("gehaltsatlas.com", "mean"): (73000, None, "EUR/year"),
    ("gehaltsatlas.com", "band"): (47800, 55800, "EUR/year"),
}


def test_every_published_figure_is_in_the_file():
    frame = load_sources()
    assert len(frame) == len(PUBLISHED)
    for r in frame.to_dict("records"):
        low, high, unit = PUBLISHED[r["source"], r["measure"]]
        assert (r["low"], r["unit"]) == (low, unit)
        assert math.isnan(r["high"]) if high is None else r["high"] == high
        assert r["url"].startswith("https://") and r["read_at"]


def test_each_figure_keeps_its_date():
    frame = load_sources().set_index(["source", "measure"])
    assert frame.loc[("StepStone", "mean"), "published"] == "2021-09-02"
    assert frame.loc[("Bundesagentur für Arbeit", "mean"), ["figure_date", "published"]].tolist() == ["2021",
                                                                                                       "2023-03"]
    assert frame.loc[("gehaltsvergleich.com", "mean"), ["figure_date", "published"]].tolist() == ["", ""]


def test_per_year_is_twelve_months():
    frame = load_sources()
    for r, raw in zip(frame.to_dict("records"), raw_rows()):
        assert sources.per_year(r) == yearly(raw)
        if r["measure"] in sources.RANGES:
            assert sources.per_year(r, "high") == yearly(raw, "high")
    assert sources.MONTHS == 12


# -- damage ---------------------------------------------------------------------
@pytest.mark.parametrize("damage, message", [
    (lambda p: p.unlink(), "file not found"),
    (lambda p: p.write_text(""), "file is empty"),
    (lambda p: p.write_text(" \n\n"), "file is empty"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary"), "not a text file"),
    (lambda p: p.write_bytes("source,url\n".encode("utf-16")), "not a text file"),
    (lambda p: p.write_bytes(b"source,url\n\xff\xfe\xfa"), "not a text file"),
    (lambda p: write_lines(p, lines(p)[:1]), "no data rows"),
    (lambda p: p.write_text('source,"url\nx\n'), "not a valid CSV file"),
])
def test_file_level_damage(data, damage, message):
    path = data / "sources.csv"
    damage(path)
    with pytest.raises(FiguresError, match=message) as info:
        load_sources(path)
    assert str(info.value).startswith("sources.csv")


@pytest.mark.parametrize("change, message", [
    (lambda f: f.drop(columns=["unit"]), r"row 1 \(header\): missing column unit"),
    (lambda f: f.assign(colour="red"), r"row 1 \(header\): unknown column colour"),
])
def test_header_damage(data, change, message):
    path = data / "sources.csv"
    change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)
    refused(load_sources, path, message)


# Rows: 2 StepStone mean, 3 StepStone band, 5 Bundesagentur (monthly), 8 gehaltsatlas mean, 9 its junior band.
@pytest.mark.parametrize("line, column, value, message", [
    (2, "source", "", r"row 2: source is empty"),
    (2, "read_at", "", r"row 2: read_at is empty"),
    (2, "url", "", r"row 2: url is empty"),
    (2, "url", "javascript:alert(1)", r"row 2: url 'javascript:alert\(1\)' does not start with https://"),
    (2, "url", "http://example.org", r"row 2: url .* does not start with https://"),
    (2, "measure", "mode", r"row 2: unknown measure 'mode'"),
    (2, "unit", "USD/year", r"row 2: unknown unit 'USD/year'"),
    (2, "low", "abc", r"row 2: low 'abc' is not a number"),
    (2, "low", "", r"row 2: low is empty"),
    (2, "low", "nan", r"row 2: low 'nan' is not a finite number"),
    (2, "low", "-5", r"row 2: low '-5' is negative"),
    (2, "low", "0", r"row 2: low is zero"),
    (2, "high", "70000", r"row 2: high is set, but measure mean has one value"),
    (3, "high", "", r"row 3: high is empty"),
    (3, "high", "1e999", r"row 3: high '1e999' is not a finite number"),
    (3, "low", "80000", r"row 3: low 80000 is greater than high 72700"),
    (2, "published", "02.09.2021", r"row 2: published '02.09.2021' is not a date"),
    (2, "published", "2021-13-02", r"row 2: published '2021-13-02' is not a real date"),
    (5, "figure_date", "21", r"row 5: figure_date '21' is not a date"),
    (9, "scope_en", "", r"row 9: scope_de and scope_en must both be set or both be empty"),
    (8, "note_de", "", r"row 8: note_de and note_en must both be set or both be empty"),
])
def test_row_level_damage(data, line, column, value, message):
    path = data / "sources.csv"
    set_cell(path, line, column, value)
    refused(load_sources, path, message)


def test_duplicate_figure(data):
    path = data / "sources.csv"
    rows = lines(path)
    write_lines(path, rows + [rows[1]])
    message = rf"row {len(rows) + 1}: duplicate figure StepStone mean \(first in row 2\)"
    refused(load_sources, path, message)


def test_ragged_row(data):
    path = data / "sources.csv"
    rows = lines(path)
    write_lines(path, rows[:2] + ["StepStone,x,y"] + rows[3:])
    refused(load_sources, path, "row 3: 3 cells, the header has 14")


def test_data_dir_follows_the_environment(data, monkeypatch):
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(data))
    assert sources.sources_path() == data / "sources.csv"
    set_cell(data / "sources.csv", 4, "low", "99000")
    assert sources.default_sources()["low"].tolist()[2] == 99000
    (data / "sources.csv").unlink()
    datafiles.reload()  # read once per process: forget the file that was read
    with pytest.raises(FiguresError, match="sources.csv: file not found"):
        sources.default_sources()


def test_csv_download_round_trips(tmp_path):
    frame = load_sources()
    (tmp_path / "sources.csv").write_text(sources.to_csv(frame), encoding="utf-8")
    pd.testing.assert_frame_equal(frame, load_sources(tmp_path / "sources.csv"))
    assert "5191," in sources.to_csv(frame) and "5191.0" not in sources.to_csv(frame)


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


def test_the_reading_names_the_measures_and_years_of_the_file():
    said = reading.reading(load_sources(), 61000, "en")
    rows = raw_rows()
    present = {r["measure"] for r in rows}
    labels = {"mean": "mean", "median": "median", "band": "band", "quartiles": "1st to 3rd quartile"}
    listed = re.search(r"do not count the same thing \(([^)]*), for all KAM", said).group(1)
    assert set(listed.split(", ")) == {labels[m] for m in present}
    years = sorted({int((r["figure_date"] or r["published"])[:4]) for r in rows if r["figure_date"] or r["published"]})
    assert f"different years ({years[0]}–{years[-1]}, 1 undated)" in said
