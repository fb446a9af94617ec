"""Shared helpers for the AppTest suites: run the app on a page with a query
string, and read plotly specs back as plain lists."""

import base64
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings
from streamlit.testing.v1 import AppTest

# Shared CI machines stall now and then; a slow example is not a failure.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("overview", "experience", "degree", "industry", "sources", "estimator", "methodology")


def script(page: str) -> str:
    """A page's script, relative to the project: the overview is app.py, the others pages/<page>.py."""
    return "app.py" if page == "overview" else f"pages/{page}.py"


def copy_data(folder: Path) -> Path:
    """A copy of every data file in `folder`, for tests that damage or change one."""
    for path in (ROOT / "data").glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def run_app(page: str = "overview", query: dict | None = None) -> AppTest:
    """app.py on `page`, with `query` as the URL's query parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if page != "overview":
        # Page url paths equal the file names, so the page can be opened directly,
        # as a share link does.
        at.switch_page(script(page))
    return at.run()


def values(v):
    """A plotly data array as a list (plotly writes numpy arrays as base64 typed arrays)."""
    if isinstance(v, dict) and "bdata" in v:
        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"])).tolist()
    return list(v)


def specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def label(text: str) -> str:
    return text.replace("<br>", " ")


def metric_values(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def assert_clean(at: AppTest) -> None:
    """No exception and no error element on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.fixture
def app():
    return run_app


def downloaded(at: AppTest, fmt: str) -> str:
    """What the estimator's download button `fmt` (csv, json) delivers after this run: the
    page builds it with report.request from its controls' values, which this reads back
    from the session."""
    from salary import model, params, report

    assert [b for b in at.get("download_button") if b.proto.id.endswith(f"download_{fmt}")]
    values = {p.name: at.session_state[p.name] for p in params.ESTIMATOR}
    record = report.build(report.request(model.default_model(), values))
    return report.to_csv(record) if fmt == "csv" else report.to_json(record)
