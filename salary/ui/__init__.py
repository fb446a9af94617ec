"""The dashboard's Streamlit layer, one concern a module; the rest of salary/
has no Streamlit inside.

- setup: page config, the language, the model, warnings and data errors (page() starts every page);
- controls: widgets whose values live in the share link (params.py defines the parameters);
- cache: the one cache of everything built for a page (charts, tables, career paths);
- show: charts and tables placed on a page;
- navigation: the sidebar and the links between pages."""

from salary.ui.cache import cached
from salary.ui.controls import amount, choice, control, fold, follow, linked, own, preload, preset, value, values
from salary.ui.navigation import estimator_link, page_links, sources_link
from salary.ui.setup import linked_profile, loaded, page, source_caption
from salary.ui.show import chart, plotly, table

__all__ = ["amount", "cached", "chart", "choice", "control", "estimator_link", "fold", "follow", "linked",
           "linked_profile", "loaded", "own", "page", "page_links", "plotly", "preload", "preset", "source_caption",
           "sources_link", "table", "value", "values"]
