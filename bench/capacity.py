"""Capacity without browsers: simulated people speaking Streamlit's protocol (bench/protocol.py) against one
replica of the estimator, Streamlit's bare one-slider page (bench/reference/one_slider.py), and two replicas
behind deploy/nginx.conf; how many people each holds at a p95 of 250 ms, server CPU per key press, memory per
session. `python -m bench --only capacity` (or `python -m bench.capacity` for the figures alone).

Each person opens the page with a profile of their own in the link, then waits a think time (exponential, mean
2 s) and presses the years key: the browser's rerun, every widget's state with years one up (and the next time
one down again, so every press changes the numbers, which are checked). People are added in steps; after the
new ones have opened their page, every person's presses over PHASE_S seconds count for the step. A step whose
p95 is over the limit, or where anyone saw an error or wrong numbers, ends the ramp. The load runs in this
process, on the same cores as the servers: its own CPU is reported beside theirs."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import random
import sys
import time
from pathlib import Path

from bench import harness, protocol, proxy
from bench.browser import REF_SLIDER
from bench.table import Row, median, percentile
from salary import model, params, pay, text

LIMIT_MS = 250.0
THINK_S = 2.0
STEPS = (10, 20, 30, 40, 50, 60, 70, 80, 100, 120)
QUICK_STEPS = (10, 30, 50, 70, 90)
PHASE_S = 8.0
MB = 1024 * 1024


@dataclasses.dataclass
class Target:
    """What is measured: a page and how a person's query and expected first metric look there."""

    name: str
    script: Path
    page: str
    replicas: int = 1

    def query(self, i: int) -> tuple[str, int]:
        if self.page == "estimator":
            p = PROFILES[i % len(PROFILES)]
            return f"years={int(p.years)}&degree={p.degree}&industry={p.industry}", int(p.years)
        return "", 5 + i % 30

    @property
    def key(self) -> str:
        """The years slider's widget key (the estimator's is keyed by field and language)."""
        return "years.de" if self.page == "estimator" else "years"

    def metric(self, i: int, years: int) -> str:
        if self.page == "estimator":
            p = dataclasses.replace(PROFILES[i % len(PROFILES)], years=years)
            e = pay.estimate(model.default_model(), p, params.VARIABLE.default / 100)
            return text.amount(e.low, "de", floor=e.floor)
        return f"{50_000 + 1_500 * years:,} €"


def _profiles() -> list[model.Profile]:
    from bench.load import profiles

    return profiles(40)


PROFILES: list[model.Profile] = []


@dataclasses.dataclass
class Person:
    index: int
    target: Target
    session: protocol.Session
    base: int
    years: int

    async def press_until(self, stop: asyncio.Event, out: list[tuple[float, float, bool]]) -> None:
        """Think, press, check the numbers; (when, latency in ms, right?) for each press."""
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), random.expovariate(1 / THINK_S))
                return
            except TimeoutError:
                pass
            years = self.base + 1 if self.years == self.base else self.base
            try:
                run = await self.session.rerun({self.target.key: years})
            except protocol.ProtocolError:
                out.append((time.monotonic(), float("inf"), False))
                return
            right = not run.exceptions and not run.errors and run.metrics[:1] == [self.target.metric(self.index,
                                                                                                     years)]
            out.append((time.monotonic(), run.latency * 1000, right))
            self.years = years


def machine_cpu() -> float:
    """CPU seconds the whole machine has been busy (all cores; Linux /proc/stat), to tell other work apart."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def _cpu(pids: list[int]) -> float:
    """CPU seconds of these processes and their children."""
    total, todo = 0.0, list(pids)
    while todo:
        pid = todo.pop()
        total += harness.cpu_seconds(pid)
        try:
            todo += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            pass
    return total


async def _ramp(target: Target, url: str, servers: list[harness.Server], nginx, steps, say) -> list[dict]:
    people: list[Person] = []
    samples: list[tuple[float, float, bool]] = []
    stop, tasks, out = asyncio.Event(), [], []
    rss_before = sum(s.rss_bytes() for s in servers)
    try:
        for count in steps:
            new = []
            for i in range(len(people), count):
                query, years = target.query(i)
                new.append(Person(i, target, protocol.Session(url, target.page, query, timeout=120), years, years))
            # New people arrive within a second or two, as a shared link spreads, not all in the same instant.
            opened = await asyncio.gather(*(_open_later(p, i * 1.5 / max(1, len(new))) for i, p in enumerate(new)),
                                          return_exceptions=True)
            failed = [o for o in opened if isinstance(o, Exception)]
            people += [p for p, o in zip(new, opened) if not isinstance(o, Exception)]
            tasks += [asyncio.create_task(p.press_until(stop, samples)) for p in new]
            await asyncio.sleep(1.0)
            cpu0, nginx0, client0, machine0 = (_cpu([s.process.pid for s in servers]),
                                               _cpu([nginx.process.pid]) if nginx else 0.0, time.process_time(),
                                               machine_cpu())
            t0 = time.monotonic()
            await asyncio.sleep(PHASE_S)
            window = [s for s in samples if s[0] >= t0]
            latencies = [ms for _, ms, _ in window]
            server_cpu = _cpu([s.process.pid for s in servers]) - cpu0
            step = {"people": count, "presses": len(window), "wrong": sum(not ok for _, _, ok in window) + len(failed),
                    "p50": median(latencies) if latencies else float("inf"),
                    "p95": percentile(latencies, 95) if latencies else float("inf"),
                    "server_cpu_s": server_cpu, "cpu_per_press_ms": server_cpu / max(1, len(window)) * 1000,
                    "server_cores": server_cpu / PHASE_S,
                    "nginx_cores": ((_cpu([nginx.process.pid]) - nginx0) / PHASE_S) if nginx else 0.0,
                    "client_cores": (time.process_time() - client0) / PHASE_S,
                    "machine_cores": (machine_cpu() - machine0) / PHASE_S,
                    "rss_mb": sum(s.rss_bytes() for s in servers) / MB, "rss_before_mb": rss_before / MB}
            out.append(step)
            say(f"{target.name}: {count} people: p50 {step['p50']:.0f} ms, p95 {step['p95']:.0f} ms, "
                f"{step['presses']} presses, {step['wrong']} wrong, server {step['server_cores']:.2f} cores, "
                f"load driver {step['client_cores']:.2f} cores, machine {step['machine_cores']:.2f} cores, "
                f"{step['cpu_per_press_ms']:.1f} ms CPU a press")
            if step["p95"] > LIMIT_MS or step["wrong"]:
                break
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        await protocol.close_all([p.session for p in people])
    return out


async def _open_later(person: Person, delay: float) -> None:
    await asyncio.sleep(delay)
    await person.session.open()


def measure(target: Target, steps=STEPS, say=print) -> list[dict]:
    """Start the target's replicas (and nginx for more than one), ramp people up, stop them again."""
    servers = [harness.Server(target.script, cwd=target.script.parent) for _ in range(target.replicas)]
    nginx = None
    try:
        for s in servers:
            s.start()
        if target.replicas > 1:
            nginx = proxy.Nginx([f"127.0.0.1:{s.port}" for s in servers]).start()
        url = nginx.url if nginx else servers[0].url
        for s in servers:  # a fresh server's first run (imports, the model) is nobody's key press
            asyncio.run(protocol.visit(s.url, target.page))
        return asyncio.run(_ramp(target, url, servers, nginx, steps, say))
    finally:
        if nginx:
            nginx.stop()
        for s in servers:
            s.stop()


def held(steps: list[dict]) -> int:
    """The most people a run held: the largest step within the limit with nobody seeing wrong numbers."""
    good = [s["people"] for s in steps if s["p95"] <= LIMIT_MS and not s["wrong"]]
    return max(good, default=0)


def per_session_mb(steps: list[dict]) -> float | None:
    """RSS growth per person from before the first person to the last step."""
    last = steps[-1]
    return (last["rss_mb"] - last["rss_before_mb"]) / last["people"] if steps else None


TARGETS = {
    "dashboard": Target("estimator, 1 replica", harness.ROOT / "app.py", "estimator"),
    "reference": Target("bare one-slider page, 1 replica", REF_SLIDER, ""),
    "replicas": Target("estimator, 2 replicas behind nginx", harness.ROOT / "app.py", "estimator", replicas=2),
}


def run_all(steps=STEPS, say=print) -> dict[str, list[dict]]:
    PROFILES[:] = _profiles()
    return {name: measure(target, steps, say) for name, target in TARGETS.items()}


def rows(steps=STEPS) -> list[Row]:
    start = time.perf_counter()
    say = lambda what: print(f"  [+{time.perf_counter() - start:4.0f} s] capacity: {what}", file=sys.stderr)
    r = run_all(steps, say)
    one, bare, two = held(r["dashboard"]), held(r["reference"]), held(r["replicas"])
    at = lambda name, n: next((s for s in r[name] if s["people"] == n), r[name][0])
    d, b, t = at("dashboard", one), at("reference", bare), at("replicas", two)
    others = max(s["machine_cores"] - s["server_cores"] - s["client_cores"] - s["nginx_cores"]
                 for runs in r.values() for s in runs)
    return [
        Row(f"People one replica holds at p95 ≤ {LIMIT_MS:.0f} ms, think time {THINK_S:g} s (protocol level, steps "
            f"{', '.join(map(str, steps))}; reference: the bare one-slider page)", one, bare, "", "≥ 2x", 2.0,
            at_least=True, digits=0),
        Row(f"People two replicas behind nginx hold at p95 ≤ {LIMIT_MS:.0f} ms (reference: one replica; nginx "
            f"{t['nginx_cores']:.2f} cores)", two, one, "", "≥ 1.8x", 1.8, at_least=True, digits=0),
        Row(f"p95 key press → script finished at the held step ({one} and {bare} people)", d["p95"], b["p95"], "ms",
            digits=0),
        Row("Server CPU per key press at the held step (all the server's work over the phase)",
            d["cpu_per_press_ms"], b["cpu_per_press_ms"], "ms", digits=1),
        Row(f"Server cores busy at the held step (the load driver: {d['client_cores']:.2f} and "
            f"{b['client_cores']:.2f}; other work on the machine: up to {others:.2f} cores during the runs)",
            d["server_cores"], b["server_cores"], "", digits=2),
        Row(f"People one core holds, two replicas (held people ÷ server cores busy, {two} people)",
            two / max(t["server_cores"], 1e-9), None, "", digits=0),
        Row("Memory per session (RSS growth ÷ people, at the last step)", per_session_mb(r["dashboard"]),
            per_session_mb(r["reference"]), "MB", digits=2),
    ]


def main() -> int:
    quick = "--quick" in sys.argv
    result = run_all(QUICK_STEPS if quick else STEPS)
    for name, steps in result.items():
        print(f"{TARGETS[name].name}: holds {held(steps)} people; memory per session "
              f"{per_session_mb(steps):.2f} MB; cores {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
