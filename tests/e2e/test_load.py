"""Twenty estimator sessions at once against one fresh server: each opens its
own profile from the URL and moves its years slider with the keyboard; every
session must then show its own numbers, and the server must stay below 300 MB."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from playwright.sync_api import expect

from bench import estimator, harness
from salary import model

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SESSIONS = 20
RSS_LIMIT = 300 * 1024 ** 2
# Twenty renderers and the server share two cores: generous bounds, not expectations.
TIMEOUT_MS = 180_000


class PeakRss(threading.Thread):
    """Samples the server's RSS (with children) until stop(); keeps the peak."""

    def __init__(self, server: harness.Server, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.server, self.every = server, every
        self.peak = self.baseline = server.rss_bytes()
        self.samples = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.every):
            self.peak = max(self.peak, self.server.rss_bytes())
            self.samples += 1

    def stop(self) -> None:
        self._done.set()
        self.join(5)


def profile(i: int) -> model.Profile:
    return model.Profile(i, model.DEGREES[i % len(model.DEGREES)], model.INDUSTRIES[i % len(model.INDUSTRIES)])


def test_twenty_sessions_at_once(browser):
    profiles = [profile(i) for i in range(SESSIONS)]
    contexts = []
    with harness.Server() as server:
        sampler = PeakRss(server)
        sampler.start()
        started = time.perf_counter()
        try:
            pages = []
            for _ in profiles:
                contexts.append(browser.new_context(viewport=harness.DESKTOP))
                contexts[-1].set_default_timeout(TIMEOUT_MS)
                pages.append(contexts[-1].new_page())
            # Start every load before waiting for any, so the sessions overlap.
            for page, p in zip(pages, profiles, strict=True):
                page.goto(server.url + estimator.url(p), wait_until="commit")
            for page, p in zip(pages, profiles, strict=True):
                harness.wait_idle(page, TIMEOUT_MS)
                estimator.expect_range(page, estimator.expected(p, "de"), timeout=TIMEOUT_MS)
            loaded = time.perf_counter() - started
            for page in pages:
                estimator.years_slider(page).press("ArrowRight")
            for page, p in zip(pages, profiles, strict=True):
                moved = dataclasses.replace(p, years=p.years + 1)
                expect(page).to_have_url(estimator.years_in_url(int(moved.years)), timeout=TIMEOUT_MS)
                estimator.expect_range(page, estimator.expected(moved, "de"), timeout=TIMEOUT_MS)
                harness.wait_idle(page, TIMEOUT_MS)
                assert estimator.shown(page) == estimator.expected(moved, "de")
                expect(page.get_by_test_id("stException")).to_have_count(0)
            moved_in = time.perf_counter() - started - loaded
        finally:
            duration = time.perf_counter() - started
            sampler.stop()
            for context in contexts:
                context.close()
    mb = 1024 ** 2
    print(f"\nload: {SESSIONS} sessions in {duration:.1f} s (loaded in {loaded:.1f} s, moved in {moved_in:.1f} s); "
          f"server RSS baseline {sampler.baseline / mb:.0f} MB, peak {sampler.peak / mb:.0f} MB "
          f"({sampler.samples} samples)")
    assert sampler.samples > 0
    assert sampler.peak < RSS_LIMIT, f"server RSS peaked at {sampler.peak / mb:.0f} MB"
