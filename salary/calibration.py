"""The calibration table: every figure of the article beside the model's value
for the matching profile, under both band readings and both industry readings,
with the difference in percent. `python -m salary.calibration` prints it;
docs/model.md carries the same table (a test compares them)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from salary import datafiles
from salary.model import BAND_EDGE, BANDS, INDUSTRY_READINGS, Model, Profile
from salary.text import markdown_table

READINGS = tuple((b, r) for b in BANDS for r in INDUSTRY_READINGS)


@dataclass(frozen=True)
class Row:
    figure: str  # dimension/key, or dimension/key:low|high for a band edge
    article: str
    compared: str  # which value of which profile
    values: dict[tuple[str, str], float]  # per (bands, industry_reading)
    article_value: float
    check: str  # "within 3 %", "above", ...


def _years_where(m: Model, target: float) -> float:
    """The years at which the median (bachelor, all industries) reaches target, by bisection."""
    lo, hi = 0.0, m.curve.plateau
    if m.median_at(hi) < target:
        return math.nan
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if m.median_at(mid) < target else (lo, mid)
    return (lo + hi) / 2


def rows(m: Model) -> list[Row]:
    f = m.figures
    spans = m.levels.set_index("level")
    out: list[Row] = []

    def each(value) -> dict:
        return {(b, r): value(b, r) for b, r in READINGS}

    def est(years, degree="bachelor", industry="all"):
        return lambda b, r: m.estimate(Profile(years, degree, industry, b, r))

    entry = datafiles.row(f, "overall", "entry")
    industries = datafiles.KEYS["industry"]  # the lowest low is looked for among them all
    out.append(Row("overall/entry", f"from {entry['low']:,.0f}", "lowest low: 0 y, no degree, lowest industry",
                   each(lambda b, r: min(est(0, "none", i)(b, r).low for i in industries)), entry["low"],
                   "legal floor"))
    average = datafiles.value(f, "overall", "average")
    at = _years_where(m, average)
    out.append(Row("overall/average", f"{average:,.0f}", f"median at {at:.1f} y (where it reaches the average)",
                   each(lambda b, r: est(at)(b, r).median), average, "reference"))
    top = datafiles.value(f, "overall", "top")
    senior_mid = (spans.at["senior", "years_from"] + spans.at["senior", "years_to"]) / 2
    out.append(Row("overall/top", f"{top:,.0f}", f"upper band edge at {senior_mid:g} y",
                   each(lambda b, r: est(senior_mid)(b, r).quantile(BAND_EDGE[b])), top, "within 3 %"))
    for level in datafiles.KEYS["level"]:
        row = datafiles.row(f, "level", level)
        mid = (spans.at[level, "years_from"] + spans.at[level, "years_to"]) / 2
        for edge, p_of in (("low", lambda b: 1 - BAND_EDGE[b]), ("high", lambda b: BAND_EDGE[b])):
            out.append(Row(f"level/{level}:{edge}", f"{row['low']:,.0f}-{row['high']:,.0f}",
                           f"{'lower' if edge == 'low' else 'upper'} band edge at {mid:g} y",
                           each(lambda b, r, mid=mid, p_of=p_of: est(mid)(b, r).quantile(p_of(b))),
                           row[edge], "within 3 %"))
    for degree in datafiles.KEYS["degree"]:
        value = datafiles.value(f, "degree", degree)
        out.append(Row(f"degree/{degree}", f"{value:,.0f}", f"median at 0 y, {degree}",
                       each(lambda b, r, d=degree: est(0, d)(b, r).median), value, "within 3 %"))
    for key in datafiles.KEYS["years"]:
        row = datafiles.row(f, "years", key)
        if row["kind"] == "well_over":
            years = row["years_from"]
            out.append(Row(f"years/{key}", f"well over {row['low']:,.0f}", f"median at {years:g} y",
                           each(lambda b, r, y=years: est(y)(b, r).median), row["low"], "above"))
        else:
            years = (row["years_from"] + row["years_to"]) / 2
            out.append(Row(f"years/{key}", f"{row['low']:,.0f}", f"median at {years:g} y",
                           each(lambda b, r, y=years: est(y)(b, r).median), row["low"], "within 3 %"))
    for key in datafiles.KEYS["industry"]:
        value = datafiles.value(f, "industry", key)
        out.append(Row(f"industry/{key}", f"{value:,.0f}", f"median at {at:.1f} y, {key}",
                       each(lambda b, r, k=key: est(at, "bachelor", k)(b, r).median), value, "ranked"))
    return out


def _change(value: float, article: float) -> str:
    """value against the article's figure in percent, one decimal; a change that
    rounds to zero is "+0.0 %", whichever side of zero the fit lands on."""
    change = round((value / article - 1) * 100, 1)
    return f"{change + 0.0:+.1f} %"  # + 0.0 turns -0.0 into 0.0


def markdown(m: Model) -> str:
    """The table in Markdown: one column per (band reading, industry reading)."""
    head = ["figure", "article", "compared with", *(f"{b} / {r}" for b, r in READINGS)]
    lines = [[row.figure, row.article, row.compared,
              *(f"{v:,.0f} ({_change(v, row.article_value)})" for v in row.values.values())]
             for row in rows(m)]
    return markdown_table(head, lines, "lll" + "r" * len(READINGS))


if __name__ == "__main__":
    import datetime as dt

    from salary.model import load_model

    # The table in docs/model.md is for a fixed day, so that it does not change with the date.
    print(markdown(load_model(on=dt.date(2026, 7, 1))))
