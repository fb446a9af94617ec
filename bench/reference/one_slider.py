"""Benchmark reference: the least a page with one slider and one metric costs."""

import streamlit as st

years = st.slider("Years", min_value=0, max_value=45, value=5, step=1, key="years")
st.metric("Median", f"{50_000 + 1_500 * years:,} €")
