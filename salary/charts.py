"""Every chart of the dashboard in one namespace, as the pages call them
(`charts.range_chart(...)`, `charts.themed(chart, theme)`, `charts.CONFIG`).

The charts live by concern: colours and theme in salary.chart_theme, the figure
they are drawn in in salary.chart_layout, the article's figures and other sources
in salary.figure_charts, the estimator's charts in salary.estimate_charts. Each
chart's numbers as a table and in words: salary.chart_data."""

from salary.chart_layout import ROW, STRIP, STRIP_WITH_LINES, wrap
from salary.chart_theme import BACKGROUNDS, COLOURS, CONFIG, INK_COLOURS, TEXT_COLOURS, template, themed
from salary.estimate_charts import career_chart, net_chart, range_chart, waterfall_chart
from salary.figure_charts import degree_chart, experience_chart, industry_chart, overview_chart, sources_chart

__all__ = [
    "BACKGROUNDS", "COLOURS", "CONFIG", "INK_COLOURS", "ROW", "STRIP", "STRIP_WITH_LINES", "TEXT_COLOURS",
    "career_chart", "degree_chart", "experience_chart", "industry_chart", "net_chart", "overview_chart",
    "range_chart", "sources_chart", "template", "themed", "waterfall_chart", "wrap",
]
