"""salary/files.py: a path as a message shows it, and a file's text with what is wrong named."""

import pytest

from salary import files, stringfiles


class Damaged(Exception):
    pass


def test_paths_inside_the_project_are_relative(monkeypatch):
    monkeypatch.delenv(stringfiles.STRINGS_DIR_ENV, raising=False)
    assert files.shown_path(stringfiles.STRINGS_DIR / "de.toml") == "salary/strings/de.toml"
    assert files.shown_path("/somewhere/else/de.toml") == "de.toml"


def test_a_path_below_the_named_folder_is_shown_from_it(tmp_path, monkeypatch):
    monkeypatch.setenv("SOME_DIR", str(tmp_path))
    assert files.shown_path(tmp_path / "sub" / "a.csv", "SOME_DIR") == "$SOME_DIR/sub/a.csv"


@pytest.mark.parametrize(("content", "message"), [
    (b"\xef\xbb\xbfa,b\n1,2\n", None),  # a byte-order mark is dropped
    (b"a,b\n1,2\n\x00\x01", "x.csv, line 3: not a text file (expected CSV)"),
    (b"a,b\n\xe9t\xe9\n", "x.csv, line 2: not UTF-8 text (expected CSV)"),
    (b" \n\n", "x.csv: file is empty"),
])
def test_the_text_or_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    if message is None:
        assert files.read_text(path, Damaged, "x.csv", "CSV") == "a,b\n1,2\n"
    else:
        with pytest.raises(Damaged) as info:
            files.read_text(path, Damaged, "x.csv", "CSV")
        assert str(info.value) == message


def test_a_missing_file_and_a_folder_name_their_place(tmp_path):
    with pytest.raises(Damaged, match=r"^x\.csv: file not found \(here\)$"):
        files.read_text(tmp_path / "x.csv", Damaged, "x.csv", "CSV", " (here)")
    with pytest.raises(Damaged, match=r"^x\.csv: is a folder, not a file$"):
        files.read_text(tmp_path, Damaged, "x.csv", "CSV")
