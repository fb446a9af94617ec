"""The one cache of the pages: everything built from the model for a page
(charts, tables, career paths) is built once for all sessions with
st.cache_resource, keyed on a text that names the values it is built from
(key()), so Streamlit hashes one short string instead of walking the values:

- plain values (None, bool, str, numbers) by their repr; lists, tuples and
  dicts item by item; frozen dataclasses (a Profile, a NetPay) field by field;
- a Model by Model.key, a digest of the data it was fitted to and its day; an
  Estimate by its profile and its model's key; a module-level function by its
  qualified name (a lambda or nested function is refused: it may close over values);
- a DataFrame by the digest of its content that its loader made
  (datafiles.frame): only a loaded data file's table is a key, and it is
  never changed after loading;
- anything else is refused (TypeError): no object id is ever a key.

Results are shared between sessions, so they must not be changed.

The model itself is fitted once per data folder and day by
salary.model.default_model, which code without Streamlit uses too.
"""

from __future__ import annotations

import dataclasses
import numbers
import types
from collections.abc import Callable

import streamlit as st

from salary import model

# Entries kept (a chart, or its table and summary; the estimator makes two per profile and
# view). Streamlit's collection after every run walks them (salary/ui/startup.py), so the
# pause grows with their number: the README's performance section has the measurements
# behind this size. A miss costs building one chart, once.
SIZE = 128


def key(value) -> str:
    """A text that names `value` for the cache (see the module's docstring)."""
    if value is None or isinstance(value, (bool, str, numbers.Number)):
        return repr(value)
    if isinstance(value, model.Model):
        return f"Model({value.key})"
    if isinstance(value, model.Estimate):
        return f"Estimate({key(value.profile)}, {value.model.key}, {value.floor!r})"
    if isinstance(value, types.FunctionType) and "<" not in value.__qualname__:
        # A module-level function; a lambda or a nested function (which may close over other values) is refused.
        return f"{value.__module__}.{value.__qualname__}"
    if isinstance(value, (list, tuple)):
        return f"{type(value).__name__}({', '.join(map(key, value))})"
    if isinstance(value, dict):
        return f"dict({', '.join(f'{key(k)}: {key(v)}' for k, v in value.items())})"
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and value.__dataclass_params__.frozen:
        fields = ", ".join(key(getattr(value, f.name)) for f in dataclasses.fields(value))
        return f"{type(value).__module__}.{type(value).__qualname__}({fields})"
    kind = type(value)
    if kind.__name__ == "DataFrame" and kind.__module__.split(".")[0] == "pandas":  # by name: pandas may be loading
        return _frame_key(value)
    raise TypeError(f"no cache key for a {type(value).__name__}")


def _frame_key(frame) -> str:
    """A loaded data file's table by the digest its loader made (datafiles.frame)."""
    if frame.attrs.get("digest_of") != id(frame):
        raise TypeError("no cache key for a DataFrame that is not a loaded data file (datafiles.frame)")
    return f"DataFrame({frame.attrs['digest']})"


@st.cache_resource(max_entries=SIZE, show_spinner=False)
def _made_once(name: str, _build: Callable, _args: tuple, _kwargs: dict):
    return _build(*_args, **_kwargs)


def cached(build: Callable, *args, **kwargs):
    """build(*args, **kwargs), made once for all sessions."""
    return _made_once(key((build, args, sorted(kwargs.items()))), build, args, kwargs)
