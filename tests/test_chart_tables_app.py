"""Every chart on every page and estimator view comes with its summary in
words and (where no table of the same numbers stands beside it) a
"Daten als Tabelle" / "Data as table" expander holding a table with one row
per category of the chart (AppTest). The table is drawn once its fold is
opened; closed, the fold holds nothing."""

import pytest

from salary import charts, params, text
from salary.ui.show import table_key
from tests.conftest import PAGES, assert_clean, label, run_app, specs, values

# Every chart the pages can draw: each has a fold for its table.
BUILDS = [getattr(charts, name) for name in charts.__all__ if name.endswith("_chart")]

TARGETS = [(page, {}) for page in PAGES if page != "estimator"] + [
    ("estimator", {"view": view, "salary": "70000"}) for view in params.VIEW.choices]


def categories(spec: dict) -> list[str]:
    layout = spec["layout"]
    if "categoryarray" in layout.get("yaxis", {}):
        return [label(c) for c in layout["yaxis"]["categoryarray"]]
    axis = "y" if spec["data"][0].get("orientation") == "h" else "x"
    return list(dict.fromkeys(label(str(c)) for trace in spec["data"] for c in values(trace.get(axis, []))))


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("page", "query"), TARGETS, ids=lambda v: v if isinstance(v, str) else v.get("view", ""))
def test_every_chart_has_its_summary_and_table(page, query, lang):
    at = run_app(page, {**query, "lang": lang})
    assert_clean(at)
    closed = [e for e in at.expander if e.label == text.t("chart.table", lang)]
    assert not any(e.table for e in closed), "a closed fold sends no table"
    for build in BUILDS:  # open them all, as a reader clicks each
        at.session_state[table_key(build)] = True
    at.run()
    assert_clean(at)
    charts = specs(at)
    summaries = [c.value for c in at.caption if c.value.startswith(text.t("chart.summary", lang, summary=""))]
    assert len(summaries) == len(charts)
    expanders = [e for e in at.expander if e.label == text.t("chart.table", lang)]
    beside = 1 if query.get("view") == "net" else 0  # the net view's table stands beside its chart
    assert len(expanders) == len(charts) - beside
    for spec, expander in zip(charts, expanders):
        table = expander.table[0].value
        if query.get("view") == "path":  # a row per year, the chart's x values
            assert len(table) == len(values(spec["data"][0]["x"]))
            continue
        names = table[text.t("chart.column.label" if page != "estimator" or query["view"] != "build"
                             else "chart.column.step", lang)]
        # Every category of the chart, and nothing else (a source with two figures has two rows).
        assert set(names) == set(categories(spec))
