"""The strings loader (salary/stringfiles.py) refuses every kind of damage to a strings file with one
StringsError that names the file (never by its absolute path), the key or line, and the problem."""

import re

import pytest

from salary import datafiles, stringfiles
from salary.stringfiles import StringsError
from tests.strings_damage import DAMAGE, DE, DIR


@pytest.mark.parametrize("damage, name, message", [d[1:] for d in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_damage_is_named(strings, damage, name, message):
    damage(strings)
    with pytest.raises(StringsError) as info:
        stringfiles.load(strings)
    shown = str(info.value)
    assert shown.startswith(f"{DIR}/{name}"), shown
    assert re.search(message, shown[len(f"{DIR}/{name}"):]), shown
    assert str(strings) not in shown and "/tmp" not in shown


def test_the_shipped_strings_load():
    loaded = stringfiles.load()
    assert set(loaded) == set(stringfiles.LANGS) and loaded["de"].keys() == loaded["en"].keys()
    assert loaded["de"]["lang.de"] == "Deutsch" and loaded["en"]["overview.role"].strip()


def test_a_strings_error_is_a_data_error():
    # The pages and the health check treat both alike.
    assert issubclass(StringsError, datafiles.FiguresError)


def test_damage_without_the_environment_names_the_file_only(strings, monkeypatch):
    monkeypatch.delenv(stringfiles.STRINGS_DIR_ENV)
    (strings / DE).write_text("")
    with pytest.raises(StringsError, match=r"^de\.toml: file is empty$"):
        stringfiles.load(strings)
