"""The estimator's state in a session: one salary.state.EstimatorState, the
one place that decides what the estimator shows.

- `read()` gives it at the top of every run. A session's first run takes it
  from the address (a bad value is named in the page's warning and replaced by
  its default); every run writes it back to the address.
- Each control is a widget bound to one field, drawn with the state's value
  and keyed by field and language (a switch of language draws new widgets from
  the state, so no label of the other language is ever read back). Its
  on_change callback puts the new value into the state before the run starts.
- Every other control the new state shows differently (profile 2 following
  profile 1, the years slider and its box, the typed salary in a new period)
  is drawn as a new widget, its key counting the moves: a browser that sends
  its old value before it has seen the new one (a second key press while the
  first run is still drawing) then sends it for a widget that is gone, and
  cannot move the state back.
- A session that starts anew on a reconnect gets the widgets' values from the
  browser: a widget that differs from the state then wins, and the page runs
  again with it, so the first change after a reconnect is kept.

    state = ui.state.read(lang, m)
    years = ui.state.slider("years", state, lang, "Years", min_value=0, max_value=45)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from urllib.parse import urlencode

import streamlit as st

from salary import net_text, params, pay, text
from salary.state import EstimatorState
from salary.ui import setup

_STATE = "estimator_state"
_BINDINGS = "_estimator_bindings"  # widget key -> _Binding, every widget drawn in the session
_MOVES = "_estimator_moves"  # control -> how often the state moved it: part of its widget key
_UNREAD = "_estimator_unread"  # control -> text that could not be read


@dataclasses.dataclass(frozen=True)
class _Binding:
    control: str  # key(name, lang)
    field: str
    shown: Callable[[EstimatorState], object]  # the widget's value for a state
    read_value: Callable[[object, EstimatorState], object]  # the field's value for the widget's; ValueError: none


def key(name: str, lang: str) -> str:
    """A control's key (a field name, or another name for a second widget of a field, in a language):
    its widget's key until the state moves it."""
    return f"{name}.{lang}"


def _widget_key(control: str) -> str:
    moves = st.session_state.get(_MOVES, {}).get(control, 0)
    return f"{control}.{moves}" if moves else control


def control_of(widget_key: str) -> str:
    """The control a widget key belongs to ("years_exact.de.3" -> "years_exact.de")."""
    head, _, moves = widget_key.rpartition(".")
    return head if moves.isdigit() else widget_key


def read(lang: str, m) -> EstimatorState:
    """The estimator's state for this run, written back to the address."""
    state = st.session_state.get(_STATE)
    if state is None:
        state, problems = EstimatorState.from_query(
            {name: st.query_params.get_all(name) for name in st.query_params}, lang)
        for problem in problems:
            default = text.t("default.none", lang) if problem.default is None else \
                setup.option_label(m, lang, params.BY_NAME[problem.name])(problem.default)
            setup.warn(text.t("warn.param", lang, name=problem.name, problem=problem.problem, default=default))
        st.session_state[_STATE] = state
    st.session_state.setdefault(_BINDINGS, {})
    _to_address(state, lang)
    return state


def _query(state: EstimatorState, lang: str) -> dict[str, str]:
    return ({} if lang == text.DEFAULT_LANG else {"lang": lang}) | state.to_query()


def _to_address(state: EstimatorState, lang: str) -> None:
    wanted = _query(state, lang)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def share(state: EstimatorState, lang: str) -> None:
    """The link that reopens this estimate, in a box with a copy button, what it
    holds in one sentence, and the same link without the typed salary."""
    page = st.context.url or "/estimator"  # the page's address, without its query
    link = lambda s: page + ("?" + urlencode(_query(s, lang)) if _query(s, lang) else "")
    if state.salary is None:
        st.caption(text.t("share.plain", lang))
        st.code(link(state), language=None, wrap_lines=True)
        return
    st.caption(text.t("share.with_salary", lang, salary=text.money(state.salary, lang, 1)))
    st.code(link(state), language=None, wrap_lines=True)
    st.caption(text.t("share.without_salary", lang))
    st.code(link(dataclasses.replace(state, salary=None)), language=None, wrap_lines=True)


def _store(state: EstimatorState, leader: str | None = None) -> None:
    """Put a new state in place (callbacks only): the control that changed it
    shows the state's value, every other one that shows it differently is drawn anew."""
    before = st.session_state[_STATE]
    st.session_state[_STATE] = state
    _move_others(before, state, leader)
    binding = st.session_state[_BINDINGS].get(leader)
    if binding is not None and st.session_state.get(leader) != binding.shown(state):
        st.session_state[leader] = binding.shown(state)  # what was typed, written the page's way


def _move_others(before: EstimatorState, after: EstimatorState, widget: str | None) -> None:
    """Count a move of every control but `widget`'s that shows `after` differently from `before`."""
    bindings = st.session_state[_BINDINGS]
    leader = bindings[widget].control if widget in bindings else None
    unread = st.session_state.get(_UNREAD, {})
    moves = st.session_state.setdefault(_MOVES, {})
    for control, binding in {b.control: b for b in bindings.values()}.items():
        if control != leader and not unread.get(control) and binding.shown(before) != binding.shown(after):
            moves[control] = moves.get(control, 0) + 1


def _changed(widget: str) -> None:
    """A bound widget's callback: its new value into the state."""
    binding = st.session_state[_BINDINGS].get(widget)
    if binding is None:
        return  # a widget the state has since moved: its value is older than the state's
    unread = st.session_state.setdefault(_UNREAD, {})
    try:
        value = binding.read_value(st.session_state[widget], st.session_state[_STATE])
    except ValueError:
        unread[binding.control] = st.session_state[widget]
        return
    unread.pop(binding.control, None)
    _store(st.session_state[_STATE].changed(binding.field, value), widget)


def change(update: Callable[[EstimatorState], EstimatorState]) -> Callable[[], None]:
    """A button's callback that changes the state as a whole (update(state) -> new state)."""
    return lambda: _store(update(st.session_state[_STATE]))


def _bound(draw: Callable, name: str, state: EstimatorState, lang: str, default_arg: Callable[[object], dict], *,
           widget: str | None = None, shown: Callable[[EstimatorState], object] | None = None,
           read_value: Callable[[object, EstimatorState], object] | None = None, **kwargs):
    """draw(...) bound to the field `name`: shown(state) is the widget's value,
    read_value(widget value, state) the field's value (ValueError: not readable)."""
    control = key(widget or name, lang)
    widget = _widget_key(control)
    binding = _Binding(control, name, shown or (lambda s: getattr(s, name)), read_value or (lambda v, s: v))
    bindings = st.session_state[_BINDINGS]
    for gone in [w for w, b in bindings.items() if b.control == control and w != widget]:
        del bindings[gone]  # the control's widget before the state moved it
    bindings[widget] = binding
    expected = binding.shown(state)
    value = draw(key=widget, on_change=_changed, args=(widget,), **default_arg(expected), **kwargs)
    if value != expected and not st.session_state.get(_UNREAD, {}).get(control):
        # A session started anew (a reconnect) and the browser sent this widget's
        # value with the user's change: it wins over the state from the address.
        try:
            taken = state.changed(name, binding.read_value(value, state))
        except ValueError:
            return value
        if taken != state:
            st.session_state[_STATE] = taken
            _move_others(state, taken, widget)
            st.rerun()
    return value


def slider(name: str, state: EstimatorState, lang: str, label: str, **kwargs):
    return _bound(st.slider, name, state, lang, lambda v: {"value": v}, label=label, **kwargs)


def number(name: str, state: EstimatorState, lang: str, label: str, **kwargs):
    return _bound(st.number_input, name, state, lang, lambda v: {"value": v}, label=label, **kwargs)


def choice(name: str, state: EstimatorState, lang: str, m, label: str, draw=st.selectbox, **kwargs):
    """A control over the parameter's ids (a select box unless `draw` says
    otherwise), each shown by its label in `lang`."""
    param = params.BY_NAME[name]
    options = list(param.choices)
    if draw is st.segmented_control:
        default_arg = lambda v: {"default": v}
    else:
        default_arg = lambda v: {"index": options.index(v)}
    return _bound(draw, name, state, lang, default_arg, label=label, options=options,
                  format_func=setup.option_label(m, lang, param), **kwargs)


def amount(name: str, state: EstimatorState, lang: str, label: str, **kwargs) -> tuple[float | None, str | None]:
    """A text field for an amount kept in the state as EUR a year: it reads what
    people type in either language, in the period the page shows, and then shows
    it written the page's way. Returns the yearly amount and the text that
    could not be read, if any."""
    param = params.BY_NAME[name]

    def shown(s: EstimatorState) -> str:
        value = getattr(s, name)
        return "" if value is None else text.amount(value, lang, s.period, s.salaries, s.share)

    def read_value(typed: str, s: EstimatorState) -> float | None:
        entered = text.parse_amount(typed)
        if entered is None:
            return None
        return round(min(to_yearly(entered, s), param.high))  # the link keeps whole EUR a year

    _bound(st.text_input, name, state, lang, lambda v: {"value": v}, shown=shown, read_value=read_value,
           label=label, **kwargs)
    return getattr(state, name), st.session_state.get(_UNREAD, {}).get(key(name, lang))


def decimal(name: str, state: EstimatorState, lang: str, label: str, **kwargs) -> str | None:
    """A text field for a number kept in the state as it is (a rate, a price), written
    and read the page's way ("2,9", "55.000"). Returns the text that could not be
    read or lies outside the parameter's limits, if any (the state keeps its value)."""
    param = params.BY_NAME[name]

    def read_value(typed: str, s: EstimatorState) -> float:
        value = net_text.parse_decimal(typed)
        if not param.low <= value <= param.high or (param.whole and not value.is_integer()):
            raise ValueError(typed)
        return int(value) if param.whole else value

    _bound(st.text_input, name, state, lang, lambda v: {"value": v},
           shown=lambda s: net_text.decimal(getattr(s, name), lang), read_value=read_value, label=label, **kwargs)
    return st.session_state.get(_UNREAD, {}).get(key(name, lang))


def to_yearly(entered: float, s: EstimatorState) -> float:
    """An amount typed in the period shown, as EUR a year."""
    return pay.to_yearly(entered, s.period, s.salaries, s.share)
