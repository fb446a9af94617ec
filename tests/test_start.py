"""A cold start: the overview's first run in a fresh process sends its chart
before the libraries that only the tables below it need are imported (pandas,
numpy, pyarrow: about 0.35 s), and before the top of the page, which is drawn
above it afterwards."""

import json
import subprocess
import sys

from bench.harness import ROOT

LATE = ("pandas", "numpy", "pyarrow")

PROBE = """
import json, logging, sys
import streamlit as st
from streamlit.testing.v1 import AppTest
logging.disable(logging.WARNING)
seen, order = [], []
draw, title = st.plotly_chart, st.title
def plotly_chart(*args, **kwargs):
    seen.append(sorted(name for name in {late!r} if name in sys.modules))
    order.append("chart")
    return draw(*args, **kwargs)
def titled(*args, **kwargs):
    order.append("title")
    return title(*args, **kwargs)
st.plotly_chart, st.title = plotly_chart, titled
at = AppTest.from_file({app!r}, default_timeout=60).run()
laid_out = [e.type for e in at.main]  # the page's elements in the order they are shown
first = "title" if laid_out.index("title") < laid_out.index("plotly_chart") else "plotly_chart"
print(json.dumps({{"at_chart": seen, "after_run": sorted(n for n in {late!r} if n in sys.modules),
                  "order": order, "first": first, "exception": [e.value for e in at.exception]}}))
"""


def test_the_overview_sends_its_chart_before_the_table_libraries_are_loaded():
    out = subprocess.run([sys.executable, "-c", PROBE.format(late=LATE, app=str(ROOT / "app.py"))], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["exception"] == []
    assert len(result["at_chart"]) == 1, "the overview draws one chart"
    assert result["at_chart"][0] == []
    # The same run goes on to the chart's table, which needs them: the probe sees imports.
    assert {"pandas", "pyarrow"} <= set(result["after_run"])
    # The chart is sent before the top of the page, which stays on top.
    assert result["order"] == ["chart", "title"]
    assert result["first"] == "title"
