"""What the estimator page should show for a profile, computed from the model
and the text formatting, and how to find its controls in the browser; for the
browser tests (tests/e2e) and the load benchmark (bench/load.py)."""

from __future__ import annotations

import math
import re

from playwright.sync_api import expect

from salary import model, params, text

PATH = "/estimator"
# The first three metrics are these fields of the estimate.
RANGE = ("low", "median", "high")
DEFAULT = model.Profile(params.YEARS.default, params.DEGREE.default, params.INDUSTRY.default, params.BANDS.default)


def url(profile: model.Profile, **extra: object) -> str:
    query = {"years": int(profile.years), "degree": profile.degree, "industry": profile.industry,
             "bands": profile.bands, **extra}
    return PATH + "?" + "&".join(f"{key}={value}" for key, value in query.items())


def expected(profile: model.Profile, lang: str, period: str = "year", salaries: int = 12,
             variable: float = params.VARIABLE.default) -> list[str]:
    """Per year the total to 100 EUR; per month the fixed part of a payslip to 10 EUR. The legal
    minimum holds for the fixed part: each payslip pays at least a month's full-time minimum wage,
    the variable share on top; an amount at or above that floor is never shown below it."""
    m = model.default_model()
    floor = m.floor / 12 * salaries / (1 - variable / 100)
    estimate = m.estimate(profile, floor)
    divisor = 1 if period == "year" else salaries / (1 - variable / 100)
    step = 100 if period == "year" else 10
    out = []
    for key in RANGE:
        value, least = getattr(estimate, key) / divisor, floor / divisor
        shown = round(value / step) * step
        if value >= least > shown:
            shown = math.ceil(least / step) * step
        out.append(text.money(shown, lang, 1))
    return out


def shown(page) -> list[str]:
    return page.get_by_test_id("stMetricValue").all_inner_texts()[:len(RANGE)]


def expect_range(page, values: list[str], timeout: float | None = None) -> None:
    metrics = page.get_by_test_id("stMetricValue")
    for i, value in enumerate(values):
        expect(metrics.nth(i)).to_have_text(value, timeout=timeout)


def slider(page, label: str):
    # Streamlit 1.67 names the range input "<label> <label>"; its group has the plain label.
    return page.get_by_role("group", name=label, exact=True).get_by_role("slider")


def years_slider(page, lang: str = text.DEFAULT_LANG):
    return slider(page, text.t("control.years", lang))


def years_in_url(years: int) -> re.Pattern:
    """The estimator's URL with these years; the default is left out of the URL."""
    if years == params.YEARS.default:
        return re.compile(rf"{PATH}(?![^#]*[?&]years=)")
    return re.compile(rf"{PATH}\?(.*&)?years={years}(&|$)")
