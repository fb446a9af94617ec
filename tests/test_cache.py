"""The page cache's keys (salary/ui/cache.py): equal values name one entry,
different values different entries, and nothing is keyed by an object's id."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from salary import charts, model, net
from salary.ui.cache import key
from tests.conftest import ROOT, set_cell

DAY = dt.date(2026, 7, 1)
profiles = st.builds(model.Profile, st.integers(0, 45), st.sampled_from(model.DEGREES),
                     st.sampled_from(model.INDUSTRIES), st.sampled_from(model.BANDS),
                     st.sampled_from(model.INDUSTRY_READINGS))


@given(profiles, profiles)
def test_two_profiles_share_a_key_exactly_when_they_are_equal(a, b):
    assert (key(a) == key(b)) == (a == b)


@given(profiles)
def test_an_estimate_is_named_by_its_profile_and_its_model_not_by_the_object(p):
    m = model.default_model(DAY)
    first, again = m.estimate(p), m.estimate(dataclasses.replace(p))
    assert first is not again
    assert key(first) == key(again)
    assert m.key in key(first)
    other_day = model.default_model(dt.date(2024, 7, 1))  # another legal minimum: another model
    assert key(other_day.estimate(p)) != key(first)


def test_a_model_fitted_twice_to_the_same_data_is_one_key():
    first, again = model.default_model(DAY), model.load_model(None, DAY)  # load_model fits anew
    assert first is not again
    assert key(first) == key(again) == f"Model({first.key})"


def test_a_model_fitted_to_other_data_is_another_key(data):
    set_cell(data / "figures.csv", {"dimension": "degree", "key": "master"}, "low", "54000")
    assert key(model.load_model(data, DAY)) != key(model.default_model(DAY))


def test_values_of_different_types_or_order_are_different_keys():
    keys = [key(v) for v in (1, 1.0, "1", True, None, (1,), [1], {"a": 1}, (1, 2), (2, 1), {"a": 2})]
    assert len(set(keys)) == len(keys)


def test_keyword_order_does_not_matter_but_values_do():
    assert key(sorted({"a": 1, "b": 2}.items())) == key(sorted({"b": 2, "a": 1}.items()))
    assert key(net.TaxProfile()) != key(net.TaxProfile(children=1))


def test_a_function_is_named_by_where_it_is_defined():
    assert key(charts.range_chart) == "salary.estimate_charts.range_chart"
    assert key(charts.career_chart) != key(charts.range_chart)


def test_a_table_is_named_by_its_content():
    from salary import datafiles

    rows = [{"x": 1, "y": "a"}, {"x": 2, "y": "b"}]
    a = datafiles.frame(rows, ("x", "y"))
    assert key(a) == key(datafiles.frame([dict(r) for r in rows], ("x", "y")))
    assert key(datafiles.frame([rows[0], {"x": 3, "y": "b"}], ("x", "y"))) != key(a)


def _outer(x):
    def inner():
        return x
    return inner


@pytest.mark.parametrize("value", [object(), {1, 2}, [object()], (1, {"a": object()}), lambda: 1, _outer(1)],
                         ids=["object", "set", "in a list", "in a dict in a tuple", "lambda", "closure"])
def test_values_without_a_name_are_refused(value):
    with pytest.raises(TypeError, match="no cache key"):
        key(value)


def test_a_mutable_dataclass_is_refused():
    @dataclasses.dataclass
    class Loose:
        x: int = 1

    with pytest.raises(TypeError, match="no cache key for a Loose"):
        key(Loose())


FREEZE_PROBE = """
import gc, logging
from streamlit.testing.v1 import AppTest
logging.disable(logging.WARNING)
at = AppTest.from_file({app!r}, default_timeout=30).run()
first = gc.get_freeze_count()
at.run()
print(first, gc.get_freeze_count())
"""


def test_the_start_up_objects_are_frozen_at_the_second_run():
    """A fresh process: nothing frozen after the first run (its objects are not all
    made yet), the long-lived ones after the second (salary.ui.startup.run_started)."""
    out = subprocess.run([sys.executable, "-c", FREEZE_PROBE.format(app=str(ROOT / "app.py"))], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    first, second = map(int, out.stdout.split())
    assert first == 0
    assert second > 50_000  # imports, the model and plotly: far more objects than one run makes


def test_a_loaded_tables_key_is_the_digest_its_loader_made(monkeypatch):
    from salary import datafiles

    rows = [{"x": 1}, {"x": 2}]
    a, b = datafiles.frame(rows, ("x",)), datafiles.frame(rows, ("x",))
    assert key(a) == key(b)  # equal content, equal key
    assert key(datafiles.frame([{"x": 3}], ("x",))) != key(a)
    monkeypatch.setattr(datafiles.pickle, "dumps", lambda *args, **kw: pytest.fail("pickled again"))
    assert key(a) == key(a)  # made once, when the table was loaded
    derived = a[a["x"] > 1]  # copies attrs, digest included, but holds other rows
    with pytest.raises(TypeError, match="not a loaded data file"):
        key(derived)
    with pytest.raises(TypeError, match="not a loaded data file"):
        key(pd.DataFrame({"x": [1, 2]}))


TABLES_PROBE = """
import gc, sys
from salary.ui import startup
loaded_before = "pandas" in sys.modules
startup.run_started(); startup.run_started()
import pandas as pd
print(loaded_before, id(pd.DataFrame.merge) in {id(o) for o in gc.get_objects()})
"""


def test_the_freeze_waits_for_the_table_libraries():
    """Sessions opened at once: the second run may start before the first has loaded
    pandas. The freeze loads it first, so that the collections never walk it."""
    out = subprocess.run([sys.executable, "-c", TABLES_PROBE], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    loaded_before, walked = out.stdout.split()
    assert loaded_before == "False"  # the probe starts without pandas
    assert walked == "False"  # pandas' objects are frozen: no collection walks them
