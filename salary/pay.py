"""Pay as the dashboard shows it: fixed and variable, per year or per payslip month, rounded as shown."""

from __future__ import annotations

from dataclasses import dataclass

from salary.checks import check_choice, check_number, shown_value


@dataclass(frozen=True, slots=True)
class PaySplit:
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


def shown_amount(yearly: float, period: str, salaries: int, variable_share: float = 0.0) -> float:
    """An amount as the dashboard shows it: per period, rounded to 100 EUR a
    year or 10 EUR a month (the model is not more precise than that)."""
    value = per_period(yearly, period, salaries, variable_share)
    step = 100 if period == "year" else 10
    return float(round(value / step) * step)
