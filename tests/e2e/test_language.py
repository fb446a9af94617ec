"""What a person reads in Chromium is in one language: on every page opened
with lang=en no word that only the German strings use is visible (text,
navigation, chart text drawn by plotly). The German pages get the reverse
check in tests/pages/test_every_page.py (AppTest, over all elements)."""

from __future__ import annotations

import pytest

from bench import harness
from salary.ui import navigation
from tests.e2e.probes import wrong_words

pytestmark = pytest.mark.browser

def test_every_page_reads_in_english(new_page, server):
    lang = "en"
    page = new_page(harness.DESKTOP)
    found = {}
    for name in navigation.PAGES:
        harness.goto(page, server, f"{navigation.url_path(name)}?lang={lang}")
        if name != "methodology":  # the chart's text is drawn after the page has settled
            page.get_by_test_id("stPlotlyChart").first.locator("svg.main-svg").first.wait_for(state="attached")
        wrong = wrong_words(page, lang)
        if wrong:
            found[name] = sorted(wrong)
    assert found == {}
