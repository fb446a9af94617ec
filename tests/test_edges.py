"""Every share-link parameter at its edges, as fixed tests on the page that
uses it: at its minimum, its maximum and its default the page shows exactly
that value and no warning; one past either end it shows one warning naming
the parameter and the default instead.

The edges are the documented link format (README, "Share links"), written out
here, not read from salary.params: a page or parser that drifts from the
documentation fails. The random hostile-query test (test_hostile.py) stays on top."""

import datetime as dt
import math

import pytest

from salary import datafiles, model, params, text
from salary.model import Profile
from tests.conftest import PAGES, assert_clean, estimator_state, k, metric_values, run_app, specs, values

# name: (lowest, highest, default) for numbers; (first, last, default) for choices (README's table).
NUMBERS = {
    "years": (0, 45, 5), "salary": (0, 1_000_000, None), "years2": (0, 45, None), "variable": (0, 50, 20),
    "attainment": (50, 150, 100), "children": (0, 10, 0), "birth": (1940, 2010, 1985),
    "surcharge": (0.0, 10.0, 2.9), "premium": (0.0, 3000.0, 600.0), "subsidy": (0.0, 3000.0, 300.0),
    "car": (0, 300_000, 0), "km": (0, 300, 0),
}
CHOICES = {
    "lang": ("de", "en", "de"), "degree": ("none", "master", "bachelor"), "industry": ("all", "hospitality", "all"),
    "bands": ("p25-p75", "p10-p90", "p25-p75"), "industry_reading": ("overall", "relative", "overall"),
    "degree2": ("none", "master", None), "industry2": ("all", "hospitality", None), "period": ("year", "month", "year"),
    "salaries": ("12", "13", "12"), "view": ("stand", "net", "stand"), "taxclass": ("1", "6", "1"),
    "state": ("BW", "TH", "NW"), "church": ("no", "yes", "no"), "health": ("statutory", "private", "statutory"),
    "drive": ("combustion", "electric", "combustion"),
}
# One past each end: for numbers one unit (a tenth for amounts with cents);
# for choices a value just outside the list.
PAST = {"surcharge": 0.1, "premium": 0.1, "subsidy": 0.1}
PAST_CHOICES = {"taxclass": ("0", "7"), "salaries": ("11", "14"), "lang": ("DE", "enx"), "state": ("bw", "THX")}
# The estimator's parameters by the view that draws their controls (and what else the link needs for it).
GROUPS = {
    "profile": ({"view": "stand"}, ("years", "degree", "industry", "bands", "industry_reading", "salary")),
    "period": ({}, ("period", "view")),
    "salaries": ({"period": "month"}, ("salaries",)),
    "compare": ({"view": "compare"}, ("years2", "degree2", "industry2")),
    "split": ({"view": "split"}, ("variable", "attainment")),
    "net": ({"view": "net"}, ("taxclass", "state", "church", "children", "birth", "health", "surcharge", "car",
                              "km", "drive")),
    "private": ({"view": "net", "health": "private"}, ("premium", "subsidy")),
}
EDGES = ("lowest", "highest", "default", "below", "above")
COPIED = {"years2": "years", "degree2": "degree", "industry2": "industry"}  # defaults: the first profile's value


def test_the_documented_format_is_the_parsers():
    assert set(NUMBERS) | set(CHOICES) == set(params.BY_NAME)
    for name, (low, high, default) in NUMBERS.items():
        p = params.BY_NAME[name]
        assert (p.low, p.high, p.default) == (low, high, default), name
    for name, (first, last, default) in CHOICES.items():  # as the link writes them
        p = params.BY_NAME[name]
        written = tuple(None if v is None else str(v) for v in (p.choices[0], p.choices[-1], p.default))
        assert written == (first, last, default), name


def default(name: str, query: dict | None = None):
    if name in COPIED:
        return default(COPIED[name])
    return NUMBERS[name][2] if name in NUMBERS else CHOICES[name][2]


def edge(name: str, which: str):
    """(raw value in the link, value the page should show, whether it is bad)."""
    if name in NUMBERS:
        low, high, _ = NUMBERS[name]
        step = PAST.get(name, 1)
        raw = {"lowest": low, "highest": high, "default": default(name), "below": round(low - step, 1),
               "above": round(high + step, 1)}[which]
        bad = which in ("below", "above")
        shown = default(name) if bad else raw
        return ("" if raw is None else f"{raw:g}" if isinstance(raw, float) else str(raw)), shown, bad
    first, last, _ = CHOICES[name]
    outside = PAST_CHOICES.get(name, (first.upper() if first.upper() != first else first + "x", last + "x"))
    raw = {"lowest": first, "highest": last, "default": default(name), "below": outside[0],
           "above": outside[1]}[which]
    bad = which in ("below", "above")
    return raw, default(name) if bad else raw, bad


def shown_value(at, name: str):
    """The value of the control `name` as drawn on the page; for a control this
    run does not draw (the surcharge under private insurance), the value it
    will show when drawn. The salary is a text field showing the amount
    formatted; its value is the yearly amount the page works with."""
    if name == "salary":
        return estimator_state(at).salary
    for kind in ("slider", "selectbox", "radio", "number_input", "button_group", "text_input"):
        found = [w for w in at.get(kind) if w.key == k(name)]
        if found and kind == "text_input":  # a rate or price written the German way: "2,9", "55.000"
            return float(found[0].value.replace(".", "").replace(",", "."))
        if found:
            return str(found[0].value) if name in CHOICES else found[0].value
    assert name == "surcharge" and estimator_state(at).health == "private"
    return getattr(estimator_state(at), name)


def least_total(variable: float = 20) -> float:
    """The least total pay a year whose fixed part is full-time pay at today's minimum wage
    (data/minimum_wage.csv; 40 h x 52 weeks), the variable share on top."""
    wage = datafiles.load_minimum_wage()
    hourly = wage.loc[wage["valid_from"] <= dt.date.today(), "eur_per_hour"].iloc[-1]
    return hourly * 40 * 52 / (1 - variable / 100)


def expected_range(p: Profile) -> list[float]:
    """The model's low, median and high, none below the least total at the default variable share."""
    e = model.estimate(p)
    return [max(v, least_total()) for v in (e.low, e.median, e.high)]


def expected_metrics(p: Profile, lang: str = "de") -> list[str]:
    # To 100 EUR; an amount at the legal floor is rounded up, never shown below it.
    shown = [math.ceil(v / 100) * 100 if v == pytest.approx(least_total()) else round(v / 100) * 100
             for v in expected_range(p)]
    return [text.money(v, lang, 1) for v in shown]


@pytest.mark.parametrize("which", EDGES)
@pytest.mark.parametrize("group", GROUPS)
def test_estimator_parameters_at_their_edges(group, which):
    context, names = GROUPS[group]
    query, want, bad = dict(context), {}, set()
    for name in names:
        raw, shown, is_bad = edge(name, which)
        query[name], want[name] = raw, shown
        if is_bad:
            bad.add(name)
    if which == "default" and "salary" in names:
        del query["salary"]  # no salary is its default: the parameter is left out
    at = run_app("estimator", query)
    assert_clean(at)
    if bad:
        (warning,) = at.warning
        named = {n for n in params.BY_NAME if f"`{n}`" in warning.value}
        assert named == bad
    else:
        assert not at.warning
    if which == "default" and group == "compare":  # a profile 2 of its own stays in the link, even as a copy
        assert {n: at.query_params.get(n) for n in names} == {n: query[n] for n in names}
    elif which == "default":  # defaults stay out of the link
        assert not set(names) & set(at.query_params)
    elif not bad:  # a value other than the default stays in the link as given
        kept = [n for n in names if want[n] != default(n)]
        assert {n: at.query_params.get(n) for n in kept} == {n: query[n] for n in kept}
    for name in names:
        assert shown_value(at, name) == want[name], name
    if group == "profile":
        p = Profile(want["years"], want["degree"], want["industry"], want["bands"], want["industry_reading"])
        assert metric_values(at)[:3] == expected_metrics(p)


@pytest.mark.parametrize("which", EDGES)
def test_the_sources_page_marks_the_profile_at_its_edges(which):
    names = ("years", "degree", "industry", "bands", "industry_reading")
    query, want, bad = {"lang": "en"}, {}, set()
    for name in names:
        query[name], want[name], is_bad = edge(name, which)
        if is_bad:
            bad.add(name)
    at = run_app("sources", query)
    assert_clean(at)
    if bad:
        (warning,) = at.warning
        assert {n for n in params.BY_NAME if f"`{n}`" in warning.value} == bad
    else:
        assert not at.warning
    low, _, high = expected_range(Profile(*(want[n] for n in names)))
    you = text.t("sources.you", "en")
    (bar,) = [t for t in specs(at)[0]["data"] if t["type"] == "bar" and values(t["y"]) == [you]]
    assert (values(bar["base"])[0], values(bar["base"])[0] + values(bar["x"])[0]) == pytest.approx((low, high))


TITLE = {"overview": "overview.title", "experience": "experience.title", "degree": "degree.title",
         "industry": "industry.title", "sources": "sources.title", "estimator": "estimator.title",
         "methodology": "method.title"}


# One past the list on every page (each page draws the warning itself), the other end on one;
# lang=de and lang=en on every page: test_language.py.
@pytest.mark.parametrize("page, which", [(page, "below") for page in PAGES] + [("estimator", "above")])
def test_a_bad_language_is_named_on_every_page(page, which):
    raw, _, _ = edge("lang", which)
    at = run_app(page, {"lang": raw})
    assert_clean(at)
    (warning,) = at.warning
    assert "`lang`" in warning.value and warning.value.startswith("Der Adressparameter")
    assert at.title[0].value == text.t(TITLE[page], "de")
    assert "lang" not in at.query_params
