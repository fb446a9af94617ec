"""The estimator's result as one record (profile, range, percentile,
comparison, pay split, sources) and its CSV and JSON downloads, with the
amounts rounded exactly as the page shows them."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field

from salary import net, pay
from salary.datafiles import FiguresError
from salary.model import RANGE, Estimate, Model, difference
from salary.pay import pay_split, shown_amount
from salary.state import EstimatorState


@dataclass(frozen=True)
class Request:
    """Everything the estimator page was asked for."""

    estimate1: Estimate  # profile 1
    estimate2: Estimate  # profile 2
    salary: float | None = None
    variable: float = 20  # percent
    attainment: float = 100  # percent
    period: str = "year"
    salaries: int = 12
    tax: net.TaxProfile = field(default_factory=net.TaxProfile)


def request(m: Model, state: EstimatorState) -> Request:
    """What the estimator is asked for: its state, every view's values whether the view is open or not.
    The legal minimum holds for the fixed part of pay: the floor follows the variable share and the salaries."""
    tax, _ = state.tax()
    return Request(state.estimate(m), state.estimate2(m), state.salary, state.variable, state.attainment,
                   state.period, state.salaries, tax)


def net_pay(r: Request) -> dict:
    """Net pay of the low, median and high, and of the typed salary if there is one: a
    year (fixed and variable at the attainment) and a regular month (the fixed salary),
    whole euros as shown; with the tax profile it was worked out for."""
    out: dict = {"inputs": asdict(r.tax), "salaries": r.salaries}
    totals = [("low", r.estimate1.low), ("median", r.estimate1.median), ("high", r.estimate1.high)]
    if r.salary is not None:
        totals.append(("salary", r.salary))  # the typed salary's net, under the same inputs
    try:
        for name, total in totals:
            both = net.year_and_month(total, r.tax, r.variable / 100, r.attainment / 100, r.salaries)
            out[name] = {period: {k: round(v) for k, v in asdict(n).items()}
                         for period, n in (("year", both.year), ("month", both.month))}
    except FiguresError as exc:
        out["error"] = str(exc)
    return out


def build(r: Request) -> dict:
    """The estimate as one record, amounts rounded exactly as the page shows them: the
    source, the profile and its range, the typed salary, the comparison, the pay split,
    net pay, the steps and the figures they rest on.

        to_json(build(request(m, state)))
    """
    # Per month, amounts are the fixed pay of a payslip; the variable part is paid once a year.
    share = r.variable / 100 if r.period == "month" else 0.0

    def amount(yearly: float, floor: float = 0.0) -> float:
        return shown_amount(yearly, r.period, r.salaries, share, floor)

    def yearly(value: float) -> float:
        return shown_amount(value, "year", 12)

    def profile(e: Estimate) -> dict:
        p = e.profile
        return {"years": p.years, "degree": p.degree, "industry": p.industry, "bands": p.bands,
                "industry_reading": p.industry_reading}

    def span(e: Estimate) -> dict:
        return {"low": amount(e.low, e.floor), "median": amount(e.median, e.floor), "high": amount(e.high, e.floor)}

    diff_eur, diff_pct = difference(r.estimate1, r.estimate2)
    split = pay_split(r.estimate1.median, r.variable / 100, r.attainment / 100)
    sources = []
    for step in r.estimate1.steps():
        for dim, key in step.sources:
            row = r.estimate1.model.figure(dim, key)
            entry = {"step": step.id, "dimension": dim, "key": key, "kind": row["kind"], "low": row["low"],
                     "high": None if row["kind"] != "band" else row["high"], "section": row["section"]}
            sources.append(entry)
    m = r.estimate1.model
    wage = m.minimum_wage_row or {}
    return {
        "source": {**m.article, "read_on": str(m.article.get("read_on", ""))},
        "currency": "EUR",
        "period": r.period,
        "salaries": r.salaries,
        "amounts": "total pay per year" if r.period == "year" else "fixed pay per month",
        "variable_at_target_per_year": None if r.period == "year" else {
            k: yearly(pay_split(v, share, 1).variable) for k, v in
            (("low", r.estimate1.low), ("median", r.estimate1.median), ("high", r.estimate1.high))},
        "floor": {"per_year": round(m.floor, 2), "fixed_per_month": round(pay.monthly_minimum(m), 2),
                  "least_total_per_year": round(r.estimate1.floor, 2), "eur_per_hour": wage.get("eur_per_hour"),
                  "valid_from": str(wage["valid_from"]) if wage else None, "source": wage.get("source")},
        "percentiles": {"low": RANGE[0] * 100, "median": RANGE[1] * 100, "high": RANGE[2] * 100},
        "profile": profile(r.estimate1),
        "range": span(r.estimate1),
        "salary": None if r.salary is None else {
            "value": amount(r.salary), "percentile": round(r.estimate1.percentile_of(r.salary), 1)},
        "comparison": {"profile": profile(r.estimate2), "range": span(r.estimate2),
                       "median_difference": amount(diff_eur),
                       "median_difference_percent": round(diff_pct, 1)},
        "pay_split": {"variable_percent": r.variable, "attainment_percent": r.attainment,
                      "fixed": shown_amount(split.fixed, r.period, r.salaries),
                      "variable_at_target_per_year": yearly(split.variable), "paid_per_year": yearly(split.paid)},
        "net_pay": net_pay(r),
        "steps": [{"step": s.id, "amount": amount(s.amount)} for s in r.estimate1.steps()],
        "sources": sources,
    }


def to_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def _flatten(prefix: str, value, rows: list) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else k, v, rows)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _flatten(f"{prefix}.{i}", v, rows)
    else:
        rows.append((prefix, "" if value is None else value))


def to_csv(record: dict) -> str:
    """One row a value: field (dotted path) and value."""
    rows: list = []
    _flatten("", record, rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("field", "value"))
    writer.writerows(rows)
    return out.getvalue()
