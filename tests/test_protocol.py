"""The protocol-level client (bench/protocol.py) against a real `streamlit run` server: it reads the pages'
numbers as the model computes them, follows a widget change as a browser would, and sees exceptions and errors."""


import pytest

from bench import harness, protocol
from salary import model, text

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server():
    with harness.Server("app.py") as running:
        yield running


def expected(profile: model.Profile, lang: str) -> list[str]:
    estimate = model.estimate(profile)
    return [text.amount(getattr(estimate, key), lang) for key in ("low", "median", "high")]


def test_overview_figures(server):
    run = protocol.run(protocol.visit(server.url))
    m = model.default_model()
    assert run.metrics == [text.money(m.figure("overall", key)["low"], "de") for key in ("entry", "average", "top")]
    assert not run.exceptions and not run.errors
    assert 0 < run.latency < 60


def test_estimator_follows_a_key_press(server):
    async def scenario():
        async with protocol.Session(server.url, "estimator", "years=8&degree=master&industry=software&lang=en") as s:
            first = await s.open()
            widgets = {w.key: w.value for w in s.widgets.values()}
            moved = await s.rerun({"years.en": 9})
            return first, widgets, moved, s

    first, widgets, moved, session = protocol.run(scenario())
    assert first.metrics[:3] == expected(model.Profile(8, "master", "software"), "en")
    assert widgets["years.en"] == 8 and widgets["years_exact.en"] == 8 and widgets["lang"] == "English"
    assert widgets["degree.en"] == text.t("degree.master", "en")
    # Every other widget was sent back unchanged: the profile and language stay, the years move.
    assert moved.metrics[:3] == expected(model.Profile(9, "master", "software"), "en")
    assert "years=9" in session.query_string.split("&") and "lang=en" in session.query_string.split("&")
    assert session.widget("years_exact.en").value == 9
    assert not moved.exceptions and not moved.errors and 0 < moved.latency < 60
    with pytest.raises(KeyError, match="no widget 'nothing'"):
        session.widget("nothing")


def test_sessions_at_once_each_see_their_own_numbers(server):
    profiles = [model.Profile(y, d, "all") for y, d in ((2, "none"), (6, "bachelor"), (12, "master"), (20, "none"))]
    queries = [f"years={p.years}&degree={p.degree}" for p in profiles]
    runs = protocol.run(protocol.burst(server.url, len(queries), "estimator", queries, within=0.2))
    for profile, run in zip(profiles, runs):
        assert not isinstance(run, Exception), run
        assert run.metrics[:3] == expected(profile, "de") and not run.exceptions


def test_exceptions_and_errors_are_reported(tmp_path):
    script = tmp_path / "broken.py"
    script.write_text('import streamlit as st\nst.error("broken on purpose")\nst.metric("m", "1")\n'
                      'raise ValueError("on purpose")\n')
    with harness.Server(script, cwd=tmp_path) as broken:
        run = protocol.run(protocol.visit(broken.url))
    assert run.errors == ["broken on purpose"] and run.metrics == ["1"]
    assert len(run.exceptions) == 1 and "ValueError" in run.exceptions[0]


def test_a_closed_server_is_a_protocol_error():
    with pytest.raises(protocol.ProtocolError, match="cannot connect"):
        protocol.run(protocol.visit(f"http://127.0.0.1:{harness.free_port()}", timeout=5))
