"""The figures and the assumed years per level as tables to read: headers,
groups and kinds in the reader's language, amounts and years written out;
and any such table as one block per row (markdown_list), for tables whose
columns a phone cannot hold side by side. The CSV download keeps the plain
numbers (salary.datafiles.to_csv)."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from salary import datafiles, params, text
from salary.model import Model

if TYPE_CHECKING:
    import pandas as pd


def years(low: float, high: float, lang: str) -> str:
    """"7–10", or "ab 11" / "11 or more" for an open end."""
    if math.isnan(high):
        return text.t("years.from", lang, low=text.number(low, lang))
    return text.t("years.range", lang, low=text.number(low, lang), high=text.number(high, lang))


def figures_table(m: Model, lang: str, dimension: str | None = None) -> pd.DataFrame:
    """One row per figure (of one group, or of all with a column for the group),
    narrow enough for a phone: the article section gets a column only when the
    figures come from more than one (else the page names it once), and the years
    of experience are in the labels themselves."""
    import pandas as pd

    every = m.rows(*datafiles.KEYS)
    rows = every if dimension is None else m.rows(dimension)
    columns = {"label": [r["label_" + lang] for r in rows]}
    if dimension is None:
        columns["dimension"] = [text.t("dim." + r["dimension"], lang) for r in rows]
    columns |= {"value": [text.describe(r, lang) for r in rows], "key": [r["key"] for r in rows]}
    if len({r["section"] for r in every}) > 1:
        columns["section"] = [r["section"] for r in rows]
    return pd.DataFrame({text.t("column." + c, lang): v for c, v in columns.items()})


def levels_table(m: Model, lang: str) -> pd.DataFrame:
    import pandas as pd

    band = {r["key"]: r for r in m.rows("level")}
    rows = m.levels.to_dict("records")
    columns = {
        "level": [band[r["level"]]["label_" + lang] for r in rows],
        "level_years": [years(r["years_from"], r["years_to"], lang) for r in rows],
        "band": [text.describe(band[r["level"]], lang) for r in rows],
    }
    return pd.DataFrame({text.t("column." + c, lang): v for c, v in columns.items()})


def _assumptions(m: Model, lang: str) -> list[tuple[str, str, str, str]]:
    """Every choice the article leaves open: (its key, the model's default, where a
    user changes it in words, and the file or link parameter behind it)."""
    t = lambda key, **kw: text.t(key, lang, **kw)
    section = t("assumptions.title")  # the estimator's fold with the readings of the article

    def control(name: str, p: params.Param, view: str | None = None) -> tuple[str, str]:
        words = t("where.view", view=t("view." + view), control=t("control." + name)) if view \
            else t("where.estimator", section=section, control=t("control." + name))
        return words, t("where.param", param=p.name)

    def data(*files: str) -> tuple[str, str]:
        return t("where.data"), t("where.and").join(t("where.file", file=f) for f in files)

    fixed = (t("where.fixed"), t("where.nothing"))
    spans = {r["level"]: years(r["years_from"], r["years_to"], lang) for r in m.levels.to_dict("records")}
    bachelor, master = m.figure("degree", "bachelor")["low"], m.figure("degree", "master")["low"]
    none = t("default.none_factor", factor=text.number(master / bachelor, lang, 2)) if m.degree_rule == "ratio" \
        else t("default.none_difference", amount=text.money(master - bachelor, lang, 1))
    rows = [
        ("bands", t("bands." + params.BANDS.default), control("bands", params.BANDS)),
        ("industry_reading", t("industry_reading." + params.INDUSTRY_READING.default),
         control("industry_reading", params.INDUSTRY_READING)),
        ("mean_median", t("default.yes"), fixed),
        ("totals", t("default.yes"), fixed),
        ("variable", text.percent(params.VARIABLE.default, lang), control("variable", params.VARIABLE, "split")),
        ("degree_premium", text.degree_rule(m, lang), data("assumptions.csv")),
        ("none", none, data("figures.csv", "assumptions.csv")),
        ("levels", t("default.levels", **spans), data("levels.csv")),
        ("plateau", t("default.plateau", years=text.number(m.curve.plateau, lang)), data("assumptions.csv")),
        ("floor", t("default.floor", **text.floor_values(m, lang)), data("minimum_wage.csv", "assumptions.csv")),
    ]
    return [(key, default, words, behind) for key, default, (words, behind) in rows]


def assumptions_table(m: Model, lang: str) -> pd.DataFrame:
    """Every choice the article leaves open: the model's default and, in words, where a user changes it."""
    import pandas as pd

    rows = _assumptions(m, lang)
    return pd.DataFrame({text.t("column.assumption", lang): [text.t("assumption." + r[0], lang) for r in rows],
                         text.t("column.default", lang): [r[1] for r in rows],
                         text.t("column.where", lang): [r[2] for r in rows]})


def assumptions_files(m: Model, lang: str) -> pd.DataFrame:
    """The file or link parameter behind each assumption, for whoever runs the dashboard or builds links."""
    import pandas as pd

    rows = _assumptions(m, lang)
    return pd.DataFrame({text.t("column.assumption", lang): [text.t("assumption." + r[0], lang) for r in rows],
                         text.t("column.behind", lang): [r[3] for r in rows]})


def net_table(year, month, lang: str) -> pd.DataFrame:
    """Where the median's gross goes (salary.net.NetPay a year and a regular month), written out."""
    import pandas as pd

    total = year.gross + year.car_benefit
    rows = [(p, v, getattr(month, p)) for p, v in year.parts()]
    columns = {
        "part": [text.t("net.part." + p, lang) for p, _, _ in rows],
        "year": [text.money(v, lang, 1) for _, v, _ in rows],
        "month": [text.money(m, lang, 1) for _, _, m in rows],
        "share": [text.percent(v / total * 100 if total else 0, lang, 1) for _, v, _ in rows],
    }
    return pd.DataFrame({text.t("net.column." + c, lang): v for c, v in columns.items()})


def rates_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A rates file (salary.net.Rates.rows) to read: name, value with its unit, legal source."""
    import pandas as pd

    records = rows.to_dict("records")
    return pd.DataFrame({text.t("column.label", lang): [r["label_" + lang] for r in records],
                         text.t("column.rate_value", lang): [text.rate(r["value"], r["unit"], lang) for r in records],
                         text.t("column.rate_source", lang): [r["source"] for r in records]})


# Characters that Markdown would read as markup inside a line (escaped with a backslash).
_MARKUP = re.compile(r"([\\`*_\[\]<>|$~&])")


def _plain(cell: object) -> str:
    """A cell as Markdown that shows exactly its text, on one line."""
    return _MARKUP.sub(r"\\\1", re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", str(cell)).strip(" \t"))


def markdown_list(frame: pd.DataFrame) -> str:
    """A table as one block per row: the first column's cell in bold, below it
    "header: cell" for every other column with something in it. Each block is as
    wide as the screen, however many columns the table has."""
    header = [_plain(h) for h in frame.columns]
    lines = []
    for row in frame.itertuples(index=False):
        lines.append(f"- **{_plain(row[0])}**")
        lines += [f"    - {name}: {_plain(cell)}" for name, cell in zip(header[1:], row[1:]) if str(cell).strip()]
    return "\n".join(lines)

