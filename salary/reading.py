"""The other sources' figures read out in the reader's language: each chart
row's label and hover text, the table, the list of where each figure was
read, and the short reading generated from the data (no typed numbers)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from babel.dates import format_date

from salary import sources as src
from salary import text
from salary.model import Estimate

if TYPE_CHECKING:
    import pandas as pd

QUOTES = {"de": ("„", "“"), "en": ("“", "”")}
DATE_FORMAT = {10: "medium", 7: "MMMM y"}  # by length of the ISO text; a year is shown as it is


def date(iso: str, lang: str) -> str:
    """"2021-09-02" -> "02.09.2021" / "2 Sept 2021"; "2023-03" -> "März 2023"; "2026" stays."""
    if not iso:
        return text.t("sources.undated", lang)
    if len(iso) == 4:
        return iso
    parts = [int(p) for p in iso.split("-")] + [1]
    return format_date(dt.date(*parts[:3]), DATE_FORMAT[len(iso)], locale=text.LOCALE[lang])


def quoted(title: str, lang: str) -> str:
    first, last = QUOTES[lang]
    return f"{first}{title}{last}"


def label(row: dict, lang: str) -> str:
    """A chart row's name: source, narrower scope if any, and the figure's date."""
    scope = row["scope_" + lang]
    name = f"{row['source']} – {scope}" if scope else row["source"]
    return f"{name} · {date(src.shown_date(row), lang)}"


def measure(row: dict, lang: str) -> str:
    return text.t("measure." + row["measure"], lang)


def published_as(row: dict, lang: str) -> str:
    """The amount as the source gives it: "5.191 € im Monat", "53.200 € – 72.700 € im Jahr"."""
    amount = text.money(row["low"], lang, 1)
    if row["measure"] in src.RANGES:
        amount += " – " + text.money(row["high"], lang, 1)
    return text.t("sources.per." + src.UNITS[row["unit"]], lang, amount=amount)


def per_year(row: dict, lang: str) -> str:
    """The amount per year as the chart draws it."""
    amount = text.money(src.per_year(row), lang, 1)
    if row["measure"] in src.RANGES:
        amount += " – " + text.money(src.per_year(row, "high"), lang, 1)
    return amount


def where_read(row: dict, lang: str) -> str:
    title = quoted(row["read_at"], lang)
    return f"{row['cited_by']}: {title}" if row["cited_by"] else title


def hover(group: list[dict], lang: str, wrap) -> str:
    """A chart row's hover text: every figure of the row, then where it was read."""
    first = group[0]
    lines = [f"<b>{label(first, lang)}</b>"]
    for r in group:
        line = f"{measure(r, lang)}: {per_year(r, lang)}"
        if src.UNITS[r["unit"]] == "month":
            line += " " + text.t("sources.from_month", lang, months=src.MONTHS, amount=published_as(r, lang))
        lines.append(line)
    key = "sources.cited_by" if first["cited_by"] else "sources.read_in"
    lines.append(wrap(text.t(key, lang, where=where_read(first, lang))))
    if first["published"]:
        lines.append(text.t("sources.published", lang, date=date(first["published"], lang)))
    notes = dict.fromkeys(r["note_" + lang] for r in group if r["note_" + lang])
    lines += [wrap(n) for n in notes]
    return "<br>".join(lines)


def table(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per figure, as published and per year, with where it was read."""
    import pandas as pd

    rows = sources.to_dict("records")
    columns = {
        "source": [f"{r['source']} – {r['scope_' + lang]}" if r["scope_" + lang] else r["source"] for r in rows],
        "date": [date(src.shown_date(r), lang) for r in rows],
        "measure": [measure(r, lang) for r in rows],
        "published_as": [published_as(r, lang) for r in rows],
        "per_year": [per_year(r, lang) for r in rows],
        "read_in": [where_read(r, lang) for r in rows],
        "note": [r["note_" + lang] for r in rows],
    }
    return pd.DataFrame({text.t("sources.column." + c, lang): v for c, v in columns.items()})


def links(sources: pd.DataFrame, lang: str) -> str:
    """A Markdown list: each page a figure was read on, once, with its address."""
    seen = {}
    for r in sources.to_dict("records"):
        seen.setdefault(r["url"], r)
    lines = []
    for url, r in seen.items():
        names = ", ".join(dict.fromkeys(x["source"] for x in sources.to_dict("records") if x["url"] == url))
        where = f"{r['cited_by']}: " if r["cited_by"] else ""
        lines.append(f"- {names} – {where}[{r['read_at']}]({url})")
    return "\n".join(lines)


def _years(rows: list[dict], lang: str) -> str:
    """"2021–2026, 1 undated": the years of the figures, and how many chart rows have no date."""
    years = sorted({y for y in (src.year(r) for r in rows) if y is not None})
    shown = "" if not years else str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    undated = len({src.group_key(r) for r in rows if src.year(r) is None})
    if undated:
        shown += text.t("reading.undated", lang, count=undated) if shown else text.t("sources.undated", lang)
    return shown


def reading(sources: pd.DataFrame, article_average: float, lang: str, you: Estimate | None = None) -> str:
    """Where the published averages spread, where the article's average stands
    among them, why they differ; with an estimate, how it relates to them."""
    t = lambda key, **kw: text.t(key, lang, **kw)
    money = lambda v: text.money(v, lang, 1)
    averages = src.averages(sources)
    parts = []
    if averages:
        yearly = [(src.per_year(r), r["source"]) for r in averages]
        low, high = min(yearly), max(yearly)
        values = [v for v, _ in yearly]
        parts.append(t("reading.spread", n=len(values), low=money(low[0]), low_source=low[1],
                       high=money(high[0]), high_source=high[1]))
        below = sum(v < article_average for v in values)
        above = sum(v > article_average for v in values)
        parts.append(t("reading.article", article=money(article_average), below=below, above=above))
        equal = len(values) - below - above
        if equal:
            parts.append(t("reading.equal", count=equal))
        if you is not None:  # the estimate's amounts rounded as the estimator shows them
            inside = sum(you.low <= v <= you.high for v in values)
            low, median, high = (text.shown(v, lang, 1.0, you.floor) for v in (you.low, you.median, you.high))
            parts.append(t("reading.you", low=low, high=high, median=median, inside=inside, n=len(values)))
    rows = sources.to_dict("records")
    measures = ", ".join(t("measure." + m) for m in src.MEASURES if any(r["measure"] == m for r in rows))
    parts.append(t("reading.differ", years=_years(rows, lang), measures=measures))
    return " ".join(parts)
