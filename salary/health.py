"""`python -m salary.health`: load every data and strings file as the pages do; exit 0 with one line a file,
or 1 naming each file that cannot be used (path relative to the project), its row or key, and the problem.
The container's HEALTHCHECK and the Kubernetes probes run it, so a replica with damaged files leaves rotation."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from salary import datafiles, stringfiles
from salary.datafiles import FiguresError
from salary.files import shown_path


def _data_checks(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    """(file name, check) for every data file: each check loads the file and says what it holds."""
    from salary import net, sources

    rows = lambda n, what: f"{n} {what}"
    return [
        (datafiles.FIGURES_FILE, lambda: rows(len(datafiles.figure_rows(folder / datafiles.FIGURES_FILE)), "figures")),
        (datafiles.LEVELS_FILE, lambda: rows(len(datafiles.level_rows(folder / datafiles.LEVELS_FILE)), "levels")),
        (datafiles.ASSUMPTIONS_FILE,
         lambda: rows(len(datafiles.load_assumptions(folder / datafiles.ASSUMPTIONS_FILE)), "assumptions")),
        (datafiles.MINIMUM_WAGE_FILE,
         lambda: rows(len(datafiles.minimum_wage_rows(folder / datafiles.MINIMUM_WAGE_FILE)), "rates")),
        (datafiles.ARTICLE_FILE, lambda: str(datafiles.load_article(folder / datafiles.ARTICLE_FILE)["title"])[:60]),
        (sources.SOURCES_FILE, lambda: rows(len(sources.load_sources(folder / sources.SOURCES_FILE)), "figures")),
        (net.CONTRIBUTIONS_FILE,
         lambda: rows(len(net.load_rates(folder / net.CONTRIBUTIONS_FILE, net.CONTRIBUTION_KEYS).values), "rates")),
        (net.CAR_FILE, lambda: rows(len(net.load_rates(folder / net.CAR_FILE, net.CAR_KEYS).values), "rates")),
    ]


def _across(folder: Path) -> list[Callable[[], object]]:
    """The checks that read several data files together, as the pages do: the model's fit, the net pay rates."""
    from salary import model, net

    return [lambda: model.load_model(folder, dt.date.today()), lambda: net.load_data(folder)]


def _named(message: str, folder: Path, names: list[str]) -> str:
    """A loader's message ("figures.csv, row 3: ...") with the file's path as the project names it."""
    for name in names:
        if message.startswith(name):
            return shown_path(folder / name) + message[len(name):]
    return message


def check(data: Path | None = None, strings: Path | None = None) -> tuple[list[str], list[str]]:
    """(lines for the files that load, problems): every data file alone, then the checks across files (only
    when each of their files loaded), then the strings files alone and across languages."""
    data, strings = data or datafiles.data_dir(), strings or stringfiles.strings_dir()
    good, bad = [], []
    names = [name for name, _ in _data_checks(data)]
    for name, load in _data_checks(data):
        try:
            good.append(f"ok   {shown_path(data / name)}: {load()}")
        except FiguresError as exc:
            bad.append(_named(str(exc), data, names))
    if not bad:
        for load in _across(data):
            try:
                load()
            except FiguresError as exc:
                bad.append(_named(str(exc), data, names))
    loaded = {}
    for lang in stringfiles.LANGS:
        try:
            loaded[lang] = stringfiles.load_language(strings, lang)[0]
        except stringfiles.StringsError as exc:
            bad.append(str(exc))
            continue
        for path in stringfiles.files(strings):
            if path.name == f"{lang}.toml":
                good.append(f"ok   {shown_path(path, stringfiles.STRINGS_DIR_ENV)}: {len(loaded[lang])} keys "
                            f"with the Markdown files")
            elif path.parent.name == lang:
                good.append(f"ok   {shown_path(path, stringfiles.STRINGS_DIR_ENV)}")
    if len(loaded) == len(stringfiles.LANGS):
        try:
            stringfiles.load(strings)
        except stringfiles.StringsError as exc:
            bad.append(str(exc))
    return good, bad


def main() -> int:
    good, bad = check()
    for line in good:
        print(line)
    for line in bad:
        print(f"FAIL {line}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
