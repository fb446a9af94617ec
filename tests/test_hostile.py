"""Hostile query strings against every page (hypothesis through AppTest), and
the settings a public share link needs. HOSTILE_EXAMPLES sets how many query
strings each page gets (CI raises it)."""

import os
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salary import params, text
from salary.model import Profile, estimate
from tests.conftest import PAGES, ROOT, metric_values, run_app

# Every edge of every parameter is a fixed test (test_edges.py); this random search is on top.
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "6"))
PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold** _x_", "[x](javascript:alert(1))",
    "`code`", "$x^2$", "\u202e\u0000\ufeff", "😀" * 50, "-5", "46", "1e309", "-1e309", "nan", "NaN", "inf",
    "-inf", "0x10", "1_000", " 8 ", "8.5", "", "9" * 5000, "master", "software", "p10-p90", "month", "13", "en",
    "de", "70000", "0", "45", "150", "50",
]
values = st.one_of(st.sampled_from(PAYLOADS), st.sampled_from(["relative", "overall", "month", "13", "35"]),
                   st.text(max_size=40), st.integers(-10**6, 10**7).map(str), st.floats().map(str))
names = st.sampled_from([*params.BY_NAME, "foo", "__proto__", "YEARS"])
queries = st.dictionaries(names, st.one_of(values, st.lists(values, min_size=2, max_size=3)), max_size=8)


def _expected(query: dict) -> tuple[dict, set]:
    """The value each estimator parameter should take, and the bad names."""
    chosen, bad = {}, set()
    for name, param in params.BY_NAME.items():
        if name not in query:
            continue
        raw = query[name] if isinstance(query[name], list) else [query[name]]
        value, problem = param.parse(raw, "de")
        if problem is not None:
            bad.add(name)
        else:
            chosen[name] = value
    return chosen, bad


@pytest.mark.parametrize("page", PAGES)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=queries)
def test_hostile_query_strings(page, query):
    at = run_app(page, query)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error
    chosen, bad = _expected(query)
    if page == "sources":  # reads the profile a link carries, no other estimator parameter
        bad &= {"lang", "years", "degree", "industry", "bands", "industry_reading"}
    elif page != "estimator":
        bad &= {"lang"}
    if bad:
        assert len(at.warning) == 1
        for name in bad:
            assert f"`{name}`" in at.warning[0].value
    else:
        assert not at.warning
    shown = " ".join(e.value for e in [*at.markdown, *at.warning, *at.caption, *at.title] if e.value)
    for raw in query.values():
        for v in raw if isinstance(raw, list) else [raw]:
            if "<" in v or len(v) > 60:
                assert v not in shown  # nothing from the URL is echoed, let alone as HTML
    lang = chosen.get("lang", text.DEFAULT_LANG)
    assert at.title[0].value  # the page rendered
    if page == "estimator":
        years = chosen.get("years", params.YEARS.default)
        p = Profile(years, chosen.get("degree", "bachelor"), chosen.get("industry", "all"),
                    chosen.get("bands", params.BANDS.default),
                    chosen.get("industry_reading", params.INDUSTRY_READING.default))
        period = chosen.get("period", "year")
        salaries = chosen.get("salaries", 12)
        share = chosen.get("variable", params.VARIABLE.default) / 100 if period == "month" else 0.0
        e = estimate(p)
        # Per year to 100 EUR; per month the fixed pay of a payslip (less the variable share), to 10 EUR.
        shown = [round(v / 100) * 100 if period == "year" else round(v * (1 - share) / salaries / 10) * 10
                 for v in (e.low, e.median, e.high)]
        assert metric_values(at)[:3] == [text.money(v, lang, 1) for v in shown]


def test_no_html_rendering_of_anything():
    sources = [*ROOT.glob("pages/*.py"), ROOT / "app.py", *ROOT.glob("salary/*.py")]
    for path in sources:
        code = path.read_text()
        assert "unsafe_allow_html" not in code, path
        assert not re.search(r"\bst\.html\(", code), path
        assert "components.html" not in code, path


def test_settings_fit_for_a_public_link():
    config = tomllib.loads(Path(ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["enableXsrfProtection"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] <= 1
    uploader = [p for p in ROOT.glob("pages/*.py") if "file_uploader" in p.read_text()]
    assert not uploader  # the upload limit above is a guard, not a feature
