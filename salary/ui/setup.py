"""What every page does first: the page config, the language switch, the
menu, the place for warnings about the link, and the model (on a data or
strings error, the loader's message instead of the page)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from salary import datafiles, model, params, stringfiles, text
from salary.ui import cache, controls, navigation


def _language(where) -> str:
    """The language switch, kept in the link as lang."""
    start = {}
    if "lang" in st.session_state:
        # Every page draws its own switch: hand this session's language to the one on this page.
        st.session_state["lang"] = st.session_state["lang"]
    else:  # the link's language as the switch's starting value (see controls.control)
        start["default"] = controls.from_link(params.LANG, text.DEFAULT_LANG, text.DEFAULT_LANG,
                                              lambda c: text.t("lang." + c, text.DEFAULT_LANG))
    # Named in both languages: whoever reads neither label still finds the switch.
    lang = where.segmented_control(text.t("lang.switch", text.DEFAULT_LANG), text.LANGS,
                                   format_func=lambda c: text.t("lang." + c, c), key="lang", required=True,
                                   persist_state="session", **start)
    lang = lang if lang in text.LANGS else text.DEFAULT_LANG
    controls.to_url(params.LANG, lang)
    return lang


def page(name: str) -> tuple[str, model.Model]:
    """Call first on every page (`name` as in navigation.PAGES): the language and
    the model. On a data error the page shows the loader's message and stops;
    the menu stays. When the strings cannot be loaded, the message is all it shows."""
    try:
        text.strings()
    except stringfiles.StringsError as exc:
        # No menu and no translated text: both need the strings. The message is in both languages.
        st.set_page_config(page_title=stringfiles.FALLBACK_TITLE, page_icon="💼", layout="wide")
        st.error(stringfiles.FALLBACK.format(message=exc), icon="🚫")
        st.stop()
    st.set_page_config(page_title=text.t("app.page_title", text.DEFAULT_LANG), page_icon="💼", layout="wide",
                       initial_sidebar_state="auto")
    cache.settle()
    controls.remember_link()
    controls.start_warnings()
    menu = st.sidebar.container()
    lang = _language(st.sidebar)
    navigation.sidebar(menu, lang, name)
    controls.warning_slot()
    return lang, loaded(model.default_model, lang)


def loaded(load: Callable, lang: str):
    """load(), or the loader's message and a stopped page."""
    try:
        return load()
    except datafiles.FiguresError as exc:
        st.error(text.t("error.data", lang, message=str(exc)), icon="🚫")
        st.stop()


def source_caption(m: model.Model, lang: str, dimension: str | None = None) -> None:
    """The article section(s) that the figures of `dimension` (default: all) come from."""
    st.caption(text.t("source.caption", lang, section=" / ".join(m.sections(dimension))))


# The estimator's parameters that describe a person, as another page reads them from a link.
PROFILE = (params.YEARS, params.DEGREE, params.INDUSTRY, params.BANDS, params.INDUSTRY_READING)
_LINKED = "_profile_linked"


def linked_profile(lang: str, m: model.Model) -> model.Profile | None:
    """The profile a link carries in the estimator's parameters (a bad value is
    named in the page's warning and replaced by its default), or None when
    this session was given none."""
    if any(p.name in st.query_params for p in PROFILE):
        st.session_state[_LINKED] = True
    controls.preload(lang, m, {p: None for p in PROFILE})
    if not st.session_state.get(_LINKED):
        return None
    return model.Profile(*(controls.value(p) for p in PROFILE))
