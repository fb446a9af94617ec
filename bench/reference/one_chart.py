"""Benchmark reference: one slider, one metric and one plotly graph_objects
chart, the least a dashboard page with a chart costs."""

import plotly.graph_objects as go
import streamlit as st

years = st.slider("Years", min_value=0, max_value=45, value=5, step=1, key="years")
st.metric("Median", f"{50_000 + 1_500 * years:,} €")
x = list(range(46))
st.plotly_chart(go.Figure(go.Scatter(x=x, y=[50_000 + 1_500 * v for v in x], mode="lines")), width="stretch")
