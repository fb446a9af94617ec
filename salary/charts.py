"""Plotly figures (graph_objects) for every page: the article's figures and the
model's estimates, labelled in the reader's language and number format, in a
colour-blind-safe palette that reads on light and dark backgrounds."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from itertools import accumulate

import pandas as pd
import plotly.graph_objects as go

from salary import text
from salary.model import Estimate, Step

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
COLOURS = {
    "overall": "#999999", "level": "#0072B2", "degree": "#E69F00", "years": "#009E73",
    "industry": "#CC79A7", "you": "#D55E00", "second": "#56B4E9", "line": "#888888",
}
SYMBOLS = {"point": "circle", "from": "triangle-right", "well_over": "triangle-right"}
CONFIG = {"displaylogo": False, "responsive": True,
          "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"]}
HOVER = "%{customdata}<extra></extra>"
TITLE_WIDTH = 42  # characters per title line: fits a 390 px phone
LABEL_WIDTH = 18


class Chart(go.Figure):
    """A figure that is finished when built: its dict is made once, so a cached
    chart costs st.plotly_chart only the JSON encoding on each rerun."""

    def to_dict(self) -> dict:
        if getattr(self, "_as_dict", None) is None:
            self._as_dict = super().to_dict()
        return self._as_dict


def wrap(label: str, width: int = LABEL_WIDTH) -> str:
    return "<br>".join(textwrap.wrap(label, width, break_long_words=False)) or label


def _figure(traces: list[dict], lang: str, title: str, x_title: str, y_title: str, *, money: str,
            height: int = 420, legend: bool = False, x: dict | None = None, y: dict | None = None,
            lines: Sequence[dict] = ()) -> Chart:
    """One figure from plain trace dicts, in a single validated construction
    (plotly's add_*/update_* helpers cost more than the whole figure)."""
    money_axis = text.money_axis(lang)
    xaxis = {"title": {"text": x_title}, "automargin": True, **(money_axis if money == "x" else {}), **(x or {})}
    yaxis = {"title": {"text": y_title}, "automargin": True, **(money_axis if money == "y" else {}), **(y or {})}
    layout = {
        "title": {"text": wrap(title, TITLE_WIDTH), "x": 0, "xanchor": "left"},
        "separators": text.PLOTLY_SEPARATORS[lang],
        "height": height,
        "margin": {"l": 8, "r": 16, "t": 70, "b": 8},
        "showlegend": legend,
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.18, "x": 0},
        "hovermode": "closest",
        "bargap": 0.35,
        "xaxis": xaxis,
        "yaxis": yaxis,
        "shapes": [line["shape"] for line in lines],
        "annotations": [line["annotation"] for line in lines if line.get("annotation")],
    }
    return Chart(data=traces, layout=layout)


def _line(value: float, axis: str, label: str, *, colour: str = COLOURS["line"], dash: str = "dot",
          width: int = 1, where: str = "start") -> dict:
    """A full-width (axis "y") or full-height (axis "x") reference line with a label."""
    if axis == "y":
        shape = {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": value, "y1": value}
        note = {"xref": "paper", "x": 0 if where == "start" else 1, "xanchor": "left" if where == "start" else "right",
                "yref": "y", "y": value, "yanchor": "bottom"}
    else:
        shape = {"type": "line", "yref": "paper", "y0": 0, "y1": 1, "xref": "x", "x0": value, "x1": value}
        note = {"yref": "paper", "y": 1 if where == "start" else 0, "yanchor": "bottom" if where == "start" else "top",
                "xref": "x", "x": value, "xanchor": "left"}
    shape["line"] = {"dash": dash, "width": width, "color": colour}
    note.update(text=label, showarrow=False, font={"size": 11, "color": colour})
    return {"shape": shape, "annotation": note}


def describe(row: dict, lang: str, per: float = 1.0) -> str:
    """A figure's value in words: "43.000 € – 63.000 €", "ab 24.000 €"."""
    low = text.money(row["low"] / per, lang)
    if row["kind"] == "band":
        return f"{low} – {text.money(row['high'] / per, lang)}"
    if row["kind"] == "point":
        return low
    return f"{text.t('kind.' + row['kind'], lang)} {low}"


def _hover(row: dict, lang: str, per: float = 1.0) -> str:
    return (f"<b>{row['label_' + lang]}</b><br>{describe(row, lang, per)}"
            f"<br>{text.t('hover.source', lang, section=row['section'])}")


_RECORDS: dict[int, tuple[pd.DataFrame, list[dict]]] = {}


def _rows(figures: pd.DataFrame, *dimensions: str) -> list[dict]:
    """The rows of these dimensions as dicts (pandas filtering costs more than the chart)."""
    cached = _RECORDS.get(id(figures))
    if cached is None or cached[0] is not figures:
        if len(_RECORDS) > 16:
            _RECORDS.clear()
        cached = _RECORDS[id(figures)] = (figures, figures.to_dict("records"))
    return [r for r in cached[1] if r["dimension"] in dimensions]


def _figure_traces(rows: list[dict], lang: str, colour: str, name: str, *, horizontal: bool,
                   per: float = 1.0, legend: bool = True) -> list[dict]:
    """A bar trace for the bands, a marker trace for single figures, of one group of rows."""
    traces = []
    bands = [r for r in rows if r["kind"] == "band"]
    points = [r for r in rows if r["kind"] != "band"]
    cat, num = ("y", "x") if horizontal else ("x", "y")
    if bands:
        traces.append({
            "type": "bar", cat: [wrap(r["label_" + lang]) for r in bands],
            num: [(r["high"] - r["low"]) / per for r in bands], "base": [r["low"] / per for r in bands],
            "orientation": "h" if horizontal else "v", "marker": {"color": colour}, "opacity": 0.85,
            "name": name, "legendgroup": name, "showlegend": legend,
            "customdata": [_hover(r, lang, per) for r in bands], "hovertemplate": HOVER,
        })
    if points:
        traces.append({
            "type": "scatter", "mode": "markers", cat: [wrap(r["label_" + lang]) for r in points],
            num: [r["low"] / per for r in points], "name": name, "legendgroup": name,
            "showlegend": legend and not bands,
            "marker": {"color": colour, "size": 13, "symbol": [SYMBOLS[r["kind"]] for r in points],
                       "line": {"width": 1, "color": "#ffffff"}},
            "customdata": [_hover(r, lang, per) for r in points], "hovertemplate": HOVER,
        })
    return traces


def _reference_lines(figures: pd.DataFrame, lang: str, axis: str, per: float = 1.0) -> list[dict]:
    """Dotted lines at the entry, average and top salary."""
    return [_line(r["low"] / per, axis, f"{text.t('line.' + r['key'], lang)} {text.money(r['low'] / per, lang)}")
            for r in _rows(figures, "overall")]


def overview_chart(figures: pd.DataFrame, lang: str) -> Chart:
    traces = []
    for dim in ("overall", "level", "degree", "years", "industry"):
        traces += _figure_traces(_rows(figures, dim), lang, COLOURS[dim], text.t("dim." + dim, lang),
                                 horizontal=True)
    order = [wrap(label) for label in figures["label_" + lang]][::-1]
    return _figure(traces, lang, text.t("overview.chart.title", lang), text.t("axis.salary", lang), "",
                   money="x", height=220 + 46 * len(figures), legend=True,
                   y={"categoryorder": "array", "categoryarray": order})


def experience_chart(figures: pd.DataFrame, lang: str) -> Chart:
    traces = []
    for dim in ("level", "years"):
        traces += _figure_traces(_rows(figures, dim), lang, COLOURS[dim], text.t("dim." + dim, lang),
                                 horizontal=False)
    order = [wrap(r["label_" + lang]) for r in _rows(figures, "level", "years")]
    return _figure(traces, lang, text.t("experience.chart.title", lang), "", text.t("axis.salary", lang),
                   money="y", height=480, legend=True, x={"categoryorder": "array", "categoryarray": order},
                   lines=_reference_lines(figures, lang, "y"))


def _value_bars(rows: list[dict], lang: str, colour: str, *, horizontal: bool) -> dict:
    cat, num = ("y", "x") if horizontal else ("x", "y")
    return {
        "type": "bar", cat: [wrap(r["label_" + lang]) for r in rows], num: [r["low"] for r in rows],
        "orientation": "h" if horizontal else "v", "marker": {"color": colour},
        "text": [text.money(r["low"], lang) for r in rows], "textposition": "inside",
        "insidetextanchor": "end", "textfont": {"color": "#000000"},
        "customdata": [_hover(r, lang) for r in rows], "hovertemplate": HOVER,
    }


def degree_chart(figures: pd.DataFrame, lang: str) -> Chart:
    bars = _value_bars(_rows(figures, "degree"), lang, COLOURS["degree"], horizontal=False)
    return _figure([bars], lang, text.t("degree.chart.title", lang), "", text.t("axis.salary", lang),
                   money="y", height=380)


def industry_chart(figures: pd.DataFrame, lang: str) -> Chart:
    rows = sorted(_rows(figures, "industry"), key=lambda r: r["low"])  # plotly draws the first bar at the bottom
    average = next(r for r in _rows(figures, "overall") if r["key"] == "average")
    line = _line(average["low"], "x", f"{text.t('line.average', lang)} {text.money(average['low'], lang)}",
                 width=2, where="end")
    return _figure([_value_bars(rows, lang, COLOURS["industry"], horizontal=True)], lang,
                   text.t("industry.chart.title", lang), text.t("axis.salary", lang), "", money="x", height=420,
                   lines=[line])


def range_chart(figures: pd.DataFrame, ranges: Sequence[tuple[str, Estimate]], lang: str, *,
                title: str, per: float = 1.0, salary: float | None = None, bands: bool = True) -> Chart:
    """Each estimate's low-high range with its median, beside the article's level bands."""
    traces, order = [], []
    if bands:
        levels = _rows(figures, "level")
        traces += _figure_traces(levels, lang, COLOURS["level"], text.t("dim.level", lang), horizontal=True,
                                 per=per, legend=False)
        order = [wrap(r["label_" + lang]) for r in levels]
    for i, (label, e) in enumerate(ranges):
        low, median, high = e.low / per, e.median / per, e.high / per
        hover = (f"<b>{label}</b><br>{text.money(low, lang)} – {text.money(high, lang)}"
                 f"<br>{text.t('metric.median', lang)}: {text.money(median, lang)}<br>{text.t('hover.model', lang)}")
        name = wrap(label)
        order.append(name)
        traces.append({"type": "bar", "y": [name], "x": [high - low], "base": [low], "orientation": "h",
                       "marker": {"color": COLOURS["you"] if i == 0 else COLOURS["second"]}, "opacity": 0.85,
                       "customdata": [hover], "hovertemplate": HOVER, "showlegend": False})
        traces.append({"type": "scatter", "y": [name], "x": [median], "mode": "markers", "customdata": [hover],
                       "hovertemplate": HOVER, "showlegend": False,
                       "marker": {"symbol": "line-ns", "size": 26, "line": {"width": 3, "color": "#000000"}}})
    lines = []
    if salary is not None:
        lines.append(_line(salary / per, "x", f"{text.t('chart.range.salary', lang)} {text.money(salary / per, lang)}",
                           colour=COLOURS["you"], dash="dash", width=2))
    entry, top = (next(r["low"] for r in _rows(figures, "overall") if r["key"] == k) for k in ("entry", "top"))
    return _figure(traces, lang, title, text.t("axis.salary" if per == 1 else "axis.salary_month", lang), "",
                   money="x", height=max(150 + 62 * len(order), 260), lines=lines,
                   x={"range": [entry / per * 0.9, top / per * 1.05]},
                   y={"categoryorder": "array", "categoryarray": order[::-1]})


def career_chart(path: pd.DataFrame, years: float, lang: str, *, per: float = 1.0) -> Chart:
    """The range (band) and median over the years for one profile; the person marked."""
    x = path["years"].tolist()
    low, median, high = ((path[c] / per).tolist() for c in ("low", "median", "high"))
    unit = text.t("axis.years", lang)
    band_hover = [f"{text.number(y, lang)} {unit}<br>{text.money(lo, lang)} – {text.money(hi, lang)}"
                  for y, lo, hi in zip(x, low, high)]
    median_hover = [f"{text.number(y, lang)} {unit}<br>{text.t('metric.median', lang)}: {text.money(v, lang)}"
                    f"<br>{text.t('hover.model', lang)}" for y, v in zip(x, median)]
    you = median[min(range(len(x)), key=lambda i: abs(x[i] - years))]
    traces = [
        {"type": "scatter", "x": x, "y": low, "mode": "lines", "line": {"width": 0}, "hoverinfo": "skip",
         "showlegend": False},
        {"type": "scatter", "x": x, "y": high, "mode": "lines", "line": {"width": 0}, "fill": "tonexty",
         "fillcolor": "rgba(0,114,178,0.28)", "name": text.t("chart.career.band", lang),
         "customdata": band_hover, "hovertemplate": HOVER},
        {"type": "scatter", "x": x, "y": median, "mode": "lines", "line": {"color": COLOURS["level"], "width": 3},
         "name": text.t("chart.career.median", lang), "customdata": median_hover, "hovertemplate": HOVER},
        {"type": "scatter", "x": [years], "y": [you], "mode": "markers", "name": text.t("chart.career.you", lang),
         "marker": {"color": COLOURS["you"], "size": 14, "line": {"width": 2, "color": "#ffffff"}},
         "customdata": [f"<b>{text.t('chart.career.you', lang)}</b><br>{text.money(you, lang)}"],
         "hovertemplate": HOVER},
    ]
    return _figure(traces, lang, text.t("chart.career.title", lang), unit,
                   text.t("axis.salary" if per == 1 else "axis.salary_month", lang), money="y", height=420,
                   legend=True, x={"range": [0, max(x)]})


def waterfall_chart(steps: Sequence[Step], lang: str, *, per: float = 1.0) -> Chart:
    """Base, then each step's amount, ending at the median."""
    labels = [wrap(text.t("step." + s.id, lang), 14) for s in steps] + [text.t("step.total", lang)]
    amounts = [s.amount / per for s in steps]
    total = steps[-1].total / per
    shown = [text.money(amounts[0], lang)] + [text.signed_money(a, lang) for a in amounts[1:]] \
        + [text.money(total, lang)]
    trace = {
        "type": "waterfall", "x": labels, "y": amounts + [total],
        "measure": ["absolute"] + ["relative"] * (len(steps) - 1) + ["total"],
        "text": shown, "textposition": "outside", "customdata": shown, "hovertemplate": HOVER,
        "increasing": {"marker": {"color": COLOURS["years"]}}, "decreasing": {"marker": {"color": COLOURS["you"]}},
        "totals": {"marker": {"color": COLOURS["level"]}}, "connector": {"line": {"color": COLOURS["line"]}},
        "cliponaxis": False,
    }
    peak = max(accumulate(amounts))  # room above the highest bar for its label
    return _figure([trace], lang, text.t("chart.waterfall.title", lang), "",
                   text.t("axis.salary" if per == 1 else "axis.salary_month", lang), money="y", height=420,
                   y={"range": [0, peak * 1.15]})
