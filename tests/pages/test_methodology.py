"""The methodology page under AppTest: the figures and levels tables, the assumptions and
where each is changed, the rates of net pay with their sources, and a citable source."""

import csv
import datetime as dt
import json
import re

import pandas as pd
import pytest
from babel.numbers import parse_decimal

from salary import datafiles, net, params, sources, text
from salary.net import TaxProfile
from tests.conftest import (
    ROOT,
    assert_clean,
    downloaded,
    listed,
    opened,
    run_app,
)
from tests.pages.expect import (
    floor_today,
)

FIG = datafiles.load_figures()


def _amounts(shown: str, lang: str) -> list[float]:
    """The amounts written in a table cell ("€43,000 – €63,000" -> [43000, 63000])."""
    return [float(parse_decimal(n, text.LOCALE[lang])) for n in re.findall(r"\d[\d.,]*\d|\d", shown)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_methodology_tables_and_download(lang):
    at = opened("methodology", {"lang": lang})
    col = lambda name: text.t("column." + name, lang)
    # The figures: a table per group (three columns fit a phone), each below the group's name.
    groups = list(dict.fromkeys(FIG["dimension"]))
    named = [m.value for m in at.markdown if re.fullmatch(r"\*\*[^*]+\*\*", m.value)]
    assert named[:len(groups)] == [f"**{text.t('dim.' + d, lang)}**" for d in groups]
    for shown, group in zip(at.table, groups):
        assert list(shown.value[col("key")]) == list(FIG.loc[FIG["dimension"] == group, "key"])
        assert list(shown.value.columns) == [col("label"), col("value"), col("key")]
    figures_shown = pd.concat([shown.value for shown in at.table[:len(groups)]])
    levels_shown = at.table[len(groups)].value
    assert list(figures_shown[col("label")]) == list(FIG["label_" + lang])
    assert list(figures_shown[col("key")]) == list(FIG["key"])
    for shown, (_, row) in zip(figures_shown[col("value")], FIG.iterrows()):
        assert _amounts(shown, lang) == ([row["low"], row["high"]] if row["kind"] == "band" else [row["low"]])
    (section,) = FIG["section"].unique()  # one section: named once under the tables, not in every row
    assert col("section") not in figures_shown.columns
    assert section in at.caption[0].value
    assert "None" not in figures_shown.to_string() and "nan" not in figures_shown.to_string()
    levels = datafiles.load_levels()
    assert [_amounts(y, lang) for y in levels_shown[col("level_years")]] \
        == levels[["years_from", "years_to"]].values.tolist()
    assert len(at.get("download_button")) == 1


# Where each assumption is changed, as this test knows it: a control of the estimator (by its link
# parameter; "split" where it sits in that view, else in the fold of the article's readings), a data
# file, or nowhere.
BEHIND = {"bands": ("bands", None), "industry_reading": ("industry_reading", None), "mean_median": None,
          "totals": None, "variable": ("variable", "split"), "degree_premium": ["assumptions.csv"],
          "none": ["figures.csv", "assumptions.csv"], "levels": ["levels.csv"], "plateau": ["assumptions.csv"],
          "floor": ["minimum_wage.csv", "assumptions.csv"]}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_assumptions_say_in_words_where_they_are_changed(lang):
    t = lambda key: text.t(key, lang)  # noqa: E731
    at = run_app("methodology", {"lang": lang})
    (shown,) = [e.value for e in at.table if t("column.where") in e.value.columns]
    assert list(shown[t("column.assumption")]) == [t("assumption." + key) for key in BEHIND]
    estimator = run_app("estimator", {"lang": lang, "view": "split"})
    (fold,) = [e for e in estimator.expander if e.label == t("assumptions.title")]
    for behind, words in zip(BEHIND.values(), shown[t("column.where")]):
        # Words for a works council: no file, no link parameter.
        assert not re.search(r"data/|\.csv|parameter", words, re.IGNORECASE), words
        if isinstance(behind, tuple):  # the estimator's control, named as the estimator names it
            name, view = behind
            control = t("control." + name)
            assert control in words
            if view:
                assert t("view." + view) in words
                assert control in [w.label for w in estimator.slider]
            else:
                assert t("assumptions.title") in words
                assert control in [w.label for w in fold.radio]
    # The file or link parameter of each, in a fold below the table (drawn once it is opened).
    assert not [e for e in at.table if t("column.behind") in e.value.columns]
    at.session_state["assumptions_files"] = True
    at.run()
    (files,) = [e.value for e in at.table if t("column.behind") in e.value.columns]
    assert list(files[t("column.assumption")]) == [t("assumption." + key) for key in BEHIND]
    for behind, cell in zip(BEHIND.values(), files[t("column.behind")]):
        if behind is None:
            assert not re.search(r"data/|parameter", cell, re.IGNORECASE), cell
        elif isinstance(behind, tuple):
            assert re.search(rf"parameter {behind[0]}$", cell, re.IGNORECASE) and behind[0] in params.BY_NAME
        else:
            assert re.findall(r"data/(\S+\.csv)", cell) == behind
            assert all((ROOT / "data" / f).is_file() for f in behind)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_methodology_page_lists_every_assumption(lang):
    at = run_app("methodology", {"lang": lang})
    assert_clean(at)
    tables = [t.value for t in at.table]
    (assumptions,) = [t for t in tables if text.t("column.assumption", lang) in t.columns]
    assert len(assumptions) == 10
    # Where each is changed, in words a works council reads: the estimator's fold by its title, no file names.
    where = " ".join(assumptions[text.t("column.where", lang)])
    assert text.t("assumptions.title", lang) in where and ".csv" not in where
    # The file or link parameter behind each, for whoever runs the dashboard, in a fold below.
    at.session_state["assumptions_files"] = True
    at.run()
    (behind,) = [t.value for t in at.table if text.t("column.behind", lang) in t.value.columns]
    behind = " ".join(behind[text.t("column.behind", lang)])
    for name in ("bands", "industry_reading", "variable"):
        assert f"{name}" in behind
    for file in ("figures.csv", "levels.csv", "assumptions.csv", "minimum_wage.csv"):
        assert file in behind
    defaults = " ".join(assumptions[text.t("column.default", lang)])
    assert text.money(floor_today(), lang, 1) in defaults
    # The degree premium as the article's difference in EUR, a row of data/assumptions.csv with its default.
    assert text.t("assumption.degree_premium", lang) in list(assumptions[text.t("column.assumption", lang)])
    assert text.money(53_000 - 45_000, lang, 1) in defaults


@pytest.mark.parametrize("lang", ["de", "en"])
def test_methodology_lists_rates_and_sources(lang):
    at = opened("methodology", {"lang": lang})
    assert_clean(at)
    assert any(m.value == text.net_method(TaxProfile(), net.data().car.values, lang) for m in at.markdown)
    # Each rate a block (its legal source is too long for a column on a phone), read against the rates files.
    contributions, car = listed(at)[-2:]
    files = {name: list(csv.DictReader(open(ROOT / "data" / name, encoding="utf-8")))
             for name in (net.CONTRIBUTIONS_FILE, net.CAR_FILE)}
    value, source = text.t("column.rate_value", lang), text.t("column.rate_source", lang)
    for shown, name in ((contributions, net.CONTRIBUTIONS_FILE), (car, net.CAR_FILE)):
        assert [title for title, _ in shown] == [r["label_" + lang] for r in files[name]]
        assert [fields[source] for _, fields in shown] == [r["source"] for r in files[name]]
        assert all(fields[value] for _, fields in shown)
    assert text.percent(9.3, lang, 1) in [fields[value] for _, fields in contributions]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_source_can_be_cited(lang):
    article = datafiles.load_article()
    assert article["url"] == "https://karrierebibel.de/key-account-manager"
    at = opened("methodology", {"lang": lang})
    line = [m.value for m in at.markdown if article["url"] in m.value]
    assert len(line) == 1 and "Karrierebibel" in line[0] and article["title"] in line[0]
    assert text.format_date(dt.date(2026, 11, 28), lang) in line[0]
    record = json.loads(downloaded(opened("estimator"), "json"))
    assert record["source"] == {**article, "read_on": "2026-11-28"}


def test_methodology_says_the_model_rests_on_the_article_alone():
    at = opened("methodology", {"lang": "en"})
    assert text.t("method.sources.others", "en", months=sources.MONTHS) in [m.value for m in at.markdown]
