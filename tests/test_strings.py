"""The UI strings: both languages have the same keys and placeholders, every
key is used by the code, and no page or salary module holds a string table."""

import re
import string
from pathlib import Path

import pytest

from salary import params, text

ROOT = Path(__file__).resolve().parents[1]
CODE = [*ROOT.glob("salary/**/*.py"), *ROOT.glob("pages/*.py"), ROOT / "app.py"]


def _placeholders(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_both_languages_have_the_same_keys_and_placeholders():
    de, en = text.TEXT["de"], text.TEXT["en"]
    assert set(de) == set(en), set(de) ^ set(en)
    for key in de:
        assert _placeholders(de[key]) == _placeholders(en[key]), key


@pytest.mark.parametrize("lang", text.LANGS)
def test_no_string_is_empty_or_left_untranslated(lang):
    other = "en" if lang == "de" else "de"
    words = lambda v: re.sub(r"\{[a-z_]*\}|<[^>]*>", "", v)  # placeholders and tags are not words
    same = [k for k, v in text.TEXT[lang].items() if v == text.TEXT[other][k] and re.search(r"[a-zäöüß]{4,}", words(v))]
    # Names and words that are the same in both languages.
    alike = {"lang.de", "lang.en", "metric.median", "chart.career.median", "step.total", "degree.master",
             "degree.bachelor", "sources.you.hover", "lang.switch", "app.page_title",
             "chart.range.median"}
    assert set(same) <= alike | {k for k in same if k.startswith(("state.", "taxclass."))}, same
    assert all(v.strip() for v in text.TEXT[lang].values())


def test_every_key_is_used():
    code = "\n".join(path.read_text(encoding="utf-8") for path in CODE)
    # Keys built from a parameter's choices ("<label_prefix>.<choice>") ...
    used = {f"{p.label_prefix}.{c}" for p in params.BY_NAME.values() if p.label_prefix for c in p.choices}
    # ... and keys the code names whole or builds from a literal prefix.
    literal = set(re.findall(r"[\"']([a-z_0-9]+(?:\.[a-zA-Z_0-9-]+)+)[\"']", code))
    prefixes = set(re.findall(r"[\"']([a-z_]+(?:\.[a-z_]+)*\.)(?:\{|[\"']\s*\+)", code))
    unused = [k for k in text.TEXT["de"] if k not in used and k not in literal
              and not any(k.startswith(p) and "." not in k[len(p):] for p in prefixes)]
    assert not unused


def test_no_string_table_in_code():
    for path in CODE:
        assert "TEXT = {" not in path.read_text(encoding="utf-8") and '"de": {' not in path.read_text(), path
