"""The navigation between pages: Streamlit's own multipage app of app.py (the
overview, at /) and pages/<name>.py (at /<name>), with its built-in,
untranslated sidebar menu hidden (client.showSidebarNavigation in
.streamlit/config.toml) and this translated one drawn instead."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException

from salary import model, text

ROOT = Path(__file__).resolve().parents[2]
# Each page's name (its nav.<name> label and its URL path) and its script, in menu order.
PAGES = {"overview": ROOT / "app.py", **{name: ROOT / "pages" / f"{name}.py" for name in (
    "experience", "degree", "industry", "sources", "estimator", "methodology")}}



def url_path(name: str) -> str:
    """A page's address below the app's: "" for the overview, else the file name."""
    return "" if name == "overview" else name


def _link(where, name: str, lang: str, *, label: str | None = None, query: dict[str, str] | None = None,
          icon: str | None = None, disabled: bool = False) -> bool:
    """A link to a page that carries the language (or `query`); False where the page is
    not part of the running app (a page file run on its own has no other pages)."""
    if query is None:
        query = {} if lang == text.DEFAULT_LANG else {"lang": lang}
    try:
        where.page_link(PAGES[name], label=label or text.t(f"nav.{name}", lang), query_params=query, icon=icon,
                        disabled=disabled)
    except StreamlitAPIException:
        return False
    return True


def sidebar(where, lang: str, current: str) -> None:
    """The menu: every page in `where` (a place in the sidebar); the current one
    named in bold, not linked (a link to itself would be a tab stop that goes
    nowhere). A page file run on its own, outside the app, gets no menu."""
    menu = where.empty()
    with menu.container():
        for name in PAGES:
            if name == current:
                st.markdown(f"**{text.t(f'nav.{name}', lang)}**")
            elif not _link(st, name, lang):
                menu.empty()
                return


def page_links(lang: str, exclude: str) -> None:
    """Links to the other pages in the page itself."""
    st.subheader(text.t("overview.pages", lang))
    for name in PAGES:
        if name != exclude and not _link(st, name, lang):
            return


def sources_link(lang: str, profile: model.Profile) -> None:
    """A link to the other sources' page that carries this profile and the language."""
    years = int(profile.years) if float(profile.years).is_integer() else profile.years
    query = {"lang": lang, "years": str(years), "degree": profile.degree, "industry": profile.industry,
             "bands": profile.bands, "industry_reading": profile.industry_reading}
    _link(st, "sources", lang, label=text.t("sources.link", lang), query=query, icon=":material/query_stats:")


def estimator_link(lang: str) -> None:
    """The overview's call to action: open the estimator."""
    _link(st, "estimator", lang, label=f"**{text.t('overview.cta', lang)}**", icon=":material/calculate:")
