"""The code's layering, read from its imports: Streamlit only in app.py, pages/
and salary/ui/, and there only through its public API. Every production module
says what it is for in a docstring and stays at most 400 lines."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION = sorted([*ROOT.glob("salary/**/*.py"), *ROOT.glob("pages/*.py"), ROOT / "app.py"])
# Streamlit's public modules: the st namespace and its exception types.
PUBLIC = {"streamlit", "streamlit.errors"}
MAX_LINES = 400


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", PRODUCTION, ids=lambda p: str(p.relative_to(ROOT)))
def test_streamlit_only_in_the_ui_layer_and_only_public(path):
    streamlit = {name for name in imports(path) if name == "streamlit" or name.startswith("streamlit.")}
    in_ui = path.parent.name in ("ui", "pages") or path.name == "app.py"
    if not in_ui:
        assert not streamlit, f"{path.name} imports Streamlit; only app.py, pages/ and salary/ui/ may"
    assert streamlit <= PUBLIC, f"{path.name} imports {sorted(streamlit - PUBLIC)}"


def test_the_check_sees_a_private_import(tmp_path):
    bad = tmp_path / "page.py"
    bad.write_text("from streamlit.runtime.pages_manager import PagesManager\nimport streamlit as st\n")
    assert imports(bad) - PUBLIC == {"streamlit.runtime.pages_manager"}


@pytest.mark.parametrize("path", PRODUCTION, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_says_what_it_is_for_and_stays_short(path):
    source = path.read_text(encoding="utf-8")
    if not source.strip():
        return  # an empty package marker
    assert ast.get_docstring(ast.parse(source)), f"{path.name} has no docstring saying what it is for"
    assert len(source.splitlines()) <= MAX_LINES, f"{path.name}: {len(source.splitlines())} lines"


def test_no_html_rendering_of_anything():
    sources = [*ROOT.glob("pages/*.py"), ROOT / "app.py", *ROOT.glob("salary/*.py")]
    for path in sources:
        code = path.read_text()
        assert "unsafe_allow_html" not in code, path
        assert not re.search(r"\bst\.html\(", code), path
        assert "components.html" not in code, path
