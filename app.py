"""Entry point and router of the KAM salary dashboard: page config, the
language switch and the navigation over the pages in pages/."""

import streamlit as st

from salary import text, ui

ui.leave_legacy_pages_mode()
ui.configure()
lang = ui.language()
st.session_state[ui.ROUTED] = True
navigation = st.navigation([
    st.Page(f"pages/{name}.py", title=text.t(f"nav.{name}", lang), url_path=url or None, default=not url)
    for name, url in ui.PAGES
])
navigation.run()
