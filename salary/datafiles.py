"""Load and validate the files in data/: the article's salary figures
(figures.csv), the years assumed per level (levels.csv), the model's other
assumptions (assumptions.csv) and the statutory minimum wage
(minimum_wage.csv). Every problem raises FiguresError naming the file, the row
and what is wrong; nothing half-loaded is returned. load() reads a file set
once per process.

The figure_rows, level_rows and minimum_wage_rows readers return plain rows
(dicts) and need no pandas: the model is fitted from them, so a page can draw
its first chart before pandas (a third of a second to import) is loaded. The
load_* functions return the same rows as DataFrames, for tables and downloads."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import os
import pickle
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from salary.files import DATA_DIR_ENV, ROOT, read_text, shown_path

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")
DATA_DIR = ROOT / "data"
DATA_DIR_TEXT = str(DATA_DIR)
FIGURES_FILE, LEVELS_FILE = "figures.csv", "levels.csv"
ASSUMPTIONS_FILE, MINIMUM_WAGE_FILE = "assumptions.csv", "minimum_wage.csv"
ARTICLE_FILE = "article.csv"
# Every file the model is fitted to (a change to any of them refits it).
MODEL_FILES = (FIGURES_FILE, LEVELS_FILE, ASSUMPTIONS_FILE, MINIMUM_WAGE_FILE, ARTICLE_FILE)


def data_dir() -> Path:
    """The data folder: $SALARY_DATA_DIR if set (tests point it at damaged
    copies), else the project's data/."""
    return Path(os.environ.get(DATA_DIR_ENV) or DATA_DIR)


def figures_path() -> Path:
    return data_dir() / FIGURES_FILE


def levels_path() -> Path:
    return data_dir() / LEVELS_FILE


FIGURE_COLUMNS = (
    "dimension", "key", "kind", "low", "high", "unit",
    "years_from", "years_to", "section", "label_de", "label_en",
)
LEVEL_COLUMNS = ("level", "years_from", "years_to")
ASSUMPTION_COLUMNS = ("key", "value", "unit", "note")
MINIMUM_WAGE_COLUMNS = ("valid_from", "eur_per_hour", "source")
ARTICLE_COLUMNS = ("title", "publisher", "url", "read_on")
# The model's own assumptions where the article is silent, and their units.
ASSUMPTIONS = {"plateau_years": "years", "hours_per_week": "hours", "weeks_per_year": "weeks",
               "degree_premium": "rule"}
# Assumptions whose value is one of a few rules (unit "rule"), not a number: the rules, the default first.
RULES = {"degree_premium": ("difference", "ratio")}

# The figures the model and the pages need, by dimension. A file may not add
# keys the code does not know, nor leave one out.
KEYS = {
    "overall": ("entry", "average", "top"),
    "level": ("junior", "experienced", "senior"),
    "degree": ("bachelor", "master"),
    "years": ("7-10", "over-10"),
    "industry": ("semiconductors", "software", "pharma", "advertising", "tourism", "hospitality"),
}
KINDS = ("point", "band", "from", "well_over")
UNITS = ("EUR/year",)


class FiguresError(Exception):
    """A data file cannot be used; the message names the file, row and problem."""


def _read_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows as (line number, {column: text}) after checking the header."""
    text = read_text(path, FiguresError, path.name, "UTF-8 CSV", f" ({shown_path(path)})")
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        lines = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise FiguresError(f"{path.name}: not a valid CSV file ({exc})") from None
    header = [h.strip() for h in lines[0][1]]
    missing = [c for c in columns if c not in header]
    if missing:
        raise FiguresError(f"{path.name}, row 1 (header): missing column {', '.join(missing)}")
    unknown = [c for c in header if c not in columns]
    if unknown:
        raise FiguresError(f"{path.name}, row 1 (header): unknown column {', '.join(unknown)}")
    if len(set(header)) != len(header):
        raise FiguresError(f"{path.name}, row 1 (header): a column appears twice")
    rows = []
    for line, cells in lines[1:]:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise FiguresError(
                f"{path.name}, row {line}: {len(cells)} cells, the header has {len(header)}"
            )
        rows.append((line, {h: c.strip() for h, c in zip(header, cells)}))
    if not rows:
        raise FiguresError(f"{path.name}: no data rows below the header")
    return rows


def _number(path: Path, line: int, column: str, text: str, *, required: bool) -> float:
    if text == "":
        if required:
            raise FiguresError(f"{path.name}, row {line}: {column} is empty")
        return math.nan
    try:
        value = float(text)
    except ValueError:
        raise FiguresError(f"{path.name}, row {line}: {column} {text[:40]!r} is not a number") from None
    if not math.isfinite(value):
        raise FiguresError(f"{path.name}, row {line}: {column} {text[:40]!r} is not a finite number")
    if value < 0:
        raise FiguresError(f"{path.name}, row {line}: {column} {text[:40]!r} is negative")
    return value


def _years(path: Path, line: int, column: str, text: str, *, required: bool) -> float:
    value = _number(path, line, column, text, required=required)
    if not math.isnan(value) and value != int(value):
        raise FiguresError(f"{path.name}, row {line}: {column} {text!r} is not a whole number of years")
    return value


def frame(rows: list[dict], columns: tuple[str, ...], source: str | None = None) -> pd.DataFrame:
    """A data file's rows as a DataFrame with these columns: attrs["source"] names the
    file (if given), attrs["digest"] its content, made once here (a page cache key)."""
    import pandas as pd

    table = pd.DataFrame.from_records(rows, columns=list(columns))
    if source is not None:
        table.attrs["source"] = source
    table.attrs["digest"] = hashlib.blake2b(pickle.dumps(table, protocol=5), digest_size=16).hexdigest()
    table.attrs["digest_of"] = id(table)  # a table derived from it copies attrs, but is another object
    return table


def load_figures(path: str | Path | None = None) -> pd.DataFrame:
    """The article's figures, one row a figure, validated.

    Columns as in data/README.md; low and high are floats (high is NaN unless
    the kind is "band"), years_from and years_to floats or NaN."""
    path = Path(path) if path is not None else figures_path()
    return frame(figure_rows(path), FIGURE_COLUMNS, path.name)


def figure_rows(path: Path) -> list[dict]:
    """load_figures() as a list of rows."""
    records = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in _read_rows(path, FIGURE_COLUMNS):
        where = f"{path.name}, row {line}"
        dim, key, kind = row["dimension"], row["key"], row["kind"]
        if dim not in KEYS:
            raise FiguresError(f"{where}: unknown dimension {dim[:40]!r} (allowed: {', '.join(KEYS)})")
        if key not in KEYS[dim]:
            raise FiguresError(
                f"{where}: unknown key {key[:40]!r} for dimension {dim} (allowed: {', '.join(KEYS[dim])})"
            )
        if kind not in KINDS:
            raise FiguresError(f"{where}: unknown kind {kind[:40]!r} (allowed: {', '.join(KINDS)})")
        if (dim, key) in seen:
            raise FiguresError(f"{where}: duplicate figure {dim}/{key} (first in row {seen[dim, key]})")
        seen[dim, key] = line
        if row["unit"] not in UNITS:
            raise FiguresError(f"{where}: unknown unit {row['unit'][:40]!r} (allowed: {', '.join(UNITS)})")
        low = _number(path, line, "low", row["low"], required=True)
        high = _number(path, line, "high", row["high"], required=kind == "band")
        if kind != "band" and not math.isnan(high):
            raise FiguresError(f"{where}: high is set, but kind {kind} has one value (only a band has two)")
        if low > high:
            raise FiguresError(f"{where}: low {row['low']} is greater than high {row['high']}")
        years_from = _years(path, line, "years_from", row["years_from"], required=dim == "years")
        years_to = _years(path, line, "years_to", row["years_to"], required=False)
        if years_from > years_to:
            raise FiguresError(f"{where}: years_from {row['years_from']} is greater than years_to {row['years_to']}")
        for column in ("section", "label_de", "label_en"):
            if not row[column]:
                raise FiguresError(f"{where}: {column} is empty")
        records.append({
            **row, "low": low, "high": high, "years_from": years_from, "years_to": years_to,
        })
    for dim, keys in KEYS.items():
        for key in keys:
            if (dim, key) not in seen:
                raise FiguresError(f"{path.name}: missing figure {dim}/{key}")
    return records


def load_levels(path: str | Path | None = None) -> pd.DataFrame:
    """The years of experience the model assumes for each level of the article."""
    path = Path(path) if path is not None else levels_path()
    return frame(level_rows(path), LEVEL_COLUMNS)


def level_rows(path: Path) -> list[dict]:
    """load_levels() as a list of rows."""
    records = []
    seen: dict[str, int] = {}
    for line, row in _read_rows(path, LEVEL_COLUMNS):
        where = f"{path.name}, row {line}"
        level = row["level"]
        if level not in KEYS["level"]:
            raise FiguresError(f"{where}: unknown level {level[:40]!r} (allowed: {', '.join(KEYS['level'])})")
        if level in seen:
            raise FiguresError(f"{where}: duplicate level {level} (first in row {seen[level]})")
        seen[level] = line
        years_from = _years(path, line, "years_from", row["years_from"], required=True)
        years_to = _years(path, line, "years_to", row["years_to"], required=True)
        if years_from > years_to:
            raise FiguresError(f"{where}: years_from {row['years_from']} is greater than years_to {row['years_to']}")
        records.append({"level": level, "years_from": years_from, "years_to": years_to})
    for level in KEYS["level"]:
        if level not in seen:
            raise FiguresError(f"{path.name}: missing level {level}")
    return records


def keyed_values(path: Path, columns: tuple[str, ...], units: dict[str, str],
                 check: Callable[[str, float, dict, str], None] | None = None,
                 rules: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, float | str, dict]]:
    """(key, value, row) of a file with one row a key: every key of `units`
    exactly once, in its unit, with a number as its value (a key of `rules`:
    one of its rules, as text); check(key, value, row, where) raises for
    anything else wrong with a row that holds a number."""
    out = []
    seen: dict[str, int] = {}
    for line, row in _read_rows(path, columns):
        where = f"{path.name}, row {line}"
        key = row["key"]
        if key not in units:
            raise FiguresError(f"{where}: unknown key {key[:40]!r} (allowed: {', '.join(units)})")
        if key in seen:
            raise FiguresError(f"{where}: duplicate key {key} (first in row {seen[key]})")
        seen[key] = line
        if row["unit"] != units[key]:
            raise FiguresError(f"{where}: unit {row['unit'][:40]!r} for {key} (expected {units[key]})")
        if rules and key in rules:
            if row["value"] not in rules[key]:
                raise FiguresError(f"{where}: value {row['value'][:40]!r} for {key} is not a rule "
                                   f"(allowed: {', '.join(rules[key])})")
            out.append((key, row["value"], row))
            continue
        value = _number(path, line, "value", row["value"], required=True)
        if check is not None:
            check(key, value, row, where)
        out.append((key, value, row))
    for key in units:
        if key not in seen:
            raise FiguresError(f"{path.name}: missing key {key}")
    return out


def load_assumptions(path: str | Path | None = None) -> dict[str, float | str]:
    """The model's assumptions (data/assumptions.csv) as {key: value}: a number
    above 0, or for a key of RULES one of its rules."""
    path = Path(path) if path is not None else data_dir() / ASSUMPTIONS_FILE
    def above_zero(key: str, value: float, row: dict, where: str) -> None:
        if value <= 0:
            raise FiguresError(f"{where}: value {row['value']!r} for {key} must be above 0")

    return {key: value for key, value, _ in keyed_values(path, ASSUMPTION_COLUMNS, ASSUMPTIONS, above_zero, RULES)}


def load_minimum_wage(path: str | Path | None = None) -> pd.DataFrame:
    """The statutory minimum wage per hour from each date on (data/minimum_wage.csv),
    in date order; columns valid_from (datetime.date), eur_per_hour, source."""
    path = Path(path) if path is not None else data_dir() / MINIMUM_WAGE_FILE
    return frame(minimum_wage_rows(path), MINIMUM_WAGE_COLUMNS)


def minimum_wage_rows(path: Path) -> list[dict]:
    """load_minimum_wage() as a list of rows."""
    records = []
    for line, row in _read_rows(path, MINIMUM_WAGE_COLUMNS):
        where = f"{path.name}, row {line}"
        try:
            valid_from = dt.date.fromisoformat(row["valid_from"])
        except ValueError:
            raise FiguresError(
                f"{where}: valid_from {row['valid_from'][:40]!r} is not a date (expected YYYY-MM-DD)") from None
        if records and valid_from <= records[-1]["valid_from"]:
            raise FiguresError(f"{where}: valid_from {row['valid_from']} is not after the row above")
        wage = _number(path, line, "eur_per_hour", row["eur_per_hour"], required=True)
        if wage <= 0:
            raise FiguresError(f"{where}: eur_per_hour {row['eur_per_hour']!r} must be above 0")
        if not row["source"]:
            raise FiguresError(f"{where}: source is empty")
        records.append({"valid_from": valid_from, "eur_per_hour": wage, "source": row["source"]})
    return records


def require_text(where: str, row: dict[str, str], columns: tuple[str, ...]) -> None:
    """Each of these columns is filled in, and a `url` among them is an https:// address."""
    for column in columns:
        if not row[column]:
            raise FiguresError(f"{where}: {column} is empty")
    if "url" in columns and not row["url"].startswith("https://"):
        raise FiguresError(f"{where}: url {row['url'][:40]!r} does not start with https://")


def load_article(path: str | Path | None = None) -> dict[str, object]:
    """The article the figures come from (data/article.csv): title, publisher,
    address and the day its figures were read (a datetime.date)."""
    path = Path(path) if path is not None else data_dir() / ARTICLE_FILE
    rows = _read_rows(path, ARTICLE_COLUMNS)
    if len(rows) != 1:
        raise FiguresError(f"{path.name}: {len(rows)} rows; one row describes the article")
    line, row = rows[0]
    where = f"{path.name}, row {line}"
    require_text(where, row, ARTICLE_COLUMNS)
    try:
        read_on = dt.date.fromisoformat(row["read_on"])
    except ValueError:
        raise FiguresError(f"{where}: read_on {row['read_on'][:40]!r} is not a date (expected YYYY-MM-DD)") from None
    return {**row, "read_on": read_on}


def value(figures: pd.DataFrame, dimension: str, key: str) -> float:
    """The low (or only) value of one figure."""
    return float(row(figures, dimension, key)["low"])


def row(figures: pd.DataFrame, dimension: str, key: str) -> pd.Series:
    """One figure's row."""
    return figures.loc[(figures["dimension"] == dimension) & (figures["key"] == key)].iloc[0]


def to_csv(figures: pd.DataFrame) -> str:
    """The figures as CSV text in the file's own column order (for downloads)."""
    return figures.to_csv(index=False, columns=list(FIGURE_COLUMNS), float_format="%.0f", lineterminator="\n")


@lru_cache(maxsize=16)
def _loaded(loader: Callable, folder: str, args: tuple):
    return loader(Path(folder), *args)


def load(loader: Callable[..., T], *args) -> T:
    """loader(data folder, *args), read once per process for each folder and
    arguments: the data layer's cache (the pages cache what they build from it
    in salary/ui/cache.py)."""
    return _loaded(loader, str(data_dir()), args)


def reload() -> None:
    """Forget what load() has read, so that the next call reads the files again
    (after a data file was edited in a running process)."""
    _loaded.cache_clear()
