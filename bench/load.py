"""Many estimator sessions on one `streamlit run` server, each in its own
browser context with its own profile from the link, each moving its years
slider now and then: the slider latency every session sees, the server's
memory, and whether every session shows its own numbers.

Sessions are added in steps (STEPS); after each step every open session moves
its slider for PHASE_S seconds, one key press every PERIOD_S on average
(0.5-1.5x at random, so the presses do not line up). Latency is measured in
the page as in bench.browser (key press to the new first metric on an idle
app) and compared with the bare reference page's median on an idle server,
measured first in the same run. The browsers run on the same cores as the
server, so the latencies are an upper bound for people on their own machines."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import sys
import threading
import time

from bench import estimator, harness
from bench.browser import ARM, REF_SLIDER, SLIDER
from bench.table import Row, median, percentile
from salary import model

STEPS = (5, 10, 20, 30, 40, 50)
# Each session in a phone-sized window: the browsers run on the server's cores, and a smaller
# page takes less of them to draw.
VIEWPORT = harness.PHONE
PHASE_S = 20.0
PERIOD_S = 3.0
LIMIT_MB = 300
SLOWDOWN = 3.0  # the p95 latency a server may reach under load, as a multiple of the idle bare page
MB = 1024 * 1024
IDLE = harness.IDLE
TIMEOUT_MS = 180_000


def profiles(n: int) -> list[model.Profile]:
    """n different profiles whose first metric changes when the years go up by one
    (so that each key press shows), cycling through degrees and industries."""
    out, years = [], 2
    while len(out) < n:
        i = len(out)
        p = model.Profile(years, model.DEGREES[i % len(model.DEGREES)], model.INDUSTRIES[i % len(model.INDUSTRIES)])
        moved = dataclasses.replace(p, years=years + 1)
        if estimator.expected(p, "de")[0] != estimator.expected(moved, "de")[0]:
            out.append(p)
        years = 2 + (years - 1) % 19  # 2 ... 20: before the plateau, above the legal floor
    return out


async def _idle(page) -> None:
    await page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
    await page.get_by_test_id("stMetricValue").nth(2).wait_for(timeout=TIMEOUT_MS)
    await page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)


async def _press(page, key: str) -> float:
    """ms from the key press to the new first metric on an idle app."""
    await page.locator(SLIDER).first.focus()
    await page.evaluate(ARM)
    await page.keyboard.press(key)
    await page.wait_for_function("window.__bench.t1 !== null", timeout=TIMEOUT_MS)
    return await page.evaluate("window.__bench.t1 - window.__bench.t0")


@dataclasses.dataclass
class Session:
    page: object
    profile: model.Profile
    years: int

    async def move(self, until: float, out: list[float]) -> None:
        """Press → or ← (between the profile's years and one more) until the deadline."""
        while True:
            await asyncio.sleep(random.uniform(0.5, 1.5) * PERIOD_S)
            if time.monotonic() >= until:
                return
            up = self.years == self.profile.years
            out.append(await _press(self.page, "ArrowRight" if up else "ArrowLeft"))
            self.years += 1 if up else -1

    async def correct(self) -> bool:
        await _idle(self.page)
        shown = (await self.page.get_by_test_id("stMetricValue").all_inner_texts())[:3]
        return shown == estimator.expected(dataclasses.replace(self.profile, years=self.years), "de")


async def _reference_ms(browser, moves: int) -> float:
    """Median latency of the bare reference page, alone on its server."""
    with harness.Server(REF_SLIDER, cwd=REF_SLIDER.parent) as ref:
        context = await browser.new_context(viewport=VIEWPORT)
        page = await context.new_page()
        await page.goto(ref.url)
        await page.wait_for_selector(IDLE)
        await page.locator(SLIDER).first.wait_for()
        times = [await _press(page, "ArrowRight" if i % 2 == 0 else "ArrowLeft") for i in range(moves + 1)]
        await context.close()
    return median(times[1:])


async def _run(moves: int, steps: tuple[int, ...], say) -> dict:
    from playwright.async_api import async_playwright

    result: dict = {"steps": []}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=harness.chromium_path(), args=harness.CHROMIUM_ARGS)
        try:
            say("idle reference")
            result["reference"] = await _reference_ms(browser, moves)
            with harness.Server("app.py") as server:
                peak, stop = [server.rss_bytes()], threading.Event()
                result["rss_start"] = peak[0] / MB

                def sample():
                    while not stop.wait(0.05):
                        peak[0] = max(peak[0], server.rss_bytes())

                sampler = threading.Thread(target=sample, daemon=True)
                sampler.start()
                sessions: list[Session] = []
                try:
                    for count, profile in zip(steps, _chunks(profiles(max(steps)), steps)):
                        say(f"{count} sessions: opening")
                        new = []
                        for p_ in profile:
                            context = await browser.new_context(viewport=VIEWPORT)
                            page = await context.new_page()
                            await page.goto(server.url + estimator.url(p_), wait_until="commit",
                                            timeout=TIMEOUT_MS)
                            new.append(Session(page, p_, int(p_.years)))
                        await asyncio.gather(*(_idle(s.page) for s in new))
                        sessions += new
                        say(f"{count} sessions: moving for {PHASE_S:.0f} s")
                        latencies: list[float] = []
                        until = time.monotonic() + PHASE_S
                        cpu = server.cpu_seconds(), harness.browser_cpu_seconds()
                        await asyncio.gather(*(s.move(until, latencies) for s in sessions))
                        server_cpu = server.cpu_seconds() - cpu[0]
                        browser_cpu = harness.browser_cpu_seconds() - cpu[1]
                        correct = sum(await asyncio.gather(*(s.correct() for s in sessions)))
                        result["steps"].append({"sessions": count, "moves": len(latencies),
                                                "p50": median(latencies), "p95": percentile(latencies, 95),
                                                "correct": correct, "rss": server.rss_bytes() / MB,
                                                "peak": peak[0] / MB, "server_cpu": server_cpu,
                                                "browser_cpu": browser_cpu})
                        say(f"{count} sessions: {result['steps'][-1]}")
                finally:
                    stop.set()
                    sampler.join()
        finally:
            await browser.close()
    return result


def _chunks(items: list, steps: tuple[int, ...]) -> list[list]:
    """The profiles each step adds: steps (10, 20) → items[0:10], items[10:20]."""
    return [items[a:b] for a, b in zip((0, *steps), steps)]


def rows(moves: int, steps: tuple[int, ...] = STEPS) -> list[Row]:
    start = time.perf_counter()
    say = lambda what: print(f"  [+{time.perf_counter() - start:4.0f} s] load: {what}", file=sys.stderr)
    r = asyncio.run(_run(moves, steps, say))
    ref, last = r["reference"], r["steps"][-1]
    n = last["sessions"]
    held = 0  # the largest step up to which every step stayed within the slowdown
    for s in r["steps"]:
        if s["p95"] > SLOWDOWN * ref:
            break
        held = s["sessions"]
    first = r["steps"][0]
    per_session = (last["rss"] - first["rss"]) / (last["sessions"] - first["sessions"]) if len(r["steps"]) > 1 \
        else None
    out = [
        Row(f"{n} sessions at once: sessions showing their own numbers after their moves", last["correct"], None,
            "", f"all {n}", n, on_ratio=False, digits=0, at_least=True),
        Row(f"{n} sessions at once: server RSS with children, peak", last["peak"], None, "MB",
            f"< {LIMIT_MB} MB", LIMIT_MB, on_ratio=False, strict=True, digits=0),
    ]
    for s in r["steps"]:
        out.append(Row(f"{s['sessions']} sessions moving: p95 key press → new metric ({s['moves']} moves; "
                       f"p50 {s['p50']:.0f} ms) vs the idle bare page's median", s["p95"], ref, "ms",
                       f"≤ {SLOWDOWN:g}x", SLOWDOWN, digits=0))
    out.append(Row(f"{n} sessions moving: server CPU per key press (all its work in the phase over the moves)",
                   last["server_cpu"] / last["moves"] * 1000, None, "ms", "—", digits=1))
    out.append(Row(f"{n} sessions moving: CPU time of the {n} browsers (reference: of the server) in the phase",
                   last["browser_cpu"], last["server_cpu"], "s", "—", digits=1))
    out.append(Row(f"Sessions one server holds with p95 ≤ {SLOWDOWN:g}x the idle bare page (of {n} tried)",
                   held, None, "", "—", digits=0))
    if per_session is not None:
        # What a session may cost for the limit to hold at the largest step, from the server's RSS before any.
        budget = (LIMIT_MB - r["rss_start"]) / n
        out.append(Row(f"Memory per session (RSS growth from {first['sessions']} to {n} sessions; the server "
                       f"started at {r['rss_start']:.0f} MB)", per_session, None, "MB", f"≤ {budget:.1f} MB",
                       budget, on_ratio=False, digits=1))
    return out
