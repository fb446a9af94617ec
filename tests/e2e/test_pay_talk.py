"""Three people prepare a pay talk in a real browser: a pharma KAM on a phone
in German, an HR partner on a desktop in English, a student weighing a
master's. What each should see is computed from the model and the data."""

from __future__ import annotations

import math
import re
from statistics import NormalDist

import pytest
from playwright.sync_api import expect

from bench import harness
from salary import datafiles, text
from salary.model import Profile, estimate

pytestmark = pytest.mark.browser


def _metric(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def _idle_after(page, action) -> None:
    action()
    harness.wait_idle(page)


def test_pharma_kam_on_a_phone_in_german(new_page, server):
    page = new_page(harness.PHONE)
    harness.goto(page, server, "")
    page.get_by_role("link", name=text.t("overview.cta", "de")).click()
    expect(page.locator("[data-testid='stMain'] h1")).to_have_text(text.t("estimator.title", "de"))
    harness.wait_idle(page)
    # Eight years, set exactly with the stepper; pharma.
    stepper = page.get_by_label(text.t("control.years_exact", "de"))
    _idle_after(page, lambda: (stepper.fill("8"), stepper.press("Enter")))
    industry = page.get_by_test_id("stSelectbox").filter(has_text=text.t("control.industry", "de"))
    industry.click()
    _idle_after(page, lambda: page.get_by_role("option", name=datafiles.row(
        datafiles.load_figures(), "industry", "pharma")["label_de"]).click())
    e = estimate(Profile(8, "bachelor", "pharma"))
    median = _metric(page, text.t("metric.median", "de"))
    expect(median).to_have_text(text.money(e.median, "de"))
    box = median.bounding_box()
    assert box is not None and box["y"] + box["height"] <= harness.PHONE["height"], box  # on the first screen
    # 82.000 typed the German way: the percentile of 82,000.
    field = page.get_by_role("textbox", name=text.t("stand.input.year", "de"))
    _idle_after(page, lambda: (field.fill("82.000"), field.press("Enter")))
    expect(field).to_have_value("82.000\xa0€")
    share = NormalDist(e.mu, e.sigma).cdf(math.log(82000)) * 100
    expect(page.get_by_text(re.compile("^Modellschätzung: 82.000"))).to_contain_text(text.percent(share, "de"))
    # Compare right after changing profile 1 shows no difference.
    _idle_after(page, lambda: page.get_by_role("radio", name=text.t("view.compare", "de"), exact=True).click())
    expect(_metric(page, text.t("compare.diff_pct", "de"))).to_have_text(re.compile(r"^\+?0,0\xa0%$"))


def test_hr_partner_on_a_desktop_in_english(new_page, server):
    page = new_page()
    harness.goto(page, server, "estimator?lang=en&years=6&period=month&salaries=12")
    field = page.get_by_role("textbox", name=text.t("stand.input.month", "en"))
    _idle_after(page, lambda: (field.fill("6,300"), field.press("Enter")))
    expect(page.get_by_text("Understood: €6,300 per month.")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"salary={round(6300 * 12 / 0.8)}(&|$)"))
    e = estimate(Profile(6))
    share = NormalDist(e.mu, e.sigma).cdf(math.log(6300 * 12 / 0.8)) * 100
    expect(page.get_by_text(re.compile("^Model estimate: €6,300"))).to_contain_text(text.percent(share, "en"))
    # The source, ready to cite.
    harness.goto(page, server, "methodology?lang=en")
    article = datafiles.load_article()
    expect(page.get_by_text(re.compile("^Cite as: Karrierebibel"))).to_contain_text(article["url"])


def test_student_weighing_a_masters_in_german(new_page, server):
    page = new_page()
    harness.goto(page, server, "degree")
    expect(page.get_by_text(re.compile("beim Einstieg"))).to_be_visible()
    harness.goto(page, server, "estimator?years=2&view=compare")
    _idle_after(page, lambda: page.get_by_role("button", name=text.t("compare.master_question", "de")).click())
    master, bachelor = estimate(Profile(2, "master")), estimate(Profile(4, "bachelor"))
    expect(_metric(page, text.t("compare.diff", "de").split(" (")[0])).to_have_text(
        text.signed_money(bachelor.median - master.median, "de"))
    expect(page.get_by_test_id("stPlotlyChart").get_by_text("Profil 1: 2 J., Master", exact=True)).to_be_attached()
