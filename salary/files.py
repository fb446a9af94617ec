"""The project's text files as the loaders read them: a path as a message shows
it (never the server's absolute path), and a file's text with what is wrong named.

    text = files.read_text(path, FiguresError, path.name, "UTF-8 CSV")
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR_ENV = "SALARY_DATA_DIR"


def shown_path(path: str | Path, env: str = DATA_DIR_ENV) -> str:
    """A file's path as a message shows it, never the server's absolute path: relative to the project
    ("data/figures.csv"), else to the folder the environment variable `env` names ("$SALARY_DATA_DIR/
    figures.csv"), else its name alone."""
    path = Path(os.path.abspath(path))
    folder = os.environ.get(env)
    for base, prefix in ((ROOT, ""), (Path(os.path.abspath(folder)) if folder else None, f"${env}/")):
        if base is not None and path.is_relative_to(base):
            return prefix + path.relative_to(base).as_posix()
    return path.name


def read_text(path: Path, error: type[Exception], name: str, what: str, where: str = "") -> str:
    """A file's UTF-8 text (a byte-order mark dropped), or `error` with a message that starts
    with `name` and says what is wrong (`where`, the file's place, added when it is missing or a folder)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error(f"{name}: file not found{where}") from None
    except IsADirectoryError:
        raise error(f"{name}: is a folder, not a file{where}") from None
    except OSError as exc:
        raise error(f"{name}: cannot be read ({exc.strerror})") from None
    if b"\x00" in raw:
        line = raw[:raw.index(b"\x00")].count(b"\n") + 1
        raise error(f"{name}, line {line}: not a text file (expected {what})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise error(f"{name}, line {line}: not UTF-8 text (expected {what})") from None
    if not text.strip():
        raise error(f"{name}: file is empty")
    return text
