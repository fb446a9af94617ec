"""Two `streamlit run` replicas behind the repository's deploy/nginx.conf (rendered for their local ports): a
browser keeps to one replica, and when that replica is killed the page reconnects through nginx to the other with
the same numbers and takes the next key press; every response carries the security headers, Chromium reports no
Content-Security-Policy violation, and /_stcore/metrics is refused."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import time
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from bench import estimator, harness, protocol, proxy
from salary import model
from tests.e2e.conftest import TIMEOUT_MS

pytestmark = pytest.mark.browser

PROFILE = model.Profile(8, "master", "software")
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin"}
CSP_WATCH = """document.addEventListener("securitypolicyviolation",
    e => (window.__csp ||= []).push(`${e.violatedDirective} ${e.blockedURI}`));"""


@pytest.fixture(scope="module")
def cluster():
    """Two replicas and nginx in front of them: (replica, replica, nginx)."""
    if proxy.nginx_path() is None:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1: {proxy.HOW_TO_GET_NGINX}", pytrace=False)
        pytest.skip(proxy.HOW_TO_GET_NGINX)
    with harness.Server("app.py") as one, harness.Server("app.py") as two, \
            proxy.Nginx([f"127.0.0.1:{one.port}", f"127.0.0.1:{two.port}"]) as nginx:
        yield one, two, nginx


def fetch(url: str, headers: dict | None = None) -> tuple[int, object]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=20) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers


def csp_violations(page, watch: harness.ConsoleWatch) -> list[str]:
    """What the page's securitypolicyviolation events and console errors say Chromium blocked."""
    return page.evaluate("window.__csp || []") + [t for t, _ in watch.errors if "Content Security Policy" in t]


def holder(one, two, timeout: float = 10) -> harness.Server:
    """The replica that holds the browser's websocket, found by its accepted connections (nginx closes the
    others after each request; connections of earlier tests may take a moment to close)."""
    deadline = time.monotonic() + timeout
    while True:
        held = [s for s in (one, two) if proxy.established(s.port)]
        if len(held) == 1 or time.monotonic() > deadline:
            assert len(held) == 1, [(s.port, proxy.established(s.port)) for s in (one, two)]
            return held[0]
        time.sleep(0.2)


def test_headers_and_metrics_through_nginx(cluster):
    one, _, nginx = cluster
    for path in ("/", "/estimator", "/_stcore/health", "/static/no-such-file.js"):
        status, headers = fetch(nginx.url + path)
        assert status in (200, 404), path
        for name, value in HEADERS.items():
            assert headers.get(name) == value, (path, name)
        assert "default-src 'self'" in headers.get("Content-Security-Policy", ""), path
    # Refused through nginx, however it is written; the replica itself still answers the operator.
    for path in ("/_stcore/metrics", "/_stcore/%6Detrics", "//_stcore/metrics", "/_stcore/metrics/",
                 "/_stcore/metrics?x"):
        assert fetch(nginx.url + path)[0] == 404, path
    assert fetch(one.url + "/_stcore/metrics")[0] == 200


def test_a_cookie_keeps_sessions_on_one_replica(cluster):
    """Sessions sent with one route cookie all land on one replica; without a cookie they spread."""
    one, two, nginx = cluster
    live = [one, two]  # the failover test, which kills one, comes after this one
    assert all(s.process.poll() is None for s in live)

    async def open_sessions(cookies: list[str | None]) -> list[protocol.Session]:
        sessions = [protocol.Session(nginx.url, "estimator", headers={"Cookie": f"kam_route={c}"} if c else {})
                    for c in cookies]
        await asyncio.gather(*(s.open() for s in sessions))
        return sessions

    async def scenario():
        start = [proxy.active_sessions(s.url) for s in live]
        sticky = await open_sessions(["same"] * 6)
        after_sticky = [proxy.active_sessions(s.url) - n for s, n in zip(live, start)]
        spread = await open_sessions([None] * 16)
        after_spread = [proxy.active_sessions(s.url) - n for s, n in zip(live, start)]
        await protocol.close_all(sticky + spread)
        return after_sticky, after_spread

    after_sticky, after_spread = protocol.run(scenario())
    assert sorted(after_sticky) == [0, 6]
    assert all(n > after_sticky[i] for i, n in enumerate(after_spread)) and sum(after_spread) == 22


def test_no_page_breaks_the_content_security_policy(browser, cluster):
    """Every page, its charts drawn and a chart's table opened, with no violation and no console error."""
    from tests.conftest import PAGES

    nginx = cluster[2]
    context = harness.context(browser, viewport=harness.DESKTOP)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(CSP_WATCH)
    page = context.new_page()  # each goto a new session, in the tab whose scripts are loaded
    try:
        for name in PAGES:
            watch = harness.ConsoleWatch(page)
            page.goto(f"{nginx.url}/{'' if name == 'overview' else name}?lang=en")
            harness.wait_idle(page)
            folds = page.locator("[data-testid='stExpander'] summary")
            if folds.count():
                folds.first.click()
                harness.wait_idle(page)
            assert csp_violations(page, watch) == [] and watch.unexpected() == [], name
            watch.stop()
    finally:
        context.close()


def press_years(page, key: str, years: int) -> model.Profile:
    """A key pressed on the years slider; the range and the address follow to `years`."""
    slider = estimator.years_slider(page)
    slider.focus()
    slider.press(key)
    moved = dataclasses.replace(PROFILE, years=years)
    estimator.expect_range(page, estimator.expected(moved, "de"))
    expect(page).to_have_url(estimator.years_in_url(years))
    return moved


def test_a_killed_replica_hands_the_page_to_the_other(browser, cluster):
    one, two, nginx = cluster
    context = harness.context(browser, viewport=harness.DESKTOP)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(CSP_WATCH)
    page = context.new_page()
    watch = harness.ConsoleWatch(page)
    try:
        response = page.goto(nginx.url + estimator.url(PROFILE))
        harness.wait_idle(page)
        for name, value in HEADERS.items():
            assert response.headers.get(name.lower()) == value, name
        assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
        assert any(c["name"] == "kam_route" for c in context.cookies())
        estimator.expect_range(page, estimator.expected(PROFILE, "de"))

        # A profile set with the keyboard, which only the session knows until the address follows.
        moved = press_years(page, "ArrowRight", 9)
        assert watch.unexpected() == [] and csp_violations(page, watch) == []

        dead = holder(one, two)
        alive = two if dead is one else one
        sessions = proxy.active_sessions(alive.url)
        os.killpg(dead.process.pid, signal.SIGKILL)
        dead.process.wait(10)
        started = time.monotonic()

        # The page reconnects through nginx to the other replica (which runs the page on the next rerun).
        expect(page.locator(harness.IDLE)).to_have_count(1, timeout=60_000)
        deadline = time.monotonic() + 30
        while proxy.active_sessions(alive.url) != sessions + 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert proxy.established(alive.port) and proxy.active_sessions(alive.url) == sessions + 1
        print(f"reconnected after {time.monotonic() - started:.1f} s")
        estimator.expect_range(page, estimator.expected(moved, "de"))

        # The first key press afterwards takes effect: new numbers, and the address follows; and back, the
        # other replica shows the numbers the first one showed.
        press_years(page, "ArrowRight", 10)
        press_years(page, "ArrowLeft", 9)
        assert csp_violations(page, watch) == []
    finally:
        context.close()
