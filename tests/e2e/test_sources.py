"""The other sources' page in Chromium at desktop and phone width: opened
with a profile it marks that range above every source, its chart text neither
collides nor runs out, nothing is wider than the screen; the estimator's link
opens it with the person's profile in the address."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench import harness
from salary import text
from tests.e2e.probes import OVERFLOWING, SIZES, TEXT_PROBLEMS, TOLERANCE_PX

pytestmark = pytest.mark.browser

PROFILE = "years=8&degree=master&industry=software"


@pytest.mark.parametrize("lang", text.LANGS)
@pytest.mark.parametrize("size", SIZES)
def test_sources_with_a_profile(new_page, server, size, lang):
    viewport = SIZES[size]
    page = new_page(viewport)
    console = harness.ConsoleWatch(page)
    harness.goto(page, server, f"sources?{PROFILE}&lang={lang}")
    expect(page.locator("[data-testid='stMain'] h1")).to_have_text(text.t("sources.title", lang))
    expect(page.get_by_test_id("stAlertContentWarning")).to_have_count(0)
    chart = page.get_by_test_id("stPlotlyChart").first
    expect(chart.locator("text.annotation-text", has_text=text.t("sources.you", lang))).to_have_count(1)
    expect(chart.locator("g.trace").first).to_be_attached()
    assert chart.evaluate(TEXT_PROBLEMS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert page.evaluate(OVERFLOWING, viewport["width"] + TOLERANCE_PX) == []
    assert console.unexpected() == []


def test_the_estimators_link_opens_the_page_with_the_profile(new_page, server):
    page = new_page(harness.DESKTOP)
    harness.goto(page, server, f"estimator?{PROFILE}&lang=en")
    page.get_by_role("link", name=text.t("sources.link", "en")).click()
    harness.wait_idle(page)
    expect(page.locator("[data-testid='stMain'] h1")).to_have_text(text.t("sources.title", "en"))
    expect(page).to_have_url(re.compile(r"/sources\?.*years=8"))
    for part in PROFILE.split("&") + ["lang=en"]:
        assert part in page.url
    chart = page.get_by_test_id("stPlotlyChart").first
    expect(chart.locator("text.annotation-text", has_text=text.t("sources.you", "en"))).to_have_count(1)
