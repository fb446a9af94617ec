"""The KAM salary dashboard: run with `streamlit run app.py`. This is its entry
point and overview page (at /): entry, average and top salary, every figure on one
axis, the role in brief. The other pages are in pages/ (at /<file name>)."""

import streamlit as st

from salary import chart_data, charts, text, ui

lang, m = ui.page("overview")
# The chart is sent before the top of the page (title, the three figures, the call to action),
# which then fills the container above it: on a cold start the browser begins loading plotly's
# code when a chart arrives, so it begins sooner (README, "Performance"). Once drawn, the page
# looks the same.
top = st.container()
ui.chart(lang, charts.overview_chart, chart_data.overview_chart, m, lang)
ui.source_caption(m, lang, "overall")

with top:
    st.title(text.t("overview.title", lang))
    st.write(text.t("overview.intro", lang))
    columns = st.columns(3)
    for column, key in zip(columns, ("entry", "average", "top")):
        column.metric(text.t(f"overview.{key}", lang), text.money(m.figure("overall", key)["low"], lang))
    ui.estimator_link(lang)  # the call to action: most readers come for their own range
    st.caption(text.t("overview.entries", lang, entry=text.money(m.entry, lang),
                      junior=text.money(m.figure("level", "junior")["low"], lang),
                      bachelor=text.money(m.figure("degree", "bachelor")["low"], lang)))
    note = text.entry_note(m, lang)
    if note:
        st.info(note, icon="⚖️")

st.subheader(text.t("overview.role.title", lang))
st.write(text.t("overview.role", lang))
ui.page_links(lang, exclude="overview")
