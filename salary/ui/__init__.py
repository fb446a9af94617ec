"""The dashboard's Streamlit layer, one concern a module; the rest of salary/
has no Streamlit inside.

- setup: page config, the language, the model, warnings about the link and data errors (page() starts every page);
- state: the estimator's state in a session and the widgets bound to it (salary/state.py defines the state);
- views: the estimator's detail views, functions of (state, model, language);
- cache: the one cache of everything built for a page (charts, tables, career paths);
- show: charts, tables (or a table's rows as blocks) and folds placed on a page;
- navigation: the sidebar and the links between pages."""

from salary.ui.cache import cached
from salary.ui.navigation import estimator_link, page_links, sources_link
from salary.ui.setup import linked_profile, load_or_stop, page, source_caption
from salary.ui.show import blocks, chart, fold, plotly, table

__all__ = ["blocks", "cached", "chart", "estimator_link", "fold", "linked_profile", "load_or_stop", "page",
           "page_links", "plotly", "source_caption", "sources_link", "table"]
