"""The industry page under AppTest: the chart sorted with the average marked, and what the
industry reading does, worked out from the article's figures."""

import statistics

import pytest

from salary import datafiles, text
from tests.conftest import (
    opened,
    specs,
    values,
)
from tests.pages.expect import ARTICLE_INDUSTRIES, AVERAGE

FIG = datafiles.load_figures()


def test_industry_chart_is_sorted_and_marks_the_average():
    spec = specs(opened("industry"))[0]
    trace = spec["data"][0]
    value = dict(zip(values(trace["y"]), values(trace["x"])))
    top_first = spec["layout"]["yaxis"]["categoryarray"][::-1]  # plotly lists categories bottom first
    assert [value[row] for row in top_first] == sorted(value.values(), reverse=True)
    average = datafiles.value(FIG, "overall", "average")
    assert any(s.get("x0") == average for s in spec["layout"]["shapes"])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_industry_page_says_what_the_reading_does(lang):
    at = opened("industry", {"lang": lang})
    (sentence,) = [m.value for m in at.markdown if text.t("industry_reading.overall", lang) in m.value]
    # Each industry's change under the default, worked out from the article's figures, highest first.
    for key, figure in ARTICLE_INDUSTRIES.items():
        label = FIG.loc[FIG["key"] == key, "label_" + lang].iloc[0]
        assert f"{label} {text.percent((figure / AVERAGE - 1) * 100, lang, 1, signed=True)}" in sentence
    assert text.percent(-1.3, lang, 1) in sentence and text.percent(-42.1, lang, 1) in sentence
    # The other reading, named with what it would do to the top and the bottom industry.
    centre = statistics.geometric_mean(list(ARTICLE_INDUSTRIES.values()))
    assert text.t("industry_reading.relative", lang) in sentence
    assert text.percent((ARTICLE_INDUSTRIES["semiconductors"] / centre - 1) * 100, lang, 1, signed=True) in sentence
    assert text.percent((ARTICLE_INDUSTRIES["hospitality"] / centre - 1) * 100, lang, 1, signed=True) in sentence
