"""Walks of the estimator under AppTest (hypothesis stateful testing): random
sequences of what a person does (switch the language, leave to another page
and come back, open each view, move every control, type a salary in either
language's format, use profile 2 and its buttons, set every net input, open a
link) with the whole page checked after every step against a state kept here,
apart from the code under test:

- no exception and no error; every word in the page's language;
- the address holds ids only, exactly the values that differ from the
  documented defaults, and a fresh session opened on it shows the same numbers;
- the metrics equal the model's estimate for the state, rounded here;
- profile 2 equals profile 1 while it follows (years, degree and industry);
- the download (built from the session's state as the button builds it) holds what is shown.

WALKS sets how many walks run (CI raises it); a failing walk is printed step by step."""

from __future__ import annotations

import json
import math
import os

import hypothesis.strategies as st
import pytest
from hypothesis import settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from salary import model, net, params, text
from salary.model import Profile
from salary.net import TaxProfile
from tests.conftest import PAGES, assert_clean, control, downloaded, metric_values, run_app, script
from tests.pages.expect import wrong_words

WALKS = int(os.environ.get("WALKS", "8"))

# The documented defaults (README, "Share links"); profile 2's are profile 1's values.
DEFAULTS = {"years": 5, "degree": "bachelor", "industry": "all", "bands": "p25-p75",
            "industry_reading": params.INDUSTRY_READING.default, "salary": None, "variable": 20, "attainment": 100,
            "period": "year", "salaries": 12, "view": "stand", "taxclass": 1, "state": "NW", "church": "no",
            "children": 0, "birth": 1985, "health": "statutory", "surcharge": 2.9, "premium": 600.0,
            "subsidy": 300.0, "car": 0, "km": 0, "drive": "combustion"}
FOLLOWERS = {"years2": "years", "degree2": "degree", "industry2": "industry"}
VIEWS = ("stand", "path", "build", "compare", "split", "net")
INDUSTRIES = model.INDUSTRIES
DEGREES = ("none", "bachelor", "master")


def written(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def rounded(yearly: float, s: dict, floor: float = 0.0) -> float:
    """A yearly total as the page should show it: per year to 100 EUR; per month the
    fixed part (less the variable share) over the salaries, to 10 EUR; an amount at or
    above `floor` (EUR a year) never shown below it, so rounded up there."""
    divisor = 1 if s["period"] == "year" else s["salaries"] / (1 - s["variable"] / 100)
    step = 100 if s["period"] == "year" else 10
    value, least = yearly / divisor, floor / divisor
    shown = round(value / step) * step
    if value >= least > shown:
        shown = math.ceil(least / step) * step
    return shown


def estimates(s: dict, own2: bool) -> tuple:
    """Both profiles' ranges, the legal minimum holding for the fixed part of pay: each of
    the salaries pays at least a month's full-time minimum wage (data/minimum_wage.csv)."""
    m = model.default_model()
    floor = m.floor / 12 * s["salaries"] / (1 - s["variable"] / 100)
    second = (s["years2"], s["degree2"], s["industry2"]) if own2 else (s["years"], s["degree"], s["industry"])
    return tuple(m.estimate(Profile(*p, s["bands"], s["industry_reading"]), floor)
                 for p in ((s["years"], s["degree"], s["industry"]), second))


class EstimatorWalk(RuleBasedStateMachine):
    """One session on the estimator, driven as a person would."""


    # -- the state kept here -------------------------------------------------------
    def reset(self, values: dict, lang: str) -> None:
        self.s = dict(DEFAULTS) | values
        self.own2 = any(f in values for f in FOLLOWERS)
        for follower, leader in FOLLOWERS.items():
            self.s.setdefault(follower, self.s[leader])
        self.lang = lang
        # The net inputs' fold starts open when the session's link named one of them.
        self.net_open = self.net_in_link = any(name in values for name in map(lambda p: p.name, params.NET))

    def profile2(self) -> tuple:
        if not self.own2:
            return self.s["years"], self.s["degree"], self.s["industry"]
        return self.s["years2"], self.s["degree2"], self.s["industry2"]

    def expected_query(self) -> dict[str, str]:
        query = {} if self.lang == "de" else {"lang": self.lang}
        for name, default in DEFAULTS.items():
            if self.s[name] != default and self.s[name] is not None:
                query[name] = written(self.s[name])
        if self.own2:
            query |= {f: written(v) for f, v in zip(FOLLOWERS, self.profile2())}
        return query

    def set(self, name: str, value) -> None:
        self.s[name] = value
        if name in FOLLOWERS:
            self.own2 = True
        elif name in FOLLOWERS.values() and not self.own2:
            for follower, leader in FOLLOWERS.items():
                self.s[follower] = self.s[leader]

    def run(self) -> None:
        self.at.run()

    # -- starting points ---------------------------------------------------------------
    @initialize(lang=st.sampled_from(text.LANGS),
                link=st.fixed_dictionaries({}, optional={
                    "years": st.integers(0, 45), "degree": st.sampled_from(DEGREES),
                    "industry": st.sampled_from(INDUSTRIES), "years2": st.integers(0, 45),
                    "period": st.sampled_from(("year", "month")), "view": st.sampled_from(VIEWS),
                    "taxclass": st.integers(1, 6), "car": st.sampled_from((0, 45000)),
                    "variable": st.integers(0, 50)}))
    def open_link(self, lang, link):
        self.reset(link, lang)
        query = {name: written(v) for name, v in link.items()} | ({"lang": lang} if lang != "de" else {})
        self.at = run_app("estimator", query)

    @rule(link=st.fixed_dictionaries({"years": st.integers(0, 45), "industry": st.sampled_from(INDUSTRIES)},
                                     optional={"degree2": st.sampled_from(DEGREES),
                                               "bands": st.sampled_from(("p25-p75", "p10-p90"))}))
    def open_another_link(self, link):
        self.open_link(self.lang, link)

    # -- actions -------------------------------------------------------------------------
    @rule()
    def switch_language(self):
        self.lang = "en" if self.lang == "de" else "de"
        self.at.button_group(key="lang").set_value(self.lang).run()

    @rule(page=st.sampled_from([p for p in PAGES if p != "estimator"]))
    def leave_and_come_back(self, page):
        self.at.switch_page(script(page)).run()
        assert_clean(self.at)
        self.at.switch_page(script("estimator")).run()
        self.net_open = self.net_in_link  # a fold is a widget: another page's run forgets it was opened

    @rule(view=st.sampled_from(VIEWS))
    def open_view(self, view):
        control(self.at.button_group, "view", self.lang).set_value(view).run()
        self.s["view"] = view

    @rule(years=st.integers(0, 45), exact=st.booleans())
    def move_years(self, years, exact):
        if exact:
            control(self.at.number_input, "years_exact", self.lang).set_value(years).run()
        else:
            control(self.at.slider, "years", self.lang).set_value(years).run()
        self.set("years", years)

    @rule(name=st.sampled_from(("degree", "industry")), data=st.data())
    def choose(self, name, data):
        value = data.draw(st.sampled_from(DEGREES if name == "degree" else INDUSTRIES))
        control(self.at.selectbox, name, self.lang).select(value).run()
        self.set(name, value)

    @rule(name=st.sampled_from(("bands", "industry_reading", "period")), data=st.data())
    def read_otherwise(self, name, data):
        value = data.draw(st.sampled_from(params.BY_NAME[name].choices))
        control(self.at.radio, name, self.lang).set_value(value).run()
        self.set(name, value)

    @precondition(lambda self: self.s["period"] == "month")
    @rule(salaries=st.sampled_from((12, 13)))
    def salaries_a_year(self, salaries):
        control(self.at.radio, "salaries", self.lang).set_value(salaries).run()
        self.set("salaries", salaries)

    @precondition(lambda self: self.s["view"] == "stand")
    @rule(amount=st.integers(1, 300) , lang=st.sampled_from(text.LANGS), plain=st.booleans())
    def type_a_salary(self, amount, lang, plain):
        """A yearly amount in thousands, or a monthly one in hundreds, in either language's writing."""
        entered = amount * (1000 if self.s["period"] == "year" else 100)
        typed = str(entered) if plain else text.number(entered, lang)
        control(self.at.text_input, "salary", self.lang).input(typed).run()
        if self.s["period"] == "month":
            yearly = entered * self.s["salaries"] / (1 - self.s["variable"] / 100)
        else:
            yearly = entered
        self.set("salary", round(min(yearly, 1_000_000)))  # whole EUR a year, as the link keeps it

    @precondition(lambda self: self.s["view"] == "split")
    @rule(name=st.sampled_from(("variable", "attainment")), data=st.data())
    def split_pay(self, name, data):
        p = params.BY_NAME[name]
        value = data.draw(st.integers(int(p.low), int(p.high)))
        control(self.at.slider, name, self.lang).set_value(value).run()
        self.set(name, value)

    @precondition(lambda self: self.s["view"] == "compare")
    @rule(name=st.sampled_from(tuple(FOLLOWERS)), data=st.data())
    def move_profile2(self, name, data):
        if name == "years2":
            value = data.draw(st.integers(0, 45))
            if data.draw(st.booleans()):
                control(self.at.number_input, "years2_exact", self.lang).set_value(value).run()
            else:
                control(self.at.slider, name, self.lang).set_value(value).run()
        else:
            value = data.draw(st.sampled_from(DEGREES if name == "degree2" else INDUSTRIES))
            control(self.at.selectbox, name, self.lang).select(value).run()
        shown = dict(zip(FOLLOWERS, self.profile2()))
        if value == shown[name]:  # the value it shows: nothing changes, profile 2 still follows
            return
        for follower, value2 in shown.items():  # a copy until now
            self.s[follower] = value2
        self.set(name, value)

    @precondition(lambda self: self.s["view"] == "compare")
    @rule()
    def take_over(self):
        self.at.button(key="take_over").click().run()
        self.own2 = False
        for follower, leader in FOLLOWERS.items():
            self.s[follower] = self.s[leader]

    @precondition(lambda self: self.s["view"] == "compare")
    @rule()
    def master_question(self):
        self.at.button(key="master_question").click().run()
        self.s |= {"degree": "master", "years2": min(self.s["years"] + 2, 45), "degree2": "bachelor",
                   "industry2": self.s["industry"]}
        self.own2 = True

    @precondition(lambda self: self.s["view"] == "net")
    @rule(data=st.data())
    def net_input(self, data):
        if not self.net_open:
            self.at.session_state["net_inputs"] = True  # the reader opens the fold
            self.run()
            self.net_open = True
        names = ["taxclass", "state", "church", "children", "birth", "health", "car", "km", "drive"]
        names += ["premium", "subsidy"] if self.s["health"] == "private" else ["surcharge"]
        name = data.draw(st.sampled_from(names))
        p = params.BY_NAME[name]
        if p.choices:
            value = data.draw(st.sampled_from(p.choices))
            kind = "button_group" if name in ("church", "health") else "selectbox"
            widget = control(getattr(self.at, kind), name, self.lang)
            (widget.select(value) if kind == "selectbox" else widget.set_value(value)).run()
        else:
            value = data.draw(st.integers(int(p.low), min(int(p.high), 5000)))
            value = float(value) if not p.whole else value
            if name == "subsidy":
                value = min(value, self.s["premium"])
            if name in ("surcharge", "premium", "subsidy", "car"):  # typed, in either language's writing
                typed = text.number(value, data.draw(st.sampled_from(text.LANGS)), 0)
                control(self.at.text_input, name, self.lang).input(typed).run()
            else:
                control(self.at.number_input, name, self.lang).set_value(value).run()
        self.set(name, value)

    # -- what must hold after every step -----------------------------------------------
    @invariant()
    def page_is_right(self):
        if not hasattr(self, "at"):
            return
        at, s, lang = self.at, self.s, self.lang
        assert_clean(at)
        assert at.title[0].value == text.t("estimator.title", lang)
        assert wrong_words(at, lang) == set()
        shown = metric_values(at)
        first, _ = estimates(s, self.own2)
        if first.high <= first.floor:  # the whole range is the legal minimum: said in words, no three metrics
            floor_note = text.money(rounded(first.floor, s, first.floor), lang, 1)
            assert any(floor_note in info.value for info in at.info)
            self.offset = 0
        else:
            assert shown[:3] == [text.money(rounded(v, s, first.floor), lang, 1)
                                 for v in (first.low, first.median, first.high)]
            self.offset = 3
        # The address: ids only, the state's values that are not the defaults.
        assert dict(at.query_params) == self.expected_query()
        for name, value in at.query_params.items():
            assert params.BY_NAME[name].parse([value], lang)[1] is None, name
        again = run_app("estimator", dict(at.query_params))
        assert_clean(again)
        assert not again.warning
        assert metric_values(again) == shown
        self.view_is_right(shown)
        record = json.loads(downloaded(at, "json"))
        assert [record["range"][key] for key in ("low", "median", "high")] == [
            rounded(v, s, first.floor) for v in (first.low, first.median, first.high)]
        assert [record["comparison"]["profile"][key] for key in ("years", "degree", "industry")] == \
            list(self.profile2())
        assert record["salary"] == (None if s["salary"] is None else record["salary"]) and (
            s["salary"] is None or record["salary"]["value"] == rounded(s["salary"], s))

    def view_is_right(self, shown: list[str]) -> None:
        at, s, lang = self.at, self.s, self.lang
        assert control(at.button_group, "view", lang).value == s["view"]
        first, second = estimates(s, self.own2)
        view = shown[self.offset:]
        if s["view"] == "compare":
            years2, degree2, industry2 = self.profile2()
            assert control(at.number_input, "years2_exact", lang).value == years2
            assert (control(at.slider, "years2", lang).value, control(at.selectbox, "degree2", lang).value,
                    control(at.selectbox, "industry2", lang).value) == (years2, degree2, industry2)
            assert view[1] == text.percent((second.median / first.median - 1) * 100, lang, 1, signed=True)
        elif s["view"] == "split":
            fixed = first.median * (1 - s["variable"] / 100)
            variable = first.median * s["variable"] / 100
            assert view[1:3] == [text.money(variable, lang), text.money(fixed + variable * s["attainment"] / 100,
                                                                          lang)]
        elif s["view"] == "net":
            tax = TaxProfile(s["taxclass"], s["state"], s["church"] == "yes", s["children"], s["birth"], s["health"],
                             s["surcharge"], s["premium"], s["subsidy"], s["car"], s["km"], s["drive"])
            out = []
            # The typed salary's net first, then the range's.
            totals = ([] if s["salary"] is None else [s["salary"]]) + [first.low, first.median, first.high]
            for total in totals:
                both = net.year_and_month(total, tax, s["variable"] / 100, s["attainment"] / 100, s["salaries"])
                out += [text.money(both.month.net, lang, 1), text.money(both.year.net, lang, 1)]
            assert view[:len(out)] == out
        elif s["view"] == "stand":
            field = control(at.text_input, "salary", lang).value
            assert field == ("" if s["salary"] is None else text.money(rounded(s["salary"], s), lang, 1))


def test_walks_of_the_estimator():
    run_state_machine_as_test(EstimatorWalk,
                              settings=settings(max_examples=WALKS, stateful_step_count=20, deadline=None))


@pytest.mark.parametrize("lang", text.LANGS)
def test_a_language_switch_then_every_view(lang):
    """The walk that crashed: a link, the language switched, then each view."""
    walk = EstimatorWalk()
    walk.open_link(lang, {"years": 8, "degree": "master", "industry": "software"})
    walk.switch_language()
    walk.page_is_right()
    for view in VIEWS:
        walk.open_view(view)
        walk.page_is_right()
    walk.switch_language()
    walk.page_is_right()


def test_a_profile_at_the_legal_minimum():
    """A range that is the legal minimum all through (no metrics, a note) walks the same way."""
    walk = EstimatorWalk()
    walk.open_link("de", {"years": 0, "degree": "none", "industry": "tourism", "period": "month"})
    walk.page_is_right()
    assert walk.offset == 0  # the note, not three equal amounts
    for view in VIEWS:
        walk.open_view(view)
        walk.page_is_right()
    walk.switch_language()
    walk.page_is_right()
