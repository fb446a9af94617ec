"""Changes faster than the page draws, sent as a browser sends them (the protocol client against a real
`streamlit run` server): the second key press arrives while the first run is still drawing, with every
other widget's value as the browser last saw it. The page ends on the last press, without an error, and
the control that followed (the years box beside the slider, the slider beside the box) shows it too."""

import asyncio
import random

import pytest

from bench import harness, protocol
from salary import model, params, text

pytestmark = pytest.mark.server

SEED = random.randrange(10**6)
DELAYS_MS = range(0, 32, 4)  # between the presses: from at once to after the first run has begun drawing


@pytest.fixture(scope="module")
def server():
    with harness.Server("app.py") as running:
        yield running


def expected(years: int) -> list[str]:
    estimate = model.estimate(model.Profile(years, params.DEGREE.default, params.INDUSTRY.default))
    return [text.amount(getattr(estimate, key), text.DEFAULT_LANG) for key in ("low", "median", "high")]


async def presses(url: str, control: str, values: list[int], delay: float) -> tuple[protocol.Run, dict]:
    """Send each value of `control` `delay` seconds apart without waiting for a run, then read runs until
    one shows the last value in the address and none follows within 0.3 s (or no run comes within 3 s, or
    one shows an exception): the page as it stays."""
    async with protocol.Session(url, "estimator", timeout=20) as s:
        run = await s.open()
        for i, value in enumerate(values):
            if i:
                await asyncio.sleep(delay)
            await s.send({control: value})
        while not run.exceptions:
            done = f"years={values[-1]}" in run.query_string.split("&")
            try:
                run = await asyncio.wait_for(s.next_run(), 0.3 if done else 3.0)
            except (TimeoutError, protocol.ProtocolError):
                break
        return run, {} if run.exceptions else {name: s.widget(name).value for name in ("years.de", "years_exact.de")}


@pytest.mark.parametrize("control", ["years.de", "years_exact.de"])
def test_presses_faster_than_the_page_end_on_the_last(server, control):
    print(f"SEED={SEED}")
    rng = random.Random(SEED)
    for delay_ms in DELAYS_MS:
        start = params.YEARS.default
        values = [start + i for i in range(1, rng.randint(2, 4))]
        run, widgets = protocol.run(presses(server.url, control, values, delay_ms / 1000))
        where = f"{control} to {values}, {delay_ms} ms apart (SEED={SEED})"
        assert not run.exceptions, f"{where}: {run.exceptions}"
        assert f"years={values[-1]}" in run.query_string.split("&"), where
        assert run.metrics[:3] == expected(values[-1]), where
        assert widgets == {"years.de": values[-1], "years_exact.de": values[-1]}, where
