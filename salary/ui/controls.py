"""Widgets whose values live in the share link. The link is read once per
session (a bad value is named in one warning and replaced by the default);
after that the widget holds the state and the link follows it. The
parameters themselves (names, defaults, limits, labels) are in salary/params.py."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from salary import model, params, text

_WARNINGS = "_warnings"  # this run's warnings about the link
_SLOT = "_warning_slot"  # where they are shown
_MISSING = object()


def start_warnings() -> None:
    """Forget the last run's warnings (call once at the start of a run)."""
    st.session_state[_WARNINGS] = []
    st.session_state[_SLOT] = None


def warning_slot() -> None:
    """The place on the page for this run's warnings (those found so far, and any found later)."""
    slot = st.empty()
    st.session_state[_SLOT] = slot
    if st.session_state.get(_WARNINGS):
        slot.warning("\n\n".join(st.session_state[_WARNINGS]), icon="⚠️")


def _warn(message: str) -> None:
    warnings = st.session_state.setdefault(_WARNINGS, [])
    warnings.append(message)
    slot = st.session_state.get(_SLOT)
    if slot is not None:
        slot.warning("\n\n".join(warnings), icon="⚠️")


def seed(param: params.Param, lang: str, default: object, shown: Callable[[object], str]) -> None:
    """Put the link's value (or the default, with a warning) into session state once."""
    if st.session_state.get(param.name, _MISSING) is not _MISSING:
        return
    st.session_state[param.name] = from_link(param, lang, default, shown)


def from_link(param: params.Param, lang: str, default: object, shown: Callable[[object], str]) -> object:
    """The link's value of a parameter, or the default (a bad value is named in this run's warning and
    dropped from the link)."""
    raw = st.query_params.get_all(param.name)
    value, problem = param.parse(raw, lang) if raw else (None, None)
    if problem is not None:
        _warn(text.t("warn.param", lang, name=param.name, problem=problem,
                     default=shown(default) if default is not None else text.t("default.none", lang)))
        del st.query_params[param.name]  # the link now shows the default; a drawn control writes its value
    if value is None and not (param.optional and raw and problem is None):
        value = default
    return value


def to_url(param: params.Param, value: object, default: object = None) -> None:
    url = param.to_url(value, default)
    if url is None:
        if param.name in st.query_params:
            del st.query_params[param.name]
    elif st.query_params.get(param.name) != url:
        st.query_params[param.name] = url


def option_label(m: model.Model, lang: str, param: params.Param) -> Callable[[object], str]:
    """The shown label of a control's value (ids stay in the link), as the parameter names it."""
    if param.labels == "industry":
        return lambda k: text.t("industry.all", lang) if k == "all" else m.figure("industry", k)["label_" + lang]
    if param.labels:
        return lambda k: text.t(f"{param.labels}.{k}", lang)
    if not param.whole:
        return lambda v: text.number(v, lang, 2)
    return str


# The argument that gives a widget its starting value, by the st function that draws it.
START = {"slider": "value", "number_input": "value", "selectbox": "index", "radio": "index",
         "segmented_control": "default", "pills": "default"}


def control(param: params.Param, lang: str, draw: Callable[..., object], *, default: object = None,
            shown: Callable[[object], str] = str, **kwargs) -> object:
    """A widget drawn with `draw` (st.slider, ...) whose value lives in the link under the parameter's name.

    Drawn for the first time in a session, the widget starts at the link's value, which is not written to
    session state: a value the browser already holds wins. A browser whose replica went away reconnects to
    another one and sends its widgets' values with its first rerun there, the one its next key press starts;
    session state written from the (older) link would undo that key press."""
    default = param.default if default is None else default
    start = START.get(getattr(draw, "__name__", ""))
    if start is None or st.session_state.get(param.name, _MISSING) is not _MISSING:
        seed(param, lang, default, shown)
    else:
        value = from_link(param, lang, default, shown)
        kwargs[start] = list(kwargs["options"]).index(value) if start == "index" and value is not None else value
    value = draw(key=param.name, persist_state="session", **kwargs)
    to_url(param, value, default)
    return value


def choice(param: params.Param, lang: str, m: model.Model, label: str, draw=None, *,
           default: object = None, **kwargs) -> str:
    """A control over the parameter's choices (a select box unless `draw` says otherwise), shown by their labels."""
    fmt = option_label(m, lang, param)
    options = param.choices or kwargs.pop("options")
    return control(param, lang, draw or st.selectbox, default=default, shown=fmt, label=label, options=options,
                   format_func=fmt, **kwargs)


def preload(lang: str, m: model.Model, defaults: dict[params.Param, object]) -> None:
    """Read these parameters from the link now, although their controls are not
    drawn in this run (a detail view that is not open): a bad value is named
    in this run's warning, and value() gives the value the control will show."""
    for param, default in defaults.items():
        default = param.default if default is None else default
        seed(param, lang, default, option_label(m, lang, param))


def value(param: params.Param) -> object:
    """The current value of a control, drawn in this run or not (see preload)."""
    return st.session_state.get(param.name)


def values(parameters: tuple[params.Param, ...]) -> dict[str, object]:
    """The current values of these controls by parameter name (see value)."""
    return {p.name: st.session_state.get(p.name) for p in parameters}


def follow(leaders: dict[params.Param, object], flag: str) -> bool:
    """A second set of controls that takes the leaders' values (param -> value)
    until the user changes one of its own controls (draw them with
    on_change=own(flag)); True once it has values of its own. A link that
    names any of them starts it with its own values."""
    if flag not in st.session_state:
        st.session_state[flag] = any(p.name in st.query_params for p in leaders)
    if not st.session_state[flag]:
        for param, lead in leaders.items():
            st.session_state[param.name] = lead
    return st.session_state[flag]


def own(flag: str, value: bool = True) -> Callable[[], None]:
    """A callback that marks (or with False, unmarks) the follower set `flag` as having its own values."""
    return lambda: st.session_state.__setitem__(flag, value)


def linked(first: str, second: str) -> tuple[Callable[[], None], Callable[[], None]]:
    """Callbacks that keep two widgets (keys `first`, `second`) on one value, whichever the user moves."""
    return (lambda: st.session_state.__setitem__(second, st.session_state[first]),
            lambda: st.session_state.__setitem__(first, st.session_state[second]))


def amount(param: params.Param, lang: str, label: str, *, to_yearly: Callable[[float], float],
           shown: Callable[[float], str], **kwargs) -> tuple[float | None, str | None]:
    """A text field for an amount that lives in the link as EUR per year under
    the parameter's name. It reads what people type in either language
    (text.parse_amount), in the period the page shows (to_yearly converts),
    and then shows it formatted (`shown` of the yearly value). Returns the
    yearly value and the text that could not be read, if any."""
    seed(param, lang, None, str)
    field, problem = f"{param.name}_text", f"_{param.name}_unread"

    def typed() -> None:
        raw = st.session_state[field]
        try:
            entered = text.parse_amount(raw)
        except ValueError:
            st.session_state[problem] = raw
            return
        st.session_state[problem] = None
        st.session_state[param.name] = None if entered is None else min(to_yearly(entered), param.high)

    value = st.session_state.get(param.name)
    if not st.session_state.get(problem):
        st.session_state[field] = "" if value is None else shown(value)
    st.text_input(label, key=field, on_change=typed, **kwargs)
    to_url(param, value)
    return value, st.session_state.get(problem)


def preset(values: dict[params.Param, object], flag: str) -> Callable[[], None]:
    """A callback that sets these controls (param -> value) and marks the follower set `flag` as its own."""
    def apply() -> None:
        for param, value in values.items():
            st.session_state[param.name] = value
        st.session_state[flag] = True
    return apply


_LINK = "_link_names"  # the parameters the link that started this session named


def remember_link() -> None:
    """Note the parameters of the link this session was started with (call at the
    start of every run, before a bad value is dropped from the link)."""
    st.session_state.setdefault(_LINK, frozenset(st.query_params))


def in_link(parameters: tuple[params.Param, ...]) -> bool:
    """Whether the link this session was started with named any of these
    parameters, bad values included (a fold opens what a shared link set)."""
    named = st.session_state.get(_LINK, frozenset())
    return any(p.name in named for p in parameters)


def fold(label: str, key: str, *, open_with: tuple[params.Param, ...] = ()):
    """An expander whose content the page draws only while it is open
    (`if fold.open: with fold: ...`); opening it reruns the page. A closed
    expander's content would go to the browser with every run. It starts open
    when the link this session was started with named any of `open_with`."""
    return st.expander(label, expanded=in_link(open_with), key=key, on_change="rerun")

