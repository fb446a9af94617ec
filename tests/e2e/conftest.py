"""Fixtures of the browser tests: one streamlit server and one Chromium for the
whole run, a page (a fresh Streamlit session) per test from tabs kept open.
Tests marked slow run only when selected with -m (e.g. `-m slow`); otherwise they are deselected.

Without Chromium the browser tests skip, unless REQUIRE_BROWSER=1 (CI), where
they fail."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect, sync_playwright

from bench import harness

# A 2-core machine running streamlit and Chromium side by side is slow; these
# are upper bounds, not expectations.
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The load test takes minutes on two cores: only when asked for by name (-m slow).
    if "slow" in (config.getoption("markexpr") or ""):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:  # deselected, not skipped: .ci/run runs them in a run of their own
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before any fixture: no server is started for tests that cannot run.
    if item.get_closest_marker("browser") and harness.chromium_path() is None:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1: {harness.HOW_TO_GET_CHROMIUM}", pytrace=False)
        pytest.skip(harness.HOW_TO_GET_CHROMIUM)


@pytest.fixture(scope="session")
def server():
    with harness.Server() as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = harness.launch(playwright)
        yield chromium
        chromium.close()


class Tabs:
    """Browser tabs kept open for the whole run, a browser context per colour
    scheme and viewport. A test borrows a tab and gives it back on about:blank;
    its next page.goto opens a new Streamlit session as a new tab would, without
    a new tab's cost of loading Streamlit's scripts again (measured in the README's performance section)."""

    def __init__(self, browser) -> None:
        self.browser = browser
        self.contexts: dict[tuple, object] = {}
        self.free: dict[tuple, list] = {}

    def borrow(self, scheme: str, viewport: dict):
        key = (scheme, viewport["width"], viewport["height"])
        if key not in self.contexts:
            self.contexts[key] = harness.context(self.browser, viewport=viewport, color_scheme=scheme)
            self.contexts[key].set_default_timeout(TIMEOUT_MS)
            self.free[key] = []
        free = [page for page in self.free[key] if not page.is_closed()]
        page = free.pop() if free else self.contexts[key].new_page()
        self.free[key] = free
        page.bring_to_front()  # a tab behind another gets no animation frames: nothing would settle
        return key, page

    def give_back(self, key: tuple, page) -> None:
        if page.is_closed():
            return
        page.goto("about:blank")
        scheme, width, height = key
        page.emulate_media(color_scheme=scheme)
        page.set_viewport_size({"width": width, "height": height})
        self.free[key].append(page)

    def close(self) -> None:
        for context in self.contexts.values():
            context.close()


@pytest.fixture(scope="session")
def tabs(browser):
    kept = Tabs(browser)
    yield kept
    kept.close()


@pytest.fixture
def themed(tabs):
    """themed(scheme, viewport) -> a page in that colour scheme (the browser's preference)
    and size, for this test alone; each page.goto is a new Streamlit session."""
    lent = []

    def get(scheme: str = "light", viewport: dict = harness.DESKTOP):
        lent.append(tabs.borrow(scheme, viewport))
        return lent[-1][1]

    yield get
    for key, page in lent:
        tabs.give_back(key, page)


@pytest.fixture
def new_page(themed):
    """new_page(viewport) -> a page in the light scheme, for this test alone."""
    return lambda viewport=harness.DESKTOP: themed("light", viewport)

