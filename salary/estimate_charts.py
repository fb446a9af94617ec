"""Charts of the estimator: a profile's range (or two) beside the article's level
bands, the career path over the years, how the median is built step by step, and
where a year's gross goes in net pay."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

import plotly.graph_objects as go

from salary import range_text, text
from salary.chart_layout import HOVER, figure, line_label, reference_line
from salary.chart_theme import COLOURS, INK, NET_COLOURS, NO_OUTLINE
from salary.figure_charts import figure_traces
from salary.model import Estimate, Model, career_path
from salary.net import NetPay


def range_chart(m: Model, ranges: Sequence[tuple[str, Estimate]], lang: str, *,
                title: str, divisor: float = 1.0, salary: float | None = None, bands: bool = True) -> go.Figure:
    """Each estimate's low-high range with its median, beside the article's level bands."""
    traces, rows = [], []
    if bands:
        levels = m.rows("level")
        traces += figure_traces(levels, lang, COLOURS["level"], text.t("dim.level", lang), divisor=divisor,
                                legend=False)
        rows = [r["label_" + lang] for r in levels]
    for i, (label, e) in enumerate(ranges):
        low, median, high = e.low / divisor, e.median / divisor, e.high / divisor
        hover = (f"<b>{label}</b><br>{range_text.range_span(e, lang, divisor)}<br>{text.t('metric.median', lang)}: "
                 f"{text.shown(e.median, lang, divisor, e.floor)}<br>{text.t('hover.model', lang)}")
        rows.append(label)
        traces.append({"type": "bar", "y": [label], "x": [high - low], "base": [low], "orientation": "h",
                       "marker": {"color": COLOURS["you"] if i == 0 else COLOURS["second"], "line": NO_OUTLINE},
                       "customdata": [hover], "hovertemplate": HOVER, "showlegend": False})
        traces.append({"type": "scatter", "y": [label], "x": [median], "mode": "markers", "customdata": [hover],
                       "hovertemplate": HOVER, "showlegend": i == 0, "name": text.t("chart.range.median", lang),
                       "marker": {"symbol": "line-ns", "size": 24, "color": INK, "line": {"width": 3, "color": INK}}})
    entry, top = (m.figure("overall", k)["low"] for k in ("entry", "top"))
    # The article's entry and top salary, widened to every range shown (there is no ceiling).
    typed = [] if salary is None else [salary]
    low_end = min([entry, *(e.low for _, e in ranges), *typed]) / divisor * 0.9
    high_end = max([top, *(e.high for _, e in ranges), *typed]) / divisor * 1.05
    lines = []
    if salary is not None:
        shown = salary / divisor
        side = "right" if shown < (low_end + high_end) / 2 else "left"
        typed_label = line_label(text.t("chart.range.salary", lang), text.shown(salary, lang, divisor))
        lines.append(reference_line(shown, typed_label, colour=COLOURS["you"], dash="dash", width=2, side=side))
    return figure(traces, lang, title, text.t("axis.salary" if divisor == 1 else "axis.salary_month", lang), "",
                  money="x", lines=lines, rows=rows, x={"range": [low_end, high_end]}, legend=True)


def career_chart(e: Estimate, lang: str, *, divisor: float = 1.0, salary: float | None = None) -> go.Figure:
    """The range (band) and median over the years for the estimate's profile; the
    median at the person's years marked, and their own salary (yearly) apart from it."""
    path = career_path(e.model, e.profile, floor=e.floor)
    years = e.profile.years
    x = path["years"].tolist()
    low, median, high = ((path[c] / divisor).tolist() for c in ("low", "median", "high"))
    unit = text.t("axis.years", lang)
    at = lambda y: text.t("hover.years", lang, years=text.number(y, lang))
    shown = {c: [text.shown(v, lang, divisor, e.floor) for v in path[c]] for c in ("low", "median", "high")}
    band_hover = [f"{at(y)}<br>{lo} – {hi}" for y, lo, hi in zip(x, shown["low"], shown["high"])]
    median_hover = [f"{at(y)}<br>{text.t('metric.median', lang)}: {v}<br>{text.t('hover.model', lang)}"
                    for y, v in zip(x, shown["median"])]
    you = median[now := min(range(len(x)), key=lambda i: abs(x[i] - years))]
    traces = [
        {"type": "scatter", "x": x, "y": low, "mode": "lines", "line": {"width": 0}, "hoverinfo": "skip",
         "showlegend": False},
        {"type": "scatter", "x": x, "y": high, "mode": "lines", "line": {"width": 0}, "fill": "tonexty",
         "fillcolor": COLOURS["band"], "name": text.t("chart.career.band", lang),
         "customdata": band_hover, "hovertemplate": HOVER},
        {"type": "scatter", "x": x, "y": median, "mode": "lines", "line": {"color": INK, "width": 3},
         "name": text.t("chart.career.median", lang), "customdata": median_hover, "hovertemplate": HOVER},
        {"type": "scatter", "x": [years], "y": [you], "mode": "markers", "name": text.t("chart.career.you", lang),
         "marker": {"color": COLOURS["you"], "size": 14, "line": {"width": 2, "color": INK}},
         "customdata": [f"<b>{text.t('chart.career.you', lang)}</b><br>{at(years)}<br>{shown['median'][now]}"],
         "hovertemplate": HOVER},
    ]
    if salary is not None:
        name = text.t("chart.career.salary", lang)
        traces.append({"type": "scatter", "x": [years], "y": [salary / divisor], "mode": "markers", "name": name,
                       "marker": {"color": INK, "size": 13, "symbol": "diamond",
                                  "line": {"width": 2, "color": COLOURS["you"]}},
                       "customdata": [f"<b>{name}</b><br>{at(years)}<br>{text.shown(salary, lang, divisor)}"],
                       "hovertemplate": HOVER})
    return figure(traces, lang, text.t("chart.career.title", lang, years=text.number(x[-1], lang)), unit,
                  text.t("axis.salary" if divisor == 1 else "axis.salary_month", lang), money="y", height=460,
                  legend=True, x={"range": [0, max(x)]})


def waterfall_chart(e: Estimate, lang: str, *, divisor: float = 1.0) -> go.Figure:
    """Base, then each step's amount, ending at the estimate's median; top to bottom."""
    steps = e.steps()
    rows = [text.t("step." + s.id, lang) for s in steps] + [text.t("step.total", lang)]
    amounts = [s.amount / divisor for s in steps]
    total = steps[-1].median_after / divisor
    shown = [text.shown(steps[0].amount, lang, divisor, e.floor), *(text.signed_shown(s.amount, lang, divisor)
             for s in steps[1:]), text.shown(steps[-1].median_after, lang, divisor, e.floor)]
    trace = {
        "type": "waterfall", "orientation": "h", "y": rows, "x": amounts + [total],
        "measure": ["absolute"] + ["relative"] * (len(steps) - 1) + ["total"],
        "text": shown, "textposition": "outside", "customdata": shown, "hovertemplate": HOVER,
        "increasing": {"marker": {"color": COLOURS["years"]}}, "decreasing": {"marker": {"color": COLOURS["you"]}},
        "totals": {"marker": {"color": COLOURS["level"]}}, "connector": {"line": {"color": COLOURS["line"]}},
        "cliponaxis": False,
    }
    peak = max(accumulate(amounts))  # room right of the longest bar for its amount
    return figure([trace], lang, text.t("chart.waterfall.title", lang),
                  text.t("axis.salary" if divisor == 1 else "axis.salary_month", lang), "", money="x",
                  rows=rows, x={"range": [0, peak * 1.3]})


def net_chart(year: NetPay, month: NetPay, lang: str) -> go.Figure:
    """Where a year's gross goes: one bar per part (net, each tax and contribution,
    the car's benefit), amounts in the hover and beside the bars."""
    parts = [(p, v, getattr(month, p)) for p, v in year.parts()]
    total = year.gross + year.car_benefit
    rows = [text.t("net.part." + p, lang) for p, _, _ in parts]
    hover = [f"<b>{row}</b><br>" + text.t("net.hover", lang, year=text.money(v, lang, 1),
                                           month=text.money(mv, lang, 1),
                                           share=text.percent(v / total * 100 if total else 0, lang, 1))
             for row, (_, v, mv) in zip(rows, parts)]
    trace = {"type": "bar", "orientation": "h", "y": rows, "x": [v for _, v, _ in parts],
             "marker": {"color": [NET_COLOURS[p] for p, _, _ in parts], "line": NO_OUTLINE},
             "text": [text.money(v, lang, 1) for _, v, _ in parts], "textposition": "outside",
             "cliponaxis": False, "customdata": hover, "hovertemplate": HOVER}
    peak = max([v for _, v, _ in parts] + [1])
    return figure([trace], lang, text.t("net.chart.title", lang), text.t("axis.salary", lang), "", money="x",
                  rows=rows, x={"range": [0, peak * 1.3]})
