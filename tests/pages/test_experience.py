"""The experience page under AppTest: its chart marks the entry, average and top salaries."""


from salary import datafiles
from tests.conftest import (
    opened,
    specs,
)

FIG = datafiles.load_figures()


def test_experience_chart_marks_entry_average_and_top():
    spec = specs(opened("experience"))[0]
    lines = sorted(s["x0"] for s in spec["layout"]["shapes"])
    assert lines == sorted(FIG.loc[FIG["dimension"] == "overall", "low"])
