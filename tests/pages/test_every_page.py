"""What every page does, under AppTest: it runs alone and keeps the language when the reader
moves on; it speaks one language only; its charts carry the data file's numbers, each with a
summary and a table; a damaged data or strings file is named, never an exception."""

import re

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from salary import charts, datafiles, params, stringfiles, text
from salary.ui.show import table_key
from tests.conftest import (
    COMMON,
    HOMOGRAPHS,
    PAGES,
    ROOT,
    SHARED,
    _neutral_words,
    assert_clean,
    catalogue_words,
    cell_setter,
    control,
    label,
    only_in,
    opened,
    run_app,
    script,
    specs,
    values,
)
from tests.pages.expect import (
    CHARTS,
    TITLE,
    separators,
    wrong_words,
)
from tests.strings_damage import DAMAGE, DIR

FIG = datafiles.load_figures()


# -- running alone and the language --------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_each_page_file_runs_alone(page):
    """Each page's script opened directly, as a share link does, with the language and a
    profile in its link: the sources page marks the profile's range."""
    at = AppTest.from_file(str(ROOT / script(page)), default_timeout=30)
    at.query_params["lang"] = "en"
    at.query_params["years"] = "3"
    at.run()
    assert_clean(at)
    assert at.title[0].value == text.t(TITLE[page], "en")
    if page == "sources":
        assert text.t("sources.you", "en") in specs(at)[0]["layout"]["yaxis"]["categoryarray"]


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


# Beyond its first view, the estimator is walked through every detail view,
# with amounts per month, a salary above the article's top and a company car,
# so that every sentence, chart and table it can show is drawn once.
ESTIMATOR_LINK = {"years": "8", "salary": "200000", "car": "40000", "km": "20"}


VIEWS = ("path", "build", "compare", "split", "net")


def test_the_word_lists_can_tell_the_languages_apart():
    assert {"berufserfahrung", "branche", "jahre"} <= only_in("de")
    assert {"experience", "industry", "years"} <= only_in("en")
    assert not only_in("de") & only_in("en")


def test_the_words_both_catalogues_use_are_the_listed_ones():
    """A word in both catalogues is either shared on purpose (SHARED) or a word of one
    language that slipped into the other: listed here, it would hide on every page."""
    both = catalogue_words("de") & catalogue_words("en")
    assert both - SHARED - _neutral_words() - HOMOGRAPHS == set()
    named = _neutral_words() | HOMOGRAPHS  # names and titles shown in both
    assert not (COMMON["de"] & catalogue_words("en")) - named and not (COMMON["en"] & catalogue_words("de")) - named


def test_a_german_word_in_the_english_catalogue_is_caught(monkeypatch):
    """A German word in en.toml, not a copy of a German string: in both catalogues, yet caught on the page."""
    only_in("de")  # the word lists of the real catalogues, before one string is changed
    monkeypatch.setitem(text.TEXT["en"], "net.part.care", "Pflegeversicherung (employee)")
    assert "pflegeversicherung" in catalogue_words("de") & catalogue_words("en")
    st.cache_resource.clear()  # tables built by earlier tests hold the real string
    try:
        assert "pflegeversicherung" in wrong_words(run_app("estimator", {"lang": "en", "view": "net"}), "en")
    finally:
        st.cache_resource.clear()  # and none built here holds the changed one


@pytest.mark.parametrize("lang", text.LANGS)
@pytest.mark.parametrize("page", [p for p in PAGES if p != "estimator"])
def test_every_page_speaks_one_language(page, lang):
    at = opened(page, {"lang": lang})
    assert_clean(at)
    assert not at.warning
    assert at.title[0].value == text.t(TITLE[page], lang)
    assert at.query_params.get("lang") == (None if lang == text.DEFAULT_LANG else lang)  # the default stays out
    assert len(specs(at)) == CHARTS[page]
    for spec in specs(at):
        assert spec["layout"]["title"]["text"]
        assert spec["layout"]["separators"] == separators(lang)
    assert wrong_words(at, lang) == set()


@pytest.mark.parametrize("lang", text.LANGS)
def test_the_sources_page_with_a_profile_and_a_bad_parameter_speaks_one_language(lang):
    at = run_app("sources", {"lang": lang, "years": "12", "degree": "master", "industry": "software",
                             "bands": "p99"})
    assert_clean(at)
    assert len(at.warning) == 1
    assert text.t("sources.you", lang) in specs(at)[0]["layout"]["yaxis"]["categoryarray"]
    assert wrong_words(at, lang) == set()


@pytest.mark.parametrize("lang", text.LANGS)
def test_every_view_of_the_estimator_speaks_one_language(lang):
    at = run_app("estimator", {"lang": lang, **ESTIMATOR_LINK, "years2": "99"})
    assert_clean(at)
    assert len(at.warning) == 1  # the bad years2: the warning is checked too
    assert at.title[0].value == text.t("estimator.title", lang)
    found = wrong_words(at, lang)
    control(at.radio, "period", lang).set_value("month").run()
    found |= wrong_words(at, lang)
    for view in VIEWS:
        control(at.button_group, "view", lang).set_value(view).run()
        assert_clean(at)
        assert [spec["layout"]["separators"] for spec in specs(at)] == [separators(lang)] * (view != "split")
        found |= wrong_words(at, lang)
    control(at.button_group, "health", lang).set_value("private").run()
    found |= wrong_words(at, lang)
    assert found == set()


def test_the_check_finds_a_german_sentence_on_an_english_page(monkeypatch):
    only_in("de")  # the word lists of the real catalogues, before one string is changed
    monkeypatch.setitem(text.TEXT["en"], "degree.note", text.TEXT["de"]["degree.note"])
    assert wrong_words(run_app("degree", {"lang": "en"}), "en")


# -- charts: the data file's numbers, a summary and a table ------------------------------------------------------------


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
    at = opened(page, {"lang": lang})
    plotted = _plotted(specs(at)[0])
    expected = _expected(dimensions, lang)
    assert plotted.keys() == expected.keys()
    for key, value in expected.items():
        assert plotted[key] == pytest.approx(value)


# Every chart the pages can draw: each has a fold for its table.
BUILDS = [getattr(charts, name) for name in charts.__all__ if name.endswith("_chart")]


TARGETS = [(page, {}) for page in PAGES if page != "estimator"] + [
    ("estimator", {"view": view, "salary": "70000"}) for view in params.VIEW.choices]


def categories(spec: dict) -> list[str]:
    layout = spec["layout"]
    if "categoryarray" in layout.get("yaxis", {}):
        return [label(c) for c in layout["yaxis"]["categoryarray"]]
    axis = "y" if spec["data"][0].get("orientation") == "h" else "x"
    return list(dict.fromkeys(label(str(c)) for trace in spec["data"] for c in values(trace.get(axis, []))))


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("page", "query"), TARGETS, ids=lambda v: v if isinstance(v, str) else v.get("view", ""))
def test_every_chart_has_its_summary_and_table(page, query, lang):
    at = run_app(page, {**query, "lang": lang})
    assert_clean(at)
    closed = [e for e in at.expander if e.label == text.t("chart.table", lang)]
    assert not any(e.table for e in closed), "a closed fold sends no table"
    for build in BUILDS:  # open them all, as a reader clicks each
        at.session_state[table_key(build)] = True
    at.run()
    assert_clean(at)
    charts = specs(at)
    summaries = [c.value for c in at.caption if c.value.startswith(text.t("chart.summary", lang, summary=""))]
    assert len(summaries) == len(charts)
    expanders = [e for e in at.expander if e.label == text.t("chart.table", lang)]
    beside = 1 if query.get("view") == "net" else 0  # the net view's table stands beside its chart
    assert len(expanders) == len(charts) - beside
    for spec, expander in zip(charts, expanders):
        table = expander.table[0].value
        if query.get("view") == "path":  # a row per year, the chart's x values
            assert len(table) == len(values(spec["data"][0]["x"]))
            continue
        names = table[text.t("chart.column.label" if page != "estimator" or query["view"] != "build"
                             else "chart.column.step", lang)]
        # Every category of the chart, and nothing else (a source with two figures has two rows).
        assert set(names) == set(categories(spec))


# -- damaged files --------------------------------------------------------------------------------


# One damage of each kind and file, as the page shows it; every damage the loaders
# refuse is a unit test in test_datafiles.py.
DAMAGES = [
    ("article.csv", lambda p: p.unlink(), "file not found"),  # figures.csv missing: on every page below
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
    assert len(at.error) == 1
    # Named by the environment variable, never by the server's path.
    shown = at.error[0].value
    assert shown.startswith(text.t("error.data", "de", message="")[:20])
    assert "figures.csv: file not found ($SALARY_DATA_DIR/figures.csv)" in shown and str(tmp_path) not in shown
    assert not at.get("plotly_chart")


FALLBACK_DE, FALLBACK_EN = (part.strip() for part in stringfiles.FALLBACK.split(": {message}")[0].split(" / "))


def shown_error(at) -> str:
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.error) == 1, [e.value for e in at.error]
    return at.error[0].value


@pytest.mark.parametrize("i", range(len(DAMAGE)), ids=[d[0] for d in DAMAGE])
def test_every_damage_shows_the_loaders_message(i, strings):
    _, damage, name, message = DAMAGE[i]
    damage(strings)
    page = PAGES[i % len(PAGES)]
    at = run_app(page, {"lang": "en"})
    shown = shown_error(at)
    assert FALLBACK_DE in shown and FALLBACK_EN in shown
    assert f"{DIR}/{name}" in shown and re.search(message, shown.split(f"{DIR}/{name}", 1)[1]), shown
    assert str(strings) not in shown and str(ROOT) not in shown
    assert not at.get("plotly_chart") and not at.metric


@pytest.mark.parametrize("page", PAGES)
def test_every_page_and_the_next_one_show_it(page, strings):
    (strings / "en.toml").write_text('"lang.de" = 5\n')
    at = run_app(page)
    assert shown_error(at).endswith(f"{DIR}/en.toml, line 1: key 'lang.de': int '5' is not text (put it in quotes)")
    other = PAGES[(PAGES.index(page) + 1) % len(PAGES)]
    at.switch_page(script(other)).run()
    assert f"{DIR}/en.toml, line 1" in shown_error(at)


def test_a_repaired_file_brings_the_page_back(strings):
    good = (strings / "de.toml").read_bytes()
    (strings / "de.toml").write_text("")
    assert f"{DIR}/de.toml: file is empty" in shown_error(run_app("overview"))
    (strings / "de.toml").write_bytes(good)
    at = run_app("overview")
    assert not at.exception and not at.error and len(at.metric) == 3
