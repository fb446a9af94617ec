"""Overview: entry, average and top salary, every figure on one axis, the role in brief."""

import streamlit as st

from salary import chart_data, charts, text, ui

lang, m = ui.page()
st.title(text.t("overview.title", lang))
st.write(text.t("overview.intro", lang))

columns = st.columns(3)
for column, key in zip(columns, ("entry", "average", "top")):
    column.metric(text.t(f"overview.{key}", lang), text.money(m.figure("overall", key)["low"], lang))
note = text.entry_note(m, lang)
if note:
    st.info(note, icon="⚖️")

ui.chart(ui.cached(charts.overview_chart, m.figures, lang), ui.cached(chart_data.overview_chart, m.figures, lang), lang)
ui.source_caption(m, lang, "overall")

st.subheader(text.t("overview.role.title", lang))
st.write(text.t("overview.role", lang))
ui.page_links(lang, exclude="overview")
