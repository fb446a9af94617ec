"""Other sources: the published KAM figures beside the article's average and
bands, a reading generated from them, the person's range when a link carries
a profile, and the figures as a table and CSV download. Context only."""

import streamlit as st

from salary import chart_data, charts, params, pay, reading, sources, text, ui

lang, m = ui.page("sources")
t = lambda key, **kw: text.t(key, lang, **kw)
st.title(t("sources.title"))
st.write(t("sources.intro"))
st.info(t("sources.context"), icon="ℹ️")

data = ui.load_or_stop(sources.default_sources, lang)
profile = ui.linked_profile(lang, m)
# The range as the estimator shows it by default: the legal minimum on the fixed part at the default variable share.
you = pay.estimate(m, profile, params.VARIABLE.default / 100) if profile is not None else None

ui.chart(lang, charts.sources_chart, chart_data.sources_chart, data, m, lang, you)
st.caption(t("sources.monthly", months=sources.MONTHS))

st.subheader(t("sources.reading"))
st.write(ui.cached(reading.reading, data, m.average, lang, you))

st.subheader(t("sources.table"))
ui.blocks(reading.table, data, lang)  # seven facts a figure: a block each, not seven columns
st.download_button(t("sources.download"), ui.cached(sources.to_csv, data), "kam-other-sources.csv", "text/csv",
                   key="download_sources", on_click="ignore")
st.subheader(t("sources.links"))
st.markdown(ui.cached(reading.links, data, lang))
