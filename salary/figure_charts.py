"""Charts of the article's figures (every figure on one axis, experience, degree,
industry) and of other published sources beside them; one function a chart,
each taking the model (and the sources) and the reader's language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import plotly.graph_objects as go

from salary import reading, text
from salary import sources as src
from salary.chart_layout import HOVER, figure, line_label, reference_line, wrap
from salary.chart_theme import COLOURS, INK, LEVEL_SHADES, NO_OUTLINE, SHADE_OPACITY, SOURCE_COLOURS
from salary.model import Estimate, Model

if TYPE_CHECKING:
    import pandas as pd

SYMBOLS = {"point": "circle", "from": "triangle-right", "well_over": "triangle-right"}
SOURCE_SYMBOLS = {"mean": "circle", "median": "diamond"}


def figure_hover(row: dict, lang: str, divisor: float = 1.0) -> str:
    """A figure's hover text: its label, its amount (divided by `divisor`,
    pay.period_divisor) and its source section."""
    return (f"<b>{row['label_' + lang]}</b><br>{text.describe(row, lang, divisor)}"
            f"<br>{text.t('hover.source', lang, section=row['section'])}")


def figure_traces(rows: list[dict], lang: str, colour: str, name: str, *, divisor: float = 1.0,
                  legend: bool = True) -> list[dict]:
    """A bar trace for the bands, a marker trace for single figures, of one group
    of rows, on a horizontal chart whose categories are the rows' labels."""
    traces = []
    bands = [r for r in rows if r["kind"] == "band"]
    points = [r for r in rows if r["kind"] != "band"]
    if bands:
        traces.append({
            "type": "bar", "y": [r["label_" + lang] for r in bands],
            "x": [(r["high"] - r["low"]) / divisor for r in bands], "base": [r["low"] / divisor for r in bands],
            "orientation": "h", "marker": {"color": colour, "line": NO_OUTLINE},
            "name": name, "legendgroup": name, "showlegend": legend,
            "customdata": [figure_hover(r, lang, divisor) for r in bands], "hovertemplate": HOVER,
        })
    if points:
        traces.append({
            "type": "scatter", "mode": "markers", "y": [r["label_" + lang] for r in points],
            "x": [r["low"] / divisor for r in points], "name": name, "legendgroup": name,
            "showlegend": legend and not bands,
            "marker": {"color": colour, "size": 13, "symbol": [SYMBOLS[r["kind"]] for r in points],
                       "line": {"width": 1, "color": INK}},
            "customdata": [figure_hover(r, lang, divisor) for r in points], "hovertemplate": HOVER,
        })
    return traces


# Where each reference line's label sits: the top salary is at the right end.
LINE_SIDE = {"entry": "right", "average": "right", "top": "left"}


def _reference_lines(m: Model, lang: str, divisor: float = 1.0) -> list[dict]:
    """Dotted lines at the entry, average and top salary."""
    return [reference_line(r["low"] / divisor,
                           line_label(text.t("line." + r["key"], lang), text.shown(r["low"], lang, divisor)),
                           side=LINE_SIDE.get(r["key"], "right"))
            for r in m.rows("overall")]


def _grouped(m: Model, lang: str, dimensions: Sequence[str]) -> tuple[list[dict], list[str]]:
    """The traces of each dimension in its colour, and the row labels in file order."""
    traces = []
    for dim in dimensions:
        traces += figure_traces(m.rows(dim), lang, COLOURS[dim], text.t("dim." + dim, lang))
    return traces, [r["label_" + lang] for r in m.rows(*dimensions)]


def overview_chart(m: Model, lang: str) -> go.Figure:
    traces, rows = _grouped(m, lang, ("overall", "level", "degree", "years", "industry"))
    return figure(traces, lang, text.t("overview.chart.title", lang), text.t("axis.salary", lang), "",
                  money="x", legend=True, rows=rows)


def experience_chart(m: Model, lang: str) -> go.Figure:
    traces, rows = _grouped(m, lang, ("level", "years"))
    return figure(traces, lang, text.t("experience.chart.title", lang), text.t("axis.salary", lang), "",
                  money="x", legend=True, rows=rows, lines=_reference_lines(m, lang))


def _value_bars(rows: list[dict], lang: str, colour: str, *, horizontal: bool) -> dict:
    cat, num = ("y", "x") if horizontal else ("x", "y")
    return {
        "type": "bar", cat: [r["label_" + lang] for r in rows], num: [r["low"] for r in rows],
        "orientation": "h" if horizontal else "v", "marker": {"color": colour, "line": NO_OUTLINE},
        "text": [text.money(r["low"], lang) for r in rows], "textposition": "inside",
        "insidetextanchor": "end", "textfont": {"color": "#000000"},
        "customdata": [figure_hover(r, lang) for r in rows], "hovertemplate": HOVER,
    }


def degree_chart(m: Model, lang: str) -> go.Figure:
    rows = m.rows("degree")
    bars = _value_bars(rows, lang, COLOURS["degree"], horizontal=False)
    top = max(r["low"] for r in rows)
    return figure([bars], lang, text.t("degree.chart.title", lang), "", text.t("axis.salary", lang),
                  money="y", height=380, y={"range": [0, top * 1.12]}, x={"tickfont": {"size": 13}})


def industry_chart(m: Model, lang: str) -> go.Figure:
    rows = sorted(m.rows("industry"), key=lambda r: -r["low"])
    average = m.average
    line = reference_line(average, line_label(text.t("line.average", lang), text.money(average, lang)),
                          width=2, side="left")
    return figure([_value_bars(rows, lang, COLOURS["industry"], horizontal=True)], lang,
                  text.t("industry.chart.title", lang), text.t("axis.salary", lang), "", money="x",
                  lines=[line], rows=[r["label_" + lang] for r in rows],
                  x={"range": [0, max(average, rows[0]["low"]) * 1.08]})


def _shade(row: dict, lang: str) -> dict:
    """A level band of the article across the full height, named in the legend."""
    name = text.t("sources.article_band", lang, label=row["label_" + lang])
    shape = {"type": "rect", "xref": "x", "yref": "paper", "x0": row["low"], "x1": row["high"], "y0": 0, "y1": 1,
             "fillcolor": LEVEL_SHADES.get(row["key"], COLOURS["level"]), "opacity": SHADE_OPACITY,
             "line": {"width": 0}, "layer": "below", "showlegend": True, "name": name}
    return {"shape": shape}


def sources_chart(sources: pd.DataFrame, m: Model, lang: str, you: Estimate | None = None) -> go.Figure:
    """Every other source a row (its ranges as bars, its averages as points,
    per year), the article's average and level bands drawn across; with an
    estimate, its low-high range and median as the top row."""
    groups = src.groups(sources)
    rows = [reading.label(g[0], lang) for g in groups]
    hovers = {reading.label(g[0], lang): reading.hover(g, lang, wrap) for g in groups}
    flat = [r for g in groups for r in g]
    ranges = [r for r in flat if r["measure"] in src.RANGES]
    points = [r for r in flat if r["measure"] in src.POINTS]
    traces = []
    if ranges:
        traces.append({
            "type": "bar", "orientation": "h", "y": [reading.label(r, lang) for r in ranges],
            "base": [src.per_year(r) for r in ranges],
            "x": [src.per_year(r, "high") - src.per_year(r) for r in ranges],
            "marker": {"color": SOURCE_COLOURS["range"], "line": NO_OUTLINE}, "showlegend": False,
            "customdata": [hovers[reading.label(r, lang)] for r in ranges], "hovertemplate": HOVER,
        })
    if points:
        traces.append({
            "type": "scatter", "mode": "markers", "y": [reading.label(r, lang) for r in points],
            "x": [src.per_year(r) for r in points], "showlegend": False,
            "marker": {"color": SOURCE_COLOURS["point"], "size": 13,
                       "symbol": [SOURCE_SYMBOLS[r["measure"]] for r in points],
                       "line": {"width": 1.5, "color": INK}},
            "customdata": [hovers[reading.label(r, lang)] for r in points], "hovertemplate": HOVER,
        })
    amounts = [src.per_year(r) for r in flat] + [src.per_year(r, "high") for r in ranges]
    levels = m.rows("level")
    amounts += [r["low"] for r in levels] + [r["high"] for r in levels]
    if you is not None:
        name = text.t("sources.you", lang)
        p = you.profile
        profile = text.t("sources.profile", lang, years=text.number(p.years, lang), degree=text.t(
            "degree." + p.degree, lang), industry=text.t("industry.all", lang) if p.industry == "all"
            else m.figure("industry", p.industry)["label_" + lang])
        low, median, high = (text.shown(v, lang, 1.0, you.floor) for v in (you.low, you.median, you.high))
        hover = text.t("sources.you.hover", lang, profile=profile, low=low, high=high, median=median)
        hover = f"<b>{name}</b><br>{hover}<br>{text.t('hover.model', lang)}"
        rows.insert(0, name)
        traces.append({"type": "bar", "orientation": "h", "y": [name], "base": [you.low], "x": [you.high - you.low],
                       "marker": {"color": COLOURS["you"], "line": NO_OUTLINE}, "showlegend": False,
                       "customdata": [hover], "hovertemplate": HOVER})
        traces.append({"type": "scatter", "mode": "markers", "y": [name], "x": [you.median], "showlegend": False,
                       "marker": {"symbol": "line-ns", "size": 24, "color": INK, "line": {"width": 3, "color": INK}},
                       "customdata": [hover], "hovertemplate": HOVER})
        amounts += [you.low, you.high]
    low_end, high_end = min(amounts) * 0.9, max(amounts) * 1.05
    average = m.average
    side = "right" if average < (low_end + high_end) / 2 else "left"
    lines = [_shade(r, lang) for r in levels]
    label = line_label(text.t("sources.article_average", lang), text.money(average, lang))
    lines.append(reference_line(average, label, width=2, side=side))
    return figure(traces, lang, text.t("sources.chart.title", lang), text.t("axis.salary", lang), "", money="x",
                  legend=True, lines=lines, rows=rows, x={"range": [low_end, high_end]})
