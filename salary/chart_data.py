"""Every chart's numbers as a table and a short summary in words, for readers
who cannot see the chart (screen readers) or want the exact figures.

Each function takes the same arguments as its chart in salary.charts and
returns a ChartData: the table has one row per bar, point or step of the
chart, its cells written as the chart's hover text writes them, and the
summary is generated from the same data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from salary import range_text, reading, text
from salary import sources as src
from salary.model import Estimate, Model, career_path
from salary.net import NetPay

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class ChartData:
    table: pd.DataFrame
    summary: str


HEADERS = {"median": "metric.median"}  # the others are "chart.column.<name>"


def _frame(columns: dict[str, list], lang: str) -> pd.DataFrame:
    """A table with its column headers in `lang`."""
    import pandas as pd

    return pd.DataFrame({text.t(HEADERS.get(name, "chart.column." + name), lang): cells
                         for name, cells in columns.items()})


def _figures_table(rows: list[dict], lang: str, *, group: bool = True, divisor: float = 1.0) -> pd.DataFrame:
    """Narrow enough for a phone: the article section gets a column only when the
    figures come from more than one (else the caption below the chart names it)."""
    columns = {"dimension": [text.t("dim." + r["dimension"], lang) for r in rows]} if group else {}
    columns |= {"label": [r["label_" + lang] for r in rows],
                "value": [text.describe(r, lang, divisor) for r in rows]}
    if len({r["section"] for r in rows}) > 1:
        columns["source"] = [r["section"] for r in rows]
    return _frame(columns, lang)


def _span(rows: list[dict], lang: str) -> dict[str, str]:
    """The lowest and the highest amount among these figures, with their labels."""
    low = min(rows, key=lambda r: r["low"])
    high = max(rows, key=lambda r: r["high"] if r["kind"] == "band" else r["low"])
    top = high["high"] if high["kind"] == "band" else high["low"]
    return {"low": text.money(low["low"], lang), "low_label": low["label_" + lang],
            "high": text.money(top, lang), "high_label": high["label_" + lang]}


def overview_chart(m: Model, lang: str) -> ChartData:
    rows = m.rows("overall", "level", "degree", "years", "industry")
    return ChartData(_figures_table(rows, lang),
                     text.t("chart.summary.figures", lang, count=len(rows), **_span(rows, lang)))


def experience_chart(m: Model, lang: str) -> ChartData:
    rows = m.rows("level", "years")
    lines = {r["key"]: text.money(r["low"], lang) for r in m.rows("overall")}
    summary = text.t("chart.summary.figures", lang, count=len(rows), **_span(rows, lang)) + " " + text.t(
        "chart.summary.lines", lang, entry=lines["entry"], average=lines["average"], top=lines["top"])
    return ChartData(_figures_table(rows, lang), summary)


def degree_chart(m: Model, lang: str) -> ChartData:
    rows = m.rows("degree")
    eur, pct = m.degree_premium()
    by_key = {r["key"]: r for r in rows}
    summary = text.t("chart.summary.degree", lang, bachelor=text.money(by_key["bachelor"]["low"], lang),
                     master=text.money(by_key["master"]["low"], lang), premium=text.money(eur, lang),
                     percent=text.percent(pct, lang, 1))
    return ChartData(_figures_table(rows, lang, group=False), summary)


def industry_chart(m: Model, lang: str) -> ChartData:
    rows = sorted(m.rows("industry"), key=lambda r: -r["low"])
    average = m.average
    summary = text.t("chart.summary.industry", lang, top_label=rows[0]["label_" + lang],
                     top=text.money(rows[0]["low"], lang), bottom_label=rows[-1]["label_" + lang],
                     bottom=text.money(rows[-1]["low"], lang), above=sum(r["low"] > average for r in rows),
                     count=len(rows), average=text.money(average, lang))
    return ChartData(_figures_table(rows, lang, group=False), summary)


def range_chart(m: Model, ranges: Sequence[tuple[str, Estimate]], lang: str, *,
                title: str, divisor: float = 1.0, salary: float | None = None, bands: bool = True) -> ChartData:
    labels, spans, medians, sources = [], [], [], []
    if bands:
        for r in m.rows("level"):
            labels.append(r["label_" + lang])
            spans.append(text.describe(r, lang, divisor))
            medians.append("")
            sources.append(r["section"])
    parts = []
    for label, e in ranges:
        labels.append(label)
        spans.append(range_text.range_span(e, lang, divisor))
        medians.append(text.shown(e.median, lang, divisor, e.floor))
        sources.append(text.t("hover.model", lang))
        parts.append(range_text.range_summary(label, e, lang, divisor))
    summary = " ".join(parts)
    if salary is not None:
        summary += " " + text.t("chart.summary.salary", lang, salary=text.shown(salary, lang, divisor))
    table = _frame({"label": labels, "range": spans, "median": medians, "source": sources}, lang)
    return ChartData(table, summary)


def career_chart(e: Estimate, lang: str, *, divisor: float = 1.0, salary: float | None = None) -> ChartData:
    path, years = career_path(e.model, e.profile, floor=e.floor), e.profile.years
    x = path["years"].tolist()
    shown = lambda v: text.shown(v, lang, divisor, e.floor)
    low, median, high = ([shown(v) for v in path[c]] for c in ("low", "median", "high"))
    table = _frame({"years": [text.number(y, lang) for y in x],
                    "range": [f"{lo} – {hi}" for lo, hi in zip(low, high)], "median": median}, lang)
    now = min(range(len(x)), key=lambda i: abs(x[i] - years))
    own = None if now in (0, len(x) - 1) else (years, median[now])  # the first and last year are said already
    summary = range_text.career_summary(median[0], median[-1], x[-1], own, lang)
    if salary is not None:
        summary += " " + text.t("chart.summary.salary_point", lang, salary=text.shown(salary, lang, divisor))
    return ChartData(table, summary)


def waterfall_chart(e: Estimate, lang: str, *, divisor: float = 1.0) -> ChartData:
    steps = e.steps()
    shown = [text.shown(steps[0].amount, lang, divisor, e.floor)] + [text.signed_shown(s.amount, lang, divisor)
                                                                 for s in steps[1:]]
    total = text.shown(steps[-1].median_after, lang, divisor, e.floor)
    table = _frame({"step": [text.t("step." + s.id, lang) for s in steps] + [text.t("step.total", lang)],
                    "amount": shown + [total]}, lang)
    changes = "; ".join(f"{text.t('step.' + s.id, lang)} {a}" for s, a in zip(steps[1:], shown[1:]))
    summary = text.t("chart.summary.waterfall", lang, base=shown[0], changes=changes, total=total)
    return ChartData(table, summary)


def sources_chart(sources: pd.DataFrame, m: Model, lang: str, you: Estimate | None = None) -> ChartData:
    rows = [r for g in src.groups(sources) for r in g]
    labels = [reading.label(r, lang) for r in rows]
    measures = [reading.measure(r, lang) for r in rows]
    amounts = [reading.per_year(r, lang) for r in rows]
    if you is not None:
        labels.insert(0, text.t("sources.you", lang))
        measures.insert(0, text.t("chart.column.range", lang))
        amounts.insert(0, range_text.range_span(you, lang))
    # Every amount the chart draws: each figure, and the upper end of each range.
    drawn = [(src.per_year(r), r) for r in rows] + [(src.per_year(r, "high"), r) for r in rows
                                                     if r["measure"] in src.RANGES]
    (low, low_row), (high, high_row) = min(drawn, key=lambda d: d[0]), max(drawn, key=lambda d: d[0])
    average = m.average
    summary = text.t("chart.summary.sources", lang, count=len(rows), low=text.money(low, lang),
                     low_label=reading.label(low_row, lang), high=text.money(high, lang),
                     high_label=reading.label(high_row, lang), average=text.money(average, lang))
    if you is not None:
        summary += " " + range_text.range_summary(text.t("sources.you", lang), you, lang)
    table = _frame({"label": labels, "measure": measures, "per_year": amounts}, lang)
    return ChartData(table, summary)


def net_chart(year: NetPay, month: NetPay, lang: str) -> ChartData:
    parts = [(p, v, getattr(month, p)) for p, v in year.parts()]
    total = year.gross + year.car_benefit
    share = lambda v: text.percent(v / total * 100 if total else 0, lang, 1)
    table = _frame({"label": [text.t("net.part." + p, lang) for p, _, _ in parts],
                    "per_year": [text.money(v, lang, 1) for _, v, _ in parts],
                    "per_month": [text.money(mv, lang, 1) for _, _, mv in parts],
                    "share": [share(v) for _, v, _ in parts]}, lang)
    summary = text.t("chart.summary.net", lang, gross=text.money(year.gross, lang, 1),
                     net=text.money(year.net, lang, 1), share=share(year.net),
                     deductions=text.money(year.gross - year.net, lang, 1))
    return ChartData(table, summary)

