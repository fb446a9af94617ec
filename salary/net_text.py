"""What the net pay view says in words: the tax profile in one line, and its
numbers written and read the page's way ("2,9" and "55.000" in German)."""

from __future__ import annotations

from babel.numbers import format_decimal

from salary import text
from salary.net import TaxProfile


def decimal(value: float, lang: str) -> str:
    """A number as the language writes it, with the decimals it has (two at most): "2,9", "55.000", "600"."""
    return format_decimal(value, "#,##0.##", locale=text.LOCALE[lang])


def parse_decimal(raw: str) -> float:
    """A number as people type it in either language ("2,9", "2.9 %", "55.000", "55,000 €");
    ValueError for an empty field or anything else."""
    value = text.parse_amount((raw or "").replace("%", ""))
    if value is None:
        raise ValueError(raw)
    return value


def tax_summary(tax: TaxProfile, lang: str) -> str:
    """The tax profile in one line: "Steuerklasse I, Nordrhein-Westfalen, keine Kirchensteuer, keine Kinder, ..."."""
    t = lambda key, **kw: text.t(key, lang, **kw)
    children = ("net.summary.children.none", "net.summary.children.one")[tax.children] if tax.children < 2 \
        else "net.summary.children.many"
    if tax.health == "statutory":
        health = t("net.summary.health.statutory", surcharge=text.percent(tax.surcharge, lang, 1))
    else:
        health = t("net.summary.health.private", premium=text.money(tax.premium, lang, 1),
                   subsidy=text.money(tax.subsidy, lang, 1))
    car = t("net.summary.car.none") if not tax.car else t(
        "net.summary.car", price=text.money(tax.car, lang, 1), drive=t(f"drive.{tax.drive}"),
        km=text.number(tax.km, lang))
    return ", ".join([
        t("net.summary.taxclass", taxclass=t(f"taxclass.{tax.tax_class}")), t(f"state.{tax.state}"),
        t("net.summary.church." + ("yes" if tax.church else "no")), t(children, count=tax.children),
        t("net.summary.birth", birth=tax.birth_year), health, car])
