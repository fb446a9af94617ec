"""A cold start: the overview's first run in a fresh process sends its chart
before the libraries that only the tables below it need are imported (pandas,
numpy, pyarrow: about 0.35 s)."""

import json
import subprocess
import sys

from tests.e2e.harness import ROOT

LATE = ("pandas", "numpy", "pyarrow")

PROBE = """
import json, logging, sys
import streamlit as st
from streamlit.testing.v1 import AppTest
logging.disable(logging.WARNING)
seen = []
draw = st.plotly_chart
def plotly_chart(*args, **kwargs):
    seen.append(sorted(name for name in {late!r} if name in sys.modules))
    return draw(*args, **kwargs)
st.plotly_chart = plotly_chart
at = AppTest.from_file({app!r}, default_timeout=60).run()
print(json.dumps({{"at_chart": seen, "after_run": sorted(n for n in {late!r} if n in sys.modules),
                  "exception": [e.value for e in at.exception]}}))
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
