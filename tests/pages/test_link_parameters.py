"""Every share-link parameter, on the page that reads it: each at its minimum, its maximum and
its default shows exactly that value and no warning; one past either end, garbage, a repeated
or a hostile value shows one warning naming it, echoes nothing and uses the default.

The edges are the documented link format (README, "Share links"), written out here, not read
from salary.params: a page or parser that drifts from the documentation fails. A random search
of hostile query strings (hypothesis; HOSTILE_EXAMPLES sets how many a page) is on top."""


import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from salary import params, text
from salary.model import Profile, estimate
from salary.net import TaxProfile
from salary.ui.state import control_of
from tests.conftest import (
    PAGES,
    ROOT,
    assert_clean,
    control,
    estimator_state,
    k,
    metric_values,
    run_app,
    specs,
    values,
)
from tests.pages.expect import (
    TITLE,
    expected_metrics,
    expected_net,
    least_total,
    net_metrics,
)

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
        found = [w for w in at.get(kind) if w.key is not None and control_of(w.key) == k(name)]
        if found and kind == "text_input":  # a rate or price written the German way: "2,9", "55.000"
            return float(found[0].value.replace(".", "").replace(",", "."))
        if found:
            return str(found[0].value) if name in CHOICES else found[0].value
    assert name == "surcharge" and estimator_state(at).health == "private"
    return getattr(estimator_state(at), name)


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
    e = estimate(Profile(*(want[n] for n in names)))
    low, high = (max(v, least_total()) for v in (e.low, e.high))  # none below the legal minimum
    you = text.t("sources.you", "en")
    (bar,) = [t for t in specs(at)[0]["data"] if t["type"] == "bar" and values(t["y"]) == [you]]
    assert (values(bar["base"])[0], values(bar["base"])[0] + values(bar["x"])[0]) == pytest.approx((low, high))


# One past the list on every page (each page draws the warning itself), the other end on one;
# lang=de and lang=en on every page: test_every_page.py.
@pytest.mark.parametrize("page, which", [(page, "below") for page in PAGES] + [("estimator", "above")])
def test_a_bad_language_is_named_on_every_page(page, which):
    raw, _, _ = edge("lang", which)
    at = run_app(page, {"lang": raw})
    assert_clean(at)
    (warning,) = at.warning
    assert "`lang`" in warning.value and warning.value.startswith("Der Adressparameter")
    assert at.title[0].value == text.t(TITLE[page], "de")
    assert "lang" not in at.query_params


# -- garbage --------------------------------------------------------------------------------------------
# Garbage of every kind, on the page (and view) that reads the parameter; each parameter's edges are above.
SOURCES_LINK = {"years": "12", "degree": "master", "industry": "software", "bands": "p10-p90"}
GARBAGE = [
    *(("estimator", {}, name, value) for name, value in [
        ("years", "abc"), ("years", "nan"), ("years", "inf"), ("years", "1e309"), ("years", "7.5"), ("years", ""),
        ("years", "9" * 5000), ("degree", "Master"), ("industry", "<script>alert(1)</script>"),
        ("salary", "lots")]),
    *(("net", {"view": "net"}, name, value) for name, value in [
        ("taxclass", "I"), ("state", "nw"), ("children", "1.5"), ("birth", "abc"), ("surcharge", "nan"),
        ("car", "1e9"), ("drive", "diesel")]),
    *(("sources", SOURCES_LINK, name, value) for name, value in [
        ("years", "abc"), ("years", "7.5"), ("years", "9" * 500), ("industry", "<script>alert(1)</script>")]),
]


@pytest.mark.parametrize("where, context, name, value", GARBAGE,
                         ids=[f"{w}-{n}-{v[:12]}" for w, _, n, v in GARBAGE])
def test_garbage_warns_by_name_echoes_nothing_and_uses_the_default(where, context, name, value):
    page = "sources" if where == "sources" else "estimator"
    at = run_app(page, {**context, name: value})
    assert_clean(at)
    (warning,) = at.warning
    assert f"`{name}`" in warning.value
    assert "<script>" not in warning.value and "9" * 100 not in warning.value  # no payload echoed
    assert at.query_params.get(name) != value
    assert at.title[0].value == text.t(TITLE[page], "de")
    if where == "estimator":
        assert metric_values(at)[:3] == expected_metrics(Profile(params.YEARS.default))
    elif where == "net":
        assert net_metrics(at) == expected_net(TaxProfile(), "de")
    else:  # the link's other parameters stay; the bad one takes its default
        chosen = {**SOURCES_LINK, name: {"years": params.YEARS.default, "industry": params.INDUSTRY.default}[name]}
        e = estimate(Profile(int(chosen["years"]), chosen["degree"], chosen["industry"], chosen["bands"]))
        (bar,) = [t for t in specs(at)[0]["data"] if t["type"] == "bar"
                  and values(t["y"]) == [text.t("sources.you", "de")]]
        assert (values(bar["base"])[0], values(bar["base"])[0] + values(bar["x"])[0]) == pytest.approx((e.low, e.high))


def test_repeated_parameter_warns():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["years"] = ["3", "9"]
    at.run()
    at.switch_page("pages/estimator.py").run()
    assert len(at.warning) == 1 and "`years`" in at.warning[0].value
    assert metric_values(at)[:3] == expected_metrics(Profile(params.YEARS.default), "de")


def test_several_bad_parameters_share_one_warning():
    at = run_app("estimator", {"years": "-1", "industry": "mining", "lang": "fr"})
    assert len(at.warning) == 1
    for name in ("years", "industry", "lang"):
        assert f"`{name}`" in at.warning[0].value


def test_warning_is_in_the_readers_language():
    at = run_app("estimator", {"lang": "en", "years": "100"})
    assert at.warning[0].value.startswith("The address parameter `years`")


def test_a_bad_industry_reading_is_named_and_replaced():
    at = run_app("estimator", {"industry_reading": "absolute", "lang": "en"})
    assert_clean(at)
    (warning,) = at.warning
    assert "industry_reading" in warning.value and text.t("industry_reading.overall", "en") in warning.value
    assert control(at.radio, "industry_reading", "en").value == "overall"


# -- hostile query strings --------------------------------------------------------------------------------
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "6"))


PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold** _x_", "[x](javascript:alert(1))",
    "`code`", "$x^2$", "\u202e\u0000\ufeff", "😀" * 50, "-5", "46", "1e309", "-1e309", "nan", "NaN", "inf",
    "-inf", "0x10", "1_000", " 8 ", "8.5", "", "9" * 5000, "master", "software", "p10-p90", "month", "13", "en",
    "de", "70000", "0", "45", "150", "50",
]


raw_values = st.one_of(st.sampled_from(PAYLOADS), st.sampled_from(["relative", "overall", "month", "13", "35"]),
                   st.text(max_size=40), st.integers(-10**6, 10**7).map(str), st.floats().map(str))


names = st.sampled_from([*params.BY_NAME, "foo", "__proto__", "YEARS"])


queries = st.dictionaries(names, st.one_of(raw_values, st.lists(raw_values, min_size=2, max_size=3)), max_size=8)


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
        variable = chosen.get("variable", params.VARIABLE.default)
        # The fixed pay is never below the legal minimum, whatever the variable share, per year too.
        if estimate(p).high <= least_total(salaries, variable):  # the whole range is the floor: said, not drawn
            assert not at.metric
        else:
            assert metric_values(at)[:3] == expected_metrics(p, lang, period, salaries, variable)
