"""Method & sources: the figures in a table per group, the model in plain
words, assumptions and limits, the figures as a CSV download, and how net pay
is computed with its rates and sources."""

import streamlit as st

from salary import datafiles, net, sources, tables, text, ui

lang, m = ui.page("methodology")
st.title(text.t("method.title", lang))

st.subheader(text.t("method.figures", lang))
st.write(text.t("method.figures.intro", lang))
for dimension in m.dimensions:  # a table per group: three columns fit a phone
    st.markdown(f"**{text.t('dim.' + dimension, lang)}**")
    ui.table(tables.figures_table, m, lang, dimension)
ui.source_caption(m, lang)
st.download_button(text.t("method.download", lang), ui.cached(datafiles.to_csv, m.figures), "kam-figures.csv",
                   "text/csv", key="download_figures", on_click="ignore")

note = text.entry_note(m, lang)
if note:
    st.info(note, icon="⚖️")

st.subheader(text.t("method.model", lang))
st.markdown(ui.cached(text.method, m, lang))

st.subheader(text.t("method.levels", lang))
ui.table(tables.levels_table, m, lang)

st.subheader(text.t("method.assumptions", lang))
st.write(text.t("method.assumptions.text", lang))
ui.table(tables.assumptions_table, m, lang)
files = ui.fold(text.t("method.assumptions.files", lang), "assumptions_files")
if files.open:
    with files:
        ui.table(tables.assumptions_files, m, lang)
st.subheader(text.t("method.limits", lang))
st.write(text.t("method.limits.text", lang))
st.subheader(text.t("method.sources", lang))
st.write(text.t("method.sources.text", lang))
st.write(ui.cached(text.cite, m, lang))
st.write(text.t("method.sources.others", lang, months=sources.MONTHS))

# Net pay: the method, and every rate and limit with its legal source.
st.subheader(text.t("net.method", lang))
try:
    rates = net.data()
except datafiles.FiguresError as exc:
    st.error(text.t("error.data", lang, message=str(exc)), icon="🚫")
else:
    st.markdown(ui.cached(text.net_method, net.TaxProfile(), rates.car.values, lang))
    st.markdown(f"**{text.t('net.method.contributions', lang)}**")
    ui.blocks(tables.rates_table, rates.contributions.rows, lang)  # a rate's legal source is too long for a column
    st.markdown(f"**{text.t('net.method.car', lang)}**")
    ui.blocks(tables.rates_table, rates.car.rows, lang)
