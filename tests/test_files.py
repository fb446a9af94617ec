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


def read(path, content: bytes) -> str:
    """The text read back, or the message of what is wrong."""
    path.write_bytes(content)
    try:
        return files.read_text(path, Damaged, "x.csv", "CSV")
    except Damaged as exc:
        return f"refused: {exc}"


@pytest.mark.parametrize(("content", "expected"), [
    (b"\xef\xbb\xbfa,b\n1,2\n", "a,b\n1,2\n"),  # a byte-order mark is dropped
    (b"a,b\n1,2\n\x00\x01", "refused: x.csv, line 3: not a text file (expected CSV)"),
    (b"a,b\n\xe9t\xe9\n", "refused: x.csv, line 2: not UTF-8 text (expected CSV)"),
    (b" \n\n", "refused: x.csv: file is empty"),
])
def test_the_text_or_what_is_wrong(tmp_path, content, expected):
    assert read(tmp_path / "x.csv", content) == expected


def test_a_missing_file_and_a_folder_name_their_place(tmp_path):
    with pytest.raises(Damaged, match=r"^x\.csv: file not found \(here\)$"):
        files.read_text(tmp_path / "x.csv", Damaged, "x.csv", "CSV", " (here)")
    with pytest.raises(Damaged, match=r"^x\.csv: is a folder, not a file$"):
        files.read_text(tmp_path, Damaged, "x.csv", "CSV")
