"""The experience page under AppTest: its chart marks the entry, average and top salaries."""


from salary import datafiles
from tests.conftest import (
    run_app,
    specs,
)

FIG = datafiles.load_figures()


def test_experience_chart_marks_entry_average_and_top():
    spec = specs(run_app("experience"))[0]
    lines = sorted(s["x0"] for s in spec["layout"]["shapes"])
    assert lines == sorted(FIG.loc[FIG["dimension"] == "overall", "low"])
