"""Published salary figures for key account managers in Germany from sources
other than the article (data/sources.csv): loaded and validated with the same
rules as the article's figures (salary.figures), and read as yearly amounts.

These figures are context only; the model never reads them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from salary import datafiles
from salary.datafiles import FiguresError, _number, _read_rows, data_dir

if TYPE_CHECKING:
    import pandas as pd

SOURCES_FILE = "sources.csv"
COLUMNS = (
    "source", "cited_by", "read_at", "url", "figure_date", "published", "measure",
    "scope_de", "scope_en", "low", "high", "unit", "note_de", "note_en",
)
# A single value (drawn as a point) or a range from low to high (drawn as a bar).
POINTS = ("mean", "median")
RANGES = ("band", "quartiles")
MEASURES = POINTS + RANGES
UNITS = {"EUR/year": "year", "EUR/month": "month"}
# A monthly figure is shown per year as this many months' pay.
MONTHS = 12
REQUIRED = ("source", "read_at", "url")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def sources_path() -> Path:
    return data_dir() / SOURCES_FILE


def _date(where: str, column: str, text: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD (a real date), or empty."""
    if text == "":
        return text
    if not DATE.fullmatch(text):
        raise FiguresError(f"{where}: {column} {text[:40]!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        dt.date(*parts[:3])
    except ValueError:
        raise FiguresError(f"{where}: {column} {text!r} is not a real date") from None
    return text


def load_sources(path: str | Path | None = None) -> pd.DataFrame:
    """The other sources' figures, one row a figure, validated.

    Columns as in data/README.md; low and high are floats as published (high
    is NaN unless the measure is a band or quartiles)."""

    path = Path(path) if path is not None else sources_path()
    records = []
    seen: dict[tuple, int] = {}
    for line, row in _read_rows(path, COLUMNS):
        where = f"{path.name}, row {line}"
        datafiles.require_text(where, row, REQUIRED)
        measure = row["measure"]
        if measure not in MEASURES:
            raise FiguresError(f"{where}: unknown measure {measure[:40]!r} (allowed: {', '.join(MEASURES)})")
        if row["unit"] not in UNITS:
            raise FiguresError(f"{where}: unknown unit {row['unit'][:40]!r} (allowed: {', '.join(UNITS)})")
        if bool(row["scope_de"]) != bool(row["scope_en"]):
            raise FiguresError(f"{where}: scope_de and scope_en must both be set or both be empty")
        if bool(row["note_de"]) != bool(row["note_en"]):
            raise FiguresError(f"{where}: note_de and note_en must both be set or both be empty")
        for column in ("figure_date", "published"):
            _date(where, column, row[column])
        low = _number(path, line, "low", row["low"], required=True)
        high = _number(path, line, "high", row["high"], required=measure in RANGES)
        if measure in POINTS and high == high:  # NaN unless set
            raise FiguresError(f"{where}: high is set, but measure {measure} has one value (only a range has two)")
        if low == 0:
            raise FiguresError(f"{where}: low is zero")
        if low > high:
            raise FiguresError(f"{where}: low {row['low']} is greater than high {row['high']}")
        key = (row["source"], row["scope_en"], row["figure_date"], row["published"], measure)
        if key in seen:
            raise FiguresError(f"{where}: duplicate figure {row['source']} {measure} (first in row {seen[key]})")
        seen[key] = line
        records.append({**row, "low": low, "high": high})
    return datafiles.frame(records, COLUMNS, path.name)


def _in_folder(folder: Path) -> pd.DataFrame:
    return load_sources(folder / SOURCES_FILE)


def default_sources() -> pd.DataFrame:
    """The figures in the data folder's sources.csv, read once per process."""
    return datafiles.load(_in_folder)


def per_year(row: dict, column: str = "low") -> float:
    """An amount of a row as EUR per year: a monthly figure times MONTHS."""
    value = row[column]
    return value * MONTHS if UNITS[row["unit"]] == "month" else value


def shown_date(row: dict) -> str:
    """The date a figure is shown with: the year or date it is for, else when
    the page it was read on was published, else empty (undated)."""
    return row["figure_date"] or row["published"]


def year(row: dict) -> int | None:
    date = shown_date(row)
    return int(date[:4]) if date else None


def group_key(row: dict) -> tuple:
    """Figures of one source about the same people at the same date share a chart row."""
    return row["source"], row["scope_en"], row["figure_date"], row["published"]


def groups(sources: pd.DataFrame) -> list[list[dict]]:
    """The rows grouped by group_key, in file order."""
    out: dict[tuple, list[dict]] = {}
    for r in sources.to_dict("records"):
        out.setdefault(group_key(r), []).append(r)
    return list(out.values())


def averages(sources: pd.DataFrame) -> list[dict]:
    """The means and medians for all key account managers (no narrower scope)."""
    return [r for r in sources.to_dict("records") if r["measure"] in POINTS and not r["scope_en"]]


def to_csv(sources: pd.DataFrame) -> str:
    """The figures as CSV text in the file's own column order (for downloads)."""
    return sources.to_csv(index=False, columns=list(COLUMNS), float_format="%.0f", lineterminator="\n")
