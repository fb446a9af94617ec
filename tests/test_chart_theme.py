"""Every chart readable in both themes (WCAG 2.1; contrast computed here from the
definition of relative luminance). Each chart function is built with
representative arguments and drawn in the light and the dark theme as the page
draws it (charts.themed); then every colour of every trace, read from the
figure's spec (marker fill and outline, line, area fill, bar fill and outline,
the waterfall's parts and connector, single colours and arrays of them, and so
the legend symbols they make), reaches 3:1 against that theme's background, and
the reference lines too. Text reaches 4.5:1 against what it is drawn on."""

import re

import plotly.graph_objects as go
import pytest

from salary import charts, model, net, sources

M = model.default_model()
E = M.estimate(model.Profile(8, "master", "software"))
SECOND = M.estimate(model.Profile(15))
# Streamlit 1.67's app backgrounds: the defaults of theme.backgroundColor
# (streamlit/config.py: "#ffffff for the light theme and #171614 for the dark
# theme"; bgColor in its frontend's themes), as Chromium computes them for stApp.
BACKGROUNDS = {"light": "#ffffff", "dark": "#171614"}
MARKS, TEXT = 3.0, 4.5
# plotly.js's widths where neither the trace nor its template sets one: no
# outline around markers and bars, lines and the waterfall's connector 2 px.
DEFAULT_WIDTH = {"marker.line.width": 0, "connector.line.width": 2, "line.width": 2}


def default_width(path: str) -> float:
    return next(width for end, width in DEFAULT_WIDTH.items() if path.endswith(end))


def every_chart(lang: str) -> dict[str, tuple]:
    """name: (chart function, args, kwargs), every chart function at least once."""
    taxed = net.year_and_month(E.median, net.TaxProfile(church=True, car=45000, km=20), 0.2, 1.0, 12)
    two = [("A", E), ("B", SECOND)]
    return {
        "overview": (charts.overview_chart, (M, lang), {}),
        "experience": (charts.experience_chart, (M, lang), {}),
        "degree": (charts.degree_chart, (M, lang), {}),
        "industry": (charts.industry_chart, (M, lang), {}),
        "sources": (charts.sources_chart, (sources.default_sources(), M, lang), {}),
        "sources with a profile": (charts.sources_chart, (sources.default_sources(), M, lang, E), {}),
        "range": (charts.range_chart, (M, [("A", E)], lang), {"title": "t", "salary": 70000}),
        "range, two profiles": (charts.range_chart, (M, two, lang), {"title": "t", "salary": 90000}),
        "compare": (charts.range_chart, (M, two, lang), {"title": "t", "bands": False}),
        "range per month": (charts.range_chart, (M, [("A", E)], lang), {"title": "t", "divisor": 13, "salary": 70000}),
        "career": (charts.career_chart, (E, lang), {}),
        "career with a salary": (charts.career_chart, (E, lang), {"salary": 70000}),
        "waterfall": (charts.waterfall_chart, (E, lang), {}),
        "net": (charts.net_chart, (taxed.year, taxed.month, lang), {}),
    }


def built(lang: str) -> dict[str, go.Figure]:
    return {name: build(*args, **kwargs) for name, (build, args, kwargs) in every_chart(lang).items()}


# -- colours and contrast, by WCAG 2.1's definitions ---------------------------
def parse(colour: str) -> tuple[tuple[float, float, float], float]:
    """(r, g, b) in 0-255 and alpha of a CSS hex, rgb() or rgba() colour."""
    c = colour.strip().lower()
    if m := re.fullmatch(r"#([0-9a-f]{6})", c):
        return tuple(int(m[1][i:i + 2], 16) for i in (0, 2, 4)), 1.0
    if m := re.fullmatch(r"#([0-9a-f]{3})", c):
        return tuple(int(d * 2, 16) for d in m[1]), 1.0
    if m := re.fullmatch(r"rgba?\(([^)]*)\)", c):
        parts = [float(p) for p in m[1].split(",")]
        return tuple(parts[:3]), parts[3] if len(parts) == 4 else 1.0
    raise AssertionError(f"a colour this test cannot read: {colour!r}")


def seen(colour: str, background: str, opacity: float = 1.0) -> tuple[float, float, float]:
    """The colour as drawn on the background: its alpha and the opacity blended in."""
    rgb, alpha = parse(colour)
    back, _ = parse(background)
    a = alpha * opacity
    return tuple(a * c + (1 - a) * b for c, b in zip(rgb, back))


def luminance(rgb: tuple[float, float, float]) -> float:
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str | tuple, b: str | tuple) -> float:
    a, b = (parse(c)[0] if isinstance(c, str) else c for c in (a, b))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_gives_wcag_s_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#fff") == pytest.approx(1)
    assert seen("rgba(0,0,0,0.5)", "#ffffff") == pytest.approx((127.5, 127.5, 127.5))


# -- every mark of a figure's spec ---------------------------------------------
def lookup(node: dict, path: str):
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def colours(value) -> list:
    """A colour or an array of them, as a list (None stays: a mark without a colour)."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


def marks(spec: dict) -> list[tuple[str, str | None, float]]:
    """(where, colour, opacity) of every mark drawn against the background: each
    trace's colours as the trace sets them, else as its template does."""
    template = spec["layout"].get("template", {}).get("data", {})
    found = []
    for i, trace in enumerate(spec["data"]):
        kind = trace["type"]
        defaults = (template.get(kind) or [{}])[0]

        def get(path, default=None, trace=trace, defaults=defaults):
            for source in (trace, defaults):
                if (value := lookup(source, path)) is not None:
                    return value
            return default

        where = f"trace {i} ({kind} {trace.get('name', '')!r})"
        opacity = get("opacity", 1.0)

        def add(what, path, *, width=None, opacity=opacity, where=where, get=get):
            if width is not None and not get(width, default_width(width)):
                return  # no width: not drawn
            found.extend((f"{where} {what}", c, opacity) for c in colours(get(path)))

        if kind == "bar":
            add("bar fill", "marker.color", opacity=opacity * get("marker.opacity", 1.0))
            add("bar outline", "marker.line.color", width="marker.line.width")
        elif kind == "scatter":
            mode = trace.get("mode", "lines+markers")
            if "markers" in mode:
                marker_opacity = opacity * get("marker.opacity", 1.0)
                add("marker", "marker.color", opacity=marker_opacity)
                add("marker outline", "marker.line.color", width="marker.line.width", opacity=marker_opacity)
            if "lines" in mode:
                add("line", "line.color", width="line.width")
            if get("fill", "none") != "none":
                add("area fill", "fillcolor")
        elif kind == "waterfall":
            for part in ("increasing", "decreasing", "totals"):
                add(f"{part} bar", f"{part}.marker.color")
                add(f"{part} outline", f"{part}.marker.line.color", width=f"{part}.marker.line.width")
            if get("connector.visible", True):
                add("connector", "connector.line.color", width="connector.line.width")
        else:
            found.append((f"{where}: a trace type this test does not read; teach marks() its colours", None, 1))
    for shape in spec["layout"].get("shapes", []):
        if shape.get("type") == "line":
            found.append(("reference line", lookup(shape, "line.color"), shape.get("opacity", 1.0)))
    return found


def test_marks_reads_what_a_trace_leaves_to_its_template():
    chart = go.Figure(go.Bar(x=[1], y=["a"], marker_color="#0072B2"), layout={"template": "plotly"})
    found = {what.split(") ", 1)[1]: colour for what, colour, _ in marks(chart.to_dict())}
    assert found == {"bar fill": "#0072B2", "bar outline": "#E5ECF6"}  # plotly's template outlines bars


def test_a_faint_mark_fails():
    """What issue 25 found: the median's black tick (and so its legend symbol) on the dark background."""
    spec = charts.themed(charts.range_chart(M, [("A", E)], "en", title="t"), "dark").to_dict()
    median = next(t for t in spec["data"] if lookup(t, "marker.symbol") == "line-ns")
    median["marker"]["line"]["color"] = "#000000"
    dark = BACKGROUNDS["dark"]
    faint = [(what, c) for what, c, o in marks(spec) if contrast(seen(c, dark, o), dark) < MARKS]
    assert faint == [("trace 2 (scatter 'Median') marker outline", "#000000")]
    band = go.Figure(go.Scatter(x=[0, 1], y=[1, 1], mode="lines", line={"width": 0}, fill="tozeroy",
                                fillcolor="rgba(0,114,178,0.28)")).to_dict()
    [(_, colour, opacity)] = marks(band)
    assert contrast(seen(colour, "#ffffff", opacity), "#ffffff") < MARKS


# -- the charts ------------------------------------------------------------------
def test_every_chart_function_is_checked():
    functions = {name for name in dir(charts) if name.endswith("_chart") and callable(getattr(charts, name))}
    assert {build.__name__ for build, _, _ in every_chart("en").values()} == functions


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_every_mark_reaches_3_to_1_in_both_themes(lang, theme):
    background = BACKGROUNDS[theme]
    faint = []
    for name, chart in built(lang).items():
        found = marks(charts.themed(chart, theme).to_dict())
        assert found, name
        for what, colour, opacity in found:
            if colour is None:  # left to the colorway, which Streamlit sets apart for each theme
                faint.append((name, what, "no colour of its own"))
            elif (ratio := contrast(seen(colour, background, opacity), background)) < MARKS:
                faint.append((name, what, colour, round(ratio, 2)))
    assert not faint, f"{theme} theme, below {MARKS}:1 against {background}: {faint}"


@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_a_median_tick_stands_out_from_its_bar(theme):
    for name, chart in built("en").items():
        spec = charts.themed(chart, theme).to_dict()
        for trace in spec["data"]:
            if lookup(trace, "marker.symbol") != "line-ns":
                continue
            bars = [c for t in spec["data"] if t["type"] == "bar" and t["y"] == trace["y"]
                    for c in colours(t["marker"]["color"])]
            tick = trace["marker"]["line"]["color"]
            assert bars and all(contrast(tick, b) >= MARKS for b in bars), (name, theme, tick, bars)


@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_the_career_path_s_median_and_markers_stand_out_from_its_band(theme):
    spec = charts.themed(charts.career_chart(E, "en", salary=70000), theme).to_dict()
    [band] = [t for t in spec["data"] if t.get("fill")]
    fill = seen(band["fillcolor"], BACKGROUNDS[theme])
    on_band = [(lookup(t, "line.color") if t["mode"] == "lines" else lookup(t, "marker.color"),
                lookup(t, "marker.line.color")) for t in spec["data"] if t is not band and t.get("name")]
    for mark, ring in on_band:  # the median line, and each marker by its fill or its ring
        assert max(contrast(c, fill) for c in (mark, ring) if c) >= MARKS, (theme, mark, ring)


def without_colours(node):
    if isinstance(node, dict):
        return {k: without_colours(v) for k, v in node.items() if k not in ("color", "fillcolor")}
    if isinstance(node, (list, tuple)):
        return [without_colours(v) for v in node]
    return node


@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_a_theme_changes_colours_only(theme):
    for name, chart in built("de").items():
        drawn = charts.themed(chart, theme).to_dict()["data"]
        assert without_colours(drawn) == without_colours(chart.to_dict()["data"]), name
        if theme == "light":
            assert drawn == chart.to_dict()["data"], name


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_themed_text_reaches_4_5_to_1_on_its_background(lang, theme):
    for name, chart in built(lang).items():
        layout = charts.themed(chart, theme).to_dict()["layout"]
        found = [layout["font"]["color"], layout["title"]["font"]["color"], layout["legend"]["font"]["color"]]
        for axis in ("xaxis", "yaxis"):
            found += [layout[axis]["tickfont"]["color"], layout[axis]["title"]["font"]["color"]]
        found += [a["font"]["color"] for a in layout.get("annotations", [])]
        for colour in found:
            assert contrast(colour, BACKGROUNDS[theme]) >= TEXT, (name, colour, theme)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_text_on_the_plot_takes_the_theme_colour_or_contrasts_with_its_bar(lang, theme):
    for name, chart in built(lang).items():
        spec = charts.themed(chart, theme).to_dict()
        for note in chart.to_dict()["layout"].get("annotations", []):
            assert "color" not in note.get("font", {}), (name, note["text"])
        for trace in spec["data"]:
            colour = trace.get("textfont", {}).get("color")
            if colour and trace.get("textposition") == "inside":
                for bar in colours(trace["marker"]["color"]):
                    assert contrast(colour, bar) >= TEXT, (name, colour, bar)
            elif trace.get("text") is not None:  # outside the bars: the layout's font, the theme's colour
                assert colour is None, name


@pytest.mark.parametrize("lang", ["de", "en"])
def test_hover_boxes_are_readable(lang):
    for name, chart in built(lang).items():
        label = chart.to_dict()["layout"]["hoverlabel"]
        assert contrast(label["font"]["color"], label["bgcolor"]) >= TEXT, name
        # The box stands out from either background by its border or its fill.
        assert all(max(contrast(label["bordercolor"], bg), contrast(label["bgcolor"], bg)) >= MARKS
                   for bg in BACKGROUNDS.values()), name
