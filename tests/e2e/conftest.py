"""Fixtures of the browser tests: one streamlit server and one Chromium for the
whole run, a fresh browser context (so a fresh Streamlit session) per page.

Without Chromium the browser tests skip, unless REQUIRE_BROWSER=1 (CI), where
they fail."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e import harness

# A 2-core machine running streamlit and Chromium side by side is slow; these
# are upper bounds, not expectations.
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)


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


@pytest.fixture
def new_page(browser):
    """new_page(viewport) -> a page in its own context; all closed after the test."""
    contexts = []

    def make(viewport: dict = harness.DESKTOP):
        context = browser.new_context(viewport=viewport)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def desktop_page(new_page):
    return new_page(harness.DESKTOP)


@pytest.fixture
def phone_page(new_page):
    return new_page(harness.PHONE)
