"""The dashboard served by `streamlit run` and driven by headless Chromium
(tests/e2e/harness.py): slider latency, cold start, server memory."""

from __future__ import annotations

import sys
import threading
import time

from bench.table import Row, median
from tests.e2e import harness

REF_SLIDER = harness.ROOT / "bench" / "reference" / "one_slider.py"
REF_CHART = harness.ROOT / "bench" / "reference" / "one_chart.py"
CHART = "[data-testid='stPlotlyChart'] svg.main-svg"
MB = 1024 * 1024

# Streamlit 1.67 draws the slider with react-aria: a hidden <input type=range>
# takes the keys; older versions had a div[role=slider]. Either will do.
SLIDER = ".st-key-years input[type=range], .st-key-years [role=slider]"

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


def _slider_ms(browser, moves: int) -> tuple[float, float]:
    """Median ms from the key press to the new metric text on an idle app:
    (estimator, reference). Both servers run at once and the moves alternate
    between them, so a change in the machine's load hits both alike."""
    with harness.Server("app.py") as app, harness.Server(REF_SLIDER) as ref:
        context = browser.new_context(viewport=harness.DESKTOP)
        pages = []
        for server, path in ((app, "estimator"), (ref, "")):
            page = context.new_page()
            harness.goto(page, server, path)
            pages.append(page)
        times: list[list[float]] = [[], []]
        for i in range(moves + 1):
            for page, out in zip(pages, times):
                page.bring_to_front()
                page.locator(SLIDER).first.focus()
                page.evaluate(ARM)
                page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
                page.wait_for_function("window.__bench.t1 !== null", timeout=60_000)
                out.append(page.evaluate("window.__bench.t1 - window.__bench.t0"))
                harness.wait_idle(page)  # no trailing rerun may overlap the next move
        context.close()
    return median(times[0][1:]), median(times[1][1:])  # the first move also warms caches


def _cold_s(browser, script, path: str = "") -> float:
    """Seconds from `streamlit run` to the first plotly chart drawn in Chromium."""
    context = browser.new_context(viewport=harness.DESKTOP)  # fresh: no cached assets
    page = context.new_page()
    server = harness.Server(script)
    try:
        server.start()
        page.goto(f"{server.url}/{path}")
        page.wait_for_selector(CHART, timeout=60_000)
        return time.perf_counter() - server.started_at
    finally:
        context.close()
        server.stop()


def _memory_mb(browser, script, path: str, sessions: int) -> tuple[float, float]:
    """Peak and settled RSS (MB) of the server and its children with `sessions`
    browser sessions opened at once."""
    with harness.Server(script) as server:
        peak, stop = [server.rss_bytes()], threading.Event()

        def sample():  # the peak is short-lived while the sessions' scripts run
            while not stop.is_set():
                peak[0] = max(peak[0], server.rss_bytes())
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        contexts = [browser.new_context(viewport=harness.DESKTOP) for _ in range(sessions)]
        pages = [c.new_page() for c in contexts]
        try:
            for page in pages:  # start all first, so the sessions' scripts run concurrently
                page.goto(f"{server.url}/{path}", wait_until="commit")
            for page in pages:
                harness.wait_idle(page, timeout=180_000, settle=100)
            time.sleep(1)
            settled = server.rss_bytes()
        finally:
            stop.set()
            sampler.join()
            for c in contexts:
                c.close()
    return peak[0] / MB, settled / MB


def rows(moves: int, colds: int, memory_runs: int, sessions: int = 20) -> list[Row]:
    from playwright.sync_api import sync_playwright

    start, result = time.perf_counter(), []
    say = lambda what: print(f"  [+{time.perf_counter() - start:4.0f} s] browser: {what}", file=sys.stderr)
    with sync_playwright() as p:
        browser = harness.launch(p)
        try:
            say("slider moves")
            result.append(Row("Chromium: years slider key press → new metric, idle (estimator)",
                              *_slider_ms(browser, moves), "ms",
                              "≤ 2x", 2.0, digits=0))

            cold: dict[str, list[float]] = {"app": [], "ref": []}
            for i in range(colds):  # alternate, so drift on the machine hits both alike
                say(f"cold start {i + 1}/{colds}")
                cold["app"].append(_cold_s(browser, "app.py"))
                cold["ref"].append(_cold_s(browser, REF_CHART))
            result.append(Row("Cold start: `streamlit run` → first plotly chart drawn (overview)",
                              median(cold["app"]), median(cold["ref"]), "s", "≤ 1.3x", 1.3, digits=2))

            mem: dict[str, list[tuple[float, float]]] = {"app": [], "ref": []}
            for i in range(memory_runs):
                say(f"{sessions} sessions {i + 1}/{memory_runs}")
                mem["app"].append(_memory_mb(browser, "app.py", "estimator", sessions))
                mem["ref"].append(_memory_mb(browser, REF_CHART, "", sessions))
            peak = [median(v[0] for v in mem[k]) for k in ("app", "ref")]
            settled = [median(v[1] for v in mem[k]) for k in ("app", "ref")]
            result.append(Row(f"Server RSS, peak, {sessions} sessions (estimator)", *peak, "MB", "peak < 500 MB",
                              500, on_ratio=False, strict=True, digits=0))
            result.append(Row(f"Server RSS, settled, {sessions} sessions (estimator)", *settled, "MB", digits=0))
        finally:
            browser.close()
    say("done")
    return result
