"""Every page and view in one language only: under lang=en no word that only
the German strings use appears anywhere on the page (headings, body, captions,
notes, warnings, controls and their options and help, metric labels, table
headers and cells, chart titles, axis titles, tick and category labels,
annotations and hover texts), and under lang=de no English-only word does.

The words to look for come from the string catalogues (salary/strings/), not
from the page code: a string shown in the wrong language is found whichever
function draws it."""

import pytest
from babel import Locale

from salary import text
from tests.conftest import (
    COMMON,
    HOMOGRAPHS,
    PAGES,
    SHARED,
    _neutral_words,
    assert_clean,
    catalogue_words,
    k,
    only_in,
    run_app,
    shown_strings,
    specs,
    words,
)

TITLE = {"overview": "overview.title", "experience": "experience.title", "degree": "degree.title",
         "industry": "industry.title", "sources": "sources.title", "estimator": "estimator.title",
         "methodology": "method.title"}
CHARTS = {"overview": 1, "experience": 1, "degree": 1, "industry": 1, "sources": 1, "estimator": 1, "methodology": 0}
# Beyond its first view, the estimator is walked through every detail view,
# with amounts per month, a salary above the article's top and a company car,
# so that every sentence, chart and table it can show is drawn once.
ESTIMATOR_LINK = {"years": "8", "salary": "200000", "car": "40000", "km": "20"}
VIEWS = ("path", "build", "compare", "split", "net")


def separators(lang: str) -> str:
    """Decimal point and thousands separator of the language, from CLDR (Babel), as plotly wants them."""
    symbols = Locale.parse(lang).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def wrong_words(at, lang: str) -> set[str]:
    other = next(x for x in text.LANGS if x != lang)
    return words(shown_strings(at)) & only_in(other)


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
    from salary import text

    monkeypatch.setitem(text.TEXT["en"], "net.part.care", "Pflegeversicherung (employee)")
    assert "pflegeversicherung" in catalogue_words("de") & catalogue_words("en")
    assert "pflegeversicherung" in only_in("de")  # so the English page shows a German word


@pytest.mark.parametrize("lang", text.LANGS)
@pytest.mark.parametrize("page", [p for p in PAGES if p != "estimator"])
def test_every_page_speaks_one_language(page, lang):
    at = run_app(page, {"lang": lang})
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
    at.radio(key=k("period", lang)).set_value("month").run()
    found |= wrong_words(at, lang)
    for view in VIEWS:
        at.button_group(key=k("view", lang)).set_value(view).run()
        assert_clean(at)
        assert [spec["layout"]["separators"] for spec in specs(at)] == [separators(lang)] * (view != "split")
        found |= wrong_words(at, lang)
    at.button_group(key=k("health", lang)).set_value("private").run()
    found |= wrong_words(at, lang)
    assert found == set()


def test_the_check_finds_a_german_sentence_on_an_english_page(monkeypatch):
    only_in("de")  # the word lists of the real catalogues, before one string is changed
    monkeypatch.setitem(text.TEXT["en"], "degree.note", text.TEXT["de"]["degree.note"])
    assert wrong_words(run_app("degree", {"lang": "en"}), "en")
