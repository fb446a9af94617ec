"""`python -m salary.health`: every data and strings file loads (exit 0, one line a file), or each damaged file
is named with its row or key and the problem (exit 1), never by the server's absolute path."""

import os
import subprocess
import sys

import pytest

from salary import datafiles, health, stringfiles
from tests.conftest import ROOT, set_cell

DATA = "$" + datafiles.DATA_DIR_ENV
STRINGS = "$" + stringfiles.STRINGS_DIR_ENV
FILES = ["figures.csv", "levels.csv", "assumptions.csv", "minimum_wage.csv", "article.csv", "sources.csv",
         "contributions.csv", "company_car.csv"]


@pytest.fixture
def folders(data, strings, monkeypatch):
    """Copies of the data and strings folders, named by their environment variables, as the pages read them."""
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(data))
    return data, strings


def problems() -> list[str]:
    good, bad = health.check()
    return bad


def test_every_file_loads(folders):
    good, bad = health.check()
    assert bad == []
    assert [line.split()[1].rstrip(":") for line in good] == [f"{DATA}/{name}" for name in FILES] + [
        f"{STRINGS}/{path.relative_to(stringfiles.STRINGS_DIR).as_posix()}" for path in stringfiles.files(
            stringfiles.STRINGS_DIR)]


FILE_DAMAGE = [
    ("missing", lambda p: p.unlink(), "file not found"),
    ("empty", lambda p: p.write_text(""), "file is empty"),
    ("binary", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "not a text file"),
    ("utf-16", lambda p: p.write_bytes(p.read_text(encoding="utf-8").encode("utf-16")), "not a text file"),
    ("folder", lambda p: (p.unlink(), p.mkdir()), "is a folder, not a file"),
    ("header", lambda p: p.write_text("colour\nred\n"), "row 1 (header): missing column"),
]


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("damage, message", [d[1:] for d in FILE_DAMAGE], ids=[d[0] for d in FILE_DAMAGE])
def test_a_damaged_data_file_is_named(folders, name, damage, message):
    data, _ = folders
    damage(data / name)
    (problem,) = problems()
    assert problem.startswith(f"{DATA}/{name}") and message in problem, problem
    assert str(data) not in problem


CELLS = [
    ("figures.csv", 3, "low", "abc", "row 3: low 'abc' is not a number"),
    ("levels.csv", 2, "years_to", "x", "row 2: years_to 'x' is not a number"),
    ("assumptions.csv", 2, "value", "soon", "row 2: value 'soon' is not a number"),
    ("minimum_wage.csv", 2, "valid_from", "1.1.2024", "row 2: valid_from '1.1.2024' is not a date"),
    ("article.csv", 2, "url", "http://x.example", "row 2: url 'http://x.example' does not start with https://"),
    ("sources.csv", 2, "measure", "guess", "row 2: unknown measure 'guess'"),
    ("contributions.csv", 2, "value", "150", "row 2: value 150 is more than 100 percent"),
    ("company_car.csv", 2, "unit", "EUR", "row 2: unit 'EUR' for private_use_rate"),
]


@pytest.mark.parametrize("name, line, column, value, message", CELLS, ids=[c[0] for c in CELLS])
def test_a_damaged_row_is_named(folders, name, line, column, value, message):
    data, _ = folders
    set_cell(data / name, line, column, value)
    (problem,) = problems()
    assert problem.startswith(f"{DATA}/{name}, {message}"), problem


@pytest.mark.parametrize("name, where, column, value, message", [
    ("assumptions.csv", {"key": "plateau_years"}, "value", "5", "plateau_years 5 must lie after the last anchor"),
    ("figures.csv", {"key": "master"}, "low", "40000", "the master figure must not be below the bachelor figure"),
    ("contributions.csv", {"key": "health_ceiling"}, "value", "999999", "health_ceiling is above pension_ceiling"),
])
def test_files_that_disagree_are_named(folders, name, where, column, value, message):
    # Each file loads alone; the model's fit or the net pay rates refuse them together, as the pages would.
    data, _ = folders
    set_cell(data / name, where, column, value)
    (problem,) = problems()
    assert problem.startswith(f"{DATA}/{name}: ") and message in problem, problem


@pytest.mark.parametrize("damage, name, message", [
    (lambda s: (s / "de.toml").unlink(), "de.toml", ": file not found"),
    (lambda s: (s / "en.toml").write_text('"lang.de" = 5\n'), "en.toml",
     ", line 1: key 'lang.de': int '5' is not text"),
    (lambda s: (s / "de/overview.role.md").write_bytes(b"\xff\xfe"), "de/overview.role.md", ", line 1: not UTF-8"),
    (lambda s: (s / "en/overview.role.md").unlink(), "en/overview.role.md", ": key 'overview.role' is missing"),
])
def test_a_damaged_strings_file_is_named(folders, damage, name, message):
    _, strings = folders
    damage(strings)
    (problem,) = problems()
    assert problem.startswith(f"{STRINGS}/{name}{message}"), problem


def _cli(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "salary.health"], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=60)


def test_the_command_exits_0_with_a_line_a_file():
    done = _cli({datafiles.DATA_DIR_ENV: "", stringfiles.STRINGS_DIR_ENV: ""})
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[0] == "ok   data/figures.csv: 16 figures"
    assert "ok   salary/strings/de.toml: " in done.stdout and len(lines) == len(FILES) + len(stringfiles.files())
    assert all(line.startswith("ok   ") for line in lines)


def test_the_command_exits_1_naming_every_damaged_file(folders):
    data, strings = folders
    set_cell(data / "levels.csv", 3, "years_from", "-1")
    (strings / "de.toml").write_text((strings / "de.toml").read_text() + '"lang.de" = "Deutsch"\n')
    done = _cli({datafiles.DATA_DIR_ENV: str(data), stringfiles.STRINGS_DIR_ENV: str(strings)})
    assert done.returncode == 1, done.stdout + done.stderr
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAIL ")]
    added = len((ROOT / "salary/strings/de.toml").read_text().splitlines()) + 1
    assert failed == [f"FAIL {DATA}/levels.csv, row 3: years_from '-1' is negative",
                      f"FAIL {STRINGS}/de.toml, line {added}: key 'lang.de' is set twice (first in line 7)"]
    assert str(data) not in done.stdout and str(strings) not in done.stdout and str(ROOT) not in done.stdout
