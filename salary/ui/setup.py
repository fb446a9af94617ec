"""What every page does first: the page config, the language switch, the
menu, the place for warnings about the link, and the model (on a data or
strings error, the loader's message instead of the page). A link's bad values
are named in one warning at the top of the page and replaced by their defaults."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from salary import datafiles, model, params, stringfiles, text
from salary.ui import navigation, startup

_WARNINGS = "_warnings"  # this run's warnings about the link
_SLOT = "_warning_slot"  # where they are shown
_LINK = "_link_names"  # the parameters the link that started this session named


def warn(message: str) -> None:
    """Name a problem with the link in this run's warning."""
    warnings = st.session_state.setdefault(_WARNINGS, [])
    warnings.append(message)
    slot = st.session_state.get(_SLOT)
    if slot is not None:
        slot.warning("\n\n".join(warnings), icon="⚠️")


def _warning_slot() -> None:
    """The place on the page for this run's warnings (those found so far, and any found later)."""
    slot = st.empty()
    st.session_state[_SLOT] = slot
    if st.session_state.get(_WARNINGS):
        slot.warning("\n\n".join(st.session_state[_WARNINGS]), icon="⚠️")


def option_label(m, lang: str, param: params.Param) -> Callable[[object], str]:
    """The shown label of a control's id (ids stay in the state and the link), as the parameter names it."""
    if param.figure_labels:
        dimension = param.figure_labels
        return lambda k: text.t(f"{dimension}.{k}", lang) if k == "all" else m.figure(dimension, k)["label_" + lang]
    if param.label_prefix:
        return lambda k: text.t(f"{param.label_prefix}.{k}", lang)
    if not param.whole:
        return lambda v: text.number(v, lang, 2)
    return str


def in_link(parameters: tuple[params.Param, ...]) -> bool:
    """Whether the link this session was started with named any of these
    parameters, bad values included (a fold opens what a shared link set)."""
    named = st.session_state.get(_LINK, frozenset())
    return any(p.name in named for p in parameters)


def _language(where) -> str:
    """The language switch, kept in the link as lang. A session's first run
    takes the link's language as the switch's default; the switch's own value
    (a browser reconnecting sends it) wins over that."""
    if "lang" in st.session_state:
        default = st.session_state["lang"]
    else:
        default, problem = params.LANG.parse(st.query_params.get_all("lang") or [text.DEFAULT_LANG],
                                             text.DEFAULT_LANG)
        if problem:
            warn(text.t("warn.param", text.DEFAULT_LANG, name="lang", problem=problem,
                        default=text.t("lang." + default, text.DEFAULT_LANG)))
    # Named in both languages: whoever reads neither label still finds the switch.
    lang = where.segmented_control(text.t("lang.switch", text.DEFAULT_LANG), text.LANGS, default=default,
                                   format_func=lambda c: text.t("lang." + c, c), key="lang", required=True,
                                   persist_state="session")
    lang = lang if lang in text.LANGS else text.DEFAULT_LANG
    if lang == text.DEFAULT_LANG:
        if "lang" in st.query_params:
            del st.query_params["lang"]
    elif st.query_params.get("lang") != lang:
        st.query_params["lang"] = lang
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
    startup.run_started()
    st.session_state.setdefault(_LINK, frozenset(st.query_params))
    st.session_state[_WARNINGS], st.session_state[_SLOT] = [], None
    menu = st.sidebar.container()
    lang = _language(st.sidebar)
    navigation.sidebar(menu, lang, name)
    _warning_slot()
    return lang, load_or_stop(model.default_model, lang)


def load_or_stop(load: Callable, lang: str):
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


def linked_profile(lang: str, m: model.Model) -> model.Profile | None:
    """The profile a link carries in the estimator's parameters (a bad value is
    named in the page's warning, replaced by its default and dropped from the
    link), or None when the link carries none."""
    if not any(p.name in st.query_params for p in PROFILE):
        return None
    values = {}
    for param in PROFILE:
        value, problem = param.parse(st.query_params.get_all(param.name) or [str(param.default)], lang)
        if problem:
            warn(text.t("warn.param", lang, name=param.name, problem=problem,
                        default=option_label(m, lang, param)(param.default)))
            del st.query_params[param.name]
        values[param.name] = value
    return model.Profile(**values)
