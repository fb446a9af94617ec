"""Golden numbers: a few rows of the calibration table and a few estimates,
pinned to the euro on a fixed day (2026-07-01, minimum wage 13.90 EUR).

They are the model's reviewed output as published in docs/model.md. Any change
to the model, its data or its assumptions that moves one of them makes this
file fail: change these numbers only on purpose, together with docs/model.md
(`python -m salary.calibration`), and say why in the commit.

The calibration table in docs/model.md is the one salary.calibration generates, and covers every
figure and band edge."""

import datetime as dt

import pytest

from salary import calibration, datafiles, model
from salary.model import BANDS, INDUSTRY_READINGS, Profile

DAY = dt.date(2026, 7, 1)


M = model.load_model(on=DAY)


# figure: model value under (bands, industry_reading) = p25-p75/overall (the defaults) and p25-p75/relative.
CALIBRATION = {
    "overall/entry": (28_912, 28_912),  # the legal floor: 13.90 EUR x 40 h x 52 weeks
    "overall/top": (131_572, 131_572),
    "level/junior:low": (42_548, 42_548),
    "level/junior:high": (62_337, 62_337),
    "level/senior:low": (82_731, 82_731),
    "degree/bachelor": (45_396, 45_396),
    "degree/master": (53_396, 53_396),  # 45,396 + the article's 8,000
    "years/7-10": (81_053, 81_053),
    "years/over-10": (90_618, 90_618),
    "industry/semiconductors": (60_200, 79_125),
}


# profile: (low, median, high), EUR a year.
ESTIMATES = [
    (Profile(0), (37_504, 45_396, 54_948)),
    (Profile(5), (53_500, 66_380, 82_362)),
    (Profile(8, "master", "software"), (67_914, 85_027, 106_452)),
    (Profile(8, "master", "software", industry_reading="relative"), (89_264, 111_756, 139_917)),
    (Profile(20, "none", "hospitality", "p10-p90", "overall"), (53_395, 60_329, 68_164)),
    (Profile(45, "master", "semiconductors"), (95_923, 120_968, 152_552)),
]


def test_calibration_rows():
    rows = {r.figure: r for r in calibration.rows(M)}
    for figure, (overall, relative) in CALIBRATION.items():
        values = rows[figure].values
        assert (round(values["p25-p75", "overall"]), round(values["p25-p75", "relative"])) == (overall, relative), \
            figure


def test_the_floor_is_the_minimum_wage_full_time():
    assert M.floor == pytest.approx(13.90 * 40 * 52)


@pytest.mark.parametrize("profile, expected", ESTIMATES, ids=str)
def test_estimates(profile, expected):
    e = M.estimate(profile)
    assert (round(e.low), round(e.median), round(e.high)) == expected


FIG = datafiles.load_figures()


# -- calibration ----------------------------------------------------------------
def test_docs_carry_the_generated_calibration_table():
    doc = (datafiles.DATA_DIR.parent / "docs" / "model.md").read_text(encoding="utf-8")
    table = calibration.markdown(model.load_model(on=dt.date(2026, 7, 1)))
    assert table in doc, "run python -m salary.calibration and paste its table into docs/model.md"


def test_calibration_covers_every_figure_and_band_edge():
    rows = calibration.rows(M)
    named = {r.figure for r in rows}
    for r in FIG.itertuples():
        if r.kind == "band":
            assert {f"{r.dimension}/{r.key}:low", f"{r.dimension}/{r.key}:high"} <= named
        else:
            assert f"{r.dimension}/{r.key}" in named
    for row in rows:
        assert set(row.values) == {(b, i) for b in BANDS for i in INDUSTRY_READINGS}
        if row.check == "within 3 %":
            assert all(v == pytest.approx(row.article_value, rel=0.03) for v in row.values.values()), row
        if row.check == "above":
            assert all(v > row.article_value for v in row.values.values()), row
