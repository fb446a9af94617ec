"""The estimator's detail views, one function each of (state, model,
language): where a salary stands, the path over the years, how the median is
built, a second profile, fixed and variable pay, net pay. A view draws its own
controls (bound to the state, salary/ui/state.py) and what they show.

    VIEWS[state.view](state, m, lang)
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from salary import chart_data, charts, datafiles, model, net, net_text, params, pay, range_text, tables, text
from salary.state import EstimatorState
from salary.ui import show
from salary.ui import state as bound


def _amount(state: EstimatorState, lang: str, floor: float = 0.0):
    """A yearly total as the page shows it in the state's period."""
    return lambda yearly: text.amount(yearly, lang, state.period, state.salaries, state.share, floor)


def _divisor(state: EstimatorState) -> float:
    return pay.period_divisor(state.period, state.salaries, state.share)


def where_you_stand(state: EstimatorState, m: model.Model, lang: str) -> None:
    first = state.estimate(m)
    label = text.t("stand.input.year" if state.period == "year" else "stand.input.month", lang)
    salary, unread = bound.amount("salary", state, lang, label, help=text.t("stand.help", lang))
    if unread:
        st.warning(text.t("stand.problem", lang, raw=unread), icon="✏️")
    elif salary is not None:
        st.caption(text.t("stand.understood", lang, amount=_amount(state, lang)(salary),
                          period=text.t("period." + state.period, lang)))
        question = text.typing_question(salary, lang) if state.period == "year" else None
        if question:
            st.info(question, icon="❓")
        else:
            st.write(text.verdict(first, salary, lang, state.period, state.salaries, state.share))
            own = (_nets([salary], state, lang) or [None])[0]
            if own is not None:
                st.write(text.t("stand.net", lang, summary=net_text.tax_summary(state.tax()[0], lang),
                                month=text.money(own.month.net, lang, 1), year=text.money(own.year.net, lang, 1)))
                st.button(text.t("stand.net.details", lang), key="net_details", icon=":material/payments:",
                          on_click=bound.change(lambda s: dataclasses.replace(s, view="net")))
    show.chart(lang, charts.range_chart, chart_data.range_chart, m, [(text.profile_label(first.profile, m, lang),
                                                                      first)],
               lang, title=text.t("chart.range.title", lang), divisor=_divisor(state), salary=salary)


def path(state: EstimatorState, m: model.Model, lang: str) -> None:
    show.chart(lang, charts.career_chart, chart_data.career_chart, state.estimate(m), lang,
               divisor=_divisor(state), salary=state.salary)


def build(state: EstimatorState, m: model.Model, lang: str) -> None:
    show.chart(lang, charts.waterfall_chart, chart_data.waterfall_chart, state.estimate(m), lang,
               divisor=_divisor(state))


def compare(state: EstimatorState, m: model.Model, lang: str) -> None:
    t = lambda key, **kw: text.t(key, lang, **kw)
    st.caption(t("compare.own" if state.own2 else "compare.follows"))
    c1, c2, c3 = st.columns(3)
    with c1:
        slider, exact = st.columns([3, 1], vertical_alignment="bottom")
        with slider:
            bound.slider("years2", state, lang, t("control.years2"), min_value=model.YEARS_MIN,
                         max_value=model.YEARS_MAX, step=1)
        with exact:  # a stepper a thumb can hit exactly, as profile 1 has
            bound.number("years2", state, lang, t("control.years2_exact"), widget="years2_exact",
                         min_value=model.YEARS_MIN, max_value=model.YEARS_MAX, step=1)
    with c2:
        bound.choice("degree2", state, lang, m, t("control.degree2"))
    with c3:
        bound.choice("industry2", state, lang, m, t("control.industry2"))
    with st.container(horizontal=True):
        st.button(t("compare.take_over"), on_click=bound.change(EstimatorState.following), key="take_over")
        st.button(t("compare.master_question"), help=t("compare.master_question.help"), key="master_question",
                  on_click=bound.change(EstimatorState.master_question))
    first, second = state.estimate(m), state.estimate2(m)
    diff_eur, diff_pct = model.difference(first, second)
    d1, d2 = st.columns(2)
    d1.metric(t("compare.diff"), text.signed_amount(diff_eur, lang, state.period, state.salaries,
                                                     state.share))
    d2.metric(t("compare.diff_pct"), text.percent(diff_pct, lang, 1, signed=True))
    nets = _nets([first.median, second.median], state, lang)
    if nets is not None:
        st.caption(t("compare.net", summary=net_text.tax_summary(state.tax()[0], lang),
                     month1=text.money(nets[0].month.net, lang, 1), year1=text.money(nets[0].year.net, lang, 1),
                     month2=text.money(nets[1].month.net, lang, 1), year2=text.money(nets[1].year.net, lang, 1)))
    profiles = [(t("compare.profile", number=n, profile=text.profile_label(e.profile, m, lang)), e)
                for n, e in ((1, first), (2, second))]
    show.chart(lang, charts.range_chart, chart_data.range_chart, m, profiles, lang, title=t("compare.chart.title"),
               divisor=_divisor(state), bands=False)


def split(state: EstimatorState, m: model.Model, lang: str) -> None:
    t = lambda key, **kw: text.t(key, lang, **kw)
    st.caption(t("split.intro", variable=text.percent(params.VARIABLE.default, lang),
                 attainment=text.percent(params.ATTAINMENT.default, lang)))
    s1, s2 = st.columns(2)
    with s1:
        bound.slider("variable", state, lang, t("control.variable"), min_value=params.VARIABLE.low,
                     max_value=params.VARIABLE.high, step=1)
    with s2:
        bound.slider("attainment", state, lang, t("control.attainment"), min_value=params.ATTAINMENT.low,
                     max_value=params.ATTAINMENT.high, step=1)
    first = state.estimate(m)
    split_pay = pay.pay_split(first.median, state.share, state.attainment / 100)
    f1, f2, f3 = st.columns(3)
    # Fixed pay per period (never shown below the legal minimum it pays); variable pay is paid once a year.
    f1.metric(f"{t('split.fixed')} {t('period.' + state.period)}",
              text.amount(split_pay.fixed, lang, state.period, state.salaries, floor=first.floor * (1 - state.share)))
    f2.metric(f"{t('split.variable')} {t('period.year')}", text.amount(split_pay.variable, lang))
    f3.metric(f"{t('split.paid')} {t('period.year')}", text.amount(split_pay.paid, lang))


def _net_inputs(state: EstimatorState, m: model.Model, lang: str) -> None:
    """The net pay view's inputs, drawn while their fold is open."""
    t = lambda key, **kw: text.t(key, lang, **kw)
    c1, c2, c3, c4 = st.columns(4)
    with c1:
        bound.choice("taxclass", state, lang, m, t("control.taxclass"))
    with c2:
        bound.choice("state", state, lang, m, t("control.state"))
    with c3:
        bound.choice("church", state, lang, m, t("control.church"), st.segmented_control, required=True)
    with c4:
        bound.number("children", state, lang, t("control.children"), help=t("control.children.help"),
                     min_value=params.CHILDREN.low, max_value=params.CHILDREN.high, step=1)
    c1, c2, c3, c4 = st.columns(4)
    with c1:
        bound.number("birth", state, lang, t("control.birth"), min_value=params.BIRTH.low,
                     max_value=params.BIRTH.high, step=1)
    with c2:
        bound.choice("health", state, lang, m, t("control.health"), st.segmented_control, required=True)
    unread = []
    if state.health == "private":
        with c3:
            unread.append(("premium", bound.decimal("premium", state, lang, t("control.premium"),
                                                    help=t("control.premium.help"))))
        with c4:
            unread.append(("subsidy", bound.decimal("subsidy", state, lang, t("control.subsidy"),
                                                    help=t("control.subsidy.help"))))
    else:
        with c3:
            unread.append(("surcharge", bound.decimal(
                "surcharge", state, lang, t("control.surcharge"),
                help=t("control.surcharge.help", average=text.percent(params.SURCHARGE.default, lang, 1)))))
    c1, c2, c3 = st.columns([2, 1, 1])
    with c1:
        unread.append(("car", bound.decimal("car", state, lang, t("control.car"))))
    with c2:
        bound.number("km", state, lang, t("control.km"), help=t("control.km.help"), min_value=params.KM.low,
                     max_value=params.KM.high, step=1)
    with c3:
        bound.choice("drive", state, lang, m, t("control.drive"))
    for name, raw in unread:
        if raw:
            p = params.BY_NAME[name]
            st.warning(t("net.unread", raw=raw, label=t(f"control.{name}"), low=net_text.decimal(p.low, lang),
                         high=net_text.decimal(p.high, lang), example=net_text.decimal(p.default, lang),
                         value=net_text.decimal(getattr(state, name), lang)), icon="✏️")


def _nets(totals: list[float], state: EstimatorState, lang: str) -> list[net.YearAndMonth] | None:
    """Net pay of totals at target under the state's tax profile, or None with the rates' data error shown once."""
    try:
        return [net.year_and_month(total, state.tax()[0], state.share, state.attainment / 100, state.salaries)
                for total in totals]
    except datafiles.FiguresError as exc:
        st.error(text.t("error.data", lang, message=str(exc)), icon="🚫")
        return None


def net_pay(state: EstimatorState, m: model.Model, lang: str) -> None:
    """Net pay: of the typed salary first, if any, then of the range; the tax profile in one line above
    them, its inputs in a fold that opens by a click on that line."""
    t = lambda key, **kw: text.t(key, lang, **kw)
    st.caption(t("net.intro"))
    tax, problem = state.tax()
    # The tax profile in one line, and right below it the fold that changes it (open when a link set
    # any of its inputs). Its label stays the same whatever the inputs: a new label would close it.
    st.markdown(t("net.summary", summary=net_text.tax_summary(tax, lang)))
    inputs = show.fold(t("net.inputs"), "net_inputs", open_with=params.NET)
    if inputs.open:
        with inputs:
            _net_inputs(state, m, lang)
    if problem:
        st.warning(t("net.invalid", name=problem), icon="⚠️")
    first = state.estimate(m)
    totals = [first.low, first.median, first.high] + ([] if state.salary is None else [state.salary])
    both = _nets(totals, state, lang)
    if both is None:
        return
    if state.salary is not None:
        own = both.pop()
        st.subheader(t("net.own.title"))
        c1, c2 = st.columns(2)
        c1.metric(t("net.own.month"), text.money(own.month.net, lang, 1))
        c2.metric(t("net.own.year"), text.money(own.year.net, lang, 1))
        split = pay.pay_split(state.salary, state.share, state.attainment / 100)
        st.caption(t("net.own.basis", salary=text.money(state.salary, lang, 1), paid=text.money(split.paid, lang, 1),
                     attainment=text.percent(state.attainment, lang), fixed=text.money(own.month.gross, lang, 1),
                     salaries=state.salaries, variable=text.percent(state.variable, lang)))
        st.subheader(t("net.range.title"))
    for column, level, one in zip(st.columns(3), ("low", "median", "high"), both):
        column.metric(t("net.month", level=t("net.level." + level)), text.money(one.month.net, lang, 1))
        column.metric(t("net.year", level=t("net.level." + level)), text.money(one.year.net, lang, 1))
    median = both[1]
    st.caption(range_text.net_basis(first, lang, state.salaries, state.variable, state.attainment))
    if median.month.car_benefit:
        st.caption(t("net.car", benefit=text.money(median.month.car_benefit, lang, 1)))
    chart, table = st.columns(2)
    with chart:
        # The table beside the chart holds its numbers.
        show.chart(lang, charts.net_chart, chart_data.net_chart, median.year, median.month, lang, table=False)
    with table:
        show.table(tables.net_table, median.year, median.month, lang)
        st.caption(t("net.table.caption"))
    st.info(t("net.advice"), icon="ℹ️")


VIEWS = {"stand": where_you_stand, "path": path, "build": build, "compare": compare, "split": split,
         "net": net_pay}
