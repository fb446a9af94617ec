"""Net pay of one's own salary and the link to send, in Chromium at phone and
desktop width, German and English: a KAM types their salary, opens the net
view, sets their tax profile in the page's own number format, reads the net of
their salary first (as salary.net computes it, worked out here), and copies
the share link, which reopens the same numbers in a fresh page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench import harness
from salary import net, net_text, text

pytestmark = pytest.mark.browser

SALARY = 95000


def own_net(tax: net.TaxProfile) -> list[str]:
    both = net.year_and_month(SALARY, tax, 0.2, 1.0, 12)
    return [both.month.net, both.year.net]


def choose(page, label: str, option: str) -> None:
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill(option)
    page.get_by_role("option").filter(has_text=re.compile(f"^{re.escape(option)}$")).click()
    harness.wait_idle(page)


def typed(page, label: str, value: str) -> None:
    field = page.get_by_role("textbox", name=label, exact=True)
    field.fill(value)
    field.press("Enter")
    harness.wait_idle(page)


@pytest.mark.parametrize("lang, width", [("de", "phone"), ("en", "desktop")])
def test_the_net_of_my_own_salary_and_a_link_to_send(new_page, server, lang, width):
    t = lambda key, **kw: text.t(key, lang, **kw)
    page = new_page(harness.PHONE if width == "phone" else harness.DESKTOP)
    harness.goto(page, server, "/estimator" + ("?lang=en" if lang == "en" else ""))
    typed(page, t("stand.input.year"), text.number(SALARY, lang))  # "95.000" / "95,000"
    expect(page.get_by_role("textbox", name=t("stand.input.year"), exact=True)).to_have_value(
        text.money(SALARY, lang, 1))
    # The stand view names the salary's net and leads to the details.
    default = net.TaxProfile()
    month, year = own_net(default)
    expect(page.get_by_text(t("stand.net", summary=net_text.tax_summary(default, lang),
                              month=text.money(month, lang, 1), year=text.money(year, lang, 1)))).to_be_visible()
    page.get_by_role("button", name=t("stand.net.details")).click()
    harness.wait_idle(page)
    expect(page).to_have_url(re.compile(r"[?&]view=net(&|$)"))
    # The tax profile in one line above the results, and the fold that changes it.
    expect(page.get_by_text(t("net.summary", summary=net_text.tax_summary(default, lang)))).to_be_visible()
    page.get_by_test_id("stExpander").get_by_text(t("net.inputs"), exact=True).click()
    harness.wait_idle(page)
    choose(page, t("control.taxclass"), t("taxclass.3"))
    choose(page, t("control.state"), t("state.BY"))
    page.get_by_role("spinbutton", name=t("control.children"), exact=True).fill("2")
    page.get_by_role("spinbutton", name=t("control.children"), exact=True).press("Enter")
    harness.wait_idle(page)
    page.get_by_role("radiogroup", name=t("control.church"), exact=True).get_by_role(
        "radio", name=t("church.yes"), exact=True).click()
    harness.wait_idle(page)
    surcharge = page.get_by_role("textbox", name=t("control.surcharge"), exact=True)
    expect(surcharge).to_have_value("2,9" if lang == "de" else "2.9")  # the page's own writing
    typed(page, t("control.surcharge"), "3,1" if lang == "de" else "3.1")
    typed(page, t("control.car"), "55.000" if lang == "de" else "55,000")
    expect(page.get_by_role("textbox", name=t("control.car"), exact=True)).to_have_value(
        "55.000" if lang == "de" else "55,000")
    page.get_by_role("spinbutton", name=t("control.km"), exact=True).fill("25")
    page.get_by_role("spinbutton", name=t("control.km"), exact=True).press("Enter")
    harness.wait_idle(page)
    choose(page, t("control.drive"), t("drive.hybrid"))
    tax = net.TaxProfile(tax_class=3, state="BY", children=2, church=True, surcharge=3.1, car=55000, km=25,
                         drive="hybrid")
    month, year = own_net(tax)
    metrics = page.get_by_test_id("stMetricValue")
    expect(metrics.nth(3)).to_have_text(text.money(month, lang, 1))  # the salary's net first
    expect(metrics.nth(4)).to_have_text(text.money(year, lang, 1))
    expect(page.get_by_test_id("stMetricLabel").nth(3)).to_have_text(t("net.own.month"))
    # The share link: copyable, said what it holds, and the same link without the salary.
    expect(page.get_by_text(t("share.with_salary", salary=text.money(SALARY, lang, 1)))).to_be_visible()
    links = page.get_by_test_id("stCode").all_inner_texts()
    assert len(links) == 2, links
    with_salary, without = (link.strip() for link in links)
    assert with_salary.startswith(server.url + "/estimator?") and "salary=95000" in with_salary
    assert "salary=" not in without and without.startswith(server.url + "/estimator")
    shown = metrics.all_inner_texts()[:9]
    again = new_page(harness.PHONE if width == "phone" else harness.DESKTOP)
    harness.goto(again, server, with_salary.removeprefix(server.url))
    expect(again.get_by_test_id("stMetricValue").nth(4)).to_have_text(text.money(year, lang, 1))
    assert again.get_by_test_id("stMetricValue").all_inner_texts()[:9] == shown
    # On a phone nothing spills over the screen's width.
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
