"""The one cache of the pages: everything built from the model for a page
(charts, tables, career paths) is built once for all sessions with
st.cache_resource, keyed on the values it is built from.

- Plain values (str, int, float, tuples, frozen dataclasses such as a Profile
  or a Step) are keys as they are.
- A Model is keyed by Model.key, a digest of the data it was fitted to and its
  day; an Estimate by its profile and its model's key. No object id is a key.
- Results are shared between sessions, so they must not be changed.

The model itself is fitted once per data folder and day by
salary.model.default_model, which code without Streamlit uses too.

Speed: after every script run Streamlit collects all garbage (gc.collect(2))
while holding the interpreter lock, and the messages of the run wait for it.
With pandas, plotly and the model loaded that full collection walks some
150,000 long-lived objects that are never garbage. settle() moves them out of
the collector's way once per process with the standard library's gc.freeze(),
at the start of the second script run (by then the imports, the model and
plotly's validators exist). The collection then walks only what was made
since: the sessions and this cache, which is why SIZE is bounded. The
measurements behind both are in the README's performance section
(`python -m bench`)."""

from __future__ import annotations

import gc
import types
from collections.abc import Callable

import streamlit as st

from salary import model

# Entries kept. A chart is a few tens of kB; the estimator makes one per profile and view.
SIZE = 1024
_runs = 0  # script runs started in this process, counted until settle() has frozen (2)
_KEYS = {
    model.Model: lambda m: m.key,
    model.Estimate: lambda e: (e.profile, e.model.key),
    types.FunctionType: lambda f: f"{f.__module__}.{f.__qualname__}",
}


@st.cache_resource(max_entries=SIZE, show_spinner=False, hash_funcs=_KEYS)
def _built(build: Callable, args: tuple, kwargs: tuple):
    return build(*args, **dict(kwargs))


def cached(build: Callable, *args, **kwargs):
    """build(*args, **kwargs), made once for all sessions."""
    return _built(build, args, tuple(sorted(kwargs.items())))


def settle() -> None:
    """Call at the start of every script run: on the second run of the process,
    freeze what exists (see the module's docstring). A flag, not
    gc.get_freeze_count(), tells whether that was done: the count walks every
    frozen object."""
    global _runs
    if _runs > 1:
        return
    _runs += 1
    if _runs > 1:
        gc.collect()  # what is garbage now must not be frozen
        gc.freeze()
