"""`python -m bench.parts [-n N]`: where one estimator rerun spends its time,
without Streamlit and without a profiler's overhead. Each part repeats what
pages/estimator.py does with the default controls; the median ms of N runs
is printed. st.plotly_chart's own work is timed as Streamlit 1.67 does it:
plotly.tools.return_figure_from_figure_or_data (validation, a deep copy)
and plotly.io.to_json."""

from __future__ import annotations

import argparse
import time

import plotly.io
import plotly.tools

from bench.table import median
from salary import charts, figures, model, params, report, text, ui


def parts(lang: str = "de", years: int = 5) -> dict[str, object]:
    """name -> a zero-argument callable doing that part of one rerun."""
    m = model.default_model()
    t = lambda key, **kw: text.t(key, lang, **kw)  # noqa: E731
    first = m.estimate(model.Profile(years, "bachelor", "all", model.DEFAULT_BANDS))
    second = m.estimate(model.Profile(years, "bachelor", "all", model.DEFAULT_BANDS))
    path = model.career_path(m, model.Profile(40.0))  # cached by ui.career_path: built once per profile
    build = {
        "range_chart (you)": lambda: charts.range_chart(m.figures, [(t("chart.range.you"), first)], lang,
                                                        title=t("chart.range.title")),
        "career_chart": lambda: charts.career_chart(path, years, lang),
        "waterfall_chart": lambda: charts.waterfall_chart(first.steps(), lang),
        "range_chart (compare)": lambda: charts.range_chart(
            m.figures, [(t("chart.range.first"), first), (t("chart.range.second"), second)], lang,
            title=t("compare.chart.title"), bands=False),
    }
    built = {name: f() for name, f in build.items()}

    def serialize(fig):
        return plotly.io.to_json(plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True),
                                 validate=False)

    out: dict[str, object] = {f"build {name}": f for name, f in build.items()}
    out.update({f"st.plotly_chart serialization: {name}": (lambda f=fig: serialize(f))
                for name, fig in built.items()})
    labels = {p.name: ui.option_label(m, lang, p.name) for p in (params.DEGREE, params.INDUSTRY, params.BANDS,
                                                                  params.PERIOD, params.DEGREE2, params.INDUSTRY2)}
    out["widget option labels (format_func, 6 widgets)"] = lambda: [
        [fmt(o) for o in params.BY_NAME[name].choices] for name, fmt in labels.items()]
    out["report.build + to_csv + to_json"] = lambda: (
        lambda r: (report.to_csv(r), report.to_json(r)))(report.build(report.Request(first, second)))
    out["2 x estimate()"] = lambda: (m.estimate(first.profile), m.estimate(second.profile))
    out["metric texts (9 x text.amount/percent)"] = lambda: [text.amount(v, lang) for v in (
        first.low, first.median, first.high, 1, 2, 3)] + [text.percent(1.5, lang, 1, signed=True)]
    out["figures.row (one lookup)"] = lambda: figures.row(m.figures, "industry", "software")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.parts", description=__doc__)
    parser.add_argument("-n", type=int, default=20, help="runs per part")
    args = parser.parse_args(argv)
    rows = []
    for name, fn in parts().items():
        fn()  # warm: plotly builds its validators on first use
        times = []
        for _ in range(args.n):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        rows.append((name, median(times) * 1000))
    width = max(len(n) for n, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:8.2f} ms")


if __name__ == "__main__":
    main()
