"""Charts and tables placed on a page."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from salary import charts
from salary.ui.cache import cached


def plotly(chart) -> None:
    st.plotly_chart(chart, width="stretch", config=charts.CONFIG)


def table(build: Callable, *args) -> None:
    """A static table of build(*args) (a DataFrame), built once for all sessions."""
    st.table(cached(build, *args), hide_index=True)
