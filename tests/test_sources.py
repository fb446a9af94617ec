"""The other sources' file and its loader (every kind of damage refused with
one FiguresError naming the file, row and problem), the per-year amounts, the
generated reading and the chart, without Streamlit."""

import math

import pandas as pd
import pytest

from salary import datafiles, sources
from salary.datafiles import FiguresError
from salary.sources import load_sources
from tests.conftest import csv_damage, refused, rows_changed, set_cell, shipped_lines
from tests.conftest import per_year as yearly
from tests.conftest import source_rows as raw_rows

FIG = datafiles.load_figures()
LANGS = ("de", "en")


# The figures as they were published and checked (amounts as published, unit).
PUBLISHED = {
    ("StepStone", "mean"): (61200, None, "EUR/year"),
    ("StepStone", "band"): (53200, 72700, "EUR/year"),
    ("stellenanzeigen.de", "mean"): (75600, None, "EUR/year"),
    ("Bundesagentur für Arbeit", "mean"): (5191, None, "EUR/month"),
    ("gehaltsvergleich.com", "quartiles"): (2827, 7873, "EUR/month"),
    ("gehaltsvergleich.com", "mean"): (4686, None, "EUR/month"),
    ("gehaltsatlas.com", "mean"): (73000, None, "EUR/year"),
    ("gehaltsatlas.com", "band"): (47800, 55800, "EUR/year"),
}


def test_every_published_figure_is_in_the_file():
    frame = load_sources()
    assert len(frame) == len(PUBLISHED)
    for r in frame.to_dict("records"):
        low, high, unit = PUBLISHED[r["source"], r["measure"]]
        assert (r["low"], r["unit"]) == (low, unit)
        assert math.isnan(r["high"]) if high is None else r["high"] == high
        assert r["url"].startswith("https://") and r["read_at"]


def test_each_figure_keeps_its_date():
    frame = load_sources().set_index(["source", "measure"])
    assert frame.loc[("StepStone", "mean"), "published"] == "2021-09-02"
    assert frame.loc[("Bundesagentur für Arbeit", "mean"), ["figure_date", "published"]].tolist() == ["2021",
                                                                                                       "2023-03"]
    assert frame.loc[("gehaltsvergleich.com", "mean"), ["figure_date", "published"]].tolist() == ["", ""]


def test_per_year_is_twelve_months():
    frame = load_sources()
    for r, raw in zip(frame.to_dict("records"), raw_rows()):
        assert sources.per_year(r) == yearly(raw)
        if r["measure"] in sources.RANGES:
            assert sources.per_year(r, "high") == yearly(raw, "high")
    assert sources.MONTHS == 12


# -- damage ---------------------------------------------------------------------
# The whole file damaged: its bytes, its header, or rows added or cut short.
@pytest.mark.parametrize("damage, message", [
    *csv_damage("sources.csv", "source,url"),
    (rows_changed(lambda rows: rows + [rows[1]]),
     rf"row {shipped_lines('sources.csv') + 1}: duplicate figure StepStone mean \(first in row 2\)"),
    (rows_changed(lambda rows: rows[:2] + ["StepStone,x,y"] + rows[3:]), "row 3: 3 cells, the header has 14"),
])
def test_file_damage(data, damage, message):
    damage(data / "sources.csv")
    refused(load_sources, data / "sources.csv", message)


# A row by its source and measure: the file's rows 2, 3, 5 (a monthly figure), 8 and 9 (a junior band).
MEAN, BAND, MONTHLY = ("StepStone", "mean"), ("StepStone", "band"), ("Bundesagentur für Arbeit", "mean")
ATLAS, ATLAS_BAND = ("gehaltsatlas.com", "mean"), ("gehaltsatlas.com", "band")


@pytest.mark.parametrize("source, measure, column, value, message", [
    (*MEAN, "source", "", r"row 2: source is empty"),
    (*MEAN, "read_at", "", r"row 2: read_at is empty"),
    (*MEAN, "url", "", r"row 2: url is empty"),
    (*MEAN, "url", "javascript:alert(1)", r"row 2: url 'javascript:alert\(1\)' does not start with https://"),
    (*MEAN, "url", "http://example.org", r"row 2: url .* does not start with https://"),
    (*MEAN, "measure", "mode", r"row 2: unknown measure 'mode'"),
    (*MEAN, "unit", "USD/year", r"row 2: unknown unit 'USD/year'"),
    (*MEAN, "low", "abc", r"row 2: low 'abc' is not a number"),
    (*MEAN, "low", "", r"row 2: low is empty"),
    (*MEAN, "low", "nan", r"row 2: low 'nan' is not a finite number"),
    (*MEAN, "low", "-5", r"row 2: low '-5' is negative"),
    (*MEAN, "low", "0", r"row 2: low is zero"),
    (*MEAN, "high", "70000", r"row 2: high is set, but measure mean has one value"),
    (*BAND, "high", "", r"row 3: high is empty"),
    (*BAND, "high", "1e999", r"row 3: high '1e999' is not a finite number"),
    (*BAND, "low", "80000", r"row 3: low 80000 is greater than high 72700"),
    (*MEAN, "published", "02.09.2021", r"row 2: published '02.09.2021' is not a date"),
    (*MEAN, "published", "2021-13-02", r"row 2: published '2021-13-02' is not a real date"),
    (*MONTHLY, "figure_date", "21", r"row 5: figure_date '21' is not a date"),
    (*ATLAS_BAND, "scope_en", "", r"row 9: scope_de and scope_en must both be set or both be empty"),
    (*ATLAS, "note_de", "", r"row 8: note_de and note_en must both be set or both be empty"),
])
def test_row_level_damage(data, source, measure, column, value, message):
    path = data / "sources.csv"
    set_cell(path, {"source": source, "measure": measure}, column, value)
    refused(load_sources, path, message)


def test_data_dir_follows_the_environment(data, monkeypatch):
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(data))
    assert sources.sources_path() == data / "sources.csv"
    set_cell(data / "sources.csv", 4, "low", "99000")
    assert sources.default_sources()["low"].tolist()[2] == 99000
    (data / "sources.csv").unlink()
    datafiles.reload()  # read once per process: forget the file that was read
    with pytest.raises(FiguresError, match="sources.csv: file not found"):
        sources.default_sources()


def test_csv_download_round_trips(tmp_path):
    frame = load_sources()
    (tmp_path / "sources.csv").write_text(sources.to_csv(frame), encoding="utf-8")
    pd.testing.assert_frame_equal(frame, load_sources(tmp_path / "sources.csv"))
    assert "5191," in sources.to_csv(frame) and "5191.0" not in sources.to_csv(frame)


