"""Experience: the article's level bands and the figures by years of experience."""

import streamlit as st

from salary import chart_data, charts, text, ui

lang, m = ui.page("experience")
st.title(text.t("experience.title", lang))
st.write(text.t("experience.intro", lang))
ui.chart(lang, charts.experience_chart, chart_data.experience_chart, m, lang)
ui.source_caption(m, lang, "level")
st.info(text.t("experience.years_note", lang))
