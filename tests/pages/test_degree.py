"""The degree page under AppTest: the master's premium as metrics, said to be at entry."""


from salary import datafiles, text
from tests.conftest import (
    metric_values,
    opened,
    run_app,
)

FIG = datafiles.load_figures()


def test_degree_premium_metrics():
    at = opened("degree", {"lang": "en"})
    bachelor, master = datafiles.value(FIG, "degree", "bachelor"), datafiles.value(FIG, "degree", "master")
    eur, pct = master - bachelor, (master / bachelor - 1) * 100
    assert metric_values(at) == [text.signed_money(eur, "en"), text.percent(pct, "en", 1, signed=True)]


def test_the_degree_page_says_the_premium_is_at_entry():
    at = run_app("degree")
    assert any("beim Einstieg" in m.value for m in at.markdown)
    at = opened("degree", {"lang": "en"})
    assert any("at entry" in m.value for m in at.markdown)
