"""The estimator in Chromium: the keyboard moves the years slider, the numbers
and the URL follow, the URL reopens the same estimate in a new session, and
the language, salary and period parameters show what the model says."""

from __future__ import annotations

import dataclasses
import re

import pytest
from playwright.sync_api import expect

from bench import estimator, harness
from bench.estimator import DEFAULT, expect_range, expected
from salary import model, params, text

pytestmark = pytest.mark.browser

SALARY = 70000
FORMAT = {"de": re.compile(r"^\d{1,3}(\.\d{3})*\xa0€$"), "en": re.compile(r"^€\d{1,3}(,\d{3})*$")}


def test_keyboard_moves_years_and_the_url_keeps_it(new_page, server):
    page = new_page()
    harness.goto(page, server, estimator.PATH)
    expect_range(page, expected(DEFAULT, "de"))

    years = estimator.years_slider(page)
    expect(years).to_have_value(str(int(DEFAULT.years)))
    years.focus()
    years.press("ArrowRight")

    moved = dataclasses.replace(DEFAULT, years=DEFAULT.years + 1)
    assert expected(moved, "de") != expected(DEFAULT, "de")  # else the test could not tell
    expect_range(page, expected(moved, "de"))
    expect(page).to_have_url(estimator.years_in_url(int(moved.years)))

    again = new_page()
    harness.goto(again, server, page.url.removeprefix(server.url))
    expect(estimator.years_slider(again)).to_have_value(str(int(moved.years)))
    expect_range(again, estimator.shown(page))
    assert estimator.shown(again) == expected(moved, "de")


@pytest.mark.parametrize("lang", text.LANGS)
def test_language_and_salary(new_page, server, lang):
    page = new_page()
    harness.goto(page, server, f"{estimator.PATH}?lang={lang}&salary={SALARY}")
    t = lambda key: text.t(key, lang)

    expect(page.locator("[data-testid='stMain'] h1")).to_have_text(t("estimator.title"))
    labels = page.get_by_test_id("stMetricLabel")
    for i, key in enumerate(estimator.RANGE):
        expect(labels.nth(i)).to_have_text(t(f"metric.{key}"))
    values = expected(DEFAULT, lang)
    expect_range(page, values)
    assert all(FORMAT[lang].match(value) for value in values), values

    # The controls, found by role and translated name: the default view's first.
    expect(estimator.slider(page, t("control.years"))).to_have_count(1)
    for role, key in (("textbox", "stand.input.year"), ("radiogroup", "control.period"),
                      ("radio", "period.year"), ("radio", "period.month")):
        expect(page.get_by_role(role, name=t(key), exact=True)).to_have_count(1)
    # Salaries a year are asked for only with monthly amounts.
    expect(page.get_by_role("radiogroup", name=t("control.salaries"), exact=True)).to_have_count(0)
    expect(page.get_by_role("textbox", name=t("stand.input.year"), exact=True)).to_have_value(
        text.money(SALARY, lang, 1))
    sentence = text.verdict(model.estimate(DEFAULT), SALARY, lang)
    expect(page.get_by_test_id("stMarkdownContainer").filter(has_text=sentence)).not_to_have_count(0)

    # The other views open with a click, keep the link and show their own controls.
    views = page.get_by_role("radiogroup", name=t("control.view"), exact=True)
    views.get_by_role("radio", name=t("view.compare"), exact=True).click()
    expect(estimator.slider(page, t("control.years2"))).to_have_count(1)
    for key in ("control.degree2", "control.industry2"):
        expect(page.get_by_role("combobox", name=t(key), exact=True)).to_have_count(1)
    expect(page).to_have_url(re.compile(r"[?&]view=compare(&|$)"))
    views.get_by_role("radio", name=t("view.split"), exact=True).click()
    for key in ("control.variable", "control.attainment"):
        expect(estimator.slider(page, t(key))).to_have_count(1)
    split = model.pay_split(model.estimate(DEFAULT).median, params.VARIABLE.default / 100,
                            params.ATTAINMENT.default / 100)
    metrics = page.get_by_test_id("stMetricValue")
    for i, amount in enumerate((split.fixed, split.variable, split.paid)):
        expect(metrics.nth(len(estimator.RANGE) + i)).to_have_text(text.amount(amount, lang))
    expect(page).to_have_url(re.compile(rf"[?&]salary={SALARY}(&|$)"))  # a closed view keeps its parameter
    harness.wait_idle(page)


def test_period_month_with_13_salaries(new_page, server):
    lang = "en"
    page = new_page()
    harness.goto(page, server, f"{estimator.PATH}?lang={lang}&period=month&salaries=13")
    expect_range(page, expected(DEFAULT, lang, "month", 13))
    expect(page.get_by_text(re.compile("^Fixed pay per month with 13 salaries"))).to_be_visible()
    salaries = page.get_by_role("radiogroup", name=text.t("control.salaries", lang), exact=True)
    expect(salaries.get_by_role("radio", name="13", exact=True)).to_be_checked()
