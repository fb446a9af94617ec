"""What the dashboard says about a range: its amounts, caption, the legal floor in words, chart summaries."""

from __future__ import annotations

from salary import pay, text


def career_summary(first: str, last: str, last_years: float, now: tuple[float, str] | None, lang: str) -> str:
    """The path's summary, each fact once: the median at entry and after the last
    year (or that it stays the same), then at the profile's own years (`now`: years
    and median as shown) unless those are the first or the last year."""
    if first == last:
        summary = text.t("chart.summary.career_flat", lang, first=first, last_years=text.number(last_years, lang))
    else:
        summary = text.t("chart.summary.career", lang, first=first, last=last, last_years=text.number(last_years, lang))
    if now is not None:
        summary += " " + text.t("chart.summary.career_now", lang, years=text.number(now[0], lang), now=now[1])
    return summary


def range_span(e, lang: str, divisor: float = 1.0) -> str:
    """An estimate's range in a chart's table and hover: "53.500 € – 82.400 €";
    where the whole range is the floor, the minimum wage named instead of a band."""
    low = text.shown(e.low, lang, divisor, e.floor)
    if pay.at_floor(e)[2]:
        return text.t("chart.range.floor", lang, amount=low)
    return f"{low} – {text.shown(e.high, lang, divisor, e.floor)}"


def range_summary(label: str, e, lang: str, divisor: float = 1.0) -> str:
    """One estimate in a chart's summary: its range and median, or that it is the legal minimum."""
    if pay.at_floor(e)[2]:
        amount = text.shown(e.median, lang, divisor, e.floor)
        return text.t("chart.summary.range_floor", lang, label=label, amount=amount)
    low, median, high = (text.shown(v, lang, divisor, e.floor) for v in (e.low, e.median, e.high))
    return text.t("chart.summary.range", lang, label=label, low=low, high=high, median=median)


def range_amounts(e, lang: str, period: str = "year", salaries: int = 12,
                  variable_share: float = 0.0) -> tuple[str, str, str]:
    """An estimate's low, median and high as the estimator shows them."""
    return tuple(text.amount(v, lang, period, salaries, variable_share, e.floor) for v in (e.low, e.median, e.high))


def floor_range(e, lang: str, period: str = "year", salaries: int = 12, variable_share: float = 0.0) -> str | None:
    """Where an estimate's whole range is the floor: in plain words, that the
    article's figures fall below the legal minimum for this profile and that the
    range is that minimum (not a band); else None."""
    if not pay.at_floor(e)[2]:
        return None
    return text.t(f"floor.range.{period}", lang, **text.floor_parts(e, lang, period, salaries, variable_share))


def range_caption(e, lang: str, period: str = "year", salaries: int = 12, variable_share: float = 0.0) -> str:
    """What the estimator's three amounts are: per year total pay, per month the
    payslip's fixed pay with the variable part a year; where the low is the
    legal floor, that it is (not that a quarter earn less)."""
    floor = text.floor_parts(e, lang, period, salaries, variable_share)
    low_at_floor, _, all_at_floor = pay.at_floor(e)
    variable = [text.money(pay.shown_amount(pay.pay_split(v, variable_share, 1).variable, "year", 12), lang, 1)
                for v in (e.low, e.median, e.high)]
    if all_at_floor:  # floor_range says the rest; no quarters, no three equal amounts
        key = "estimator.per_year.all_floor" if period == "year" else "estimator.per_month.all_floor"
        return text.t(key, lang, salaries=salaries, variable=variable[1], **floor)
    if period == "year":
        return text.t("estimator.per_year.floor", lang, **floor) if low_at_floor else text.t("estimator.per_year", lang)
    caption = text.t("estimator.per_month", lang, salaries=salaries, variable=text.percent(variable_share * 100, lang),
                low=variable[0], median=variable[1], high=variable[2])
    if low_at_floor:
        caption += " " + text.t("estimator.low_floor", lang, **floor)
    return caption


def net_basis(e, lang: str, salaries: int, variable: float, attainment: float) -> str:
    """What the net pay view's gross amounts are, at the median: the payslip's fixed
    pay a month and the year's pay at the attainment, rounded as everywhere else."""
    split = pay.pay_split(e.median, variable / 100, attainment / 100)
    return text.t("net.basis", lang, fixed=text.amount(e.median, lang, "month", salaries, variable / 100, e.floor),
             salaries=salaries, variable=text.percent(variable, lang), attainment=text.percent(attainment, lang),
             paid=text.amount(split.paid, lang))
