"""The figure every chart is drawn in: one layout (title wrapped for a phone, axes
in the reader's number format, the legend below), the rows of a horizontal chart
named above their bars, and full-height reference lines with their labels."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import plotly.graph_objects as go

from salary import text
from salary.chart_theme import COLOURS, HOVERLABEL, template

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


def wrap(label: str, width: int = TITLE_WIDTH) -> str:
    return "<br>".join(textwrap.wrap(label, width, break_long_words=False)) or label


def figure(traces: list[dict], lang: str, title: str, x_title: str, y_title: str, *, money: str,
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


def reference_line(value: float, label: str, *, colour: str = COLOURS["line"], dash: str = "dot",
                   width: int = 1, side: str = "right") -> dict:
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


def line_label(name: str, amount: str) -> str:
    """A reference line's label: its name above its amount."""
    return f"{name}<br>{amount}"  # two short lines: neighbouring labels fit side by side on a phone
