"""Shared page set-up for app.py and every page: page config, the language
switch, loading the model (an st.error instead of a traceback), controls kept
in the URL, and one warning naming any bad URL parameter."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from salary import charts, figures, model, params, text

ROUTED = "_routed"  # set by app.py: the router has drawn the language switch
_WARNINGS = "_warnings"
_SLOT = "_warning_slot"
_LANG = "_lang"  # this run's language, as the switch resolved it
_MISSING = object()
LANG_LABEL = "Sprache / Language"


def configure() -> None:
    st.set_page_config(page_title="KAM · Gehalt / Salary", page_icon="💼", layout="wide",
                       initial_sidebar_state="auto")


def _warn(message: str) -> None:
    warnings = st.session_state.setdefault(_WARNINGS, [])
    warnings.append(message)
    slot = st.session_state.get(_SLOT)
    if slot is not None:
        slot.warning("\n\n".join(warnings), icon="⚠️")


def _seed(param: params.Param, lang: str, default: object, shown: Callable[[object], str]) -> None:
    """Put the URL's value (or the default, with a warning) into session state once."""
    if st.session_state.get(param.name, _MISSING) is not _MISSING:
        return
    raw = st.query_params.get_all(param.name)
    value, problem = param.parse(raw, lang) if raw else (None, None)
    if problem is not None:
        _warn(text.t("warn.param", lang, name=param.name, problem=problem,
                     default=shown(default) if default is not None else text.t("default.none", lang)))
        del st.query_params[param.name]  # the link now shows the default; a drawn control writes its value
    if value is None and not (param.optional and raw and problem is None):
        value = default
    st.session_state[param.name] = value


def _to_url(param: params.Param, value: object, default: object = None) -> None:
    url = param.to_url(value, default)
    if url is None:
        if param.name in st.query_params:
            del st.query_params[param.name]
    elif st.query_params.get(param.name) != url:
        st.query_params[param.name] = url


def language() -> str:
    """Draw the language switch (sidebar) and keep it in the URL as lang."""
    st.session_state[_WARNINGS] = []
    st.session_state[_SLOT] = None
    seed_lang = st.session_state.get("lang", text.DEFAULT_LANG)
    _seed(params.LANG, seed_lang if seed_lang in text.LANGS else text.DEFAULT_LANG, text.DEFAULT_LANG,
          lambda c: text.t("lang." + c, text.DEFAULT_LANG))
    lang = st.sidebar.segmented_control(
        LANG_LABEL, text.LANGS, format_func=lambda c: text.t("lang." + c, c), key="lang", required=True)
    lang = lang if lang in text.LANGS else text.DEFAULT_LANG
    _to_url(params.LANG, lang)
    st.session_state[_LANG] = lang
    return lang


def leave_legacy_pages_mode() -> None:
    """Run every script through app.py's st.navigation.

    Until a process has called st.navigation, Streamlit treats the pages/
    folder as a legacy multipage app: it runs a page named in the URL alone,
    or app.py as a page of its own, so widget ids differ from the next run's
    and the first click is lost (AppTest starts every run this way). Switch
    the legacy mode off, as st.navigation does, and rerun through app.py."""
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is not None and Path(ctx.main_script_path).name == "app.py" and PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def page() -> tuple[str, model.Model]:
    """Call first on every page: the language and the model. On a data error
    the page shows the loader's message and stops; navigation stays."""
    leave_legacy_pages_mode()
    if not st.session_state.get(ROUTED):
        configure()
        lang = language()
    else:
        lang = st.session_state[_LANG]
    slot = st.empty()
    st.session_state[_SLOT] = slot
    if st.session_state.get(_WARNINGS):
        slot.warning("\n\n".join(st.session_state[_WARNINGS]), icon="⚠️")
    try:
        return lang, model.default_model()
    except figures.FiguresError as exc:
        st.error(text.t("error.data", lang, message=str(exc)), icon="🚫")
        st.stop()


def source_caption(m: model.Model, lang: str, dimension: str | None = None) -> None:
    """The article section(s) that the figures of `dimension` (default: all) come from."""
    st.caption(text.t("source.caption", lang, section=" / ".join(cached(figures.sections, m.figures, dimension))))


def option_label(m: model.Model, lang: str, param: params.Param) -> Callable[[object], str]:
    """The shown label of a control's value (ids stay in the URL), as the parameter names it."""
    if param.labels == "industry":
        return lambda k: text.t("industry.all", lang) if k == "all" else m.figure("industry", k)["label_" + lang]
    if param.labels:
        return lambda k: text.t(f"{param.labels}.{k}", lang)
    if not param.whole:
        return lambda v: text.number(v, lang, 2)
    return str


def control(param: params.Param, lang: str, draw: Callable[..., object], *, default: object = None,
            shown: Callable[[object], str] = str, **kwargs) -> object:
    """A widget whose value lives in the URL under the parameter's name.

    The URL is read once per session (with a warning for a bad value); after
    that the widget holds the state and the URL follows it."""
    default = param.default if default is None else default
    _seed(param, lang, default, shown)
    value = draw(key=param.name, persist_state="session", **kwargs)
    _to_url(param, value, default)
    return value


def preload(lang: str, m: model.Model, defaults: dict[params.Param, object]) -> None:
    """Read these parameters from the URL now, although their controls are not
    drawn in this run (a detail view that is not open): a bad value is named
    in this run's warning, and value() gives the value the control will show."""
    for param, default in defaults.items():
        default = param.default if default is None else default
        _seed(param, lang, default, option_label(m, lang, param))


def value(param: params.Param) -> object:
    """The current value of a control, drawn in this run or not (see preload)."""
    return st.session_state.get(param.name)


def choice(param: params.Param, lang: str, m: model.Model, label: str, draw=None, *,
           default: object = None, **kwargs) -> str:
    fmt = option_label(m, lang, param)
    draw = draw or st.selectbox
    options = param.choices or kwargs.pop("options")
    return control(param, lang, draw, default=default, shown=fmt, label=label, options=options,
                   format_func=fmt, **kwargs)


def plotly(fig, key: str | None = None) -> None:
    """A chart, its text in the colour of the reader's light or dark theme."""
    theme = st.context.theme.type
    if theme in charts.TEXT_COLOURS:
        fig = cached(charts.themed, fig, theme)
    st.plotly_chart(fig, width="stretch", config=charts.CONFIG, key=key)


def chart(fig, data, lang: str, key: str | None = None, *, table: bool = True) -> None:
    """A chart with what it shows in words below it and its numbers as a table
    (a salary.chart_data.ChartData), for readers who cannot see the chart;
    table=False where the page shows the same table beside the chart."""
    plotly(fig, key)
    st.caption(text.t("chart.summary", lang, summary=data.summary))
    if table:
        with st.expander(text.t("chart.table", lang)):
            st.table(cached(_frame_arrow, data.table), hide_index=True)


class _Shared:
    """A bounded, thread-safe store shared by all sessions of the process.
    Keys are plain tuples built here, so a lookup costs a dict access, not
    st.cache_resource's hashing of its arguments (a third of a rerun)."""

    def __init__(self, size: int) -> None:
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key: tuple, build: Callable, keep: tuple = ()):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key][0]
        value = build()  # outside the lock: two sessions may build the same value once each
        with self.lock:
            # `keep` holds the objects whose id() is in the key, so no id is reused while the entry lives.
            self.items[key] = (value, keep)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


_CHARTS = _Shared(1024)


def _key(value: object, keep: list) -> object:
    """A plain, hashable stand-in for a chart argument."""
    if isinstance(value, model.Estimate):
        p = value.profile
        return "estimate", p.years, p.degree, p.industry, p.bands, p.industry_reading
    if isinstance(value, model.Step):
        return value.id, value.amount
    if isinstance(value, pd.DataFrame | model.Model | charts.Chart):
        keep.append(value)
        return "object", id(value)
    if isinstance(value, list | tuple):
        return tuple(_key(v, keep) for v in value)
    return value


def cached(build: Callable, *args, **kwargs):
    """build(*args, **kwargs), made once for all sessions: a rerun never builds
    a chart or table that an earlier run already built. Results are shared, so
    they must not be changed."""
    keep: list = []
    key = (build.__module__, build.__qualname__, tuple(_key(a, keep) for a in args),
           tuple((k, _key(v, keep)) for k, v in sorted(kwargs.items())))
    return _CHARTS.get(key, lambda: build(*args, **kwargs), tuple(keep))


def _arrow(build: Callable, *args):
    import pyarrow as pa  # Streamlit's own dependency; only the methodology page needs it here

    return pa.Table.from_pandas(build(*args), preserve_index=False)


def _frame_arrow(frame: pd.DataFrame):
    return _arrow(lambda: frame)


def table(build: Callable, *args) -> None:
    """A static table of build(*args) (a DataFrame), converted to Arrow once
    for all sessions instead of on every rerun."""
    st.table(cached(_arrow, build, *args), hide_index=True)


def _career_path(m: model.Model, years: float, degree: str, industry: str, bands: str, reading: str):
    return model.career_path(m, model.Profile(years, degree, industry, bands, reading))


def career_path(m: model.Model, profile: model.Profile):
    # Only the length of the path depends on the years (beyond 40).
    years = max(40.0, float(profile.years))
    return cached(_career_path, m, years, profile.degree, profile.industry, profile.bands,
                  profile.industry_reading)


# (file in pages/, url path); the first is the home page at /.
PAGES = (("overview", ""), ("experience", "experience"), ("degree", "degree"), ("industry", "industry"),
         ("sources", "sources"), ("estimator", "estimator"), ("methodology", "methodology"))


_NAV = "_nav"


def navigation_pages(lang: str) -> dict[str, st.Page]:
    """The router's pages with their titles in `lang`, made once per session
    and language (st.Page resolves its file on every construction). Not
    shared between sessions: st.navigation marks the page it returns."""
    made = st.session_state.setdefault(_NAV, {})
    if lang not in made:
        made[lang] = {name: st.Page(f"pages/{name}.py", title=text.t(f"nav.{name}", lang), url_path=url or None,
                                    default=not url) for name, url in PAGES}
    return made[lang]


def page_links(lang: str, exclude: str) -> None:
    """Links to the other pages (only under the router; a page run alone has none)."""
    if not st.session_state.get(ROUTED):
        return
    st.subheader(text.t("overview.pages", lang))
    for name, page in navigation_pages(lang).items():
        if name != exclude:
            st.page_link(page, label=text.t(f"nav.{name}", lang))


# -- other sources ------------------------------------------------------------
PROFILE = (params.YEARS, params.DEGREE, params.INDUSTRY, params.BANDS, params.INDUSTRY_READING)
_LINKED = "_profile_linked"


def loaded(load: Callable, lang: str):
    """load(), or the loader's message and a stopped page (like page() does for the model)."""
    try:
        return load()
    except figures.FiguresError as exc:
        st.error(text.t("error.data", lang, message=str(exc)), icon="🚫")
        st.stop()


def linked_profile(lang: str, m: model.Model) -> model.Profile | None:
    """The profile a link carries in the estimator's parameters (years, degree,
    industry, bands, industry_reading; a bad one is named in the page's warning and replaced by
    its default), or None when this session was given none."""
    if any(p.name in st.query_params for p in PROFILE):
        st.session_state[_LINKED] = True
    preload(lang, m, {p: None for p in PROFILE})
    if not st.session_state.get(_LINKED):
        return None
    return model.Profile(years=value(params.YEARS), degree=value(params.DEGREE), industry=value(params.INDUSTRY),
                         bands=value(params.BANDS), industry_reading=value(params.INDUSTRY_READING))


def sources_link(lang: str, profile: model.Profile) -> None:
    """A link to the other sources' page that carries this profile and the language
    (only under the router; a page run alone has no navigation)."""
    if not st.session_state.get(ROUTED):
        return
    years = int(profile.years) if float(profile.years).is_integer() else profile.years
    query = {"lang": lang, "years": str(years), "degree": profile.degree, "industry": profile.industry,
             "bands": profile.bands, "industry_reading": profile.industry_reading}
    st.page_link(navigation_pages(lang)["sources"], label=text.t("sources.link", lang), icon=":material/query_stats:",
                 query_params=query)
