"""Estimator: a profile's salary range, then one detail view at a time (where
a salary stands, the path over the years, how the median is built, a second
profile, fixed and variable pay, net pay) and the downloads; every control kept in the URL."""

import streamlit as st

from salary import chart_data, charts, datafiles, model, net, params, pay, range_text, report, tables, text, ui

lang, m = ui.page("estimator")
t = lambda key, **kw: text.t(key, lang, **kw)
st.title(t("estimator.title"))
st.write(t("estimator.intro"))

# The profile first, the result right below it (on a phone too), the readings of the article folded away.
slider, exact = st.columns([4, 1], vertical_alignment="bottom")
to_exact, to_slider = ui.linked("years", "years_exact")
with slider:
    years = ui.control(params.YEARS, lang, st.slider, label=t("control.years"), min_value=model.YEARS_MIN,
                       max_value=model.YEARS_MAX, step=1, on_change=to_exact)
with exact:  # a stepper a thumb can hit exactly
    st.session_state["years_exact"] = years
    st.number_input(t("control.years_exact"), min_value=model.YEARS_MIN, max_value=model.YEARS_MAX, step=1,
                    key="years_exact", on_change=to_slider)
left, right = st.columns(2)
with left:
    degree = ui.choice(params.DEGREE, lang, m, t("control.degree"))
with right:
    industry = ui.choice(params.INDUSTRY, lang, m, t("control.industry"))
# Read now, drawn further down: the readings of the article and the amounts' period.
ui.preload(lang, m, {params.BANDS: None, params.INDUSTRY_READING: None, params.PERIOD: None, params.SALARIES: None,
                     params.VARIABLE: None})
bands, reading, period = (ui.value(p) for p in (params.BANDS, params.INDUSTRY_READING, params.PERIOD))
salaries = int(ui.value(params.SALARIES))

# The variable share (from the pay-split view): per month the page shows the fixed
# pay of a payslip, the variable part paid on top once a year; the legal minimum
# holds for the fixed part, per year too.
share = ui.value(params.VARIABLE) / 100
first = pay.estimate(m, model.Profile(years, degree, industry, bands, reading), share, salaries)
per = model.period_divisor(period, salaries, share)
amount = lambda yearly: text.amount(yearly, lang, period, salaries, share)

at_floor = range_text.floor_range(first, lang, period, salaries, share)
if at_floor:  # the whole range is the legal minimum: said in words, not drawn as three equal amounts
    st.info(at_floor, icon="⚖️")
else:
    with st.container(horizontal=True):
        for key, shown in zip(("metric.low", "metric.median", "metric.high"),
                              range_text.range_amounts(first, lang, period, salaries, share)):
            st.metric(t(key), shown)
st.caption(text.level_place(m, years, lang))
st.caption(range_text.range_caption(first, lang, period, salaries, share))

with st.container(horizontal=True):
    ui.choice(params.PERIOD, lang, m, t("control.period"), st.radio, horizontal=True)
    if period == "month":  # salaries a year matter only for monthly amounts; kept meanwhile
        ui.choice(params.SALARIES, lang, m, t("control.salaries"), st.radio, horizontal=True)
with st.expander(t("assumptions.title")):
    ui.choice(params.BANDS, lang, m, t("control.bands"), st.radio, help=t("control.bands.help"))
    ui.choice(params.INDUSTRY_READING, lang, m, t("control.industry_reading"), st.radio,
              help=t("control.industry_reading.help"))
ui.sources_link(lang, first.profile)  # the same profile on the other sources' page

# One detail view at a time: a slider move redraws only what is open. The
# closed views' controls keep their values (and link parameters), which the
# downloads read. Profile 2 follows profile 1 until one of its own controls moves.
PROFILE2 = "_profile2_own"
ui.preload(lang, m, {params.SALARY: None, params.YEARS2: years, params.DEGREE2: degree, params.INDUSTRY2: industry,
                     params.ATTAINMENT: None, **{p: None for p in params.NET}})
ui.follow({params.YEARS2: years, params.DEGREE2: degree, params.INDUSTRY2: industry}, PROFILE2)


def where_you_stand():
    label = t("stand.input.year" if period == "year" else "stand.input.month")
    salary, unread = ui.amount(params.SALARY, lang, label, help=t("stand.help"),
                               to_yearly=lambda entered: model.to_yearly(entered, period, salaries, share),
                               shown=lambda v: text.amount(v, lang, period, salaries, share))
    if unread:
        st.warning(t("stand.problem", raw=unread), icon="✏️")
    elif salary is not None:
        st.caption(t("stand.understood", amount=amount(salary), period=t("period." + period)))
        question = text.typing_question(salary, lang) if period == "year" else None
        if question:
            st.info(question, icon="❓")
        else:
            st.write(text.verdict(first, salary, lang, period, salaries, share))
    ui.chart(lang, charts.range_chart, chart_data.range_chart, m, [(text.profile_label(first.profile, m, lang), first)],
             lang, title=t("chart.range.title"), per=per, salary=salary)


def comparison():
    st.caption(t("compare.own" if ui.follow({}, PROFILE2) else "compare.follows"))
    c1, c2, c3 = st.columns(3)
    mark = ui.own(PROFILE2)
    with c1:
        years2 = ui.control(params.YEARS2, lang, st.slider, default=years, label=t("control.years2"),
                            min_value=model.YEARS_MIN, max_value=model.YEARS_MAX, step=1, on_change=mark)
    with c2:
        degree2 = ui.choice(params.DEGREE2, lang, m, t("control.degree2"), default=degree, on_change=mark)
    with c3:
        industry2 = ui.choice(params.INDUSTRY2, lang, m, t("control.industry2"), default=industry, on_change=mark)
    with st.container(horizontal=True):
        st.button(t("compare.take_over"), on_click=ui.own(PROFILE2, False), key="take_over")
        st.button(t("compare.master_question"), help=t("compare.master_question.help"), key="master_question",
                  on_click=ui.preset({params.DEGREE: "master", params.YEARS2: min(years + 2, model.YEARS_MAX),
                                      params.DEGREE2: "bachelor", params.INDUSTRY2: industry}, PROFILE2))
    second = pay.estimate(m, model.Profile(years2, degree2, industry2, bands, reading), share, salaries)
    diff_eur, diff_pct = model.difference(first, second)
    d1, d2 = st.columns(2)
    d1.metric(t("compare.diff"), text.signed_amount(diff_eur, lang, period, salaries, share))
    d2.metric(t("compare.diff_pct"), text.percent(diff_pct, lang, 1, signed=True))
    profiles = [(t("compare.profile", number=n, profile=text.profile_label(e.profile, m, lang)), e)
                for n, e in ((1, first), (2, second))]
    ui.chart(lang, charts.range_chart, chart_data.range_chart, m, profiles, lang, title=t("compare.chart.title"),
             per=per, bands=False)


def fixed_and_variable():
    st.caption(t("split.intro", variable=text.percent(params.VARIABLE.default, lang),
                 attainment=text.percent(params.ATTAINMENT.default, lang)))
    s1, s2 = st.columns(2)
    with s1:
        variable = ui.control(params.VARIABLE, lang, st.slider, label=t("control.variable"),
                              min_value=params.VARIABLE.low, max_value=params.VARIABLE.high, step=1)
    with s2:
        attainment = ui.control(params.ATTAINMENT, lang, st.slider, label=t("control.attainment"),
                                min_value=params.ATTAINMENT.low, max_value=params.ATTAINMENT.high, step=1)
    split = model.pay_split(first.median, variable / 100, attainment / 100)
    f1, f2, f3 = st.columns(3)
    # Fixed pay per period; variable pay is paid once a year, so it stays per year.
    f1.metric(f"{t('split.fixed')} {t('period.' + period)}", text.amount(split.fixed, lang, period, salaries))
    f2.metric(f"{t('split.variable')} {t('period.year')}", text.amount(split.variable, lang))
    f3.metric(f"{t('split.paid')} {t('period.year')}", text.amount(split.paid, lang))


# Net pay: its inputs are read even while the view or their fold is closed (the downloads carry them).
ui.preload(lang, m, dict.fromkeys(params.NET))
def net_inputs():
    """The net pay view's inputs, drawn while their fold is open."""
    c1, c2, c3, c4 = st.columns(4)
    with c1:
        ui.choice(params.TAXCLASS, lang, m, t("control.taxclass"))
    with c2:
        ui.choice(params.STATE, lang, m, t("control.state"))
    with c3:
        ui.choice(params.CHURCH, lang, m, t("control.church"), st.segmented_control, required=True)
    with c4:
        ui.control(params.CHILDREN, lang, st.number_input, label=t("control.children"),
                   help=t("control.children.help"), min_value=params.CHILDREN.low,
                   max_value=params.CHILDREN.high, step=1)
    c1, c2, c3, c4 = st.columns(4)
    with c1:
        ui.control(params.BIRTH, lang, st.number_input, label=t("control.birth"), min_value=params.BIRTH.low,
                   max_value=params.BIRTH.high, step=1)
    with c2:
        health = ui.choice(params.HEALTH, lang, m, t("control.health"), st.segmented_control, required=True)
    if health == "private":
        with c3:
            ui.control(params.PREMIUM, lang, st.number_input, label=t("control.premium"),
                       help=t("control.premium.help"), min_value=params.PREMIUM.low,
                       max_value=params.PREMIUM.high, step=10.0, format="%.2f")
        with c4:
            ui.control(params.SUBSIDY, lang, st.number_input, label=t("control.subsidy"),
                       help=t("control.subsidy.help"), min_value=params.SUBSIDY.low,
                       max_value=params.SUBSIDY.high, step=10.0, format="%.2f")
    else:
        with c3:
            ui.control(params.SURCHARGE, lang, st.number_input, label=t("control.surcharge"),
                       help=t("control.surcharge.help", average=text.percent(params.SURCHARGE.default, lang, 1)),
                       min_value=params.SURCHARGE.low, max_value=params.SURCHARGE.high, step=0.1, format="%.2f")
    c1, c2, c3 = st.columns([2, 1, 1])
    with c1:
        ui.control(params.CAR, lang, st.number_input, label=t("control.car"), min_value=params.CAR.low,
                   max_value=params.CAR.high, step=1000)
    with c2:
        ui.control(params.KM, lang, st.number_input, label=t("control.km"), help=t("control.km.help"),
                   min_value=params.KM.low,
                   max_value=params.KM.high, step=1)
    with c3:
        ui.choice(params.DRIVE, lang, m, t("control.drive"))


def net_pay():
    st.caption(t("net.intro"))
    results = st.container()  # the net pay first, the details it rests on folded below it
    inputs = ui.fold(t("net.inputs"), "net_inputs", open_with=params.NET)  # open when a link set them
    if inputs.open:
        with inputs:
            net_inputs()
    tax, problem = params.tax_profile({p.name: ui.value(p) for p in params.NET})
    with results:
        if problem:
            st.warning(t("net.invalid", name=problem), icon="⚠️")
        variable, attainment = ui.value(params.VARIABLE), ui.value(params.ATTAINMENT)
        try:
            low_, median_, high_ = net.of_range(first, tax, variable / 100, attainment / 100, salaries)
        except datafiles.FiguresError as exc:
            st.error(t("error.data", message=str(exc)), icon="🚫")
            return
        for column, level, both in zip(st.columns(3), ("low", "median", "high"), (low_, median_, high_)):
            column.metric(t("net.month", level=t("net.level." + level)), text.money(both.month.net, lang, 1))
            column.metric(t("net.year", level=t("net.level." + level)), text.money(both.year.net, lang, 1))
        st.caption(range_text.net_basis(first, lang, salaries, variable, attainment))
        if median_.month.car_benefit:
            st.caption(t("net.car", benefit=text.money(median_.month.car_benefit, lang, 1)))
        chart, table = st.columns(2)
        with chart:
            # The table beside the chart holds its numbers.
            ui.chart(lang, charts.net_chart, chart_data.net_chart, median_.year, median_.month, lang, table=False)
        with table:
            ui.table(tables.net_table, median_.year, median_.month, lang)
            st.caption(t("net.table.caption"))
        st.info(t("net.advice"), icon="ℹ️")


view = ui.choice(params.VIEW, lang, m, t("control.view"), st.segmented_control, required=True)
if view == "path":
    ui.chart(lang, charts.career_chart, chart_data.career_chart, first, lang, per=per,
             salary=ui.value(params.SALARY))
elif view == "build":
    ui.chart(lang, charts.waterfall_chart, chart_data.waterfall_chart, first, lang, per=per)
elif view == "compare":
    comparison()
elif view == "split":
    fixed_and_variable()
elif view == "net":
    net_pay()
else:
    where_you_stand()

st.subheader(t("download.title"))
request = report.request(m, ui.values(params.ESTIMATOR))  # every control's value, open view or not
with st.container(horizontal=True):
    for fmt, write, mime in (("csv", report.to_csv, "text/csv"), ("json", report.to_json, "application/json")):
        st.download_button(t(f"download.{fmt}"), lambda write=write: write(report.build(request)),
                           f"kam-estimate.{fmt}", mime, key=f"download_{fmt}")
