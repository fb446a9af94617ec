"""Chart colours readable in both themes (WCAG 2.1, computed here from the
definition of relative luminance): bars, markers and lines at least 3:1
against Streamlit's light and dark background, text at least 4.5:1 against
what it is drawn on; text on the plot itself takes the theme's colour."""

import pytest

from salary import charts, model, net, sources

M = model.default_model()
E = M.estimate(model.Profile(8, "master", "software"))
# Streamlit 1.67's background colours, as Chromium computes them for stApp.
BACKGROUNDS = {"light": "#ffffff", "dark": "#171614"}


def luminance(colour: str) -> float:
    rgb = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def all_charts(lang: str) -> dict:
    both = net.year_and_month(E.median, net.TaxProfile(car=45000, km=20), 0.2, 1.0, 12)
    return {
        "overview": charts.overview_chart(M, lang), "experience": charts.experience_chart(M, lang),
        "degree": charts.degree_chart(M, lang), "industry": charts.industry_chart(M, lang),
        "range": charts.range_chart(M, [("A", E)], lang, title="t", salary=70000),
        "compare": charts.range_chart(M, [("A", E), ("B", M.estimate(model.Profile(15)))], lang, title="t",
                                      bands=False),
        "career": charts.career_chart(E, lang),
        "waterfall": charts.waterfall_chart(E, lang),
        "sources": charts.sources_chart(sources.default_sources(), M, lang, E),
        "net": charts.net_chart(both.year, both.month, lang),
    }


def colours(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def marks(spec: dict) -> list[tuple[str, str]]:
    """(what, colour) of every bar, marker and line drawn against the background."""
    out = []
    for i, trace in enumerate(spec["data"]):
        marker = trace.get("marker", {})
        if trace.get("marker", {}).get("symbol") == "line-ns":
            continue  # the median's tick, drawn on its bar (checked against the bar below)
        out += [(f"trace {i} marker", c) for c in colours(marker.get("color"))]
        if trace.get("mode", "") and "lines" in trace["mode"] and trace.get("line", {}).get("width", 2) > 0:
            out += [(f"trace {i} line", c) for c in colours(trace.get("line", {}).get("color"))]
        for part in ("increasing", "decreasing", "totals"):
            out += [(f"trace {i} {part}", c) for c in colours(trace.get(part, {}).get("marker", {}).get("color"))]
    for shape in spec["layout"].get("shapes", []):
        if shape.get("type") == "line":
            out.append(("reference line", shape["line"]["color"]))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_marks_reach_3_to_1_on_both_backgrounds(lang, theme):
    for name, chart in all_charts(lang).items():
        for what, colour in marks(chart.to_dict()):
            assert contrast(colour, BACKGROUNDS[theme]) >= 3, (name, what, colour, theme)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("theme", list(BACKGROUNDS))
def test_themed_text_reaches_4_5_to_1_on_its_background(lang, theme):
    for name, chart in all_charts(lang).items():
        layout = charts.themed(chart, theme).to_dict()["layout"]
        found = [layout["font"]["color"], layout["title"]["font"]["color"], layout["legend"]["font"]["color"]]
        for axis in ("xaxis", "yaxis"):
            found += [layout[axis]["tickfont"]["color"], layout[axis]["title"]["font"]["color"]]
        found += [a["font"]["color"] for a in layout.get("annotations", [])]
        for colour in found:
            assert contrast(colour, BACKGROUNDS[theme]) >= 4.5, (name, colour, theme)
        assert charts.themed(chart, theme).to_dict()["data"] == chart.to_dict()["data"], name


@pytest.mark.parametrize("lang", ["de", "en"])
def test_text_on_the_plot_takes_the_theme_colour_or_contrasts_with_its_bar(lang):
    for name, chart in all_charts(lang).items():
        spec = chart.to_dict()
        for note in spec["layout"].get("annotations", []):
            assert "color" not in note.get("font", {}), (name, note["text"])
        for trace in spec["data"]:
            colour = trace.get("textfont", {}).get("color")
            if colour and trace.get("textposition") == "inside":
                for bar in colours(trace["marker"]["color"]):
                    assert contrast(colour, bar) >= 4.5, (name, colour, bar)
            if trace.get("marker", {}).get("symbol") == "line-ns":
                bars = [c for t in spec["data"] if t["type"] == "bar" and t["y"] == trace["y"]
                        for c in colours(t["marker"]["color"])]
                assert bars and all(contrast(trace["marker"]["line"]["color"], b) >= 3 for b in bars), name


@pytest.mark.parametrize("lang", ["de", "en"])
def test_hover_boxes_are_readable(lang):
    for name, chart in all_charts(lang).items():
        label = chart.to_dict()["layout"]["hoverlabel"]
        assert contrast(label["font"]["color"], label["bgcolor"]) >= 4.5, name
        # The box stands out from either background by its border or its fill.
        assert max(contrast(label["bordercolor"], bg) for bg in BACKGROUNDS.values()) >= 3, name
