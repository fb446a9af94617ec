"""What the pages should show, worked out here from the data files, the law and salary.model /
salary.net (not from the page code): the page titles, the estimator's three amounts, its net
pay metrics, and the words of the other language found on a page."""

import math

from babel import Locale

from salary import net, text
from salary.model import Profile, estimate
from salary.net import TaxProfile
from tests.conftest import floor_today, metric_values, only_in, shown_strings, words

TITLE = {"overview": "overview.title", "experience": "experience.title", "degree": "degree.title",
         "industry": "industry.title", "sources": "sources.title", "estimator": "estimator.title",
         "methodology": "method.title"}
# The article's figures as printed: the overall average and the six industries.
AVERAGE = 61_000
ARTICLE_INDUSTRIES = {"semiconductors": 60_200, "software": 59_600, "pharma": 58_900, "advertising": 36_800,
                      "tourism": 36_400, "hospitality": 35_300}
CHARTS = {"overview": 1, "experience": 1, "degree": 1, "industry": 1, "sources": 1, "estimator": 1, "methodology": 0}


def least_total(salaries: int = 12, variable: float = 20) -> float:
    """The least total pay a year: each of the salaries' fixed part at least a month's full-time pay at
    today's minimum wage (the year's over 12 months), the variable share on top."""
    return floor_today() / 12 * salaries / (1 - variable / 100)


def shown(yearly: float, period: str = "year", salaries: int = 12, variable: float = 20,
          least: float | None = None) -> float:
    """A yearly total as the page should show it: per year to 100 EUR; per month the fixed part
    (total less the variable share) over the salaries, to 10 EUR; at or above `least` (a yearly
    total) never below it."""
    step, divisor = (100, 1) if period == "year" else (10, salaries / (1 - variable / 100))
    rounded = round(yearly / divisor / step) * step
    if least is not None and yearly >= least - 1e-6 and rounded < least / divisor:
        rounded = math.ceil(least / divisor / step) * step
    return rounded


def expected_metrics(p: Profile, lang: str = "de", period: str = "year", salaries: int = 12,
                     variable: float = 20) -> list[str]:
    """The estimator's low, median and high for profile `p`, none below the least total."""
    e, least = estimate(p), least_total(salaries, variable)
    return [text.money(shown(max(v, least), period, salaries, variable, least), lang, 1)
            for v in (e.low, e.median, e.high)]


def expected_net(tax: TaxProfile, lang: str, years: int = 5, variable: int = 20, attainment: int = 100,
                 salaries: int = 12) -> list[str]:
    """The six net metrics (per month, per year for low, median, high) from salary.net."""
    e = estimate(Profile(years))
    out = []
    for total in (e.low, e.median, e.high):
        both = net.year_and_month(total, tax, variable / 100, attainment / 100, salaries)
        out += [text.money(both.month.net, lang, 1), text.money(both.year.net, lang, 1)]
    return out


def net_metrics(at) -> list[str]:
    """The net pay view's six metrics (after the range's three)."""
    return metric_values(at)[3:9]


def separators(lang: str) -> str:
    """Decimal point and thousands separator of the language, from CLDR (Babel), as plotly wants them."""
    symbols = Locale.parse(lang).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def wrong_words(at, lang: str) -> set[str]:
    """The words on the page that only the other language uses."""
    other = next(x for x in text.LANGS if x != lang)
    return words(shown_strings(at)) & only_in(other)
