"""Estimator: a profile's salary range, then one detail view at a time (where
a salary stands, the path over the years, how the median is built, a second
profile, fixed and variable pay, net pay) and the downloads. Everything it
shows comes from one state (salary/ui/state.py), kept in the address."""

import streamlit as st

from salary import model, range_text, report, text, ui
from salary.ui import state as bound
from salary.ui.views import VIEWS

lang, m = ui.page("estimator")
state = bound.read(lang, m)
t = lambda key, **kw: text.t(key, lang, **kw)
st.title(t("estimator.title"))
st.write(t("estimator.intro"))

# The profile first, the result right below it (on a phone too), the readings of the article folded away.
slider, exact = st.columns([4, 1], vertical_alignment="bottom")
with slider:
    bound.slider("years", state, lang, t("control.years"), min_value=model.YEARS_MIN, max_value=model.YEARS_MAX,
                 step=1)
with exact:  # a stepper a thumb can hit exactly
    bound.number("years", state, lang, t("control.years_exact"), widget="years_exact", min_value=model.YEARS_MIN,
                 max_value=model.YEARS_MAX, step=1)
left, right = st.columns(2)
with left:
    bound.choice("degree", state, lang, m, t("control.degree"))
with right:
    bound.choice("industry", state, lang, m, t("control.industry"))

first = state.estimate(m)
at_floor = range_text.floor_range(first, lang, state.period, state.salaries, state.share)
if at_floor:  # the whole range is the legal minimum: said in words, not drawn as three equal amounts
    st.info(at_floor, icon="⚖️")
else:
    with st.container(horizontal=True):
        for key, shown in zip(("metric.low", "metric.median", "metric.high"),
                              range_text.range_amounts(first, lang, state.period, state.salaries, state.share)):
            st.metric(t(key), shown)
st.caption(text.level_place(m, state.years, lang))
st.caption(range_text.range_caption(first, lang, state.period, state.salaries, state.share))

with st.container(horizontal=True):
    bound.choice("period", state, lang, m, t("control.period"), st.radio, horizontal=True)
    if state.period == "month":  # salaries a year matter only for monthly amounts; kept meanwhile
        bound.choice("salaries", state, lang, m, t("control.salaries"), st.radio, horizontal=True)
with st.expander(t("assumptions.title")):
    bound.choice("bands", state, lang, m, t("control.bands"), st.radio, help=t("control.bands.help"))
    bound.choice("industry_reading", state, lang, m, t("control.industry_reading"), st.radio,
                 help=t("control.industry_reading.help"))
ui.sources_link(lang, first.profile)  # the same profile on the other sources' page

# One detail view at a time: a key press redraws only what is open; the others keep their values in the state.
bound.choice("view", state, lang, m, t("control.view"), st.segmented_control, required=True)
VIEWS[state.view](state, m, lang)

st.subheader(t("download.title"))
request = report.request(m, state)  # every control's value, open view or not
with st.container(horizontal=True):
    # The file is made when clicked; a click that also reran the page could drop it before it is fetched.
    for fmt, write, mime in (("csv", report.to_csv, "text/csv"), ("json", report.to_json, "application/json")):
        st.download_button(t(f"download.{fmt}"), lambda write=write: write(report.build(request)),
                           f"kam-estimate.{fmt}", mime, key=f"download_{fmt}", on_click="ignore")

st.subheader(t("share.title"))
bound.share(state, lang)
