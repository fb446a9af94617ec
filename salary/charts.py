"""Plotly figures (graph_objects) for every page: the article's figures and the
model's estimates, labelled in the reader's language and number format, in a
colour-blind-safe palette that reads on light and dark backgrounds."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

import plotly.graph_objects as go
import plotly.io as pio

from salary import range_text, reading, text
from salary import sources as src
from salary.model import Estimate, Model, career_path
from salary.net import NetPay

if TYPE_CHECKING:
    import pandas as pd

# Okabe-Ito hues (distinguishable with the common colour-vision deficiencies),
# the light ones darkened so that every bar, marker and line has a contrast of
# at least 3:1 against both Streamlit's light (#ffffff) and dark (#171614)
# background. The career band is a blue of 3:1 on both, translucent enough
# for the grid to show through. Text on the plot takes its colour from the
# theme (themed()): no single colour reaches 4.5:1 on both backgrounds.
INK = "#000000"
COLOURS = {
    "overall": "#8A8A8A", "level": "#0072B2", "degree": "#B07A00", "years": "#009E73",
    "industry": "#CC79A7", "you": "#D55E00", "second": "#2F8AC4", "line": "#888888",
    "band": "rgba(47,138,196,0.9)",
}
BACKGROUNDS = {"light": "#ffffff", "dark": "#171614"}
# Text drawn on the plot (titles, ticks, labels, legend) in each theme; Streamlit's
# own plotly theme writes ticks and axis titles in a grey of 3.8:1 on white.
TEXT_COLOURS = {"light": "#3b3b3b", "dark": "#e6e6e6"}
# The median (its tick on a range, its line on the career path), a typed
# salary's marker and the rings around markers are drawn in INK, which
# themed() turns into the theme's own: black on white, white on the dark
# background. Either reaches 3:1 against every bar colour it is drawn on.
INK_COLOURS = {"light": INK, "dark": "#ffffff"}
# Trace keys whose value is a mark's colour (text keeps the colour it was given).
COLOUR_KEYS = ("color", "fillcolor")
# No outline around bars, whatever the default template draws.
NO_OUTLINE = {"width": 0}
SYMBOLS = {"point": "circle", "from": "triangle-right", "well_over": "triangle-right"}
# No toolbar: on a phone it covers the chart's title, and every chart's numbers are on the page.
CONFIG = {"displaylogo": False, "responsive": True, "displayModeBar": False,
          "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"]}
HOVER = "%{customdata}<extra></extra>"
TITLE_WIDTH = 42  # characters per title line: fits a 390 px phone
# Horizontal charts write each row's name above its bar, across the full
# width, instead of beside the axis: on a phone the names would otherwise take
# half of the plot. Sizes in pixels.
ROW = 50
BARGAP = 0.45
LABEL_SIZE = 12
# Free space above the first bar, in rows: room for its name, and with
# reference lines also for their two-line labels.
STRIP, STRIP_WITH_LINES = 0.25, 0.9
TOP, BOTTOM, LEGEND_ROWS = 70, 58, 2
# Dark text on a white box, whatever the trace colour (plotly's default
# writes white on the trace colour, hard to read on orange or light blue).
HOVERLABEL = {"bgcolor": "#ffffff", "bordercolor": "#555555", "font": {"color": "#1a1a1a", "size": 13},
              "align": "left"}


# The trace types the charts use.
TRACE_TYPES = ("bar", "scatter", "waterfall")


def template() -> go.layout.Template:
    return _template(pio.templates.default)


@lru_cache(maxsize=4)
def _template(default: str) -> go.layout.Template:
    """The default template (Streamlit's under Streamlit, plotly's elsewhere) cut
    to what bar, scatter and waterfall traces read: its colour sequence and
    those types' defaults. The full one brings colour scales for heatmaps and
    contours into every chart: a few kB more to send and some hundred more
    objects in each cached chart for the collector to walk."""
    base = pio.templates[default]
    return go.layout.Template(layout={"colorway": base.layout.colorway},
                              data={t: base.data[t] for t in TRACE_TYPES if base.data[t]})


def themed(chart: go.Figure, theme: str) -> go.Figure:
    """A copy of the chart with all its text in the theme's colour (see TEXT_COLOURS)
    and its INK marks in the theme's ink (see INK_COLOURS)."""
    colour = {"color": TEXT_COLOURS[theme]}
    spec = chart.to_dict()
    data = spec["data"] if theme == "light" else [_inked(trace, INK_COLOURS[theme]) for trace in spec["data"]]
    layout = dict(spec["layout"])
    layout["font"] = {**layout.get("font", {}), **colour}
    layout["title"] = {**layout.get("title", {}), "font": {**layout.get("title", {}).get("font", {}), **colour}}
    layout["legend"] = {**layout.get("legend", {}), "font": {**layout.get("legend", {}).get("font", {}), **colour}}
    for name in ("xaxis", "yaxis"):
        axis = dict(layout.get(name, {}))
        axis["tickfont"] = {**axis.get("tickfont", {}), **colour}
        axis["title"] = {**axis.get("title", {}), "font": {**axis.get("title", {}).get("font", {}), **colour}}
        layout[name] = axis
    layout["annotations"] = [{**a, "font": {**a.get("font", {}), **colour}} for a in layout.get("annotations", [])]
    return go.Figure(data=data, layout=layout)


def _inked(node, ink: str):
    """A trace (or part of one) with every mark colour that is INK swapped for `ink`;
    fonts and hover boxes are left as they are."""
    if isinstance(node, dict):
        return {k: _swap(v, ink) if k in COLOUR_KEYS else
                v if k.endswith("font") or k == "hoverlabel" else _inked(v, ink) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_inked(v, ink) for v in node]
    return node


def _swap(colour, ink: str):
    if isinstance(colour, str):
        return ink if colour.lower() == INK else colour
    if isinstance(colour, (list, tuple)):
        return [_swap(c, ink) for c in colour]
    return colour


def wrap(label: str, width: int = TITLE_WIDTH) -> str:
    return "<br>".join(textwrap.wrap(label, width, break_long_words=False)) or label


def _figure(traces: list[dict], lang: str, title: str, x_title: str, y_title: str, *, money: str,
            height: int = 420, legend: bool = False, x: dict | None = None, y: dict | None = None,
            lines: Sequence[dict] = (), rows: Sequence[str] = ()) -> go.Figure:
    """One figure from plain trace dicts, in a single validated construction
    (plotly's add_*/update_* helpers cost more than the whole figure).

    With `rows` (the categories of a horizontal chart, top first) the height
    follows from the number of rows and each name is written above its bar."""
    money_axis = text.money_axis(lang)
    xaxis = {"title": {"text": x_title}, "automargin": True, **(money_axis if money == "x" else {}), **(x or {})}
    yaxis = {"title": {"text": y_title}, "automargin": True, **(money_axis if money == "y" else {}), **(y or {})}
    annotations = [line["annotation"] for line in lines if line.get("annotation")]
    bottom = BOTTOM + (LEGEND_ROWS * 24 if legend else 0)
    if rows:
        strip = STRIP_WITH_LINES if lines else STRIP
        plot_height = (len(rows) + strip) * ROW
        height = TOP + bottom + round(plot_height)
        yaxis.update(_row_axis(rows, strip))
        annotations += _row_labels(rows)
    else:
        plot_height = height - TOP - bottom
    layout = {
        "title": {"text": wrap(title), "x": 0, "xanchor": "left"},
        "separators": text.PLOTLY_SEPARATORS[lang],
        "height": height,
        "margin": {"l": 8, "r": 16, "t": TOP, "b": bottom},
        "showlegend": legend,
        # Below the axis title, a fixed number of pixels down whatever the height.
        "legend": {"orientation": "h", "yanchor": "top", "y": -(BOTTOM + 4) / plot_height, "x": 0},
        "hovermode": "closest",
        "hoverlabel": HOVERLABEL,
        "bargap": BARGAP,
        "waterfallgap": BARGAP,
        "xaxis": xaxis,
        "yaxis": yaxis,
        "shapes": [line["shape"] for line in lines],
        "annotations": annotations,
        "template": template(),
    }
    return go.Figure(data=traces, layout=layout)


def _row_axis(rows: Sequence[str], strip: float) -> dict:
    """A category axis without tick labels, first row on top, a strip of free space above it."""
    return {"categoryorder": "array", "categoryarray": list(rows)[::-1], "showticklabels": False,
            "range": [-0.5, len(rows) - 0.5 + strip], "title": {"text": ""}, "fixedrange": True,
            "automargin": False}  # hidden tick labels would still take room at the left


def _row_labels(rows: Sequence[str]) -> list[dict]:
    """Each row's name, left-aligned just above its bar."""
    above = ROW * (1 - BARGAP) / 2 + 1
    return [{"xref": "paper", "x": 0, "xanchor": "left", "yref": "y", "y": row, "yanchor": "bottom",
             "yshift": above, "text": row, "showarrow": False, "align": "left", "font": {"size": LABEL_SIZE}}
            for row in rows]


def _line(value: float, label: str, *, colour: str = COLOURS["line"], dash: str = "dot", width: int = 1,
          side: str = "right") -> dict:
    """A full-height line at `value` on the x axis, its label in the free strip
    at the top of the plot, on the `side` of the line given (a label near the
    right end goes left of its line so that it is not cut off)."""
    shape = {"type": "line", "yref": "paper", "y0": 0, "y1": 1, "xref": "x", "x0": value, "x1": value,
             "line": {"dash": dash, "width": width, "color": colour}}
    right = side == "right"
    note = {"yref": "paper", "y": 1, "yanchor": "top", "xref": "x", "x": value,
            "xanchor": "left" if right else "right", "xshift": 3 if right else -3, "text": label,
            "showarrow": False, "align": "left" if right else "right", "font": {"size": 11}}
    return {"shape": shape, "annotation": note}


def _line_label(name: str, amount: str) -> str:
    return f"{name}<br>{amount}"  # two short lines: neighbouring labels fit side by side on a phone


def _hover(row: dict, lang: str, per: float = 1.0) -> str:
    return (f"<b>{row['label_' + lang]}</b><br>{text.describe(row, lang, per)}"
            f"<br>{text.t('hover.source', lang, section=row['section'])}")


def _figure_traces(rows: list[dict], lang: str, colour: str, name: str, *, per: float = 1.0,
                   legend: bool = True) -> list[dict]:
    """A bar trace for the bands, a marker trace for single figures, of one group
    of rows, on a horizontal chart whose categories are the rows' labels."""
    traces = []
    bands = [r for r in rows if r["kind"] == "band"]
    points = [r for r in rows if r["kind"] != "band"]
    if bands:
        traces.append({
            "type": "bar", "y": [r["label_" + lang] for r in bands],
            "x": [(r["high"] - r["low"]) / per for r in bands], "base": [r["low"] / per for r in bands],
            "orientation": "h", "marker": {"color": colour, "line": NO_OUTLINE},
            "name": name, "legendgroup": name, "showlegend": legend,
            "customdata": [_hover(r, lang, per) for r in bands], "hovertemplate": HOVER,
        })
    if points:
        traces.append({
            "type": "scatter", "mode": "markers", "y": [r["label_" + lang] for r in points],
            "x": [r["low"] / per for r in points], "name": name, "legendgroup": name,
            "showlegend": legend and not bands,
            "marker": {"color": colour, "size": 13, "symbol": [SYMBOLS[r["kind"]] for r in points],
                       "line": {"width": 1, "color": INK}},
            "customdata": [_hover(r, lang, per) for r in points], "hovertemplate": HOVER,
        })
    return traces


# Where each reference line's label sits: the top salary is at the right end.
LINE_SIDE = {"entry": "right", "average": "right", "top": "left"}


def _reference_lines(m: Model, lang: str, per: float = 1.0) -> list[dict]:
    """Dotted lines at the entry, average and top salary."""
    return [_line(r["low"] / per, _line_label(text.t("line." + r["key"], lang), text.shown(r["low"], lang, per)),
                  side=LINE_SIDE.get(r["key"], "right"))
            for r in m.rows("overall")]


def _grouped(m: Model, lang: str, dimensions: Sequence[str]) -> tuple[list[dict], list[str]]:
    """The traces of each dimension in its colour, and the row labels in file order."""
    traces = []
    for dim in dimensions:
        traces += _figure_traces(m.rows(dim), lang, COLOURS[dim], text.t("dim." + dim, lang))
    return traces, [r["label_" + lang] for r in m.rows(*dimensions)]


def overview_chart(m: Model, lang: str) -> go.Figure:
    traces, rows = _grouped(m, lang, ("overall", "level", "degree", "years", "industry"))
    return _figure(traces, lang, text.t("overview.chart.title", lang), text.t("axis.salary", lang), "",
                   money="x", legend=True, rows=rows)


def experience_chart(m: Model, lang: str) -> go.Figure:
    traces, rows = _grouped(m, lang, ("level", "years"))
    return _figure(traces, lang, text.t("experience.chart.title", lang), text.t("axis.salary", lang), "",
                   money="x", legend=True, rows=rows, lines=_reference_lines(m, lang))


def _value_bars(rows: list[dict], lang: str, colour: str, *, horizontal: bool) -> dict:
    cat, num = ("y", "x") if horizontal else ("x", "y")
    return {
        "type": "bar", cat: [r["label_" + lang] for r in rows], num: [r["low"] for r in rows],
        "orientation": "h" if horizontal else "v", "marker": {"color": colour, "line": NO_OUTLINE},
        "text": [text.money(r["low"], lang) for r in rows], "textposition": "inside",
        "insidetextanchor": "end", "textfont": {"color": "#000000"},
        "customdata": [_hover(r, lang) for r in rows], "hovertemplate": HOVER,
    }


def degree_chart(m: Model, lang: str) -> go.Figure:
    rows = m.rows("degree")
    bars = _value_bars(rows, lang, COLOURS["degree"], horizontal=False)
    top = max(r["low"] for r in rows)
    return _figure([bars], lang, text.t("degree.chart.title", lang), "", text.t("axis.salary", lang),
                   money="y", height=380, y={"range": [0, top * 1.12]}, x={"tickfont": {"size": 13}})


def industry_chart(m: Model, lang: str) -> go.Figure:
    rows = sorted(m.rows("industry"), key=lambda r: -r["low"])
    average = m.figure("overall", "average")["low"]
    line = _line(average, _line_label(text.t("line.average", lang), text.money(average, lang)),
                 width=2, side="left")
    return _figure([_value_bars(rows, lang, COLOURS["industry"], horizontal=True)], lang,
                   text.t("industry.chart.title", lang), text.t("axis.salary", lang), "", money="x",
                   lines=[line], rows=[r["label_" + lang] for r in rows],
                   x={"range": [0, max(average, rows[0]["low"]) * 1.08]})


def range_chart(m: Model, ranges: Sequence[tuple[str, Estimate]], lang: str, *,
                title: str, per: float = 1.0, salary: float | None = None, bands: bool = True) -> go.Figure:
    """Each estimate's low-high range with its median, beside the article's level bands."""
    traces, rows = [], []
    if bands:
        levels = m.rows("level")
        traces += _figure_traces(levels, lang, COLOURS["level"], text.t("dim.level", lang), per=per, legend=False)
        rows = [r["label_" + lang] for r in levels]
    for i, (label, e) in enumerate(ranges):
        low, median, high = e.low / per, e.median / per, e.high / per
        hover = (f"<b>{label}</b><br>{range_text.range_span(e, lang, per)}<br>{text.t('metric.median', lang)}: "
                 f"{text.shown(e.median, lang, per, e.floor)}<br>{text.t('hover.model', lang)}")
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
    low_end = min([entry, *(e.low for _, e in ranges), *typed]) / per * 0.9
    high_end = max([top, *(e.high for _, e in ranges), *typed]) / per * 1.05
    lines = []
    if salary is not None:
        shown = salary / per
        side = "right" if shown < (low_end + high_end) / 2 else "left"
        lines.append(_line(shown, _line_label(text.t("chart.range.salary", lang), text.shown(salary, lang, per)),
                           colour=COLOURS["you"], dash="dash", width=2, side=side))
    return _figure(traces, lang, title, text.t("axis.salary" if per == 1 else "axis.salary_month", lang), "",
                   money="x", lines=lines, rows=rows, x={"range": [low_end, high_end]}, legend=True)


def career_chart(e: Estimate, lang: str, *, per: float = 1.0, salary: float | None = None) -> go.Figure:
    """The range (band) and median over the years for the estimate's profile; the
    median at the person's years marked, and their own salary (yearly) apart from it."""
    path = career_path(e.model, e.profile, floor=e.floor)
    years = e.profile.years
    x = path["years"].tolist()
    low, median, high = ((path[c] / per).tolist() for c in ("low", "median", "high"))
    unit = text.t("axis.years", lang)
    at = lambda y: text.t("hover.years", lang, years=text.number(y, lang))
    shown = {c: [text.shown(v, lang, per, e.floor) for v in path[c]] for c in ("low", "median", "high")}
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
        traces.append({"type": "scatter", "x": [years], "y": [salary / per], "mode": "markers", "name": name,
                       "marker": {"color": INK, "size": 13, "symbol": "diamond",
                                  "line": {"width": 2, "color": COLOURS["you"]}},
                       "customdata": [f"<b>{name}</b><br>{at(years)}<br>{text.shown(salary, lang, per)}"],
                       "hovertemplate": HOVER})
    return _figure(traces, lang, text.t("chart.career.title", lang, years=text.number(x[-1], lang)), unit,
                   text.t("axis.salary" if per == 1 else "axis.salary_month", lang), money="y", height=460,
                   legend=True, x={"range": [0, max(x)]})


def waterfall_chart(e: Estimate, lang: str, *, per: float = 1.0) -> go.Figure:
    """Base, then each step's amount, ending at the estimate's median; top to bottom."""
    steps = e.steps()
    rows = [text.t("step." + s.id, lang) for s in steps] + [text.t("step.total", lang)]
    amounts = [s.amount / per for s in steps]
    total = steps[-1].total / per
    shown = [text.shown(steps[0].amount, lang, per, e.floor), *(text.signed_shown(s.amount, lang, per)
             for s in steps[1:]), text.shown(steps[-1].total, lang, per, e.floor)]
    trace = {
        "type": "waterfall", "orientation": "h", "y": rows, "x": amounts + [total],
        "measure": ["absolute"] + ["relative"] * (len(steps) - 1) + ["total"],
        "text": shown, "textposition": "outside", "customdata": shown, "hovertemplate": HOVER,
        "increasing": {"marker": {"color": COLOURS["years"]}}, "decreasing": {"marker": {"color": COLOURS["you"]}},
        "totals": {"marker": {"color": COLOURS["level"]}}, "connector": {"line": {"color": COLOURS["line"]}},
        "cliponaxis": False,
    }
    peak = max(accumulate(amounts))  # room right of the longest bar for its amount
    return _figure([trace], lang, text.t("chart.waterfall.title", lang),
                   text.t("axis.salary" if per == 1 else "axis.salary_month", lang), "", money="x",
                   rows=rows, x={"range": [0, peak * 1.3]})


# Other sources: ranges (bands, quartiles) as bars, averages as points; the
# article's level bands shaded across the plot, one colour each.
SOURCE_COLOURS = {"range": "#CC79A7", "point": "#009E73"}
SOURCE_SYMBOLS = {"mean": "circle", "median": "diamond"}
LEVEL_SHADES = {"junior": "#56B4E9", "experienced": "#0072B2", "senior": "#E69F00"}
SHADE_OPACITY = 0.22


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
    average = m.figure("overall", "average")["low"]
    side = "right" if average < (low_end + high_end) / 2 else "left"
    lines = [_shade(r, lang) for r in levels]
    lines.append(_line(average, _line_label(text.t("sources.article_average", lang), text.money(average, lang)),
                       width=2, side=side))
    return _figure(traces, lang, text.t("sources.chart.title", lang), text.t("axis.salary", lang), "", money="x",
                   legend=True, lines=lines, rows=rows, x={"range": [low_end, high_end]})

# Net pay: what is paid out, taxes, contributions, and the car's benefit in kind.
NET_COLOURS = {"net": COLOURS["years"], "wage_tax": COLOURS["you"], "solidarity": COLOURS["you"],
               "church_tax": COLOURS["you"], "pension": COLOURS["level"], "unemployment": COLOURS["level"],
               "health": COLOURS["level"], "care": COLOURS["level"], "car_benefit": COLOURS["overall"]}


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
    return _figure([trace], lang, text.t("net.chart.title", lang), text.t("axis.salary", lang), "", money="x",
                   rows=rows, x={"range": [0, peak * 1.3]})
