"""The net pay view in Chromium: a share link opens it with the net figures
salary.net computes, the chart and table are drawn, a changed tax class and number of
children move the figures and the link, and the link reopens the same view; on a phone
nothing spills over the screen's width."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench import estimator, harness
from salary import model, net, net_text, text

pytestmark = pytest.mark.browser

QUERY = "view=net&car=45000&km=20&church=yes"


def expected(tax: net.TaxProfile, lang: str) -> list[str]:
    """Net per month and per year of low, median, high, as the page writes them."""
    e = model.estimate(estimator.DEFAULT)
    out = []
    for total in (e.low, e.median, e.high):
        both = net.year_and_month(total, tax, 0.2, 1.0, 12)
        out += [text.money(both.month.net, lang, 1), text.money(both.year.net, lang, 1)]
    return out


def expect_net(page, values: list[str]) -> None:
    metrics = page.get_by_test_id("stMetricValue")
    for i, value in enumerate(values):
        expect(metrics.nth(len(estimator.RANGE) + i)).to_have_text(value)


@pytest.mark.parametrize("lang", text.LANGS)
def test_net_view_from_a_link_and_a_changed_tax_class(new_page, server, lang):
    t = lambda key, **kw: text.t(key, lang, **kw)
    page = new_page()
    harness.goto(page, server, f"{estimator.PATH}?{QUERY}&lang={lang}")
    tax = net.TaxProfile(car=45000, km=20, church=True)
    expect_net(page, expected(tax, lang))
    expect(page.get_by_test_id("stMetricLabel").nth(3)).to_have_text(t("net.month", level=t("net.level.low")))
    expect(page.locator(".js-plotly-plot")).to_have_count(1)
    expect(page.get_by_test_id("stTable").get_by_text(t("net.part.car_benefit"), exact=True)).to_be_visible()

    # The details are folded above the results, and open when the link sets any of them.
    taxclass = page.get_by_role("combobox", name=t("control.taxclass"), exact=True)
    expect(taxclass).to_be_visible()  # the fold has opened
    harness.wait_idle(page)  # a rerun redraws the box and closes an open list
    taxclass.click()
    taxclass.fill(t("taxclass.3"))  # the list filters to the one option
    page.get_by_role("option").filter(has_text=re.compile(rf"^{t('taxclass.3')}$")).click()
    expect(page).to_have_url(re.compile(r"[?&]taxclass=3(&|$)"))
    harness.wait_idle(page)  # the page has taken the tax class before the next change
    children = page.get_by_role("spinbutton", name=t("control.children"), exact=True)
    children.fill("2")
    children.press("Enter")
    moved = net.TaxProfile(tax_class=3, children=2, car=45000, km=20, church=True)
    assert expected(moved, lang) != expected(tax, lang)
    expect_net(page, expected(moved, lang))
    expect(page).to_have_url(re.compile(r"[?&]taxclass=3(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]children=2(&|$)"))
    harness.wait_idle(page)

    again = new_page()
    harness.goto(again, server, page.url.removeprefix(server.url))
    expect_net(again, expected(moved, lang))


def test_net_view_fits_a_phone(new_page, server):
    page = new_page(harness.PHONE)
    harness.goto(page, server, f"{estimator.PATH}?{QUERY}&lang=de")
    expect_net(page, expected(net.TaxProfile(car=45000, km=20, church=True), "de"))
    expect(page.locator(".js-plotly-plot")).to_have_count(1)
    harness.wait_idle(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= harness.PHONE["width"]
    table = page.get_by_test_id("stTable")
    box = table.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= harness.PHONE["width"]


def test_the_inputs_fold_opens_on_a_click_and_stays_open(new_page, server):
    """A link without net pay inputs shows the view with the inputs folded (and
    not drawn); a click draws them, and setting one back to its default, which
    drops it from the link, leaves the fold open."""
    t = lambda key, **kw: text.t(key, "en", **kw)
    page = new_page()
    harness.goto(page, server, f"{estimator.PATH}?view=net&lang=en")
    expect_net(page, expected(net.TaxProfile(), "en"))
    taxclass = page.get_by_role("combobox", name=t("control.taxclass"), exact=True)
    expect(taxclass).to_have_count(0)
    # The tax profile in one line above the results, and the fold that changes it.
    expect(page.get_by_text(t("net.summary", summary=net_text.tax_summary(net.TaxProfile(), "en")))).to_be_visible()
    page.get_by_test_id("stExpander").get_by_text(t("net.inputs"), exact=True).click()
    expect(taxclass).to_be_visible()
    children = page.get_by_role("spinbutton", name=t("control.children"), exact=True)
    for count, in_link in ((2, True), (0, False)):  # 0 is the default: it leaves the link
        children.fill(str(count))
        children.press("Enter")
        expect_net(page, expected(net.TaxProfile(children=count), "en"))
        expect(page).to_have_url(re.compile(r"[?&]children=2(&|$)") if in_link else re.compile(r"^(?!.*children=)"))
        harness.wait_idle(page)
    expect(taxclass).to_be_visible()
