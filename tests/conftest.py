"""Shared helpers of the test suites, in one place: a copy of the data files
and of the strings, and one CSV cell editor for the damage tests; running the app on a page with a
query string; plotly specs read back as plain lists; the files a user downloads,
as a click would deliver them; every string a page shows; and the words that
belong to one language only."""

import base64
import csv
import importlib.metadata
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings
from streamlit.testing.v1 import AppTest

# Shared CI machines stall now and then; a slow example is not a failure.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

ROOT = Path(__file__).resolve().parents[1]


class _ReadOnce:
    """An installed package whose metadata is read once: each new AppTest looks through
    every installed package's metadata for Streamlit components, most of a short page's run."""

    def __init__(self, dist: importlib.metadata.Distribution) -> None:
        self._dist, self.name, self.metadata = dist, dist.name, dist.metadata

    def __getattr__(self, name: str):
        return getattr(self._dist, name)


@pytest.fixture(autouse=True, scope="session")
def _installed_packages_read_once():
    """The installed packages do not change during a run: importlib.metadata.distributions()
    answers from one reading of them, for every AppTest the run makes."""
    installed = [_ReadOnce(dist) for dist in importlib.metadata.distributions()]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importlib.metadata, "distributions", lambda **kwargs: iter(installed) if not kwargs
                      else importlib.metadata.Distribution.discover(**kwargs))
        yield
PAGES = ("overview", "experience", "degree", "industry", "sources", "estimator", "methodology")


def script(page: str) -> str:
    """A page's script, relative to the project: the overview is app.py, the others pages/<page>.py."""
    return "app.py" if page == "overview" else f"pages/{page}.py"


def copy_data(folder: Path) -> Path:
    """A copy of every data file in `folder`, for tests that damage or change one."""
    for path in (ROOT / "data").glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture
def data(tmp_path) -> Path:
    """A folder holding a copy of every data file."""
    return copy_data(tmp_path)


def copy_strings(folder: Path) -> Path:
    """A copy of the strings folder (salary/strings) as `folder`, for tests that damage a strings file."""
    import shutil

    shutil.copytree(ROOT / "salary" / "strings", folder)
    return folder


@pytest.fixture
def strings(tmp_path, monkeypatch) -> Path:
    """A copy of the strings folder, named by $SALARY_STRINGS_DIR (messages name its files from there)."""
    from salary import stringfiles

    folder = copy_strings(tmp_path / "strings")
    monkeypatch.setenv(stringfiles.STRINGS_DIR_ENV, str(folder))
    return folder


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def write_lines(path: Path, rows: list[str]) -> None:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def set_cell(path: Path, where: int | dict, column: str, value: str) -> None:
    """Write `value` into one cell of a CSV file: the row on file line `where`
    (the header is line 1), or the one row whose cells match the dict `where`."""
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    header = rows[0]
    if isinstance(where, int):
        index = where - 1
    else:
        (index,) = [i for i, r in enumerate(rows[1:], 1) if all(r[header.index(k)] == v for k, v in where.items())]
    rows[index][header.index(column)] = value
    with open(path, "w", encoding="utf-8", newline="") as file:
        csv.writer(file, lineterminator="\n").writerows(rows)


def rows_changed(change):
    """A damage: the file's lines (header first) replaced by change(lines)."""
    return lambda path: write_lines(path, change(lines(path)))


def columns_changed(change):
    """A damage: the file read as a table of text, changed by change(frame) and written back."""
    import pandas as pd

    return lambda path: change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)


def csv_damage(name: str, header: str) -> list[tuple]:
    """(damage, message) for what every CSV loader refuses, for the data file `name` whose header
    starts with `header` (two columns): the file gone, empty or blank, not text (NUL bytes), not
    UTF-8 (named by its line), not CSV, without data rows, a column missing or unknown."""
    at = re.escape(name)
    return [
        (lambda p: p.unlink(), "file not found"),
        (lambda p: p.write_text(""), "file is empty"),
        (lambda p: p.write_text("  \n\n"), "file is empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary"), "not a text file"),
        (lambda p: p.write_bytes(f"{header}\n".encode("utf-16")), "not a text file"),
        (lambda p: p.write_bytes(f"{header}\n".encode() + b"\xff\xfe\xfa"),
         rf"{at}, line 2: not UTF-8 text \(expected UTF-8 CSV\)"),
        (lambda p: p.write_text(header.replace(",", ',"') + "\nx\n"), "not a valid CSV file"),
        (rows_changed(lambda rows: rows[:1]), "no data rows"),
        (columns_changed(lambda f: f.drop(columns=["unit"])), rf"{at}, row 1 \(header\): missing column unit"),
        (columns_changed(lambda f: f.assign(colour="red")), rf"{at}, row 1 \(header\): unknown column colour"),
    ]


def shipped_lines(name: str) -> int:
    """How many lines the shipped data file `name` has, its header included."""
    return len(lines(ROOT / "data" / name))


def cell_setter(column: str, value: str, where: int | dict = 3):
    """set_cell as a damage: a function of the file's path."""
    return lambda path: set_cell(path, where, column, value)


def refused(load, path: Path, message: str) -> None:
    """load(path) refuses the file with a FiguresError that starts with the file's
    name and matches `message` (a regular expression)."""
    from salary.datafiles import FiguresError

    with pytest.raises(FiguresError, match=message) as info:
        load(path)
    assert str(info.value).startswith(path.name), str(info.value)


def assert_same_rows(shipped: list[dict], source: list[dict], numeric: tuple[str, ...], name: str) -> None:
    """A downloaded CSV (rows as dicts) holds the data file's rows, columns and
    values in order; `numeric` columns compared as numbers, rows named by `name`."""
    assert len(shipped) == len(source)
    assert list(shipped[0]) == list(source[0])
    for got, want in zip(shipped, source):
        for column, value in want.items():
            if column in numeric and value:
                assert float(got[column]) == float(value), (want[name], column)
            else:
                assert got[column] == value, (want[name], column)


def file_rows(name: str) -> list[dict]:
    """A data file's rows as the CSV module reads them, apart from the code under test."""
    with open(ROOT / "data" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def floor_today() -> float:
    """Full-time pay a year at today's minimum wage (data/minimum_wage.csv): 40 hours a week, 52 weeks."""
    import datetime as dt

    rows = [r for r in file_rows("minimum_wage.csv") if dt.date.fromisoformat(r["valid_from"]) <= dt.date.today()]
    return float(rows[-1]["eur_per_hour"]) * 40 * 52


def to_100(value: float) -> float:
    """Rounded to 100 EUR, halves up."""
    return math.floor(value / 100 + 0.5) * 100


def percentile_from_quantiles(low: float, high: float, salary: float) -> float:
    """Where a salary stands in the log-normal whose 25th and 75th percentiles are low and high."""
    from statistics import NormalDist

    z = NormalDist().inv_cdf(0.75)
    mu, sigma = (math.log(low) + math.log(high)) / 2, (math.log(high) - math.log(low)) / (2 * z)
    return NormalDist(mu, sigma).cdf(math.log(salary)) * 100


def source_rows(path: Path | None = None) -> list[dict]:
    """The sources file (data/sources.csv or `path`) as the csv module reads it: the reference
    the loader, the chart and the page are checked against."""
    with open(path or ROOT / "data" / "sources.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def per_year(row: dict, column: str = "low") -> float:
    """A raw row's amount per year: a monthly figure times twelve."""
    return float(row[column]) * (12 if row["unit"] == "EUR/month" else 1)


def run_app(page: str = "overview", query: dict | None = None) -> AppTest:
    """app.py on `page`, with `query` as the URL's query parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if page != "overview":
        # Page url paths equal the file names, so the page can be opened directly,
        # as a share link does.
        at.switch_page(script(page))
    return at.run()


_OPENED: dict[tuple, AppTest] = {}


def opened(page: str = "overview", query: dict | None = None) -> AppTest:
    """run_app(page, query), run once for all the tests that only read that page as it opens
    (none may set a widget, change the session state or run it again); with the shipped data only."""
    key = (page, tuple(sorted((query or {}).items())))
    if key not in _OPENED:
        _OPENED[key] = run_app(page, query)
    return _OPENED[key]


def blocks(markdown: str) -> list[tuple[str, dict[str, str]]]:
    """A table shown as one block per row (a Markdown list: "- **first cell**", then
    "    - header: cell") read back: (first cell, {header: cell}) a row, markup removed."""
    plain = lambda s: re.sub(r"\\(.)", r"\1", s)  # noqa: E731
    rows = []
    for line in markdown.splitlines():
        if line.startswith("- **") and line.endswith("**"):
            rows.append((plain(line[4:-2]), {}))
        elif line.startswith("    - "):
            header, _, cell = line[6:].partition(": ")
            rows[-1][1][plain(header)] = plain(cell)
        elif line.strip():
            raise AssertionError(f"not a line of a block: {line!r}")
    return rows


_BLOCK_LINE = re.compile(r"- \*\*.*\*\*|    - [^:]+: .*")


def listed(at: AppTest) -> list[list[tuple[str, dict[str, str]]]]:
    """Every table the page shows as blocks, in page order."""
    return [blocks(m.value) for m in at.markdown
            if m.value.startswith("- **") and all(_BLOCK_LINE.fullmatch(line) for line in m.value.splitlines())]


def values(v):
    """A plotly data array as a list (plotly writes numpy arrays as base64 typed arrays)."""
    if isinstance(v, dict) and "bdata" in v:
        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"])).tolist()
    return list(v)


def specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def label(text: str) -> str:
    return text.replace("<br>", " ")


def k(name: str, lang: str = "de") -> str:
    """The key of the estimator's widget for field `name` in `lang` (salary.ui.state.key)."""
    from salary.ui.state import key

    return key(name, lang)


def control(widgets, name: str, lang: str = "de"):
    """The estimator's widget for field (or control) `name` in `lang` among `widgets` (at.slider,
    at.selectbox, ...), whatever moves the state has made of it (salary.ui.state.control_of)."""
    from salary.ui.state import control_of

    wanted = k(name, lang)
    for widget in widgets:
        if widget.key is not None and control_of(widget.key) == wanted:
            return widget
    raise KeyError(f"no widget of {wanted!r} (there are: {', '.join(str(w.key) for w in widgets)})")


def estimator_state(at: AppTest):
    """The estimator's state in the AppTest session (salary.state.EstimatorState)."""
    from salary.ui.state import _STATE

    return at.session_state[_STATE]


def metric_values(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def assert_clean(at: AppTest) -> None:
    """No exception and no error element on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.fixture
def app():
    return run_app


def downloaded(at: AppTest, fmt: str) -> str:
    """What the estimator's download button `fmt` (csv, json) delivers after this run: the
    page builds it with report.request from its state, which this reads from the session
    (the files as a browser saves them: tests/e2e/test_downloads.py)."""
    from salary import model, report

    assert [b for b in at.get("download_button") if b.proto.id.endswith(f"download_{fmt}")]
    record = report.build(report.request(model.default_model(), estimator_state(at)))
    return report.to_csv(record) if fmt == "csv" else report.to_json(record)


# -- what a page shows ------------------------------------------------------------
def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


# The fields of Streamlit's element messages that hold text a reader sees
# (not ids, keys, page names or enum values).
SHOWN_FIELDS = ("body", "label", "help", "options", "placeholder", "caption", "delta", "formattedValue",
                "default")


def shown_strings(at: AppTest) -> list[str]:
    """Every string the page shows: each element's text, label, help and
    options; each table's headers and cells; each chart's titles, axis titles,
    tick and category labels, annotations, legend names and hover texts."""
    from google.protobuf.json_format import MessageToDict

    out: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        kind = getattr(node, "type", "")
        if kind == "plotly_chart":
            spec = json.loads(proto.spec)
            layout = spec["layout"]
            out.extend(_strings(layout.get("title", {}).get("text")))
            for axis in (layout[k] for k in layout if k.startswith(("xaxis", "yaxis"))):
                out.extend(_strings([axis.get("title", {}).get("text"), axis.get("ticktext"),
                                     axis.get("categoryarray")]))
            out.extend(_strings([a.get("text") for a in layout.get("annotations", [])]))
            for trace in spec["data"]:
                for k in ("name", "text", "hovertext", "customdata", "hovertemplate", "x", "y", "labels"):
                    if k in trace and not (isinstance(trace[k], dict) and "bdata" in trace[k]):
                        out.extend(_strings(trace[k]))
        elif kind in ("table", "dataframe"):
            frame = node.value
            out.extend(str(c) for c in frame.columns)
            out.extend(str(v) for v in frame.astype(str).to_numpy().ravel())
        elif proto is not None and hasattr(proto, "DESCRIPTOR"):
            fields = MessageToDict(proto)
            out.extend(_strings([fields.get(k) for k in SHOWN_FIELDS]))
        for child in getattr(node, "children", {}).values():
            walk(child)

    for root in (at.main, at.sidebar):  # the page and its menu
        walk(root)
    return out


WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")


# Not words of a language: {placeholders}, markup, link targets, icons, and the
# ids a page names as ids (`parameter`, "link parameter x", "allowed: a, b", file names).
NOT_WORDS = re.compile(r"\{[a-z_]*\}|<[^>]*>|\]\([^)]*\)|https?://\S+|:material/\w+:|`[^`]*`"
                       r"|(?:Link-Parameter|link parameter) [\w-]+|(?:erlaubt|allowed): [^).]*|[\w/-]+\.csv")


def words(strings) -> set[str]:
    """The words (three letters or more) of these strings, in lower case."""
    found: set[str] = set()
    for value in strings:
        value = NOT_WORDS.sub(" ", value)
        found |= {w.lower() for w in WORD.findall(value)}
    return found


def _neutral_words() -> set[str]:
    """Words shown in both languages by design: names, titles and legal sources
    in the data files, which no page translates."""
    from salary import datafiles, net, sources

    strings: list[str] = []
    frame = sources.load_sources()
    for column in frame.columns:
        if not column.endswith(("_de", "_en")):
            strings += [str(v) for v in frame[column]]
    # The figure ids the methodology table shows as ids.
    strings += [str(v) for v in datafiles.load_figures()["key"]]
    strings += [str(v) for v in datafiles.load_figures()["section"]]
    strings += [str(v) for v in datafiles.load_minimum_wage()["source"]]
    rates = net.data()
    strings += [str(v) for v in rates.contributions.rows["source"]] + [str(v) for v in rates.car.rows["source"]]
    from salary import text

    # Named in both languages at once: the language switch and the browser tab's title.
    strings += [text.t("lang.switch", "de"), text.t("app.page_title", "de")]
    return words(strings)


# Words the strings of both languages use on purpose: the Länder and the article's title,
# formats, names and loanwords. A word found in both catalogues that is not here fails
# tests/pages/test_every_page.py: a German word in en.toml ("Pflegeversicherung (employee)") cannot hide
# by standing in both.
SHARED = frozenset({
    "anhalt", "aufgaben", "baden", "bedeutung", "berlin", "bmf", "brandenburg", "bremen", "csv", "dashboard",
    "data", "detail", "details", "deutsch", "english", "hamburg", "holstein", "hybrid", "jobs", "json", "link",
    "log", "management", "mecklenburg", "median", "medians", "midijob", "minus", "parameter", "plus",
    "programmablaufplan", "region", "rest", "saarland", "schleswig", "variable", "württemberg",
})
# Common words of each language beside its catalogue's, so a sentence in the wrong language is
# caught even where it uses no word of the catalogue.
COMMON = {
    "de": {"und", "oder", "nicht", "mit", "für", "eine", "einer", "ist", "sind", "sie", "ihr", "ihre", "wird",
           "werden", "auch", "nach", "bei", "vom", "zum", "zur", "über", "unter", "jahr", "jahre", "monat",
           "gehalt", "netto", "brutto", "steuer", "beitrag", "kinder", "branche", "abschluss"},
    "en": {"and", "or", "not", "with", "for", "the", "is", "are", "you", "your", "will", "be", "also", "after",
           "from", "over", "under", "year", "years", "month", "salary", "net", "gross", "tax", "children",
           "industry", "degree"},
}


def catalogue_words(lang: str) -> set[str]:
    from salary import text

    return words(text.TEXT[lang].values())


@lru_cache(maxsize=2)
def only_in(lang: str) -> frozenset[str]:
    """The words of `lang`: its catalogue's and its common words, less the words both
    languages use on purpose (SHARED), the names and titles shown in both, and homographs."""
    return frozenset((catalogue_words(lang) | COMMON[lang]) - SHARED - _neutral_words() - HOMOGRAPHS)


# Words written the same in German and English (German "Kind", child; "private").
HOMOGRAPHS = {"kind", "private", "also", "hat", "die", "war", "will", "bald", "rate"}
