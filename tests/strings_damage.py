"""Every kind of damage to a strings file, with the message the loader refuses it with:
for the loader's test (tests/test_stringfiles.py) and the pages' (tests/pages/test_every_page.py)."""

import re

from salary import stringfiles

DIR = "$" + stringfiles.STRINGS_DIR_ENV


def replace(name: str, old: str, new: str):
    """A damage: `old` (which must be there) replaced by `new` in one strings file."""
    def damage(folder):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return damage


def changed(label: str, name: str, old: str, new: str, message: str) -> tuple:
    """A case of DAMAGE: `old` replaced by `new` in the strings file `name`, refused with `message`."""
    return label, replace(name, old, new), name, message


def append(name: str, line: str):
    return lambda folder: (folder / name).write_text((folder / name).read_text(encoding="utf-8") + line + "\n",
                                                     encoding="utf-8")


def line_count(name: str) -> int:
    return len((stringfiles.STRINGS_DIR / name).read_text(encoding="utf-8").splitlines())


def first_non_ascii_line(name: str) -> int:
    lines = (stringfiles.STRINGS_DIR / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if not line.isascii())


def latin1(name: str):
    def damage(folder):
        path = folder / name
        path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    return damage


DE, EN = "de.toml", "en.toml"
MD = "de/overview.role.md"
DAMAGE = [
    ("missing", lambda f: (f / DE).unlink(), DE, r": file not found$"),
    ("missing other language", lambda f: (f / EN).unlink(), EN, r": file not found$"),
    ("folder", lambda f: ((f / DE).unlink(), (f / DE).mkdir()), DE, r": is a folder, not a file$"),
    ("empty", lambda f: (f / DE).write_text(""), DE, r": file is empty$"),
    ("blank", lambda f: (f / DE).write_text(" \n\n"), DE, r": file is empty$"),
    ("latin-1", latin1(DE), DE, rf", line {first_non_ascii_line(DE)}: not UTF-8 text \(expected TOML\)"),
    ("utf-16", lambda f: (f / DE).write_bytes((f / DE).read_text().encode("utf-16")), DE,
     r", line 1: not a text file \(expected TOML\)"),  # NUL bytes: UTF-16 or binary
    ("binary", lambda f: (f / DE).write_bytes(b"\x00\x01\x02 binary"), DE, r", line 1: not a text file"),
    ("not toml", append(DE, '"broken" = "no end'), DE, rf", line {line_count(DE) + 1}: not valid TOML \("),
    ("duplicate key", append(DE, '"lang.de" = "Deutsch"'), DE,
     rf", line {line_count(DE) + 1}: key 'lang.de' is set twice \(first in line 7\)"),
    # The value of one key changed: line 7 of either file, '"lang.de" = "Deutsch"' in both.
    *(changed(label, name, '"lang.de" = "Deutsch"', new, r", line 7: key " + problem) for label, name, new, problem in [
        ("number", DE, '"lang.de" = 5', r"'lang.de': int '5' is not text \(put it in quotes\)"),
        ("bool", EN, '"lang.de" = true', r"'lang.de': bool"),
        ("list", DE, '"lang.de" = ["Deutsch"]', r"'lang.de': list"),
        ("table", DE, 'lang.de = "Deutsch"', r"'lang': is a table"),
        ("empty value", DE, '"lang.de" = " "', r"'lang.de': is empty"),
    ]),
    changed("key missing in one language", EN, '"nav.degree" = "Degree"\n', "",
     rf": key 'nav.degree' is missing \(set in {re.escape(DIR)}/de.toml, line 12: key 'nav.degree'\)"),
    changed("key missing in the default language", DE, '"nav.degree" = "Abschluss"\n', "",
     rf": key 'nav.degree' is missing \(set in {re.escape(DIR)}/en.toml, line 12"),
    # The placeholder of one text changed: line 17 of either file, source.caption's {section}.
    *(changed(label, name, {DE: "„{section}“", EN: '\\"{section}\\"'}[name], new,
              r", line 17: key 'source.caption': " + problem) for label, name, new, problem in [
        ("brace left open", DE, "„{section“", r"a brace is not matched \(.*; write \{\{ or \}\} for a brace itself\)"),
        ("positional placeholder", DE, "„{0}“", r"placeholder \{0\} is not a name"),
        ("placeholder missing in one language", EN, '\\"section\\"',
         r"placeholder \{section\} is missing \(the de text has it\)"),
        ("placeholder only in one language", EN, '\\"{section}{chapter}\\"',
         r"placeholder \{chapter\} is not in the de text"),
    ]),
    ("markdown missing", lambda f: (f / "en/overview.role.md").unlink(), "en/overview.role.md",
     rf": key 'overview.role' is missing \(set in {re.escape(DIR)}/{MD}: key 'overview.role'\)"),
    ("markdown empty", lambda f: (f / MD).write_text("\n"), MD, r": file is empty$"),
    ("markdown latin-1", latin1(MD), MD, rf", line {first_non_ascii_line(MD)}: not UTF-8 text \(expected Markdown\)"),
    ("markdown placeholder", lambda f: (f / MD).write_text("Eine {0} Zahl"), MD,
     r": key 'overview.role': placeholder \{0\} is not a name"),
    ("markdown and toml", append(DE, '"overview.role" = "Doppelt"'), MD,
     rf": key 'overview.role' is set in {re.escape(DIR)}/de.toml too \({re.escape(DIR)}/de.toml, line \d+"),
]
