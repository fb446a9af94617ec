"""What a person reads in Chromium is in one language: on every page opened
with lang=en no word that only the German strings use is visible (text,
navigation, chart text drawn by plotly), and with lang=de no English-only word."""

from __future__ import annotations

import pytest

from salary import text, ui
from tests.conftest import only_in, words
from tests.e2e import harness

pytestmark = pytest.mark.browser

# The visible text of the page, plus the text plotly draws into its SVG (titles, ticks, labels);
# and the text set as code (names of ids and packages, the same in both languages).
VISIBLE = """() => [[document.body.innerText, ...[...document.querySelectorAll("svg text")].map(e => e.textContent)],
    [...document.querySelectorAll("code")].map(e => e.textContent)]"""


@pytest.mark.parametrize("lang", text.LANGS)
def test_every_page_reads_in_one_language(new_page, server, lang):
    other = next(x for x in text.LANGS if x != lang)
    page = new_page(harness.DESKTOP)
    found = {}
    for name, path in ui.PAGES:
        harness.goto(page, server, f"{path}?lang={lang}")
        page.get_by_test_id("stPlotlyChart").first.locator("svg.main-svg").first.wait_for(state="attached") \
            if name != "methodology" else None
        shown, code = page.evaluate(VISIBLE)
        wrong = (words(shown) - words(code)) & only_in(other)
        if wrong:
            found[name] = sorted(wrong)
    assert found == {}
