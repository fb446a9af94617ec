"""The other sources' page under AppTest: the figures as blocks, the reading follows the data
(a changed copy changes the sentence), a link's profile is marked and written as the estimator
writes it, and a damaged sources file is named."""

from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from salary import datafiles, text
from salary.model import Profile, estimate
from tests.conftest import (
    assert_clean,
    copy_data,
    listed,
    opened,
    run_app,
    set_cell,
    specs,
    values,
)
from tests.conftest import per_year as yearly
from tests.conftest import source_rows as raw_rows

FIG = datafiles.load_figures()


def reading_text(at: AppTest, lang: str) -> str:
    (said,) = [m.value for m in at.markdown if text.t("reading.differ", lang, years="", measures="")[:20] in m.value]
    return said


def drawn(spec: dict) -> tuple[list[float], list[float]]:
    """Every bar's ends and every point, flattened and sorted."""
    ends, points = [], []
    for trace in spec["data"]:
        if trace["type"] == "bar":
            for b, w in zip(values(trace["base"]), values(trace["x"])):
                ends += [b, b + w]
        else:
            points += values(trace["x"])
    return sorted(ends), sorted(points)


@pytest.mark.parametrize("lang", text.LANGS)
def test_page_in_both_languages(lang):
    at = opened("sources", {"lang": lang})
    assert_clean(at)
    assert not at.warning
    assert at.title[0].value == text.t("sources.title", lang)
    assert at.info[0].value == text.t("sources.context", lang)
    assert text.t("sources.monthly", lang, months=12) in [c.value for c in at.caption]
    (spec,) = specs(at)  # its bars and points against the file: tests/test_charts.py
    assert spec["layout"]["separators"] == text.PLOTLY_SEPARATORS[lang]
    assert text.t("sources.you", lang) not in spec["layout"]["yaxis"]["categoryarray"]  # no link, no range
    assert len(at.get("download_button")) == 1
    # A block per figure (seven facts: a table that wide would scroll sideways on a phone), read against the file.
    (shown,) = listed(at)
    raw = raw_rows()
    assert len(shown) == len(raw)
    column = lambda c: text.t("sources.column." + c, lang)  # noqa: E731
    for (title, fields), r in zip(shown, raw):
        assert title.startswith(r["source"]) and (r["scope_" + lang] in title)
        assert text.money(float(r["low"]), lang, 1) in fields[column("published_as")]
        assert text.money(yearly(r), lang, 1) in fields[column("per_year")]
        assert r["read_at"] in fields[column("read_in")]
        assert fields.get(column("note"), "") == r["note_" + lang]


def _copy(tmp_path):
    copy_data(tmp_path)
    return tmp_path / "sources.csv"


def _set(path, source: str, measure: str, column: str, value: str) -> None:
    set_cell(path, {"source": source, "measure": measure}, column, value)


@pytest.mark.parametrize("lang", text.LANGS)
def test_the_reading_follows_the_data(lang, tmp_path, monkeypatch):
    before = reading_text(opened("sources", {"lang": lang}), lang)
    path = _copy(tmp_path)
    # The highest published average rises, and the lowest moves above the article's average.
    _set(path, "stellenanzeigen.de", "mean", "low", "88800")
    _set(path, "gehaltsvergleich.com", "mean", "low", "5500")
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    at = run_app("sources", {"lang": lang})
    assert_clean(at)
    after = reading_text(at, lang)
    assert after != before
    money = lambda v: text.money(v, lang, 1)
    averages = [yearly(r) for r in raw_rows(path) if r["measure"] in ("mean", "median") and not r["scope_en"]]
    assert f"{money(88800)} (stellenanzeigen.de)" in after and money(75600) not in after
    assert f"{money(min(averages))} (StepStone)" in after and money(4686 * 12) not in after
    article = datafiles.value(FIG, "overall", "average")
    below, above = sum(v < article for v in averages), sum(v > article for v in averages)
    assert (below, above) == (0, len(averages))
    assert text.t("reading.article", lang, article=money(article), below=below, above=above) in after
    ends, points = drawn(specs(at)[0])
    assert 88800 in points and 5500 * 12 in points


def test_a_link_marks_the_persons_range():
    query = {"lang": "en", "years": "12", "degree": "master", "industry": "software", "bands": "p10-p90"}
    at = run_app("sources", query)
    assert_clean(at)
    assert not at.warning
    e = estimate(Profile(12, "master", "software", "p10-p90"))
    (spec,) = specs(at)
    you = text.t("sources.you", "en")
    assert spec["layout"]["yaxis"]["categoryarray"][-1] == you  # the top row
    bar = next(t for t in spec["data"] if t["type"] == "bar" and values(t["y"]) == [you])
    median = next(t for t in spec["data"] if t["type"] == "scatter" and values(t["y"]) == [you])
    assert (values(bar["base"])[0], values(bar["base"])[0] + values(bar["x"])[0]) == pytest.approx((e.low, e.high))
    assert values(median["x"]) == pytest.approx([e.median])
    said = reading_text(at, "en")
    # Rounded as the estimator rounds them: to 100 EUR.
    assert text.money(round(e.low / 100) * 100, "en", 1) in said
    assert text.money(round(e.high / 100) * 100, "en", 1) in said
    at.button_group(key="lang").set_value("de").run()  # the range stays when the language changes
    assert text.t("sources.you", "de") in specs(at)[0]["layout"]["yaxis"]["categoryarray"]


@pytest.mark.parametrize("lang", text.LANGS)
def test_the_persons_range_is_written_as_the_estimator_writes_it(lang):
    # Software, 5 years, bachelor: the estimator's three amounts, and the same profile on /sources.
    estimator = run_app("estimator", {"lang": lang, "years": "5", "industry": "software"})
    low, median, high = (m.value for m in estimator.metric[:3])
    (link,) = [p for p in estimator.get("page_link") if p.proto.label == text.t("sources.link", lang)]
    at = run_app("sources", {k: v[0] for k, v in parse_qs(link.proto.query_string).items()})
    assert_clean(at)
    said = reading_text(at, lang)
    sentence = text.t("reading.you", lang, low=low, high=high, median=median, inside=0, n=0)
    assert sentence[:sentence.index(median) + len(median)] in said  # "... 52.300 € bis 80.500 € (Median 64.900 €"
    summary = " ".join(c.value for c in at.caption)
    assert text.t("chart.summary.range", lang, label=text.t("sources.you", lang), low=low, high=high,
                  median=median) in summary
    # Worked out here: the model's range to 100 EUR, none of it at the floor for this profile.
    e = estimate(Profile(5, "bachelor", "software"))
    assert [low, median, high] == [text.money(round(v / 100) * 100, lang, 1) for v in (e.low, e.median, e.high)]


@pytest.mark.parametrize("damage, message", [
    (lambda p: p.unlink(), "sources.csv: file not found"),
    (lambda p: _set(p, "StepStone", "mean", "low", "lots"), "sources.csv, row 2: low 'lots' is not a number"),
    (lambda p: _set(p, "StepStone", "band", "measure", "guess"), "sources.csv, row 3: unknown measure 'guess'"),
])
def test_damaged_sources_file_shows_the_loaders_message(damage, message, tmp_path, monkeypatch):
    damage(_copy(tmp_path))
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    at = run_app("sources", {"lang": "en"})
    assert not at.exception
    assert len(at.error) == 1 and message in at.error[0].value
    assert not at.get("plotly_chart")
    at.switch_page("app.py").run()  # the rest of the dashboard does not need the file
    assert_clean(at)
