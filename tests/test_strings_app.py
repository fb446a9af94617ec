"""Pages with a damaged strings file: each shows the loader's message, naming the file and key or line in both
languages, never an exception or a server path; once the file is repaired, the page is back without a restart."""

import re

import pytest

from salary import datafiles, stringfiles
from tests.conftest import PAGES, ROOT, run_app, script
from tests.test_stringfiles import DAMAGE, DIR

FALLBACK_DE, FALLBACK_EN = (part.strip() for part in stringfiles.FALLBACK.split(": {message}")[0].split(" / "))


def shown_error(at) -> str:
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.error) == 1, [e.value for e in at.error]
    return at.error[0].value


@pytest.mark.parametrize("i", range(len(DAMAGE)), ids=[d[0] for d in DAMAGE])
def test_every_damage_shows_the_loaders_message(i, strings):
    _, damage, name, message = DAMAGE[i]
    damage(strings)
    page = PAGES[i % len(PAGES)]
    at = run_app(page, {"lang": "en"})
    shown = shown_error(at)
    assert FALLBACK_DE in shown and FALLBACK_EN in shown
    assert f"{DIR}/{name}" in shown and re.search(message, shown.split(f"{DIR}/{name}", 1)[1]), shown
    assert str(strings) not in shown and str(ROOT) not in shown
    assert not at.get("plotly_chart") and not at.metric


@pytest.mark.parametrize("page", PAGES)
def test_every_page_and_the_next_one_show_it(page, strings):
    (strings / "en.toml").write_text('"lang.de" = 5\n')
    at = run_app(page)
    assert shown_error(at).endswith(f"{DIR}/en.toml, line 1: key 'lang.de': int '5' is not text (put it in quotes)")
    other = PAGES[(PAGES.index(page) + 1) % len(PAGES)]
    at.switch_page(script(other)).run()
    assert f"{DIR}/en.toml, line 1" in shown_error(at)


def test_a_repaired_file_brings_the_page_back(strings):
    good = (strings / "de.toml").read_bytes()
    (strings / "de.toml").write_text("")
    assert f"{DIR}/de.toml: file is empty" in shown_error(run_app("overview"))
    (strings / "de.toml").write_bytes(good)
    at = run_app("overview")
    assert not at.exception and not at.error and len(at.metric) == 3


def test_a_missing_data_file_is_named_without_the_servers_path(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    shown = shown_error(run_app("estimator"))
    assert "figures.csv: file not found ($SALARY_DATA_DIR/figures.csv)" in shown and str(tmp_path) not in shown


def test_a_missing_data_file_in_the_project_is_named_by_its_project_path():
    with pytest.raises(datafiles.FiguresError) as info:
        datafiles.load_figures(ROOT / "data" / "no_such_file.csv")
    assert str(info.value) == "no_such_file.csv: file not found (data/no_such_file.csv)"
