"""Entry point and router of the KAM salary dashboard: page config, the
language switch and the navigation over the pages in pages/."""

import streamlit as st

from salary import ui

ui.leave_legacy_pages_mode()
ui.configure()
lang = ui.language()
st.session_state[ui.ROUTED] = True
navigation = st.navigation(list(ui.navigation_pages(lang).values()))
navigation.run()
