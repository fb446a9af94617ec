"""The dashboard served by `streamlit run` and driven by headless Chromium
(bench/harness.py): slider latency in every detail view, and cold start;
beside them the server's part of the same key press, without a browser
(bench/protocol.py). Many sessions at once are in bench/load.py."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench import harness, protocol
from bench.table import Row, median, percentile
from salary import params

# The references are served from their own folder: Streamlit's default config, not the app's.
REF_SLIDER = harness.ROOT / "bench" / "reference" / "one_slider.py"
REF_CHART = harness.ROOT / "bench" / "reference" / "one_chart.py"
CHART = "[data-testid='stPlotlyChart'] svg.main-svg"
VIEWS = params.VIEW.choices
SLIDER_LIMIT = 1.2  # the estimator's latency, median and p90, over the bare page's
COLD_LIMIT = 1.1

# Streamlit 1.67 draws the slider with react-aria: a hidden <input type=range>
# takes the keys; older versions had a div[role=slider]. Either will do.
# The reference's slider has the key "years", the estimator's "years.de" (field.language).
SLIDER = ", ".join(f".st-key-{key} {part}" for key in ("years", "years-de")
                   for part in ("input[type=range]", "[role=slider]"))

# Armed before each key press. The clock starts in the page at the keydown and
# stops at the first DOM change after which the first metric shows a new text
# and the app is connected, not running, without a spinner. A MutationObserver
# sees every such change as it happens; the interval is a safety net.
ARM = """() => {
  const metric = () => document.querySelector("[data-testid='stMetricValue']")?.textContent;
  const app = () => document.querySelector("[data-testid='stApp']");
  const idle = () => app()?.dataset.testConnectionState === "CONNECTED"
    && app()?.dataset.testScriptState === "notRunning"
    && !document.querySelector("[data-testid='stStatusWidget'] .stSpinner");
  const b = window.__bench = {before: metric(), t0: null, t1: null};
  document.addEventListener("keydown", () => { b.t0 ??= performance.now(); }, {capture: true, once: true});
  const check = () => {
    if (b.t0 === null || b.t1 !== null || metric() === b.before || !idle()) return;
    b.t1 = performance.now();
    observer.disconnect();
    clearInterval(timer);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  const timer = setInterval(check, 5);
}"""


def _slider_ms(browser, moves: int, views: tuple[str, ...]) -> tuple[dict[str, list[float]], list[float]]:
    """ms from the key press to the new metric text on an idle app: for the
    estimator with each detail view open ({view: [ms, ...]}), and for the
    reference. All servers' pages are open at once and the moves go round
    them, so a change in the machine's load hits all alike; the first round
    only warms caches and is dropped."""
    with harness.Server("app.py") as app, harness.Server(REF_SLIDER, cwd=REF_SLIDER.parent) as ref:
        context = browser.new_context(viewport=harness.DESKTOP)
        pages = {}
        for name, server, path in [("reference", ref, ""), *((v, app, f"estimator?view={v}") for v in views)]:
            page = context.new_page()
            harness.goto(page, server, path)
            pages[name] = page
        times: dict[str, list[float]] = {name: [] for name in pages}
        for i in range(moves + 1):
            for name, page in pages.items():
                page.bring_to_front()
                page.locator(SLIDER).first.focus()
                page.evaluate(ARM)
                page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
                page.wait_for_function("window.__bench.t1 !== null", timeout=60_000)
                times[name].append(page.evaluate("window.__bench.t1 - window.__bench.t0"))
                harness.wait_idle(page)  # no trailing rerun may overlap the next move
        context.close()
    reference = times.pop("reference")[1:]
    return {v: t[1:] for v, t in times.items()}, reference


def _server_ms(moves: int, views: tuple[str, ...]) -> tuple[dict[str, list[float]], list[float]]:
    """ms from the years key press's rerun message to script_finished, one session speaking
    Streamlit's protocol: what the server takes, without any browser's drawing. Same
    rounds as _slider_ms; the first is dropped."""
    async def press(session: protocol.Session, key: str, up: bool) -> float:
        years = session.widget(key)
        return (await session.rerun({years.id: years.value + (1 if up else -1)})).latency * 1000

    async def measure(app_url: str, ref_url: str) -> dict[str, list[float]]:
        sessions = {"reference": (protocol.Session(ref_url), "years")}
        sessions |= {v: (protocol.Session(app_url, "estimator", f"view={v}"), "years.de") for v in views}
        times: dict[str, list[float]] = {name: [] for name in sessions}
        try:
            for session, _ in sessions.values():
                await session.open()
            for i in range(moves + 1):
                for name, (session, key) in sessions.items():
                    times[name].append(await press(session, key, i % 2 == 0))
        finally:
            await protocol.close_all([s for s, _ in sessions.values()])
        return times

    with harness.Server("app.py") as app, harness.Server(REF_SLIDER, cwd=REF_SLIDER.parent) as ref:
        times = protocol.run(measure(app.url, ref.url))
    reference = times.pop("reference")[1:]
    return {v: t[1:] for v, t in times.items()}, reference


def _cold_s(browser, script, path: str = "") -> float:
    """Seconds from `streamlit run` to the first plotly chart drawn in Chromium."""
    context = browser.new_context(viewport=harness.DESKTOP)  # fresh: no cached assets
    page = context.new_page()
    server = harness.Server(script, cwd=Path(script).parent if Path(script).is_absolute() else harness.ROOT)
    try:
        server.start()
        page.goto(f"{server.url}/{path}")
        page.wait_for_selector(CHART, timeout=60_000)
        return time.perf_counter() - server.started_at
    finally:
        context.close()
        server.stop()


def rows(moves: int, colds: int) -> list[Row]:
    from playwright.sync_api import sync_playwright

    start, result = time.perf_counter(), []
    say = lambda what: print(f"  [+{time.perf_counter() - start:4.0f} s] browser: {what}", file=sys.stderr)
    with sync_playwright() as p:
        browser = harness.launch(p)
        try:
            say("slider moves")
            views, reference = _slider_ms(browser, moves, VIEWS)
            for view, times in views.items():
                for name, stat in (("median", median), ("p90", lambda v: percentile(v, 90))):
                    result.append(Row(f"Chromium: years key press → new metric, {name}, estimator ({view} view)",
                                      stat(times), stat(reference), "ms", f"≤ {SLIDER_LIMIT:g}x", SLIDER_LIMIT,
                                      digits=0))

            say("the server's part of the key press")
            views, reference = _server_ms(moves, VIEWS)
            for view, times in views.items():
                result.append(Row(f"Server: years key press → script finished, median, no browser, "
                                  f"estimator ({view} view)", median(times), median(reference), "ms", digits=0))

            cold: dict[str, list[float]] = {"app": [], "ref": []}
            for i in range(colds):  # alternate, so drift on the machine hits both alike
                say(f"cold start {i + 1}/{colds}")
                cold["app"].append(_cold_s(browser, "app.py"))
                cold["ref"].append(_cold_s(browser, REF_CHART))
            result.append(Row("Cold start: `streamlit run` → first plotly chart drawn (overview)",
                              median(cold["app"]), median(cold["ref"]), "s", f"≤ {COLD_LIMIT:g}x", COLD_LIMIT,
                              digits=2))
        finally:
            browser.close()
    say("done")
    return result
