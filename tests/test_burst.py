"""Many people arriving at once on a freshly started server (a restart, a
deploy, a failover with people on it): 50 sessions opening pages within one
second, spoken to as a browser does (bench/protocol.py). None may see an
exception: the first runs of a process import the table libraries while
others build charts (salary.libraries), fill caches and freeze the collector."""

import asyncio

import pytest

from bench import harness, protocol
from salary import model, text

pytestmark = pytest.mark.server

PAGES = {"": "", "estimator": "view=path&years=8", "sources": "years=12&degree=master", "methodology": "",
         "experience": ""}


@pytest.mark.parametrize("seed", [1, 2])
def test_fifty_sessions_within_a_second_on_a_fresh_server(seed):
    with harness.Server() as server:
        async def arrive():
            return await asyncio.gather(*(protocol.burst(server.url, 10, page, query, within=1.0, seed=seed)
                                          for page, query in PAGES.items()))
        runs = [run for page in protocol.run(arrive()) for run in page]
    failed = [run for run in runs if isinstance(run, Exception)]
    assert not failed, failed[:3]
    assert [run.exceptions + run.errors for run in runs if run.exceptions or run.errors] == []
    # And they see the right numbers: the estimator's range for its link.
    e = model.estimate(model.Profile(8))
    shown = [text.amount(v, "de") for v in (e.low, e.median, e.high)]
    estimator_runs = runs[10:20]
    assert all(run.metrics[:3] == shown for run in estimator_runs)
