"""The dashboard's words and numbers in German and English: the UI strings
(salary/strings/<lang>.toml, long prose in salary/strings/<lang>/<key>.md, read by salary/stringfiles.py),
the sentences built from the data, and the number formatting of each
language (Babel for text, plotly separators for charts)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

from salary import pay, stringfiles
from salary.pay import shown_amount

LANGS = stringfiles.LANGS
DEFAULT_LANG = "de"
LOCALE = {"de": "de_DE", "en": "en_GB"}
# Decimal point, then thousands separator, as plotly's layout.separators wants.
PLOTLY_SEPARATORS = {"de": ",.", "en": ".,"}
MONEY_FORMAT = {"de": "#,##0\xa0¤", "en": "¤#,##0"}


@lru_cache(maxsize=64)
def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALE[lang])


@lru_cache(maxsize=64)
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


# Babel parses its pattern and locale on every call; charts format hundreds of
# amounts per rerun, so parsed patterns and finished strings are cached.
@lru_cache(maxsize=8192)
def _money(rounded: float, lang: str) -> str:
    return _pattern(MONEY_FORMAT[lang]).apply(rounded, _locale(lang), currency="EUR", currency_digits=False)


def money(amount: float, lang: str, step: int = 100) -> str:
    """An amount in EUR, rounded to `step` euros: "61.000 €" / "€61,000"."""
    return _money(float(round(amount / step) * step), lang)


def shown(yearly: float, lang: str, divisor: float = 1.0, floor: float = 0.0) -> str:
    """An amount from the model (EUR a year) as every page writes it: over `divisor`
    (1 a year, else a month's divisor, pay.period_divisor), rounded by pay.shown_divided."""
    return money(pay.shown_divided(yearly, divisor, floor), lang, step=1)


def signed_shown(yearly: float, lang: str, divisor: float = 1.0) -> str:
    """A change from the model (EUR a year) as shown, with its sign."""
    value = pay.shown_divided(yearly, divisor)
    text = money(value, lang, step=1)
    return text if text.startswith("-") or value == 0 else "+" + text


def amount(yearly: float, lang: str, period: str = "year", salaries: int = 12, variable_share: float = 0.0,
           floor: float = 0.0) -> str:
    """A yearly total shown per year, or per month as the fixed monthly pay,
    rounded as the page rounds it (at or above `floor`, EUR a year, never below it)."""
    return money(shown_amount(yearly, period, salaries, variable_share, floor), lang, step=1)


def floor_parts(e, lang: str, period: str, salaries: int, variable_share: float) -> dict[str, str]:
    """The estimate's floor for a sentence: the amount as shown, the variable
    share, and the minimum wage and hours it rests on."""
    row = e.model.minimum_wage_row or {}
    return {"amount": amount(e.floor, lang, period, salaries, variable_share, e.floor),
            "share": percent(variable_share * 100, lang), "wage": _wage(row.get("eur_per_hour", 0.0), lang),
            "hours": number(e.model.assumptions["hours_per_week"], lang)}


def _wage(value: float, lang: str) -> str:
    """An hourly wage with cents: "13,90 €" / "€13.90"."""
    return _pattern(MONEY_FORMAT[lang].replace("#,##0", "#,##0.00")).apply(
        value, _locale(lang), currency="EUR", currency_digits=False)


def floor_values(m, lang: str) -> dict[str, str]:
    """The legal floor and what it is made of, formatted for a sentence."""
    row = m.minimum_wage_row or {}
    return {"floor": money(m.floor, lang, step=1), "month": money(pay.monthly_minimum(m), lang, step=1),
            "wage": _wage(row.get("eur_per_hour", 0.0), lang),
            "hours": number(m.assumptions["hours_per_week"], lang),
            "weeks": number(m.assumptions["weeks_per_year"], lang),
            "since": format_date(row["valid_from"], lang) if row else "", "law": row.get("source", ""),
            "entry": money(m.entry, lang, step=1)}


def format_date(day, lang: str) -> str:
    from babel.dates import format_date as babel_date

    return babel_date(day, format="long", locale=LOCALE[lang])


def entry_note(m, lang: str) -> str | None:
    """Why the article's entry salary is below the legal floor, if it is."""
    return t("note.entry_below_floor", lang, **floor_values(m, lang)) if m.entry_below_floor else None


def industry_factors(m, reading: str) -> dict[str, float]:
    """Each industry's effect on a median under a reading, in percent (constant over the years)."""
    from math import exp

    return {k: (exp(v) - 1) * 100 for k, v in m.industry_log[reading].items() if k != "all"}


def industry_consequence(m, lang: str, reading: str) -> str:
    """What the chosen industry reading does to an estimate (each industry's
    change to the median), and what the other reading would do and why it is
    not the default, from the data."""
    from salary.model import INDUSTRY_READINGS

    other = next(r for r in INDUSTRY_READINGS if r != reading)
    now, then = industry_factors(m, reading), industry_factors(m, other)
    label = lambda k: m.figure("industry", k)["label_" + lang]
    pct = lambda v: percent(v, lang, 1, signed=True)
    each = ", ".join(f"{label(k)} {pct(v)}" for k, v in sorted(now.items(), key=lambda kv: -kv[1]))
    top, bottom = max(then, key=then.get), min(then, key=then.get)
    return t(f"industry.consequence.{reading}", lang, reading=t(f"industry_reading.{reading}", lang),
             average=money(m.average, lang), each=each) + " " + t(
        f"industry.other.{other}", lang, other=t(f"industry_reading.{other}", lang), top=label(top),
        top_then=pct(then[top]), bottom=label(bottom), bottom_then=pct(then[bottom]))


def _degree_values(m, lang: str) -> dict[str, str]:
    bachelor, master = m.figure("degree", "bachelor")["low"], m.figure("degree", "master")["low"]
    return {"bachelor": money(bachelor, lang), "master": money(master, lang),
            "premium": money(master - bachelor, lang, 1), "factor": number(master / bachelor, lang, 2),
            "top": money(m.top, lang)}


def degree_rule(m, lang: str) -> str:
    """How the model carries the degree figures over the years (assumptions.csv, degree_premium), in a few words."""
    return t(f"default.degree_premium.{m.degree_rule}", lang, **_degree_values(m, lang))


def degree_at_entry(m, lang: str) -> str:
    """The degree page's note: the article's premium is at entry, and how the estimator carries it on."""
    return t(f"degree.at_entry.{m.degree_rule}", lang, **_degree_values(m, lang))


def method(m, lang: str) -> str:
    """The model in plain words, with the figures and assumptions it rests on filled in."""
    value = {k: money(m.figure(d, k)["low"], lang)
             for d, k in (("degree", "bachelor"), ("degree", "master"), ("overall", "average"),
                          ("overall", "entry"), ("overall", "top"), ("years", "7-10"), ("years", "over-10"))}
    value["y710"], value["over10"] = value.pop("7-10"), value.pop("over-10")
    y710, over10 = m.figure("years", "7-10"), m.figure("years", "over-10")
    value["y710_at"] = number((y710["years_from"] + y710["years_to"]) / 2, lang, 1)
    value["over10_from"] = number(over10["years_from"], lang)
    value["degree"] = t(f"method.degree.{m.degree_rule}", lang, **_degree_values(m, lang))
    return t("method.model.text", lang, plateau=number(m.curve.plateau, lang), **value, **{
        k: v for k, v in floor_values(m, lang).items() if k != "entry"})


def describe(row: dict, lang: str, divisor: float = 1.0) -> str:
    """A figure's value in words: "43.000 € – 63.000 €", "ab 24.000 €" (over `divisor`
    and rounded as the model's amounts beside it)."""
    low = shown(row["low"], lang, divisor)
    if row["kind"] == "band":
        return f"{low} – {shown(row['high'], lang, divisor)}"
    if row["kind"] == "point":
        return low
    return f"{t('kind.' + row['kind'], lang)} {low}"


def signed_amount(yearly: float, lang: str, period: str = "year", salaries: int = 12,
                  variable_share: float = 0.0) -> str:
    """A yearly difference shown per year or per month (fixed pay), with its sign."""
    return signed_shown(yearly, lang, pay.period_divisor(period, salaries, variable_share))


def signed_money(amount: float, lang: str, step: int = 100) -> str:
    text = money(amount, lang, step)
    return text if text.startswith("-") or round(amount / step) == 0 else "+" + text


@lru_cache(maxsize=8192)
def number(value: float, lang: str, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return _pattern(pattern).apply(value, _locale(lang))


def percent(value: float, lang: str, digits: int = 0, signed: bool = False) -> str:
    """value is in percent already (62 -> "62 %" / "62%")."""
    text = number(value, lang, digits)
    if signed and value > 0 and text.strip("0,.") != "":
        text = "+" + text
    return text + ("\xa0%" if lang == "de" else "%")


def money_axis(lang: str) -> dict:
    """Plotly axis settings that write EUR amounts the reader's way."""
    if lang == "de":
        return {"tickformat": ",.0f", "ticksuffix": "\xa0€"}
    return {"tickformat": ",.0f", "tickprefix": "€"}


def t(key: str, lang: str, **values: object) -> str:
    """The string `key` in `lang`, with {placeholders} filled in."""
    text = strings()[lang][key]
    return text.format(**values) if values else text


def strings() -> dict[str, dict[str, str]]:
    """Every language's strings ({lang: {key: text}}), read on first use and then once per process for each
    strings folder; StringsError (naming the file and key or line) while a file is damaged. Importing this
    module reads nothing, so a page can still show that message."""
    return _strings(os.environ.get(stringfiles.STRINGS_DIR_ENV) or "")


@lru_cache(maxsize=8)
def _strings(folder: str) -> dict[str, dict[str, str]]:
    return stringfiles.load(Path(folder) if folder else stringfiles.STRINGS_DIR)


def __getattr__(name: str):
    """text.TEXT: the strings() of the current strings folder."""
    if name == "TEXT":
        return strings()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def rate(value: float, unit: str, lang: str) -> str:
    """A value of a rates file in its unit (data/README.md), with as many decimals
    as the file writes: "0,03 %", "8.450 € pro Monat", "23"."""
    written = f"{value:g}"
    digits = len(written.split(".")[1]) if "." in written else 0
    if unit == "percent":
        return percent(value, lang, digits)
    if unit in ("EUR", "EUR/month"):
        amount = money(value, lang, 1) if digits == 0 else number(value, lang, 2) + (
            "\xa0€" if lang == "de" else " EUR")
        return amount + (t("unit.per_month", lang) if unit == "EUR/month" else "")
    return number(value, lang)


def net_method(defaults, car: dict[str, float], lang: str) -> str:
    """The net pay section of the methodology page, with the defaults of a
    salary.net.TaxProfile and the company-car rules (data/company_car.csv, key -> value) filled in."""
    share = lambda key: rate(car[key], "percent", lang)
    return t("net.method.text", lang, taxclass=t(f"taxclass.{defaults.tax_class}", lang),
             state=t("state." + defaults.state, lang), birth=defaults.birth_year,
             surcharge=percent(defaults.surcharge, lang, 1), premium=money(defaults.premium, lang, 1),
             subsidy=money(defaults.subsidy, lang, 1), private_use=share("private_use_rate"),
             commute=share("commute_rate"), hybrid=share("hybrid_share"), electric=share("electric_share"),
             electric_limit=rate(car["electric_limit"], "EUR", lang))


def markdown_table(header: list[str], rows: list[list[str]], align: str = "") -> str:
    """A Markdown table; align has one letter a column: l, r or c (default l)."""
    marks = {"l": "---", "r": "---:", "c": ":---:"}
    rule = [marks[align[i]] if i < len(align) else "---" for i in range(len(header))]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in [header, rule, *rows])


_CURRENCY = re.compile(r"(€|eur(o)?)", re.IGNORECASE)


def parse_amount(raw: str) -> float | None:
    """An amount as people type it, in German or English: "82.000", "82,000",
    "82000", "82.000 €", "€82,000", "82 000", "82.000,50". None for an empty
    field; ValueError when it is no amount."""
    cleaned = _CURRENCY.sub("", raw or "").strip()
    if not cleaned:
        return None
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", cleaned)
    if not re.fullmatch(r"\d[\d.,]*", cleaned):
        raise ValueError(raw)
    marks = [c for c in cleaned if c in ".,"]
    if len(set(marks)) == 2:  # both: the last one is the decimal mark
        decimal = cleaned[max(cleaned.rfind("."), cleaned.rfind(","))]
        whole, _, cents = cleaned.rpartition(decimal)
        groups = re.split(r"[.,]", whole)
    elif len(marks) == 1 and not re.fullmatch(r"\d+[.,]\d{3}", cleaned):  # "82,5", "6300.50"
        whole, _, cents = cleaned.replace(",", ".").partition(".")
        groups = [whole]
    else:  # "82.000", "1,250,000", "82000": thousands marks only
        groups, cents = re.split(r"[.,]", cleaned), ""
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(raw)
    if len(cents) > 2:
        raise ValueError(raw)
    return float("".join(groups) + ("." + cents if cents else ""))


# A yearly amount below this is more likely a month's pay, or thousands typed without their zeros.
DOUBTFUL_YEARLY = 10_000


def typing_question(yearly: float, lang: str) -> str | None:
    """For a yearly amount too small to be a full-time salary: the question
    whether a thousand times it was meant; else None."""
    if yearly >= DOUBTFUL_YEARLY:
        return None
    return t("stand.question", lang, amount=money(yearly, lang, 1), suggestion=money(yearly * 1000, lang, 1))


def profile_label(profile, m, lang: str) -> str:
    """A profile in a few words: "10 J., Master, Software"."""
    industry = "" if profile.industry == "all" else ", " + m.figure("industry", profile.industry)["label_" + lang]
    return t("profile.label", lang, years=number(profile.years, lang), degree=t("degree." + profile.degree, lang),
             industry=industry)


def nearest_figures(m, salary: float, lang: str, count: int = 2) -> list[str]:
    """The article's figures (band edges included) nearest to a yearly salary, written out."""
    candidates = []
    for row in m.rows(*m.dimensions):
        label = row["label_" + lang]
        if row["kind"] == "band":
            candidates += [(row["low"], t("figure.band_low", lang, label=label)),
                           (row["high"], t("figure.band_high", lang, label=label))]
        else:
            candidates.append((row["low"], label))
    nearest = sorted(candidates, key=lambda c: abs(c[0] - salary))[:count]
    return [t("figure.named", lang, amount=money(v, lang), label=label) for v, label in nearest]


def verdict(estimate, salary: float, lang: str, period: str = "year", salaries: int = 12,
            variable_share: float = 0.0) -> str:
    """Where a yearly salary stands against an estimate, as a number to negotiate
    with: the distance to the median in EUR and percent, the share of peers below,
    and the article's nearest figures."""
    m = estimate.model
    shown = amount(salary, lang, period, salaries, variable_share)
    if salary < estimate.floor:
        return t(f"stand.below.{period}", lang, salary=shown,
                 **floor_parts(estimate, lang, period, salaries, variable_share))
    gap = salary - estimate.median
    side = "at" if round(gap / 100) == 0 else "below" if gap < 0 else "above"
    sentence = t(f"stand.verdict.{side}", lang, salary=shown,
                 distance=amount(abs(gap), lang, period, salaries, variable_share),
                 percent=percent(abs(gap) / estimate.median * 100, lang, 1),
                 median=amount(estimate.median, lang, period, salaries, variable_share, estimate.floor),
                 share=percent(estimate.percentile_of(salary), lang))
    if salary > m.top:
        sentence += " " + t("stand.above", lang, top=amount(m.top, lang, period, salaries, variable_share))
    near = nearest_figures(m, salary, lang)
    return sentence + " " + t("stand.nearest", lang, first=near[0], second=near[1])


def cite(m, lang: str) -> str:
    """The article as a reader cites it: publisher, title, address, the day its figures were read."""
    a = m.article
    return t("method.cite", lang, publisher=a["publisher"], title=a["title"], url=a["url"],
             read_on=format_date(a["read_on"], lang))


def level_place(m, years: float, lang: str) -> str:
    """Which of the article's levels the model places these years in (an assumption)."""
    level = m.level_of(years)
    if level is None:
        return t("level.none", lang)
    _, low, high = next(span for span in m.level_spans if span[0] == level)
    return t("level.place", lang, level=m.figure("level", level)["label_" + lang],
             years=t("years.range", lang, low=number(low, lang), high=number(high, lang)))

