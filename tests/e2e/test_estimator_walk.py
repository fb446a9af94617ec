"""Walks of the estimator in Chromium, which sends what AppTest does not: the
state of every widget on the page, with each option's shown label. A language
switch followed by every view, both directions, by mouse and by keyboard;
then a seeded random walk (WALK_SEED, printed on failure); and a reconnect:
the server killed and started again mid-session, the page reconnecting by
itself with the same numbers, and the first key press after it taking effect.
After every step: no exception on the page, the range the model gives for the
state kept here, and the address holding exactly that state's ids."""

from __future__ import annotations

import os
import random
import re
import time
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import expect

from bench import estimator, harness
from salary import model, params, text

pytestmark = pytest.mark.browser

VIEWS = ("stand", "path", "build", "compare", "split", "net")
SEED = int(os.environ.get("WALK_SEED", random.randrange(10**6)))
DEFAULTS = {"years": 5, "degree": "bachelor", "industry": "all", "period": "year", "view": "stand"}


class Walk:
    """One page on the estimator and the state it should show."""

    def __init__(self, page, server, lang: str, **state) -> None:
        self.page, self.server, self.lang = page, server, lang
        self.s = DEFAULTS | state
        query = "&".join(f"{k}={v}" for k, v in ({"lang": lang} | state).items())
        harness.goto(page, server, f"{estimator.PATH}?{query}")
        self.check("open")

    def t(self, key: str) -> str:
        return text.t(key, self.lang)

    def settle(self) -> None:
        harness.wait_idle(self.page)

    def check(self, step: str) -> None:
        where = f"{step} (WALK_SEED={SEED})"
        expect(self.page.get_by_test_id("stException"), where).to_have_count(0)
        profile = model.Profile(self.s["years"], self.s["degree"], self.s["industry"])
        estimator.expect_range(self.page, estimator.expected(profile, self.lang, self.s["period"]))
        wanted = {k: str(v) for k, v in self.s.items() if v != DEFAULTS[k]}
        if self.lang != text.DEFAULT_LANG:
            wanted["lang"] = self.lang
        deadline = time.monotonic() + 10
        while dict(parse_qsl(urlsplit(self.page.url).query)) != wanted and time.monotonic() < deadline:
            self.page.wait_for_timeout(100)
        assert dict(parse_qsl(urlsplit(self.page.url).query)) == wanted, where
        labels = {"degree": f"degree.{self.s['degree']}", "industry": None}
        for name, key in labels.items():
            shown = key and self.t(key) or (text.t("industry.all", self.lang) if self.s["industry"] == "all" else
                                            model.default_model().figure("industry", self.s["industry"])[
                                                "label_" + self.lang])
            box = self.page.get_by_role("combobox", name=self.t(f"control.{name}"), exact=True)
            expect(box, where).to_have_value(shown)

    def press(self, locator, keyboard: bool) -> None:
        if keyboard:
            locator.focus()
            self.page.keyboard.press("Space")
        else:
            locator.click()
        self.settle()

    def switch_language(self, keyboard: bool = False) -> None:
        """The switch in the sidebar, which a phone opens first and closes after."""
        self.lang = "en" if self.lang == "de" else "de"
        collapsed = self.page.get_by_test_id("stExpandSidebarButton").is_visible()
        if collapsed:
            self.page.get_by_test_id("stExpandSidebarButton").click()
        self.press(self.page.get_by_role("radio", name=text.t(f"lang.{self.lang}", self.lang), exact=True), keyboard)
        if collapsed:
            self.page.get_by_test_id("stSidebarCollapseButton").click()
            # Closing slides the menu away: until it is gone it lies over the page and takes its clicks.
            expect(self.page.get_by_test_id("stSidebar")).not_to_be_in_viewport()
        self.check(f"language {self.lang}")

    def open_view(self, view: str, keyboard: bool = False) -> None:
        views = self.page.get_by_role("radiogroup", name=self.t("control.view"), exact=True)
        self.press(views.get_by_role("radio", name=self.t(f"view.{view}"), exact=True), keyboard)
        self.s["view"] = view
        self.check(f"view {view}")

    def years_key(self, key: str) -> None:
        slider = estimator.years_slider(self.page, self.lang)
        slider.focus()
        slider.press(key)
        step = {"ArrowRight": 1, "ArrowLeft": -1}[key]
        self.s["years"] = min(max(self.s["years"] + step, model.YEARS_MIN), model.YEARS_MAX)
        self.settle()
        self.check(f"years {key}")

    def choose(self, name: str, value: str) -> None:
        box = self.page.get_by_role("combobox", name=self.t(f"control.{name}"), exact=True)
        label = (self.t(f"degree.{value}") if name == "degree" else text.t("industry.all", self.lang)
                 if value == "all" else model.default_model().figure("industry", value)["label_" + self.lang])
        box.click()
        box.fill(label)  # the list filters to the one option
        self.page.get_by_role("option").filter(has_text=re.compile(f"^{re.escape(label)}$")).click()
        self.s[name] = value
        self.settle()
        self.check(f"{name} {value}")

    def period(self, value: str) -> None:
        group = self.page.get_by_role("radiogroup", name=self.t("control.period"), exact=True)
        group.get_by_role("radio", name=self.t(f"period.{value}"), exact=True).click(force=True)
        self.s["period"] = value
        self.settle()
        self.check(f"period {value}")


@pytest.mark.parametrize("keyboard", [False, True], ids=["mouse", "keyboard"])
@pytest.mark.parametrize("lang", text.LANGS)
def test_a_language_switch_then_every_view(new_page, server, lang, keyboard):
    walk = Walk(new_page(), server, lang, years=8, degree="master", industry="software")
    walk.switch_language(keyboard)
    for view in (*VIEWS[1:], VIEWS[0]):
        walk.open_view(view, keyboard)
    walk.switch_language(keyboard)
    walk.open_view("net", keyboard)


def test_a_seeded_walk(new_page, server):
    print(f"WALK_SEED={SEED}")  # shown with a failure: the same walk again
    rng = random.Random(SEED)
    walk = Walk(new_page(harness.PHONE if rng.random() < 0.5 else harness.DESKTOP), server, rng.choice(text.LANGS))
    for _ in range(12):
        action = rng.choice(("language", "view", "years", "degree", "industry", "period"))
        if action == "language":
            walk.switch_language(rng.random() < 0.5)
        elif action == "view":
            walk.open_view(rng.choice(VIEWS), rng.random() < 0.5)
        elif action == "years":
            walk.years_key(rng.choice(("ArrowRight", "ArrowLeft")))
        elif action in ("degree", "industry"):
            choices = params.DEGREE.choices if action == "degree" else params.INDUSTRY.choices
            walk.choose(action, rng.choice([c for c in choices if c != walk.s[action]]))
        else:
            walk.period("month" if walk.s["period"] == "year" else "year")


def test_a_reconnect_keeps_the_numbers_and_the_next_key_press(new_page):
    port = harness.free_port()
    server = harness.Server(port=port).start()
    try:
        walk = Walk(new_page(), server, "de", years=8, degree="master")
        walk.years_key("ArrowRight")
        server.stop()
        server = harness.Server(port=port).start()
        walk.server = server
        # The page reconnects by itself to the new server: a new session.
        harness.wait_idle(walk.page, timeout=60_000)
        walk.check("reconnected")
        walk.years_key("ArrowRight")  # the first key press after the reconnect takes effect
        walk.years_key("ArrowRight")
    finally:
        server.stop()
