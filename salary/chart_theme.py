"""The charts' colours and the theme they are drawn in: a colour-blind-safe palette
that reads on Streamlit's light and dark background, the text and ink of each theme
(`themed`), the hover box, plotly's template and the chart toolbar's settings."""

from __future__ import annotations

from functools import lru_cache

import plotly.graph_objects as go
import plotly.io as pio

# Okabe-Ito hues (distinguishable with the common colour-vision deficiencies),
# the light ones darkened so that every bar, marker and line has a contrast of
# at least 3:1 against both Streamlit's light and dark background (BACKGROUNDS).
# The career band is a blue of 3:1 on both, translucent enough for the grid to
# show through. Text on the plot takes its colour from the theme (themed()):
# no single colour reaches 4.5:1 on both backgrounds.
COLOURS = {
    "overall": "#8A8A8A", "level": "#0072B2", "degree": "#B07A00", "years": "#009E73",
    "industry": "#CC79A7", "you": "#D55E00", "second": "#2F8AC4", "line": "#888888",
    "band": "rgba(47,138,196,0.9)",
}
# Other sources: ranges (bands, quartiles) as bars, averages as points; the
# article's level bands shaded across the plot, one colour each.
SOURCE_COLOURS = {"range": "#CC79A7", "point": "#009E73"}
LEVEL_SHADES = {"junior": "#56B4E9", "experienced": "#0072B2", "senior": "#E69F00"}
SHADE_OPACITY = 0.22
# Net pay: what is paid out, taxes, contributions, and the car's benefit in kind.
NET_COLOURS = {"net": COLOURS["years"], "wage_tax": COLOURS["you"], "solidarity": COLOURS["you"],
               "church_tax": COLOURS["you"], "pension": COLOURS["level"], "unemployment": COLOURS["level"],
               "health": COLOURS["level"], "care": COLOURS["level"], "car_benefit": COLOURS["overall"]}

# Streamlit's app background in each theme (its theme.backgroundColor defaults).
BACKGROUNDS = {"light": "#ffffff", "dark": "#171614"}
# Text drawn on the plot (titles, ticks, labels, legend) in each theme; Streamlit's
# own plotly theme writes ticks and axis titles in a grey of 3.8:1 on white.
TEXT_COLOURS = {"light": "#3b3b3b", "dark": "#e6e6e6"}
# The median (its tick on a range, its line on the career path), a typed
# salary's marker and the rings around markers are drawn in INK, which
# themed() turns into the theme's own: black on white, white on the dark
# background. Either reaches 3:1 against every bar colour it is drawn on.
INK = "#000000"
INK_COLOURS = {"light": INK, "dark": "#ffffff"}
# Trace keys whose value is a mark's colour (text keeps the colour it was given).
COLOUR_KEYS = ("color", "fillcolor")
# No outline around bars, whatever the default template draws.
NO_OUTLINE = {"width": 0}
# Dark text on a white box, whatever the trace colour (plotly's default
# writes white on the trace colour, hard to read on orange or light blue).
HOVERLABEL = {"bgcolor": "#ffffff", "bordercolor": "#555555", "font": {"color": "#1a1a1a", "size": 13},
              "align": "left"}
# No toolbar: on a phone it covers the chart's title, and every chart's numbers are on the page.
CONFIG = {"displaylogo": False, "responsive": True, "displayModeBar": False,
          "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"]}

# The trace types the charts use.
TRACE_TYPES = ("bar", "scatter", "waterfall")


def template() -> go.layout.Template:
    return _template(pio.templates.default)


@lru_cache(maxsize=4)
def _template(default: str) -> go.layout.Template:
    """The default template (Streamlit's under Streamlit, plotly's elsewhere) cut
    to what bar, scatter and waterfall traces read: its colour sequence and
    those types' defaults. The full one brings colour scales for heatmaps and
    contours into every chart: more to send, and more objects in each cached
    chart for the collector to walk."""
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
