"""Every page in Chromium at desktop and phone width: the right page loads
without an exception, error box or console error, every chart is drawn, and
nothing is wider than the viewport."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from salary import text, ui
from tests.e2e import harness

pytestmark = pytest.mark.browser

SIZES = {"desktop": harness.DESKTOP, "phone": harness.PHONE}
TITLE_KEY = {"methodology": "method.title"}  # the other pages use "<name>.title"
TOLERANCE_PX = 1

# Visible elements of the main area whose right edge is past the viewport,
# unless an ancestor that clips its overflow (a table's scroller) ends inside it.
OVERFLOWING = """(limit) => {
    const main = document.querySelector("[data-testid='stMain']");
    const clipped = (el) => {
        for (let a = el.parentElement; a && a !== main; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== "visible" && a.getBoundingClientRect().right <= limit) return true;
        }
        return false;
    };
    const out = [];
    for (const el of main.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.right <= limit || clipped(el)) continue;
        out.push(`${el.tagName.toLowerCase()}[data-testid=${el.dataset.testid}] `
                 + `${(el.innerText || "").slice(0, 40)} right=${Math.round(box.right)}`);
    }
    return out;
}"""


def chart_count_in_source(name: str) -> int:
    return (harness.ROOT / "pages" / f"{name}.py").read_text().count("ui.plotly(")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("name", "path"), ui.PAGES, ids=[name for name, _ in ui.PAGES])
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

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= viewport["width"], f"page scrolls sideways: {scroll_width} px"
    assert page.evaluate(OVERFLOWING, viewport["width"] + TOLERANCE_PX) == []
    assert console.unexpected() == []


def test_the_overflow_check_can_fail(new_page):
    page = new_page(harness.PHONE)
    page.set_content("""<div data-testid="stMain">
        <p>fits</p>
        <div data-testid="wide" style="width: 600px">too wide</div>
        <div style="overflow-x: auto; width: 300px"><div style="width: 900px">scrolls inside its box</div></div>
    </div>""")
    found = page.evaluate(OVERFLOWING, harness.PHONE["width"] + TOLERANCE_PX)
    assert [line.split()[0] for line in found] == ["div[data-testid=wide]"]
