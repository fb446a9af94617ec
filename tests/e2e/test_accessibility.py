"""Accessibility in Chromium: axe-core finds no WCAG 2.0/2.1/2.2 A or AA
violation, none allowed as an exception; the estimator works with the keyboard
alone, with a visible focus; no table or other element scrolls sideways at
phone or desktop width, German and English, nor at 200 % zoom (640 px); the
page's language. The menu, the focus after it and the focus rings:
tests/e2e/test_menu_focus.py.

axe runs on every page and every estimator detail view, in the light and the
dark theme (the browser's colour-scheme preference), with every chart's table
opened. The full product of languages and widths would double the run time on
a 2-core machine, so each target and theme runs twice: German at desktop
width (1280 px) and English at phone width (390 px). Together they cover both
languages and both widths on every page, view and theme. One server and one
browser serve the whole run (tests/e2e/conftest.py); each theme and width has
its own browser context."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench import harness
from salary import params, text
from tests.e2e import a11y, focus

pytestmark = pytest.mark.browser

SHOTS = harness.ROOT / "screenshots" / "keyboard"
# axe runs each target in both themes German at desktop width and English at phone width
# (see the docstring); whether anything scrolls sideways is seen in all four pairs.
AXE = (("de", "desktop"), ("en", "phone"))
RUNS = [("light", lang, size) for lang in text.LANGS for size in a11y.SIZES] + [
    ("dark", lang, size) for lang, size in AXE]


# Every page by its address; the estimator once, its detail views then opened one after another on it.
TARGETS = [name for name in a11y.TARGETS if not name.startswith("estimator-")] + ["estimator"]


@pytest.mark.parametrize(("scheme", "lang", "size"), RUNS)
@pytest.mark.parametrize("target", TARGETS)
def test_every_page_with_its_folds_open(server, themed, target, scheme, lang, size):
    """With every fold open: nothing wider than the screen or scrolling sideways in a box of its
    own (a table too wide for a phone would, and a keyboard could not reach it); no axe violation;
    the charts' text at 4.5:1 on the page. The estimator in each of its detail views."""
    page = themed(scheme, a11y.SIZES[size])
    views = params.VIEW.choices if target == "estimator" else (None,)
    path = a11y.TARGETS[f"estimator-{views[0]}"] if target == "estimator" else a11y.TARGETS[target]
    harness.goto(page, server, a11y.url(path, lang))
    focus.hold_still(page)  # the folds open and the views change without moving the page for a while
    # The theme the browser asked for is the one drawn.
    background = page.evaluate("getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor")
    assert (background == "rgb(255, 255, 255)") == (scheme == "light"), background
    for view in views:
        where = target if view is None else f"estimator, {view} view"
        if view is not None and view != views[0]:
            choices = page.get_by_role("radiogroup", name=text.t("control.view", lang), exact=True)
            choices.get_by_role("radio", name=text.t(f"view.{view}", lang), exact=True).click()
            harness.wait_idle(page)
            expect(page).to_have_url(re.compile(rf"[?&]view={view}(&|$)"))
        a11y.open_tables(page)
        if scheme == "light":  # the layout is the same in both themes
            assert page.evaluate(SIDEWAYS) == [], where
        if (lang, size) in AXE:
            found = a11y.violations(page)
            assert not found, f"{where}: {a11y.describe(found)}"
            # axe skips SVG text: the charts' text, except inside a bar (checked against the bar by
            # tests/test_chart_theme.py), reaches 4.5:1 on the page's background.
            fills = page.evaluate(SVG_TEXT)
            low = {fill: round(contrast(fill, background), 2) for fill in fills if contrast(fill, background) < 4.5}
            assert not low, f"{where}: {low}"


SVG_TEXT = """() => [...new Set([...document.querySelectorAll(
    "[data-testid='stMain'] .js-plotly-plot .main-svg text:not(.bartext-inside)")]
    .filter(el => (el.textContent || "").trim()).map(el => getComputedStyle(el).fill))]"""


contrast = focus.contrast


# -- keyboard ---------------------------------------------------------------
ACTIVE = """() => {
    const el = document.activeElement;
    const box = (el.closest("[data-testid='stElementContainer']") || el).getBoundingClientRect();
    return {tag: el.tagName.toLowerCase(), role: el.getAttribute("role") || "", type: el.type || "",
            text: (el.innerText || "").trim(), label: el.getAttribute("aria-label") || "",
            value: el.value === undefined ? "" : String(el.value), checked: el.getAttribute("aria-checked") || "",
            box: {x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12,
                  height: box.height + 12},
            scroll: (document.querySelector("[data-testid='stMain']") || {}).scrollTop || 0};
}"""
KEYBOARD_VIEWPORT = {"width": 1280, "height": 2600}  # tall: Tab never scrolls, so a crop compares like with like
MAX_TABS = 60


class Keyboard:
    """Tab and arrow keys on a page; after every Tab the newly focused element
    must look different from how it looked before it had the focus (the area
    around it, taken with the focus and again after Shift+Tab took it away)."""

    def __init__(self, page, scheme: str) -> None:
        self.page, self.scheme = page, scheme
        self.steps = 0

    def press(self, key: str) -> dict:
        self.page.keyboard.press(key)
        focus.drawn(self.page)
        active = self.page.evaluate(ACTIVE)
        if key == "Tab" and active["tag"] != "body":
            self.steps += 1
            box = active["box"]
            clip = {**box, "width": min(box["width"], KEYBOARD_VIEWPORT["width"] - box["x"])}
            focused = self.page.screenshot(clip=clip)
            self.page.keyboard.press("Shift+Tab")
            focus.drawn(self.page)
            unfocused, scroll = self.page.screenshot(clip=clip), self.page.evaluate(ACTIVE)["scroll"]
            self.page.keyboard.press("Tab")
            focus.drawn(self.page)
            again = self.page.evaluate(ACTIVE)
            assert (again["tag"], again["text"], again["label"]) == (active["tag"], active["text"], active["label"])
            assert focused != unfocused or scroll != active["scroll"], f"no visible focus on {active}"
        return active

    def tab_to(self, matches, what: str) -> dict:
        for _ in range(MAX_TABS):
            active = self.press("Tab")
            if matches(active):
                return active
        raise AssertionError(f"{what} not reached with {MAX_TABS} presses of Tab")

    def shot(self, name: str) -> None:
        """The part of the page around the focused element."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        box = self.page.evaluate(ACTIVE)["box"]
        top = max(0, min(box["y"] - 300, KEYBOARD_VIEWPORT["height"] - 700))
        clip = {"x": 0, "y": top, "width": 1280, "height": 700}
        self.page.screenshot(path=SHOTS / f"{self.scheme}-{name}.png", clip=clip)


@pytest.mark.parametrize("scheme", a11y.SCHEMES)
def test_estimator_with_the_keyboard_alone(server, themed, scheme):
    """From the top of the estimator: move the years slider, change the degree,
    open a detail view and reach the download buttons, the focus visible throughout."""
    lang = "de"
    t = lambda key: text.t(key, lang)  # noqa: E731
    page = themed(scheme, KEYBOARD_VIEWPORT)
    harness.goto(page, server, "/estimator")
    focus.hold_still(page)
    keys = Keyboard(page, scheme)

    slider = keys.tab_to(lambda a: a["type"] == "range" and a["label"] == t("control.years"), "the years slider")
    assert slider["value"] == str(params.YEARS.default)
    keys.shot("1-years-slider")
    for _ in range(2):
        page.keyboard.press("ArrowRight")
    harness.wait_idle(page)
    expect(page).to_have_url(re.compile(rf"[?&]years={params.YEARS.default + 2}(&|$)"))
    active = page.evaluate(ACTIVE)
    assert active["type"] == "range" and active["value"] == str(params.YEARS.default + 2), active
    keys.shot("2-years-moved")

    keys.tab_to(lambda a: a["role"] == "combobox" and a["label"] == t("control.degree"), "the degree")
    keys.shot("3-degree")
    page.keyboard.press("ArrowDown")  # opens the list on the current choice
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    harness.wait_idle(page)
    expect(page).to_have_url(re.compile(r"[?&]degree=master(&|$)"))
    keys.shot("4-degree-master")

    # The detail views are a radio group: Tab reaches the chosen one, an arrow key the next.
    keys.tab_to(lambda a: a["role"] == "radio" and a["text"] == t("view.stand"), "the detail views")
    keys.shot("5-views")
    page.keyboard.press("ArrowRight")
    focus.drawn(page)
    active = page.evaluate(ACTIVE)
    assert active["text"] == t("view.path"), active
    if "view=path" not in page.url:
        page.keyboard.press("Enter")
    harness.wait_idle(page)
    expect(page).to_have_url(re.compile(r"[?&]view=path(&|$)"))
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text(t("chart.career.title")[:20])
    keys.shot("6-view-path")

    keys.tab_to(lambda a: a["text"] == t("download.csv"), "the CSV download")
    keys.shot("7-download-csv")
    keys.tab_to(lambda a: a["text"] == t("download.json"), "the JSON download")
    keys.shot("8-download-json")
    assert keys.steps >= 5


# -- zoom -------------------------------------------------------------------
ZOOMED = {"width": 640, "height": 800}  # 1280 px at 200 %
OVERFLOW = """() => {
    const main = document.querySelector("[data-testid='stMain']");
    const cut = [];
    for (const el of main.querySelectorAll("p, h1, h2, h3, label, span, button, td, th")) {
        const style = getComputedStyle(el);
        if (!el.offsetParent || !el.innerText || !el.innerText.trim()) continue;
        if (style.overflow === "hidden" && style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1) {
            cut.push(el.innerText.slice(0, 40));
        }
    }
    return {scroll: main.scrollWidth - main.clientWidth, cut};
}"""


@pytest.mark.parametrize("target", ["overview", "sources", "methodology", "estimator-stand", "estimator-net"])
def test_no_horizontal_scrolling_at_200_percent(server, themed, target):
    page = themed("light", ZOOMED)
    harness.goto(page, server, a11y.TARGETS[target])
    a11y.open_tables(page)
    found = page.evaluate(OVERFLOW)
    assert found["scroll"] <= 1, found
    assert not found["cut"], found


# -- language ---------------------------------------------------------------
@pytest.mark.xfail(strict=True, raises=AssertionError,  # any other failure fails the test
                   reason="Streamlit 1.67 writes <html lang=\"en\"> whatever the app's language and "
                   "offers no public API to change it: https://github.com/streamlit/streamlit/issues/15726")
def test_page_language_follows_the_switch(server, themed):
    page = themed("light", harness.DESKTOP)
    harness.goto(page, server, "/")
    assert page.evaluate("document.documentElement.lang") == "de"


# -- nothing scrolls sideways ---------------------------------------------------
SIDEWAYS = """() => {
    const past = (el) => !!el && el.getClientRects().length > 0
        && el.getBoundingClientRect().right > window.innerWidth + 1;
    const out = [];
    for (const el of document.querySelectorAll("[data-testid='stMain'] *")) {
        const style = getComputedStyle(el);
        if (["auto", "scroll"].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
            out.push(`${(el.closest("[data-testid]") || el).dataset.testid}: ${el.scrollWidth} > ${el.clientWidth} `
                     + (el.innerText || "").slice(0, 40));
        else if (past(el) && !past(el.parentElement))  // the outermost element past the screen's edge
            out.push(`past the edge: ${el.tagName.toLowerCase()} ${(el.innerText || "").slice(0, 40)}`);
    }
    return out;
}"""


def test_the_sideways_check_can_fail(themed):
    page = themed("light", harness.PHONE)
    page.set_content("""<div data-testid="stMain"><div data-testid="stTable" style="overflow-x: auto">
        <table style="width: 600px"><tr><td>a wide table</td></tr></table></div></div>""")
    assert [line.split(":")[0] for line in page.evaluate(SIDEWAYS)] == ["stTable", "past the edge"]
