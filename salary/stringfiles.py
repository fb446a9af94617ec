"""Load and validate the UI strings (salary/strings/<lang>.toml, long prose in <lang>/<key>.md) as the data
files are: every problem raises StringsError naming the file (relative to the project), the key or line, and
what is wrong; nothing half-loaded is returned."""

from __future__ import annotations

import os
import re
import string
import tomllib
from pathlib import Path

from salary.datafiles import FiguresError
from salary.files import read_text, shown_path

STRINGS_DIR = Path(__file__).with_name("strings")
STRINGS_DIR_ENV = "SALARY_STRINGS_DIR"
LANGS = ("de", "en")  # the first is the default and the reference for the others' keys and placeholders
# Shown when the strings themselves cannot be loaded, so in both languages and not from a file.
FALLBACK_TITLE = "KAM · Gehalt / Salary"
FALLBACK = ("Die Texte der Seite konnten nicht geladen werden / The page's texts could not be loaded: {message}")


class StringsError(FiguresError):
    """A strings file cannot be used; the message names the file, key or line, and problem."""


def strings_dir() -> Path:
    """The strings folder: $SALARY_STRINGS_DIR if set (tests point it at damaged copies), else salary/strings/."""
    return Path(os.environ.get(STRINGS_DIR_ENV) or STRINGS_DIR)


def _shown(path: Path) -> str:
    return shown_path(path, STRINGS_DIR_ENV)


def _text(path: Path, what: str) -> str:
    return read_text(path, StringsError, _shown(path), what)


def _line_of(text: str, key: str) -> int | None:
    """The line that sets `key` ("key" = ... or key = ...), if one does."""
    quoted = re.escape(key)
    pattern = re.compile(rf"^[ \t]*(\[[ \t]*)?(\"{quoted}\"|'{quoted}'|{quoted})\s*[=.\]]", re.MULTILINE)
    found = pattern.search(text)
    return text[:found.start()].count("\n") + 1 if found else None


def _where(name: str, text: str, key: str) -> str:
    line = _line_of(text, key)
    return f"{name}, line {line}: key {key!r}" if line else f"{name}: key {key!r}"


def placeholders(value: str, where: str) -> set[str]:
    """The {names} a value asks for; StringsError for a brace left open or a placeholder the code cannot fill
    by name ({}, {0}, {a.b}, {a[0]})."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(value) if f is not None]
    except ValueError as exc:
        raise StringsError(f"{where}: a brace is not matched ({exc}; write {{{{ or }}}} for a brace itself)") \
            from None
    bad = [f for f in fields if not f.isidentifier()]
    if bad:
        raise StringsError(f"{where}: placeholder {{{bad[0]}}} is not a name (the code fills in names only)")
    return set(fields)


def load_language(folder: Path, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(strings, {key: where it is set}) of one language: <lang>.toml plus <lang>/<key>.md, validated alone."""
    path = folder / f"{lang}.toml"
    name = _shown(path)
    text = _text(path, "TOML")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\(at line (\d+), column \d+\)", message)
        problem = re.sub(r"\s*\(at .*\)$", "", message)
        if at and "overwrite" in problem:
            line = text.splitlines()[int(at.group(1)) - 1] if int(at.group(1)) <= len(text.splitlines()) else ""
            key = line.split("=", 1)[0].strip().strip("\"'")
            first = _line_of(text, key)
            raise StringsError(f"{name}, line {at.group(1)}: key {key!r} is set twice (first in line {first})") \
                from None
        place = f", line {at.group(1)}" if at else ""
        raise StringsError(f"{name}{place}: not valid TOML ({problem})") from None
    strings, origin = {}, {}
    for key, value in table.items():
        where = _where(name, text, key)
        if isinstance(value, dict):
            raise StringsError(f"{where}: is a table, not text (write the key in quotes: \"{key}\" = \"...\")")
        if not isinstance(value, str):
            raise StringsError(f"{where}: {type(value).__name__} {str(value)[:40]!r} is not text (put it in quotes)")
        if not value.strip():
            raise StringsError(f"{where}: is empty")
        placeholders(value, where)
        strings[key], origin[key] = value, where
    for md in sorted((folder / lang).glob("*.md")):
        md_name = _shown(md)
        if md.stem in strings:
            raise StringsError(f"{md_name}: key {md.stem!r} is set in {name} too ({origin[md.stem]})")
        value = _text(md, "Markdown").rstrip("\n")
        where = f"{md_name}: key {md.stem!r}"
        placeholders(value, where)
        strings[md.stem], origin[md.stem] = value, where
    return strings, origin


def load(folder: Path | None = None) -> dict[str, dict[str, str]]:
    """Every language's strings from `folder` (default: strings_dir()), checked against each other: the same
    keys in every language, and the same placeholders in each key."""
    folder = folder or strings_dir()
    loaded = {lang: load_language(folder, lang) for lang in LANGS}
    first = LANGS[0]

    def expected_in(lang: str, key: str, origin: str) -> str:
        """The file that should set `key` in `lang`: a Markdown file if the other language writes it in one."""
        in_markdown = origin.split(": key ")[0].endswith(".md")
        return _shown(folder / lang / f"{key}.md") if in_markdown else _shown(folder / f"{lang}.toml")

    for lang in LANGS[1:]:
        pair = {first: loaded[first], lang: loaded[lang]}
        for has, lacks in ((first, lang), (lang, first)):
            strings, origin = pair[has]
            missing = [k for k in strings if k not in pair[lacks][0]]
            if missing:
                key = missing[0]
                raise StringsError(f"{expected_in(lacks, key, origin[key])}: key {key!r} is missing "
                                   f"(set in {origin[key]})")
        (reference, _), (strings, origin) = pair[first], pair[lang]
        for key, value in strings.items():
            want, got = placeholders(reference[key], origin[key]), placeholders(value, origin[key])
            if want - got:
                raise StringsError(f"{origin[key]}: placeholder {{{sorted(want - got)[0]}}} is missing "
                                   f"(the {first} text has it)")
            if got - want:
                raise StringsError(f"{origin[key]}: placeholder {{{sorted(got - want)[0]}}} is not in the {first} "
                                   f"text, so the code does not fill it in")
    return {lang: strings for lang, (strings, _) in loaded.items()}


def files(folder: Path | None = None) -> list[Path]:
    """Every strings file the pages read, in load order."""
    folder = folder or strings_dir()
    return [p for lang in LANGS for p in (folder / f"{lang}.toml", *sorted((folder / lang).glob("*.md")))]
