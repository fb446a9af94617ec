"""Degree: bachelor's against master's, and the master's premium."""

import streamlit as st

from salary import chart_data, charts, text, ui

lang, m = ui.page("degree")
st.title(text.t("degree.title", lang))
st.write(text.t("degree.intro", lang))
premium_eur, premium_pct = m.degree_premium()
left, right = st.columns(2)
left.metric(text.t("degree.premium", lang), text.signed_money(premium_eur, lang))
right.metric(text.t("degree.premium_pct", lang), text.percent(premium_pct, lang, 1, signed=True))
ui.chart(lang, charts.degree_chart, chart_data.degree_chart, m, lang)
ui.source_caption(m, lang, "degree")
st.write(text.degree_at_entry(m, lang))
st.info(text.t("degree.note", lang))
