"""Industry: the six industries' averages, sorted, against the overall average."""

import streamlit as st

from salary import charts, params, text, ui

lang, m = ui.page()
st.title(text.t("industry.title", lang))
st.write(text.t("industry.intro", lang))
ui.plotly(ui.cached(charts.industry_chart, m, lang))
ui.source_caption(m, lang, "industry")
st.info(text.t("industry.note", lang, average=text.money(m.average, lang)))
st.write(ui.cached(text.industry_consequence, m, lang, params.INDUSTRY_READING.default))
