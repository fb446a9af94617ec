"""The figures file holds every figure of the article, and the loader refuses
every kind of damage with one FiguresError that names the file, row and problem."""

import math
import re

import pandas as pd
import pytest

from salary import datafiles
from salary.datafiles import FiguresError, load_figures, load_levels
from tests.conftest import ROOT, csv_damage, refused, rows_changed, set_cell, shipped_lines

# The article's figures as the issue lists them (EUR gross per year).
ARTICLE = {
    ("overall", "entry"): ("from", 24000, None),
    ("overall", "average"): ("point", 61000, None),
    ("overall", "top"): ("point", 132000, None),
    ("level", "junior"): ("band", 43000, 63000),
    ("level", "experienced"): ("band", 57000, 89000),
    ("level", "senior"): ("band", 83000, 132000),
    ("degree", "bachelor"): ("point", 45000, None),
    ("degree", "master"): ("point", 53000, None),
    ("years", "7-10"): ("point", 80000, None),
    ("years", "over-10"): ("well_over", 90000, None),
    ("industry", "semiconductors"): ("point", 60200, None),
    ("industry", "software"): ("point", 59600, None),
    ("industry", "pharma"): ("point", 58900, None),
    ("industry", "advertising"): ("point", 36800, None),
    ("industry", "tourism"): ("point", 36400, None),
    ("industry", "hospitality"): ("point", 35300, None),
}


def test_every_article_figure_is_in_the_file():
    frame = load_figures()
    assert len(frame) == len(ARTICLE)
    for (dim, key), (kind, low, high) in ARTICLE.items():
        row = datafiles.row(frame, dim, key)
        assert row["kind"] == kind
        assert row["low"] == low
        assert (math.isnan(row["high"]) if high is None else row["high"] == high)
        assert row["unit"] == "EUR/year"
        assert row["section"] and row["label_de"] and row["label_en"]


def test_years_rows_carry_their_span():
    frame = load_figures()
    assert (datafiles.row(frame, "years", "7-10")[["years_from", "years_to"]] == [7, 10]).all()
    assert datafiles.row(frame, "years", "over-10")["years_from"] == 11


def test_levels_load():
    levels = load_levels()
    assert list(levels["level"]) == ["junior", "experienced", "senior"]
    assert (levels["years_from"] <= levels["years_to"]).all()


# The whole file damaged: its bytes, its header, or rows added, lost or cut short.
@pytest.mark.parametrize("damage, message", [
    *csv_damage("figures.csv", "dimension,key"),
    (rows_changed(lambda rows: rows + [rows[3]]),
     rf"row {shipped_lines('figures.csv') + 1}: duplicate figure overall/top \(first in row 4\)"),
    (rows_changed(lambda rows: [r for r in rows if not r.startswith("industry,pharma")]),
     "missing figure industry/pharma"),
    (rows_changed(lambda rows: rows[:2] + ["overall,entry,from"] + rows[3:]), "row 3: 3 cells, the header has 11"),
])
def test_file_damage(data, damage, message):
    damage(data / "figures.csv")
    refused(load_figures, data / "figures.csv", message)


@pytest.mark.parametrize("line, column, value, message", [
    (2, "low", "abc", r"row 2: low 'abc' is not a number"),
    (3, "low", "", r"row 3: low is empty"),
    (3, "low", "nan", r"row 3: low 'nan' is not a finite number"),
    (3, "low", "inf", r"row 3: low 'inf' is not a finite number"),
    (4, "low", "-5", r"row 4: low '-5' is negative"),
    (5, "low", "70000", r"row 5: low 70000 is greater than high 63000"),
    (5, "high", "", r"row 5: high is empty"),
    (2, "dimension", "region", r"row 2: unknown dimension 'region'"),
    (2, "kind", "guess", r"row 2: unknown kind 'guess'"),
    (12, "key", "mining", r"row 12: unknown key 'mining' for dimension industry"),
    (2, "unit", "USD", r"row 2: unknown unit 'USD'"),
    (3, "high", "70000", r"row 3: high is set, but kind point has one value"),
    (11, "years_from", "x", r"row 11: years_from 'x' is not a number"),
    (10, "years_from", "7.5", r"row 10: years_from '7.5' is not a whole number"),
    (10, "years_to", "3", r"row 10: years_from 7 is greater than years_to 3"),
    (2, "label_en", "", r"row 2: label_en is empty"),
])
def test_row_level_damage(data, line, column, value, message):
    path = data / "figures.csv"
    set_cell(path, line, column, value)
    refused(load_figures, path, message)


@pytest.mark.parametrize("content, message", [
    ("level,years_from,years_to\njunior,0,3\nexperienced,4,10\n", "missing level senior"),
    ("level,years_from,years_to\njunior,0,3\nexperienced,4,10\nsenior,11,x\n", "row 4: years_to 'x' is not a number"),
    ("level,years_from,years_to\njunior,3,0\nexperienced,4,10\nsenior,11,20\n", "row 2: years_from 3 is greater"),
    ("level,years_from,years_to\nboss,0,3\n", "row 2: unknown level 'boss'"),
    ("level,years_from,years_to\njunior,0,3\njunior,0,3\n", "row 3: duplicate level junior"),
    ("level,years_from\njunior,0\n", "missing column years_to"),
])
def test_levels_damage(data, content, message):
    path = data / "levels.csv"
    path.write_text(content)
    with pytest.raises(FiguresError, match=message) as info:
        load_levels(path)
    assert "levels.csv" in str(info.value)


def test_a_folder_instead_of_a_file(tmp_path):
    (tmp_path / "figures.csv").mkdir()
    with pytest.raises(FiguresError, match="is a folder"):
        load_figures(tmp_path / "figures.csv")


def test_data_dir_follows_the_environment(data, monkeypatch):
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(data))
    assert datafiles.figures_path() == data / "figures.csv"
    (data / "figures.csv").unlink()
    with pytest.raises(FiguresError, match="file not found"):
        load_figures()


def test_csv_download_round_trips(tmp_path):
    frame = load_figures()
    (tmp_path / "figures.csv").write_text(datafiles.to_csv(frame), encoding="utf-8")
    again = load_figures(tmp_path / "figures.csv")
    pd.testing.assert_frame_equal(frame, again)
    assert "24000," in datafiles.to_csv(frame) and "24000.0" not in datafiles.to_csv(frame)


def test_degree_premium():
    from salary import model

    eur, pct = model.default_model().degree_premium()
    assert eur == 53000 - 45000
    assert pct == pytest.approx((53000 / 45000 - 1) * 100)


# -- the model's assumptions and the minimum wage --------------------------------
def test_assumptions_load():
    values = datafiles.load_assumptions()
    assert values == {"plateau_years": 25, "hours_per_week": 40, "weeks_per_year": 52, "degree_premium": "difference"}


def test_minimum_wage_holds_the_2026_and_2027_rates():
    # Fünfte Mindestlohnanpassungsverordnung of 5 November 2025 (BGBl. 2025 I Nr. 268).
    wage = datafiles.load_minimum_wage().set_index("valid_from")
    import datetime as dt

    assert wage.loc[dt.date(2026, 1, 1), "eur_per_hour"] == 13.90
    assert wage.loc[dt.date(2027, 1, 1), "eur_per_hour"] == 14.60
    assert all("BGBl." in s for s in wage["source"])


ASSUMPTIONS_HEADER = "key,value,unit,note"
WAGE_HEADER = "valid_from,eur_per_hour,source"


ASSUMPTIONS_DAMAGE = [
    ("", "file is empty"),
    ("key,value\n", "missing column unit, note"),
    (f"{ASSUMPTIONS_HEADER}\nplateau_years,25,years,x\nhours_per_week,40,hours,x\n", "missing key weeks_per_year"),
    (f"{ASSUMPTIONS_HEADER}\nplateau_years,soon,years,x\n", "row 2: value 'soon' is not a number"),
    (f"{ASSUMPTIONS_HEADER}\nplateau_years,0,years,x\n", "row 2: value '0' for plateau_years must be above 0"),
    (f"{ASSUMPTIONS_HEADER}\nplateau_years,25,months,x\n", "row 2: unit 'months' for plateau_years"),
    (f"{ASSUMPTIONS_HEADER}\nretirement,67,years,x\n", "row 2: unknown key 'retirement'"),
    (f"{ASSUMPTIONS_HEADER}\nplateau_years,25,years,x\nplateau_years,20,years,x\n", "row 3: duplicate key"),
    (f"{ASSUMPTIONS_HEADER}\ndegree_premium,factor,rule,x\n",
     "row 2: value 'factor' for degree_premium is not a rule (allowed: difference, ratio)"),
    (f"{ASSUMPTIONS_HEADER}\ndegree_premium,8000,EUR,x\n", "row 2: unit 'EUR' for degree_premium"),
    (f"{ASSUMPTIONS_HEADER}\nplateau_years,25,years,x\nhours_per_week,40,hours,x\nweeks_per_year,52,weeks,x\n",
     "missing key degree_premium"),
]
WAGE_DAMAGE = [
    ("", "file is empty"),
    ("valid_from,source\n", "missing column eur_per_hour"),
    (f"{WAGE_HEADER}\n1.1.2026,13.90,x\n", "row 2: valid_from '1.1.2026' is not a date"),
    (f"{WAGE_HEADER}\n2026-01-01,13,90,x\n", "row 2: 4 cells"),
    (f"{WAGE_HEADER}\n2026-01-01,zero,x\n", "row 2: eur_per_hour 'zero' is not a number"),
    (f"{WAGE_HEADER}\n2026-01-01,0,x\n", "row 2: eur_per_hour '0' must be above 0"),
    (f"{WAGE_HEADER}\n2026-01-01,-1,x\n", "row 2: eur_per_hour '-1' is negative"),
    (f"{WAGE_HEADER}\n2026-01-01,13.90,\n", "row 2: source is empty"),
    (f"{WAGE_HEADER}\n2027-01-01,14.60,x\n2026-01-01,13.90,x\n", "row 3: valid_from 2026-01-01 is not after"),
]


@pytest.mark.parametrize("name, load, content, message", [
    *(("assumptions.csv", datafiles.load_assumptions, *case) for case in ASSUMPTIONS_DAMAGE),
    *(("minimum_wage.csv", datafiles.load_minimum_wage, *case) for case in WAGE_DAMAGE),
])
def test_small_file_damage(tmp_path, name, load, content, message):
    path = tmp_path / name
    path.write_text(content)
    refused(load, path, re.escape(message))


ARTICLE_HEADER = "title,publisher,url,read_on"


@pytest.mark.parametrize("content, message", [
    ("", "file is empty"),
    (f"{ARTICLE_HEADER}\n", "no data rows"),
    (f"{ARTICLE_HEADER}\nA,B,https://x.example,2026-11-28\nC,D,https://y.example,2026-11-28\n", "2 rows"),
    (f"{ARTICLE_HEADER}\n,B,https://x.example,2026-11-28\n", "row 2: title is empty"),
    (f"{ARTICLE_HEADER}\nA,B,http://x.example,2026-11-28\n", "row 2: url 'http://x.example' does not start"),
    (f"{ARTICLE_HEADER}\nA,B,https://x.example,28.11.2026\n", "row 2: read_on '28.11.2026' is not a date"),
])
def test_article_damage(tmp_path, content, message):
    path = tmp_path / "article.csv"
    path.write_text(content)
    with pytest.raises(FiguresError) as info:
        datafiles.load_article(path)
    assert str(info.value).startswith("article.csv") and message in str(info.value)


def test_a_missing_data_file_in_the_project_is_named_by_its_project_path():
    with pytest.raises(datafiles.FiguresError) as info:
        datafiles.load_figures(ROOT / "data" / "no_such_file.csv")
    assert str(info.value) == "no_such_file.csv: file not found (data/no_such_file.csv)"
