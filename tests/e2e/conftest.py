"""Fixtures of the browser tests: one streamlit server and one Chromium for the
whole run, a fresh page (so a fresh Streamlit session) per test.
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


@pytest.fixture(scope="session")
def contexts(browser):
    """One browser context per viewport size, shared so that Streamlit's
    static files come from the cache; each page is still its own session."""
    made = {}
    yield made
    for context in made.values():
        context.close()


@pytest.fixture
def new_page(browser, contexts):
    """new_page(viewport) -> a fresh page (a new Streamlit session); closed after the test."""
    pages = []

    def make(viewport: dict = harness.DESKTOP):
        key = (viewport["width"], viewport["height"])
        if key not in contexts:
            contexts[key] = browser.new_context(viewport=viewport)
            contexts[key].set_default_timeout(TIMEOUT_MS)
        pages.append(contexts[key].new_page())
        return pages[-1]

    yield make
    for page in pages:
        page.close()


@pytest.fixture
def desktop_page(new_page):
    return new_page(harness.DESKTOP)


@pytest.fixture
def phone_page(new_page):
    return new_page(harness.PHONE)


@pytest.fixture(scope="module")
def themed(browser):
    """themed(scheme, viewport) -> a browser context in that colour scheme, made once per module."""
    made = {}

    def get(scheme: str, viewport: dict):
        key = (scheme, viewport["width"], viewport["height"])
        if key not in made:
            made[key] = browser.new_context(viewport=viewport, color_scheme=scheme)
            made[key].set_default_timeout(30_000)
        return made[key]

    yield get
    for context in made.values():
        context.close()
