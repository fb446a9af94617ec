"""Every page in Chromium at desktop and phone width: the right page loads
without an exception, error box or console error, every chart is drawn, and
nothing is wider than the viewport."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench import harness
from salary import text
from salary.ui import navigation
from tests.e2e import probes
from tests.e2e.probes import OVERFLOWING, TEXT_PROBLEMS, TOLERANCE_PX

pytestmark = pytest.mark.browser

SIZES = probes.SIZES
TITLE_KEY = {"methodology": "method.title"}  # the other pages use "<name>.title"


def chart_count_in_source(name: str) -> int:
    return navigation.PAGES[name].read_text().count("ui.plotly(")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("name", "path"), [(n, navigation.url_path(n)) for n in navigation.PAGES],
                         ids=list(navigation.PAGES))
def test_page(new_page, server, name, path, size):
    viewport = SIZES[size]
    page = new_page(viewport)
    console = harness.ConsoleWatch(page)
    harness.goto(page, server, path)

    title = text.t(TITLE_KEY.get(name, f"{name}.title"), text.DEFAULT_LANG)
    expect(page.locator("[data-testid='stMain'] h1")).to_have_text(title)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stAlertContentError")).to_have_count(0)

    charts = page.get_by_test_id("stPlotlyChart")
    if chart_count_in_source(name):
        expect(charts.first).to_be_attached()
    for i in range(charts.count()):
        svg = charts.nth(i).locator("svg.main-svg").first
        expect(svg).to_be_attached()
        expect(charts.nth(i).locator("g.trace").first).to_be_attached()
        box = svg.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100, f"chart {i} is squashed: {box}"
        assert charts.nth(i).evaluate(TEXT_PROBLEMS) == [], f"chart {i}"

    assert probes.wrong_words(page, text.DEFAULT_LANG) == set()  # German only (English: test_language.py)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= viewport["width"], f"page scrolls sideways: {scroll_width} px"
    assert page.evaluate(OVERFLOWING, viewport["width"] + TOLERANCE_PX) == []
    assert console.unexpected() == []


def test_the_text_check_can_fail(new_page):
    page = new_page(harness.PHONE)
    page.set_content("""<div id="chart"><svg class="main-svg" width="300" height="200">
        <text class="gtitle" x="10" y="20">fits</text>
        <text class="annotation-text" x="10" y="60">one label</text>
        <text class="annotation-text" x="30" y="62">on another</text>
        <text class="annotation-text" x="250" y="120">past the right edge</text>
        <g class="xtick"><text transform="rotate(90)" x="150" y="-190">turned</text></g>
    </svg></div>""")
    found = page.locator("#chart").evaluate(TEXT_PROBLEMS)
    assert sorted(line.split(":")[0] for line in found) == ["cut off", "overlap", "rotated"]


def test_the_overflow_check_can_fail(new_page):
    page = new_page(harness.PHONE)
    page.set_content("""<div data-testid="stMain">
        <p>fits</p>
        <div data-testid="wide" style="width: 600px">too wide</div>
        <div style="overflow-x: auto; width: 300px"><div style="width: 900px">scrolls inside its box</div></div>
    </div>""")
    found = page.evaluate(OVERFLOWING, harness.PHONE["width"] + TOLERANCE_PX)
    assert [line.split()[0] for line in found] == ["div[data-testid=wide]"]


def test_the_menu_is_translated_and_keeps_the_language(new_page, server):
    """Streamlit's own menu (file names) is hidden; ours names the pages in the
    reader's language, carries lang, and the first key press on the page it
    opens is not lost."""
    page = new_page()
    harness.goto(page, server, "?lang=en")
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_test_id("stSidebarNav")).to_have_count(0)
    for name in navigation.PAGES:
        if name != "overview":  # the page shown is named, not linked
            expect(sidebar.get_by_role("link", name=text.t(f"nav.{name}", "en"), exact=True)).to_be_visible()
    expect(sidebar.get_by_text(text.t("nav.overview", "en"), exact=True)).to_be_visible()
    sidebar.get_by_role("link", name=text.t("nav.estimator", "en"), exact=True).click()
    expect(page.locator("[data-testid='stMain'] h1")).to_have_text(text.t("estimator.title", "en"))
    expect(page).to_have_url(re.compile(r"/estimator\?(.*&)?lang=en(&|$)"))
    harness.wait_idle(page)
    before = page.get_by_test_id("stMetricValue").first.inner_text()
    years = page.get_by_role("group", name=text.t("control.years", "en"), exact=True).get_by_role("slider")
    years.focus()
    years.press("ArrowRight")
    expect(page.get_by_test_id("stMetricValue").first).not_to_have_text(before)


def test_a_charts_table_is_drawn_when_its_fold_is_opened(new_page, server):
    """A chart's table is not sent while its fold is closed; opening the fold
    shows it, with a row per figure of the chart (data/figures.csv)."""
    from salary import model

    page = new_page()
    harness.goto(page, server, "?lang=en")
    fold = page.get_by_test_id("stExpander").filter(has_text=text.t("chart.table", "en"))
    expect(fold).to_have_count(1)
    expect(page.get_by_test_id("stTable")).to_have_count(0)
    fold.get_by_text(text.t("chart.table", "en"), exact=True).click()
    table = fold.get_by_test_id("stTable")
    expect(table).to_be_visible()
    figures = model.default_model().rows(*model.default_model().dimensions)
    expect(table.locator("tbody tr")).to_have_count(len(figures))
