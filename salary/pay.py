"""Pay as shown: fixed and variable, per year or payslip month, the legal minimum on fixed pay, one rounding."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from salary.checks import check_choice, check_number, shown_value

if TYPE_CHECKING:
    from salary.model import Estimate, Model, Profile

# Shown amounts are rounded to this many EUR: the model is not more precise than that.
STEP = {"year": 100, "month": 10}
MONTHS = 12  # the year's full-time minimum is owed month by month: a twelfth each month
# The variable share the floor allows: some of pay must be fixed.
MAX_VARIABLE_SHARE = 0.9


@dataclass(frozen=True, slots=True)
class PaySplit:
    """A total at target split into fixed and variable pay, and what is paid at an attainment.

        pay_split(80_000, 0.2, 1.1).paid == 81_600
    """

    fixed: float
    variable: float  # at 100 % target
    paid: float  # fixed + variable x attainment


def pay_split(total: float, variable_share: float, attainment: float) -> PaySplit:
    """Split a total at target into fixed and variable pay.

    The model reads the article's figures as totals at 100 % target (fixed +
    variable); variable_share and attainment are fractions (0.2, 1.1)."""
    check_number("variable_share", variable_share, 0, 1)
    check_number("attainment", attainment, 0, 10)
    variable = total * variable_share
    fixed = total - variable
    return PaySplit(fixed, variable, fixed + variable * attainment)


def period_divisor(period: str, salaries: int, variable_share: float = 0.0) -> float:
    """What a yearly total is divided by to show it per period: 1 per year; per
    month, as a payslip shows it (the fixed part, 1 - variable_share of the
    total, over the number of salaries), salaries / (1 - variable_share)."""
    check_choice("period", period, ("year", "month"))
    if salaries not in (12, 13):
        raise ValueError(f"salaries: {shown_value(salaries)} is not allowed; allowed: 12, 13")
    if period == "year":
        return 1.0
    return salaries / pay_split(1.0, variable_share, 1.0).fixed


def per_period(yearly: float, period: str, salaries: int, variable_share: float = 0.0) -> float:
    """A yearly total per year, or per month as a payslip shows it (see period_divisor)."""
    return yearly / period_divisor(period, salaries, variable_share)


def to_yearly(amount: float, period: str, salaries: int, variable_share: float = 0.0) -> float:
    """An amount given in the period shown, as a yearly total (per_period's inverse)."""
    return amount * period_divisor(period, salaries, variable_share)


def rounded(value: float, period: str, least: float = 0.0) -> float:
    """An amount already in its period as shown: to 100 EUR a year or 10 EUR a
    month (STEP). An amount at or above `least` (the legal minimum in that
    period) is never shown below it: there it is rounded up."""
    step = STEP[check_choice("period", period, tuple(STEP))]
    shown = round(value / step) * step
    if value >= least > shown:
        shown = math.ceil(least / step) * step
    return float(shown)


def shown_divided(yearly: float, divisor: float = 1.0, floor: float = 0.0) -> float:
    """A yearly total as the dashboard shows it, divided by `divisor` (1: per year;
    else per month, period_divisor's divisor) and rounded (rounded); at or above
    `floor` (EUR a year, an estimate's floor) never shown below it. Every amount
    from the model that a person reads goes through here."""
    return rounded(yearly / divisor, "year" if divisor == 1 else "month", floor / divisor)


def shown_amount(yearly: float, period: str, salaries: int, variable_share: float = 0.0,
                 floor: float = 0.0) -> float:
    """A yearly total as the dashboard shows it in a period (see shown_divided)."""
    return shown_divided(yearly, period_divisor(period, salaries, variable_share), floor)


def monthly_minimum(m: Model) -> float:
    """The least fixed pay of a regular month: a month's full-time pay at the
    minimum wage in force (the model's floor a year / 12: 13.90 EUR x 40 h x
    52 weeks / 12 = 2,409 EUR in 2026)."""
    return m.floor / MONTHS


def total_floor(m: Model, variable_share: float = 0.0, salaries: int = 12) -> float:
    """The least total pay a year (at 100 % target) whose fixed part pays the
    legal minimum: each of the `salaries` regular payslips pays at least the
    monthly minimum (a 13th salary does not make up for a month paid below it),
    and the variable share comes on top: monthly minimum x salaries / (1 - share).
    With 12 salaries, the year's floor / (1 - variable_share)."""
    check_number("variable_share", variable_share, 0, MAX_VARIABLE_SHARE)
    if salaries not in (12, 13):
        raise ValueError(f"salaries: {shown_value(salaries)} is not allowed; allowed: 12, 13")
    return monthly_minimum(m) * salaries / (1 - variable_share)


def estimate(m: Model, profile: Profile, variable_share: float = 0.0, salaries: int = 12) -> Estimate:
    """The profile's range as total pay a year, nothing below total_floor: the
    legal minimum holds for the fixed part of pay, per year and per payslip."""
    return m.estimate(profile, total_floor(m, variable_share, salaries))


def at_floor(e: Estimate) -> tuple[bool, bool, bool]:
    """Whether the low, the median and the high are the estimate's floor (the
    log-normal put them below it, and they were lifted to it)."""
    return tuple(value <= e.floor for value in (e.low, e.median, e.high))
