"""The keyboard and the phone in Chromium, German and English: where the focus is
after following a menu link (the heading, which Streamlit cannot focus, is a known
gap: an expected failure); every focus ring reaches 3:1 against what lies behind
it, light and dark, at phone and desktop width, measured from the browser's
computed colours with and without the focus (tests/e2e/focus.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from salary import text
from tests.e2e import a11y, focus

pytestmark = pytest.mark.browser


PHONE_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Mobile Safari/537.36")
HEADING = "[data-testid='stMain'] h1"


@pytest.fixture
def phone(browser):
    """A phone: its width, touch, and a phone's user agent; a context of its own, as the
    browser keeps whether the menu was open."""
    context = harness.context(browser, viewport=harness.PHONE, user_agent=PHONE_UA, is_mobile=True, has_touch=True)
    context.set_default_timeout(30_000)
    yield context
    context.close()


# -- focus after following a menu link ------------------------------------------
ACTIVE_PLACE = """() => {
    const el = document.activeElement;
    return {tag: el.tagName.toLowerCase(), text: (el.innerText || "").trim(),
            current: el.getAttribute("aria-current") || "", inHeading: !!el.closest("[data-testid='stMain'] h1"),
            inPage: !!el.closest("[data-testid='stMainBlockContainer']")};
}"""


def _follow(page, lang: str, phone: bool) -> None:
    """Follow the menu's link to the method page: a tap on a phone, Enter on a keyboard."""
    sidebar = page.get_by_test_id("stSidebar")
    if phone:
        page.get_by_test_id("stExpandSidebarButton").tap()
        expect(sidebar).to_have_attribute("data-collapsed", "false")
    link = sidebar.get_by_role("link", name=text.t("nav.methodology", lang), exact=True)
    if phone:
        link.tap()
    else:
        link.focus()
        page.keyboard.press("Enter")
    expect(page.locator(HEADING)).to_have_text(text.t("method.title", lang))
    harness.wait_idle(page)


@pytest.mark.xfail(strict=True, raises=AssertionError,  # any other failure fails the test
                   reason="Streamlit 1.67 offers no public way to move the focus (no autofocus, no "
                   "focus command; its headings are not focusable and its menu leaves the focus on the link), and "
                   "the project renders no HTML or script of its own")
@pytest.mark.parametrize("lang", text.LANGS)
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_focus_lands_on_the_new_pages_heading(server, phone, themed, size, lang):
    page = phone.new_page() if size == "phone" else themed("light", harness.DESKTOP)
    try:
        harness.goto(page, server, a11y.url("/", lang))
        _follow(page, lang, size == "phone")
        assert page.evaluate(ACTIVE_PLACE)["inHeading"], page.evaluate(ACTIVE_PLACE)
    finally:
        if size == "phone":
            page.close()


# -- focus rings --------------------------------------------------------------
RING_TABS = 40


def _indicators(page) -> list[tuple[str, bool, list[tuple[str, float]]]]:
    """Tab through the page from its top to the CSV download: each focused element, whether
    it is the page's own (not Streamlit's header, menu or main region), and the colours its
    focus adds (tests/e2e/focus.py), measured with the focus and, at the next Tab, without it."""
    out = []
    focus.hold_still(page)
    # Computed colours are read as they are when the key press returns: the focus styles come from
    # :focus-visible rules and from state set in the focus event, which React applies before it
    # returns; nothing here waits for a frame to be drawn (a screenshot would).
    page.keyboard.press("Tab")
    on = page.evaluate(focus.STEP)
    for _ in range(RING_TABS):
        page.keyboard.press("Tab")
        following = page.evaluate(focus.STEP)
        assert following["before"] is not None, f"the focus stayed on {on['name']}"
        out.append((on["name"], on["own"], focus.indicator(on, following)))
        if on["name"] in (text.t("download.csv", "de"), text.t("download.csv", "en")):
            return out
        on = following
    raise AssertionError(f"the CSV download not reached with {RING_TABS} presses of Tab")


RING = ("shadow", "before", "after")  # a ring is drawn as a box shadow


@pytest.mark.parametrize("lang", text.LANGS)
@pytest.mark.parametrize("size", list(a11y.SIZES))
@pytest.mark.parametrize("scheme", a11y.SCHEMES)
def test_focus_rings_reach_3_to_1(server, themed, scheme, size, lang):
    """Every focus ring on the estimator (the theme's colour at half strength: the language
    switch, buttons, the slider, folds, links to headings, the downloads) reaches 3:1 against
    what lies behind it, worked out from the browser's computed colours."""
    page = themed(scheme, a11y.SIZES[size])
    harness.goto(page, server, a11y.url("/estimator", lang))
    measured = _indicators(page)
    rings = [(name, colour, ratio) for name, own, found in measured if own for colour, ratio in found
             if colour.split()[0] in RING]
    assert len({name for name, _, _ in rings}) >= 8, measured
    low = [ring for ring in rings if ring[2] < 3]
    assert not low, low


@pytest.mark.xfail(strict=True, raises=AssertionError,  # any other failure fails the test
                   reason="Streamlit 1.67 marks the focus on st.page_link and on its own menu's links "
                   "with a grey background only (1.1:1 light, 1.4:1 dark) and on its main-menu button and main region "
                   "with a grey ring at 20 % (1.5:1, 1.9:1); no theme option colours them")
def test_every_focus_indicator_reaches_3_to_1(server, themed):
    page = themed("light", harness.DESKTOP)
    harness.goto(page, server, "/estimator")
    weak = [(name, found) for name, _, found in _indicators(page) if max((r for _, r in found), default=0) < 3]
    assert not weak, weak
