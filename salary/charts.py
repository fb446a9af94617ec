"""Plotly figures (graph_objects) for every page: the article's figures and the
model's estimates, labelled in the reader's language and number format, in a
colour-blind-safe palette that reads on light and dark backgrounds."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

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


def wrap(label: str, width: int = LABEL_WIDTH) -> str:
    return "<br>".join(textwrap.wrap(label, width, break_long_words=False)) or label


def _layout(fig: go.Figure, lang: str, title: str, x_title: str, y_title: str, *,
            money: str, height: int = 420, legend: bool = False) -> go.Figure:
    money_axis = text.money_axis(lang)
    fig.update_layout(
        title={"text": wrap(title, TITLE_WIDTH), "x": 0, "xanchor": "left"},
        separators=text.PLOTLY_SEPARATORS[lang],
        height=height,
        margin={"l": 8, "r": 16, "t": 70, "b": 8},
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "top", "y": -0.18, "x": 0},
        hovermode="closest",
        bargap=0.35,
    )
    fig.update_xaxes(title_text=x_title, automargin=True, **(money_axis if money == "x" else {}))
    fig.update_yaxes(title_text=y_title, automargin=True, **(money_axis if money == "y" else {}))
    return fig


def describe(row: pd.Series, lang: str, per: float = 1.0) -> str:
    """A figure's value in words: "43.000 € – 63.000 €", "ab 24.000 €"."""
    low = text.money(row["low"] / per, lang)
    if row["kind"] == "band":
        return f"{low} – {text.money(row['high'] / per, lang)}"
    if row["kind"] == "point":
        return low
    return f"{text.t('kind.' + row['kind'], lang)} {low}"


def _hover(row: pd.Series, lang: str, per: float = 1.0) -> str:
    return (f"<b>{row['label_' + lang]}</b><br>{describe(row, lang, per)}"
            f"<br>{text.t('hover.source', lang, section=row['section'])}")


def _figure_traces(rows: pd.DataFrame, lang: str, colour: str, name: str, *, horizontal: bool,
                   per: float = 1.0, legend: bool = True) -> list:
    """Bars for the bands, markers for single figures, of one group of rows."""
    traces = []
    labels = [wrap(label) for label in rows["label_" + lang]]
    hover = [_hover(r, lang, per) for _, r in rows.iterrows()]
    band = (rows["kind"] == "band").to_numpy()
    if band.any():
        lows = rows["low"][band] / per
        spans = (rows["high"][band] - rows["low"][band]) / per
        cats = [c for c, b in zip(labels, band) if b]
        xy = {"y": cats, "x": spans} if horizontal else {"x": cats, "y": spans}
        traces.append(go.Bar(
            **xy, base=lows, orientation="h" if horizontal else "v", marker_color=colour, name=name,
            customdata=[h for h, b in zip(hover, band) if b], hovertemplate=HOVER, legendgroup=name,
            showlegend=legend, opacity=0.85,
        ))
    if (~band).any():
        cats = [c for c, b in zip(labels, band) if not b]
        values = rows["low"][~band] / per
        xy = {"y": cats, "x": values} if horizontal else {"x": cats, "y": values}
        traces.append(go.Scatter(
            **xy, mode="markers", name=name, legendgroup=name, showlegend=legend and not band.any(),
            marker={"color": colour, "size": 13, "symbol": [SYMBOLS[k] for k in rows["kind"][~band]],
                    "line": {"width": 1, "color": "#ffffff"}},
            customdata=[h for h, b in zip(hover, band) if not b], hovertemplate=HOVER,
        ))
    return traces


def _reference_lines(fig: go.Figure, figures: pd.DataFrame, lang: str, *, axis: str, per: float = 1.0) -> None:
    """Dotted lines at the entry, average and top salary."""
    overall = figures[figures["dimension"] == "overall"]
    for _, r in overall.iterrows():
        value = r["low"] / per
        label = f"{text.t('line.' + r['key'], lang)} {text.money(value, lang)}"
        add = fig.add_hline if axis == "y" else fig.add_vline
        add(value, line={"dash": "dot", "width": 1, "color": COLOURS["line"]}, annotation_text=label,
            annotation_position="top left" if axis == "y" else "top right",
            annotation_font_size=11, annotation_font_color=COLOURS["line"])


def overview_chart(figures: pd.DataFrame, lang: str) -> go.Figure:
    traces = []
    for dim in ("overall", "level", "degree", "years", "industry"):
        rows = figures[figures["dimension"] == dim]
        traces += _figure_traces(rows, lang, COLOURS[dim], text.t("dim." + dim, lang), horizontal=True)
    fig = go.Figure(traces)
    order = [wrap(label) for label in figures["label_" + lang]][::-1]
    fig.update_yaxes(categoryorder="array", categoryarray=order)
    return _layout(fig, lang, text.t("overview.chart.title", lang), text.t("axis.salary", lang), "",
                   money="x", height=220 + 46 * len(figures), legend=True)


def experience_chart(figures: pd.DataFrame, lang: str) -> go.Figure:
    rows = figures[figures["dimension"].isin(["level", "years"])]
    traces = []
    for dim in ("level", "years"):
        part = rows[rows["dimension"] == dim]
        traces += _figure_traces(part, lang, COLOURS[dim], text.t("dim." + dim, lang), horizontal=False)
    fig = go.Figure(traces)
    fig.update_xaxes(categoryorder="array", categoryarray=[wrap(x) for x in rows["label_" + lang]])
    _reference_lines(fig, figures, lang, axis="y")
    return _layout(fig, lang, text.t("experience.chart.title", lang), "", text.t("axis.salary", lang),
                   money="y", height=480, legend=True)


def degree_chart(figures: pd.DataFrame, lang: str) -> go.Figure:
    rows = figures[figures["dimension"] == "degree"]
    fig = go.Figure(go.Bar(
        x=[wrap(x) for x in rows["label_" + lang]], y=rows["low"], marker_color=COLOURS["degree"],
        text=[text.money(v, lang) for v in rows["low"]], textposition="inside", insidetextanchor="end",
        textfont={"color": "#000000"},
        customdata=[_hover(r, lang) for _, r in rows.iterrows()], hovertemplate=HOVER,
    ))
    return _layout(fig, lang, text.t("degree.chart.title", lang), "", text.t("axis.salary", lang),
                   money="y", height=380)


def industry_chart(figures: pd.DataFrame, lang: str) -> go.Figure:
    rows = figures[figures["dimension"] == "industry"].sort_values("low", ascending=True)
    fig = go.Figure(go.Bar(
        y=[wrap(x) for x in rows["label_" + lang]], x=rows["low"], orientation="h",
        marker_color=COLOURS["industry"], text=[text.money(v, lang) for v in rows["low"]],
        textposition="inside", insidetextanchor="end", textfont={"color": "#000000"},
        customdata=[_hover(r, lang) for _, r in rows.iterrows()], hovertemplate=HOVER,
    ))
    average = figures[(figures["dimension"] == "overall") & (figures["key"] == "average")].iloc[0]
    fig.add_vline(average["low"], line={"dash": "dot", "width": 2, "color": COLOURS["line"]},
                  annotation_text=f"{text.t('line.average', lang)} {text.money(average['low'], lang)}",
                  annotation_position="bottom left", annotation_font_size=11)
    return _layout(fig, lang, text.t("industry.chart.title", lang), text.t("axis.salary", lang), "",
                   money="x", height=420)


def range_chart(figures: pd.DataFrame, ranges: Sequence[tuple[str, Estimate]], lang: str, *,
                title: str, per: float = 1.0, salary: float | None = None, bands: bool = True) -> go.Figure:
    """Each estimate's low-high range with its median, beside the article's level bands."""
    traces = []
    axis_title = text.t("axis.salary" if per == 1 else "axis.salary_month", lang)
    if bands:
        levels = figures[figures["dimension"] == "level"]
        traces += _figure_traces(levels, lang, COLOURS["level"], text.t("dim.level", lang),
                                 horizontal=True, per=per, legend=False)
    order = [] if not bands else [wrap(x) for x in figures.loc[figures["dimension"] == "level", "label_" + lang]]
    for i, (label, e) in enumerate(ranges):
        colour = COLOURS["you"] if i == 0 else COLOURS["second"]
        low, median, high = e.low / per, e.median / per, e.high / per
        hover = (f"<b>{label}</b><br>{text.money(low, lang)} – {text.money(high, lang)}"
                 f"<br>{text.t('metric.median', lang)}: {text.money(median, lang)}<br>{text.t('hover.model', lang)}")
        name = wrap(label)
        order.append(name)
        traces.append(go.Bar(y=[name], x=[high - low], base=[low], orientation="h", marker_color=colour,
                             customdata=[hover], hovertemplate=HOVER, opacity=0.85, showlegend=False))
        traces.append(go.Scatter(y=[name], x=[median], mode="markers", customdata=[hover], hovertemplate=HOVER,
                                 marker={"symbol": "line-ns", "size": 26, "line": {"width": 3, "color": "#000000"}},
                                 showlegend=False))
    fig = go.Figure(traces)
    fig.update_yaxes(categoryorder="array", categoryarray=order[::-1])
    if salary is not None:
        value = salary / per
        fig.add_vline(value, line={"width": 2, "color": COLOURS["you"], "dash": "dash"},
                      annotation_text=f"{text.t('chart.range.salary', lang)} {text.money(value, lang)}",
                      annotation_position="top", annotation_font_size=11)
    fig.update_xaxes(range=[figures.loc[figures["key"] == "entry", "low"].iloc[0] / per * 0.9,
                            figures.loc[figures["key"] == "top", "low"].iloc[0] / per * 1.05])
    height = 150 + 62 * len(order)
    return _layout(fig, lang, title, axis_title, "", money="x", height=max(height, 260))


def career_chart(path: pd.DataFrame, years: float, lang: str, *, per: float = 1.0) -> go.Figure:
    """The range (band) and median over the years for one profile; the person marked."""
    axis_title = text.t("axis.salary" if per == 1 else "axis.salary_month", lang)
    x = path["years"].tolist()
    low, median, high = (path[c] / per for c in ("low", "median", "high"))
    band_name = text.t("chart.career.band", lang)
    band_hover = [f"{text.number(y, lang)} {text.t('axis.years', lang)}<br>{text.money(lo, lang)} – "
                  f"{text.money(hi, lang)}" for y, lo, hi in zip(x, low, high)]
    median_hover = [f"{text.number(y, lang)} {text.t('axis.years', lang)}<br>{text.t('metric.median', lang)}: "
                    f"{text.money(m, lang)}<br>{text.t('hover.model', lang)}" for y, m in zip(x, median)]
    at = path.loc[(path["years"] - years).abs().idxmin()]
    fig = go.Figure([
        go.Scatter(x=x, y=low, mode="lines", line={"width": 0}, hoverinfo="skip", showlegend=False),
        go.Scatter(x=x, y=high, mode="lines", line={"width": 0}, fill="tonexty",
                   fillcolor="rgba(0,114,178,0.28)", name=band_name, customdata=band_hover, hovertemplate=HOVER),
        go.Scatter(x=x, y=median, mode="lines", line={"color": COLOURS["level"], "width": 3},
                   name=text.t("chart.career.median", lang), customdata=median_hover, hovertemplate=HOVER),
        go.Scatter(x=[years], y=[at["median"] / per], mode="markers", name=text.t("chart.career.you", lang),
                   marker={"color": COLOURS["you"], "size": 14, "line": {"width": 2, "color": "#ffffff"}},
                   customdata=[f"<b>{text.t('chart.career.you', lang)}</b><br>{text.money(at['median'] / per, lang)}"],
                   hovertemplate=HOVER),
    ])
    fig.update_xaxes(range=[0, max(x)])
    return _layout(fig, lang, text.t("chart.career.title", lang), text.t("axis.years", lang), axis_title,
                   money="y", height=420, legend=True)


def waterfall_chart(steps: Sequence[Step], lang: str, *, per: float = 1.0) -> go.Figure:
    """Base, then each step's amount, ending at the median."""
    axis_title = text.t("axis.salary" if per == 1 else "axis.salary_month", lang)
    labels = [wrap(text.t("step." + s.id, lang), 14) for s in steps] + [text.t("step.total", lang)]
    amounts = [s.amount / per for s in steps]
    total = steps[-1].total / per
    shown = [text.money(amounts[0], lang)] + [text.signed_money(a, lang) for a in amounts[1:]] \
        + [text.money(total, lang)]
    fig = go.Figure(go.Waterfall(
        x=labels, y=amounts + [total], measure=["absolute"] + ["relative"] * (len(steps) - 1) + ["total"],
        text=shown, textposition="outside", customdata=shown, hovertemplate=HOVER,
        increasing={"marker": {"color": COLOURS["years"]}}, decreasing={"marker": {"color": COLOURS["you"]}},
        totals={"marker": {"color": COLOURS["level"]}}, connector={"line": {"color": COLOURS["line"]}},
        cliponaxis=False,
    ))
    return _layout(fig, lang, text.t("chart.waterfall.title", lang), "", axis_title, money="y", height=420)
