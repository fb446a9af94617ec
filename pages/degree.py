"""Degree: bachelor's against master's, and the master's premium."""

import streamlit as st

from salary import chart_data, charts, figures, text, ui

lang, m = ui.page()
st.title(text.t("degree.title", lang))
st.write(text.t("degree.intro", lang))
premium_eur, premium_pct = ui.cached(figures.degree_premium, m.figures)
left, right = st.columns(2)
left.metric(text.t("degree.premium", lang), text.signed_money(premium_eur, lang))
right.metric(text.t("degree.premium_pct", lang), text.percent(premium_pct, lang, 1, signed=True))
ui.chart(ui.cached(charts.degree_chart, m.figures, lang), ui.cached(chart_data.degree_chart, m.figures, lang), lang)
ui.source_caption(m, lang, "degree")
st.info(text.t("degree.note", lang))
