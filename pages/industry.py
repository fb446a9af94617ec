"""Industry: the six industries' averages, sorted, against the overall average."""

import streamlit as st

from salary import chart_data, charts, params, text, ui

lang, m = ui.page("industry")
st.title(text.t("industry.title", lang))
st.write(text.t("industry.intro", lang))
ui.chart(lang, charts.industry_chart, chart_data.industry_chart, m, lang)
ui.source_caption(m, lang, "industry")
st.info(text.t("industry.note", lang, average=text.money(m.average, lang)))
st.write(ui.cached(text.industry_consequence, m, lang, params.INDUSTRY_READING.default))
