"""The overview (app.py) under AppTest: the article's three figures, the way to the estimator,
and the article's entry salary marked below the legal minimum (here and on the methodology page)."""


import pytest

from salary import datafiles, model, text
from tests.conftest import (
    PAGES,
    metric_values,
    opened,
)
from tests.pages.expect import (
    floor_today,
)

FIG = datafiles.load_figures()


V = lambda dim, key: datafiles.value(FIG, dim, key)


def test_overview_metrics():
    at = opened("overview")
    assert metric_values(at) == [text.money(datafiles.value(FIG, "overall", k), "de")
                                 for k in ("entry", "average", "top")]
    # The call to action (the estimator), and the other pages below the text.
    assert len(at.main.get("page_link")) == 1 + len(PAGES) - 1
    assert len(at.sidebar.get("page_link")) == len(PAGES) - 1  # the menu: the other pages, this one named


def test_the_overview_leads_to_the_estimator():
    at = opened("overview")
    (cta,) = [p for p in at.main.get("page_link") if text.t("overview.cta", "de") in p.proto.label]
    assert cta.proto.page == "estimator"
    assert model.default_model().figure("overall", "entry")["low"] == 24000


@pytest.mark.parametrize("page", ["overview", "methodology"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_articles_entry_salary_is_marked_below_the_minimum_wage(page, lang):
    at = opened(page, {"lang": lang})
    floor = floor_today()
    assert V("overall", "entry") < floor
    notes = [i.value for i in at.info if text.money(floor, lang, 1) in i.value]
    assert len(notes) == 1
    assert text.money(V("overall", "entry"), lang) in notes[0] and "BGBl." in notes[0]
