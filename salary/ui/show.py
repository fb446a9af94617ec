"""Charts and tables placed on a page: every chart in the reader's light or
dark theme, with what it shows in words below it and its numbers as a table
(salary.chart_data), for readers who cannot see it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st

from salary import charts, libraries, tables, text
from salary.ui import setup
from salary.ui.cache import cached

if TYPE_CHECKING:
    import pyarrow as pa


def _themed(build: Callable, theme: str | None, *args, **kwargs):
    chart = build(*args, **kwargs)
    return charts.themed(chart, theme) if theme in charts.TEXT_COLOURS else chart


def _arrow(build: Callable, *args, **kwargs) -> pa.Table:
    """build(*args, **kwargs), a DataFrame, as an Arrow table: st.table sends Arrow,
    and converting once for all sessions spares every run the conversion."""
    import pyarrow as pa

    return pa.Table.from_pandas(build(*args, **kwargs), preserve_index=False)


def _numbers_table(data: Callable, *args, **kwargs):
    """The table of a chart's numbers (data(*args, **kwargs) is a chart_data.ChartData)."""
    return cached(data, *args, **kwargs).table


def plotly(chart) -> None:
    with libraries.alone():  # plotly looks for numpy and pandas: not while they are being imported
        st.plotly_chart(chart, width="stretch", config=charts.CONFIG)


def table_key(build: Callable) -> str:
    """The key of the fold that holds the table of the chart build() makes
    (one chart of a kind per page): its state says whether it is open."""
    return f"{build.__name__}_table"


def chart(lang: str, build: Callable, data: Callable, *args, table: bool = True, **kwargs) -> None:
    """The chart build(*args, **kwargs), its text in the theme's colour, and below it
    data(*args, **kwargs) (a chart_data.ChartData): the summary, and the table in a
    fold (table=False where the page shows the same numbers beside the chart).

    The table is sent only while its fold is open (see fold())."""
    with libraries.alone():
        plotly(cached(_themed, build, st.context.theme.type, *args, **kwargs))
    numbers = cached(data, *args, **kwargs)
    st.caption(text.t("chart.summary", lang, summary=numbers.summary))
    if table:
        numbers_fold = fold(text.t("chart.table", lang), table_key(build))
        if numbers_fold.open:
            with numbers_fold:
                st.table(cached(_arrow, _numbers_table, data, *args, **kwargs), hide_index=True)


def table(build: Callable, *args) -> None:
    """A static table of build(*args) (a DataFrame), built and converted once for all sessions."""
    st.table(cached(_arrow, build, *args), hide_index=True)


def _listed(build: Callable, *args) -> str:
    return tables.markdown_list(build(*args))


def blocks(build: Callable, *args) -> None:
    """build(*args) (a DataFrame) as one block per row (salary.tables.markdown_list), for
    a table of more columns than a phone holds side by side: no sideways scrolling."""
    st.markdown(cached(_listed, build, *args))


def fold(label: str, key: str, *, open_with: tuple = ()):
    """An expander whose content the page draws only while it is open
    (`if fold.open: with fold: ...`); opening it reruns the page. A closed
    expander's content would go to the browser with every run. It starts open
    when the link this session was started with named any of `open_with` (salary.params)."""
    return st.expander(label, expanded=setup.in_link(open_with), key=key, on_change="rerun")
