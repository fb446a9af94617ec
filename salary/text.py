"""Every UI string of the dashboard in German and English, and the number
formatting of each language (Babel for text, plotly separators for charts)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

from salary.model import shown_amount

LANGS = ("de", "en")
DEFAULT_LANG = "de"
LOCALE = {"de": "de_DE", "en": "en_GB"}
# Decimal point, then thousands separator, as plotly's layout.separators wants.
PLOTLY_SEPARATORS = {"de": ",.", "en": ".,"}
MONEY_FORMAT = {"de": "#,##0\xa0¤", "en": "¤#,##0"}


@lru_cache(maxsize=64)
def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALE[lang])


@lru_cache(maxsize=64)
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


# Babel parses its pattern and locale on every call; charts format hundreds of
# amounts per rerun, so parsed patterns and finished strings are cached.
@lru_cache(maxsize=8192)
def _money(rounded: float, lang: str) -> str:
    return _pattern(MONEY_FORMAT[lang]).apply(rounded, _locale(lang), currency="EUR", currency_digits=False)


def money(amount: float, lang: str, step: int = 100) -> str:
    """An amount in EUR, rounded to `step` euros: "61.000 €" / "€61,000"."""
    return _money(float(round(amount / step) * step), lang)


def amount(yearly: float, lang: str, period: str = "year", salaries: int = 12, variable_share: float = 0.0) -> str:
    """A yearly total shown per year, or per month as the fixed monthly pay,
    rounded as the page rounds it."""
    return money(shown_amount(yearly, period, salaries, variable_share), lang, step=1)


def standing(estimate, salary: float, lang: str, period: str = "year", salaries: int = 12,
             variable_share: float = 0.0) -> str:
    """Where a yearly salary stands in an estimate's distribution, in words."""
    m = estimate.model
    shown = amount(salary, lang, period, salaries, variable_share)
    if salary < m.floor:
        return t("stand.below", lang, salary=shown, floor=money(m.floor, lang, step=1))
    sentence = t("stand.result", lang, salary=shown, percent=percent(estimate.percentile_of(salary), lang))
    if salary > m.top:
        sentence += " " + t("stand.above", lang, top=amount(m.top, lang, period, salaries, variable_share))
    return sentence


def _wage(value: float, lang: str) -> str:
    """An hourly wage with cents: "13,90 €" / "€13.90"."""
    return _pattern(MONEY_FORMAT[lang].replace("#,##0", "#,##0.00")).apply(
        value, _locale(lang), currency="EUR", currency_digits=False)


def floor_values(m, lang: str) -> dict[str, str]:
    """The legal floor and what it is made of, formatted for a sentence."""
    row = m.minimum_wage_row or {}
    return {"floor": money(m.floor, lang, step=1), "wage": _wage(row.get("eur_per_hour", 0.0), lang),
            "hours": number(m.assumptions["hours_per_week"], lang),
            "weeks": number(m.assumptions["weeks_per_year"], lang),
            "since": format_date(row["valid_from"], lang) if row else "", "law": row.get("source", ""),
            "entry": money(m.entry, lang, step=1)}


def format_date(day, lang: str) -> str:
    from babel.dates import format_date as babel_date

    return babel_date(day, format="long", locale=LOCALE[lang])


def entry_note(m, lang: str) -> str | None:
    """Why the article's entry salary is below the legal floor, if it is."""
    return t("note.entry_below_floor", lang, **floor_values(m, lang)) if m.entry_below_floor else None


def industry_factors(m, reading: str) -> dict[str, float]:
    """Each industry's effect on a median under a reading, in percent (constant over the years)."""
    from math import exp

    return {k: (exp(v) - 1) * 100 for k, v in m.industry_log[reading].items() if k != "all"}


def industry_consequence(m, lang: str, reading: str) -> str:
    """What the chosen industry reading does to an estimate, in one sentence, from the data."""
    from salary.model import INDUSTRY_READINGS

    other = next(r for r in INDUSTRY_READINGS if r != reading)
    now, then = industry_factors(m, reading), industry_factors(m, other)
    top, bottom = max(now, key=now.get), min(now, key=now.get)
    label = lambda k: m.figure("industry", k)["label_" + lang]  # noqa: E731
    pct = lambda v: percent(v, lang, 1, signed=True)  # noqa: E731
    return t("industry.consequence", lang, reading=t(f"industry_reading.{reading}", lang),
             other=t(f"industry_reading.{other}", lang), top=label(top), bottom=label(bottom),
             top_now=percent(abs(now[top]), lang, 1), bottom_now=percent(abs(now[bottom]), lang, 1),
             top_then=pct(then[top]),
             bottom_then=pct(then[bottom]))


def method(m, lang: str) -> str:
    """The model in plain words, with the figures and assumptions it rests on filled in."""
    value = {k: money(m.figure(d, k)["low"], lang)
             for d, k in (("degree", "bachelor"), ("degree", "master"), ("overall", "average"),
                          ("overall", "entry"), ("overall", "top"), ("years", "7-10"), ("years", "over-10"))}
    value["y710"], value["over10"] = value.pop("7-10"), value.pop("over-10")
    y710, over10 = m.figure("years", "7-10"), m.figure("years", "over-10")
    value["y710_at"] = number((y710["years_from"] + y710["years_to"]) / 2, lang, 1)
    value["over10_from"] = number(over10["years_from"], lang)
    return t("method.model.text", lang, plateau=number(m.curve.plateau, lang), **value, **{
        k: v for k, v in floor_values(m, lang).items() if k != "entry"})


def describe(row: dict, lang: str, per: float = 1.0) -> str:
    """A figure's value in words: "43.000 € – 63.000 €", "ab 24.000 €"."""
    low = money(row["low"] / per, lang)
    if row["kind"] == "band":
        return f"{low} – {money(row['high'] / per, lang)}"
    if row["kind"] == "point":
        return low
    return f"{t('kind.' + row['kind'], lang)} {low}"


def signed_amount(yearly: float, lang: str, period: str = "year", salaries: int = 12,
                  variable_share: float = 0.0) -> str:
    """A yearly difference shown per year or per month (fixed pay), with its sign."""
    return signed_money(shown_amount(yearly, period, salaries, variable_share), lang, step=1)


def signed_money(amount: float, lang: str, step: int = 100) -> str:
    text = money(amount, lang, step)
    return text if text.startswith("-") or round(amount / step) == 0 else "+" + text


@lru_cache(maxsize=8192)
def number(value: float, lang: str, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return _pattern(pattern).apply(value, _locale(lang))


def percent(value: float, lang: str, digits: int = 0, signed: bool = False) -> str:
    """value is in percent already (62 -> "62 %" / "62%")."""
    text = number(value, lang, digits)
    if signed and value > 0 and text.strip("0,.") != "":
        text = "+" + text
    return text + ("\xa0%" if lang == "de" else "%")


def money_axis(lang: str) -> dict:
    """Plotly axis settings that write EUR amounts the reader's way."""
    if lang == "de":
        return {"tickformat": ",.0f", "ticksuffix": "\xa0€"}
    return {"tickformat": ",.0f", "tickprefix": "€"}


def t(key: str, lang: str, **values: object) -> str:
    """The string `key` in `lang`, with {placeholders} filled in."""
    text = TEXT[lang][key]
    return text.format(**values) if values else text


TEXT: dict[str, dict[str, str]] = {
    "de": {
        "app.title": "KAM-Gehalt",
        "lang.label": "Sprache",
        "lang.de": "Deutsch",
        "lang.en": "English",
        "nav.overview": "Überblick",
        "nav.experience": "Berufserfahrung",
        "nav.degree": "Abschluss",
        "nav.industry": "Branche",
        "nav.estimator": "Gehaltsrechner",
        "nav.methodology": "Methode & Quellen",
        "source.caption": "Quelle der Zahlen: Artikel „Key Account Manager: Gehalt, Aufgaben, Bedeutung + Jobs“, "
                          "Abschnitt „{section}“. Alle Beträge brutto pro Jahr.",
        "error.data": "Die Gehaltsdaten konnten nicht geladen werden: {message}",
        "warn.param": "Der Adressparameter `{name}` hat einen ungültigen Wert ({problem}). "
                      "Verwendet wird stattdessen: {default}.",
        "problem.repeated": "mehrfach angegeben",
        "problem.empty": "leer",
        "problem.too_long": "zu lang",
        "problem.not_number": "keine Zahl",
        "problem.not_whole": "keine ganze Zahl",
        "problem.out_of_range": "außerhalb von {low} bis {high}",
        "problem.unknown": "unbekannt; erlaubt: {allowed}",
        "default.none": "kein Wert",
        # Overview
        "overview.title": "Was verdienen Key Account Manager?",
        "overview.intro": "Dieses Dashboard zeigt die Gehaltszahlen eines deutschen Ratgeberartikels über "
                          "Key Account Manager (KAM) und schätzt daraus eine persönliche Spanne.",
        "overview.entry": "Einstieg ab",
        "overview.average": "Durchschnitt",
        "overview.top": "Spitze",
        "note.entry_below_floor": (
            "Das Einstiegsgehalt des Artikels ({entry}) liegt unter dem gesetzlichen Mindestlohn für eine "
            "Vollzeitstelle: {wage} pro Stunde seit {since} sind bei {hours} Stunden und {weeks} Wochen "
            "{floor} im Jahr ({law}). Die Zahl ist also älter als dieser Mindestlohn oder schließt Teilzeit "
            "ein. Der Rechner setzt keine Schätzung darunter an."
        ),
        "overview.role.title": "Die Rolle in Kürze",
        "overview.role": "Ein KAM ist für eine kleine Zahl besonders wichtiger Kunden zuständig – oft die, "
                         "von denen ein großer Teil des Umsatzes abhängt. Er ist ihr fester Ansprechpartner, "
                         "verhandelt Konditionen, löst Probleme, bevor sie eskalieren, und vertritt die "
                         "Interessen dieser Kunden auch im eigenen Haus, etwa gegenüber Vertrieb, Logistik "
                         "und Geschäftsführung. Anders als im klassischen Vertrieb geht es weniger um neue "
                         "Kunden als darum, bestehende Großkunden langfristig zu halten und auszubauen. "
                         "Das bringt viel Verantwortung, häufige Reisen und einen spürbaren variablen "
                         "Gehaltsanteil mit sich.",
        "overview.pages": "Weiter zu den Details",
        "overview.chart.title": "Alle Gehaltszahlen des Artikels auf einer Achse",
        # Experience
        "experience.title": "Gehalt nach Berufserfahrung",
        "experience.intro": "Der Artikel nennt drei Karrierestufen mit Gehaltsspannen und zwei Werte nach Jahren "
                            "im Beruf. Die Linien zeigen Einstieg, Durchschnitt und Spitze.",
        "experience.chart.title": "Spannen der Karrierestufen und Werte nach Berufsjahren",
        "experience.years_note": "Wie viele Berufsjahre zu welcher Stufe gehören, sagt der Artikel nicht; "
                                 "die Zuordnung im Rechner ist eine Annahme (siehe Methode).",
        # Degree
        "degree.title": "Gehalt nach Abschluss",
        "degree.intro": "Der Artikel nennt ein Gehalt für KAM mit Bachelor- und mit Masterabschluss.",
        "degree.chart.title": "Bachelor und Master im Vergleich",
        "degree.premium": "Aufschlag Master",
        "degree.premium_pct": "Aufschlag in Prozent",
        "degree.note": "Ein Studium ist laut Artikel keine Voraussetzung für den Beruf; für KAM ohne Abschluss "
                       "nennt er keine Zahl.",
        # Industry
        "industry.title": "Gehalt nach Branche",
        "industry.intro": "Durchschnittsgehälter in sechs Branchen, absteigend sortiert, neben dem "
                          "Gesamtdurchschnitt aller KAM.",
        "industry.chart.title": "Durchschnittsgehalt nach Branche",
        "industry.note": (
            "Der Artikel nennt Durchschnitte für sechs Branchen. Alle liegen unter seinem Gesamtdurchschnitt "
            "von {average}; wie beide zusammenhängen, lässt er offen. Der Rechner bietet deshalb zwei "
            "Lesarten an (siehe Methode)."
        ),
        "industry.consequence": (
            "Mit der Lesart „{reading}“ (Voreinstellung) hebt {top} den Median im Rechner um {top_now}, "
            "{bottom} senkt ihn um {bottom_now}. Mit der Lesart „{other}“ wären es {top_then} und "
            "{bottom_then}: Dann senkt jede der sechs Branchen die Schätzung unter „Alle Branchen“."
        ),
        "industry.vs_average": "gegenüber dem Durchschnitt",
        # Estimator
        "estimator.title": "Gehaltsrechner",
        "estimator.intro": "Schieben und wählen Sie Ihr Profil; die Spanne zeigt, was die mittlere Hälfte der KAM "
                           "mit diesem Profil laut Modell verdient. Die Adresse dieser Seite ist ein Link, "
                           "der genau diese Schätzung wieder öffnet.",
        "control.years": "Berufserfahrung (Jahre)",
        "control.degree": "Abschluss",
        "control.industry": "Branche",
        "control.bands": "Lesart der Spannen im Artikel",
        "control.bands.help": "Der Artikel sagt nicht, welchen Anteil der KAM seine Spannen umfassen. "
                              "Als mittlere Hälfte gelesen (25.–75. Perzentil) streuen die Gehälter stärker "
                              "als bei 10.–90. Perzentil.",
        "control.industry_reading": "Branchenwerte verstehen als",
        "control.industry_reading.help": (
            "Der Artikel sagt nicht, worauf sich seine Branchenwerte beziehen. „Abstand zwischen den "
            "Branchen“: Die drei oberen Branchen heben, die drei unteren senken die Schätzung. „Anteil am "
            "Gesamtdurchschnitt“: Jede Branche wird durch den Gesamtdurchschnitt geteilt; da alle darunter "
            "liegen, senkt jede Branche die Schätzung."
        ),
        "industry_reading.relative": "Abstand zwischen den Branchen",
        "industry_reading.overall": "Anteil am Gesamtdurchschnitt",
        "degree.none": "Ohne Studium",
        "degree.bachelor": "Bachelor",
        "degree.master": "Master",
        "industry.all": "Alle Branchen",
        "bands.p25-p75": "25.–75. Perzentil",
        "bands.p10-p90": "10.–90. Perzentil",
        "metric.low": "Untere Grenze (25. Perzentil)",
        "metric.median": "Median",
        "metric.high": "Obere Grenze (75. Perzentil)",
        "estimator.per_year": "pro Jahr",
        "estimator.per_month": (
            "Fixgehalt pro Monat bei {salaries} Gehältern ({variable} des Gesamtgehalts sind variabel, siehe "
            "„Fix und variabel“). Dazu variabel bei 100 % Ziel, pro Jahr: {low} / {median} / {high}."
        ),
        "chart.range.title": "Ihre Spanne neben den Spannen des Artikels",
        "chart.range.you": "Ihre Spanne",
        "chart.range.second": "Profil 2",
        "chart.range.first": "Profil 1",
        "chart.range.salary": "Ihr Gehalt",
        "chart.career.title": "Gehaltsverlauf über 40 Berufsjahre für dieses Profil",
        "chart.career.band": "Spanne (25.–75. Perzentil)",
        "chart.career.median": "Median",
        "chart.career.you": "Sie heute",
        "chart.waterfall.title": "Wie der Median zustande kommt",
        "step.base": "Ausgangspunkt (Bachelor, ohne Berufserfahrung)",
        "step.years": "Berufserfahrung",
        "step.degree": "Abschluss",
        "step.industry": "Branche",
        "step.total": "Median",
        "axis.salary": "Bruttogehalt pro Jahr (EUR)",
        "axis.salary_month": "Fixgehalt pro Monat (EUR)",
        "axis.years": "Berufserfahrung (Jahre)",
        "axis.figure": "Zahl aus dem Artikel",
        "hover.source": "Quelle: {section}",
        "hover.model": "Quelle: Modell, aus den Zahlen des Artikels",
        "kind.band": "Spanne",
        "kind.point": "Wert",
        "kind.from": "ab",
        "kind.well_over": "weit über",
        "line.entry": "Einstieg",
        "line.average": "Durchschnitt",
        "line.top": "Spitze",
        # Where do I stand
        "stand.title": "Wo stehe ich?",
        "control.view": "Mehr zu dieser Schätzung",
        "view.stand": "Wo stehe ich?",
        "view.path": "Verlauf",
        "view.build": "Aufbau",
        "view.compare": "Vergleich",
        "view.split": "Fix und variabel",
        "stand.input": "Ihr Bruttojahresgehalt (EUR)",
        "stand.help": "Leer lassen, wenn Sie nichts vergleichen möchten.",
        "stand.result": "Mit {salary} verdienen Sie mehr als {percent} der KAM mit diesem Profil.",
        "stand.below": (
            "{salary} liegt unter dem gesetzlichen Mindestlohn für eine Vollzeitstelle ({floor} im Jahr); "
            "darunter setzt das Modell niemanden an."
        ),
        "stand.above": "Das ist mehr als das Spitzengehalt des Artikels ({top}).",
        # Compare
        "compare.title": "Zwei Profile vergleichen",
        "compare.intro": "Profil 2 beginnt als Kopie Ihres Profils; ändern Sie etwa Abschluss oder Branche.",
        "compare.chart.title": "Profil 1 und Profil 2 im Vergleich",
        "compare.diff": "Unterschied im Median (Profil 2 − Profil 1)",
        "compare.diff_pct": "Unterschied in Prozent",
        "control.years2": "Berufserfahrung Profil 2 (Jahre)",
        "control.degree2": "Abschluss Profil 2",
        "control.industry2": "Branche Profil 2",
        # Pay split
        "split.title": "Fix und variabel",
        "split.intro": (
            "Das Modell liest die Zahlen des Artikels als Gesamtgehälter bei voller Zielerreichung (eine "
            "Annahme: der Artikel sagt nur, dass sie oft fixe und variable Teile enthalten). Voreinstellung: "
            "{variable} variabel, ein im Key Account Management üblicher Anteil, und {attainment} "
            "Zielerreichung – dann ist das ausgezahlte Gehalt gleich dem Median."
        ),
        "control.variable": "Variabler Anteil (%)",
        "control.attainment": "Zielerreichung (%)",
        "split.fixed": "Fixgehalt",
        "split.variable": "Variabel bei 100 % Ziel",
        "split.paid": "Ausgezahlt bei dieser Zielerreichung",
        # Period
        "control.period": "Beträge anzeigen",
        "period.year": "pro Jahr",
        "period.month": "pro Monat",
        "control.salaries": "Gehälter pro Jahr",
        # Downloads
        "download.title": "Schätzung herunterladen",
        "download.csv": "Als CSV",
        "download.json": "Als JSON",
        # Methodology
        "method.title": "Methode & Quellen",
        "method.figures": "Die Zahlen des Artikels",
        "method.figures.intro": "Jede Zahl des Artikels als eine Zeile, mit dem Abschnitt, in dem sie steht. "
                                "Alle Beträge sind Bruttojahresgehälter in Euro; laut Artikel enthalten sie "
                                "oft fixe und variable Anteile. Die CSV-Datei enthält die Zahlen "
                                "unformatiert.",
        "method.download": "Zahlen als CSV herunterladen",
        "method.levels": "Angenommene Berufsjahre je Stufe",
        "method.model": "Das Modell in Worten",
        "method.model.text": (
            "1. **Ausgangspunkt** ist das Bachelor-Gehalt des Artikels ({bachelor}), gelesen als Gehalt beim "
            "Einstieg (0 Jahre).\n2. **Berufserfahrung**: Der Median eines Bachelors ohne bestimmte Branche "
            "folgt einer glatten Kurve, die früh am schnellsten steigt und dann immer langsamer, bis sie nach "
            "{plateau} Jahren flach bleibt (eine Annahme). Ihre drei Parameter werden per "
            "Kleinste-Quadrate-Anpassung an Punkte aus dem Artikel angepasst: den Bachelor-Wert bei 0 Jahren, "
            "die Mitte jeder Stufenspanne in der Mitte ihrer angenommenen Jahre und den Wert für 7–10 Jahre "
            "({y710}) bei {y710_at} Jahren. „Weit über {over10}“ ab {over10_from} Jahren wird danach "
            "geprüft.\n3. **Abschluss**: Master multipliziert mit {master} / {bachelor}; ohne Studium wird "
            "durch denselben Faktor geteilt. Der Aufschlag gilt in jedem Berufsjahr gleich.\n4. **Branche**: "
            "entweder relativ zueinander (geteilt durch das geometrische Mittel der sechs Branchenwerte; "
            "Voreinstellung) oder relativ zum Gesamtdurchschnitt ({average}). „Alle Branchen“ ändert "
            "nichts.\n5. **Streuung**: Die Gehälter eines Profils folgen einer Log-Normalverteilung um diesen "
            "Median. Ihre Breite kommt aus den Stufenspannen, gelesen als 25.–75. oder 10.–90. Perzentil "
            "(wählbar), dazwischen interpoliert. Die Lesart ändert nur die Breite, nie den Median.\n6. "
            "**Untergrenze**: der gesetzliche Mindestlohn für Vollzeit, {wage} pro Stunde × {hours} Stunden × "
            "{weeks} Wochen = {floor} im Jahr ({law}). Niedrigere Werte werden auf ihn angehoben. Eine "
            "Obergrenze gibt es nicht: {top} ist die obere Kante der Senior-Spanne, keine Wand.\n7. "
            "**Spanne**: untere Grenze = 25. Perzentil, Median = 50., obere Grenze = 75. Perzentil."
        ),
        "method.assumptions": "Annahmen",
        "method.assumptions.text": (
            "Wo der Artikel etwas offen lässt, trifft das Modell eine Annahme. Jede steht hier mit ihrer "
            "Voreinstellung und der Stelle, an der Sie sie ändern."
        ),
        "method.limits": "Grenzen",
        "method.limits.text": (
            "Der Artikel nennt weder Stichprobe noch Jahr seiner Daten; Region, Firmengröße, Verantwortung "
            "und Verhandlung fehlen im Modell. Die Schätzung ist eine Orientierung, kein Angebot."
        ),
        "method.sources": "Quelle",
        "method.sources.text": "Artikel „Key Account Manager: Gehalt, Aufgaben, Bedeutung + Jobs“. "
                               "Die Texte dieses Dashboards sind eigene Formulierungen; übernommen sind nur "
                               "Zahlen und Fakten.",
        "column.label": "Bezeichnung",
        "column.dimension": "Gruppe",
        "column.value": "Betrag",
        "column.section": "Abschnitt im Artikel",
        "column.key": "Kennung",
        "column.level": "Stufe",
        "column.level_years": "Angenommene Berufsjahre",
        "column.band": "Spanne im Artikel",
        "column.assumption": "Annahme",
        "column.default": "Voreinstellung",
        "column.where": "Wo Sie sie ändern",
        "assumption.bands": "Welchen Anteil der Gehälter die Spannen des Artikels umfassen",
        "assumption.industry_reading": "Worauf sich die Branchenwerte beziehen",
        "assumption.mean_median": (
            "Die Werte des Artikels („rund“, „Durchschnitt“) werden als Median gelesen, nicht als Mittelwert"
        ),
        "assumption.totals": "Die Zahlen sind Gesamtgehälter bei 100 % Zielerreichung (fix und variabel)",
        "assumption.variable": "Variabler Anteil am Gesamtgehalt",
        "assumption.none": "Abschlag ohne Studium (der Artikel nennt keine Zahl)",
        "assumption.levels": "Berufsjahre je Karrierestufe",
        "assumption.plateau": "Ab wann der Median nicht mehr steigt",
        "assumption.floor": "Untergrenze: gesetzlicher Mindestlohn für Vollzeit",
        "where.control": "Rechner: „{control}“ (Link-Parameter {param})",
        "where.data": "Datei data/{file}",
        "where.fixed": "fest im Modell",
        "default.none_factor": "Bachelor geteilt durch {factor}",
        "default.levels": "Junior {junior}, erfahren {experienced}, Senior {senior} Jahre",
        "default.plateau": "nach {years} Jahren",
        "default.floor": "{floor} im Jahr ({wage} × {hours} Std. × {weeks} Wochen)",
        "default.yes": "ja",
        "years.range": "{low}–{high}",
        "years.from": "ab {low}",
        "dim.overall": "Gesamt",
        "dim.level": "Karrierestufe",
        "dim.degree": "Abschluss",
        "dim.years": "Berufsjahre",
        "dim.industry": "Branche",
        # Other sources
        "nav.sources": "Andere Quellen",
        "sources.title": "Was andere Quellen sagen",
        "sources.intro": "Gehaltsportale, Arbeitsmarktstatistik und Presse nennen andere Zahlen als der Artikel. "
                         "Hier stehen sie nebeneinander, jede mit ihrer Quelle und ihrem Datum.",
        "sources.context": "Nur zur Einordnung: Modell und Gehaltsrechner beruhen allein auf den Zahlen des Artikels; "
                           "die Zahlen dieser Seite fließen nicht ein.",
        "sources.monthly": "Monatsangaben sind als {months} × Monatsbetrag pro Jahr gezeigt. Punkt: Mittelwert "
                           "(Kreis) oder Median (Raute); Balken: Spanne oder 1. bis 3. Quartil. Jede Zahl behält "
                           "ihr Datum; die Tabelle nennt sie so, wie sie veröffentlicht wurde.",
        "sources.chart.title": "Veröffentlichte KAM-Gehälter neben dem Artikel",
        "sources.you": "Ihre Spanne laut Modell",
        "sources.you.hover": "{profile}<br>{low} – {high}<br>Median: {median}",
        "sources.profile": "{years} Jahre · {degree} · {industry}",
        "sources.article_average": "Durchschnitt im Artikel",
        "sources.article_band": "Artikel: {label}",
        "sources.undated": "ohne Datum",
        "sources.per.year": "{amount} im Jahr",
        "sources.per.month": "{amount} im Monat",
        "sources.from_month": "({months} × {amount})",
        "sources.read_in": "Gelesen in: {where}",
        "sources.cited_by": "Zitiert von {where}",
        "sources.published": "Veröffentlicht: {date}",
        "sources.reading": "Einordnung",
        "sources.table": "Die Zahlen mit ihren Quellen",
        "sources.links": "Wo die Zahlen stehen",
        "sources.download": "Zahlen als CSV herunterladen",
        "sources.link": "Wie andere Quellen das sehen",
        "sources.column.source": "Quelle",
        "sources.column.date": "Datum",
        "sources.column.measure": "Was",
        "sources.column.published_as": "Wie veröffentlicht",
        "sources.column.per_year": "Pro Jahr",
        "sources.column.read_in": "Gelesen in",
        "sources.column.note": "Anmerkung",
        "measure.mean": "Mittelwert",
        "measure.median": "Median",
        "measure.band": "Spanne",
        "measure.quartiles": "Spanne vom 1. bis 3. Quartil",
        "reading.spread": "Die {n} veröffentlichten Durchschnittswerte für alle KAM (Mittelwert oder Median) reichen "
                          "von {low} ({low_source}) bis {high} ({high_source}) im Jahr.",
        "reading.article": "Der Durchschnitt des Artikels, {article}, liegt über {below} und unter {above} "
                           "dieser Werte.",
        "reading.equal": "{count} davon sind genau so hoch.",
        "reading.you": "Ihre Spanne laut Modell, {low} bis {high} (Median {median}), schließt {inside} der {n} "
                       "Durchschnittswerte ein.",
        "reading.differ": "Die Zahlen stammen aus verschiedenen Jahren ({years}), sind auf unterschiedliche Weise "
                          "erhoben und zählen nicht dasselbe ({measures}, für alle KAM oder nur einen Teil, "
                          "mit oder ohne variable Anteile). Eine einzelne Zahl ist deshalb nur ein grober "
                          "Anhaltspunkt.",
        "reading.undated": ", {count} ohne Datum",
        "method.sources.others": "Die Seite „Andere Quellen“ zeigt veröffentlichte Zahlen anderer Anbieter nur zur "
                                 "Einordnung, Monatsangaben dort als {months} × Monatsbetrag pro Jahr. Das Modell "
                                 "beruht allein auf den Zahlen des Artikels.",
        # Net pay
        "view.net": "Netto",
        "net.intro": "Was vom Bruttogehalt bleibt: Lohnsteuer, Solidaritätszuschlag und Kirchensteuer nach dem "
                     "Programmablaufplan 2026 des Bundesfinanzministeriums, dazu Ihre Beiträge zur "
                     "Sozialversicherung. Für die untere Grenze, den Median und die obere Grenze Ihrer Spanne.",
        "control.taxclass": "Steuerklasse",
        "control.state": "Bundesland",
        "control.church": "Kirchensteuer",
        "control.children": "Kinder unter 25",
        "control.children.help": "Für Kinderfreibeträge (Solidaritätszuschlag, Kirchensteuer) und den Beitrag "
                                 "zur Pflegeversicherung.",
        "control.birth": "Geburtsjahr",
        "control.health": "Krankenversicherung",
        "control.surcharge": "Zusatzbeitrag (%)",
        "control.surcharge.help": "Zusatzbeitrag Ihrer Krankenkasse; der durchschnittliche 2026 ist {average}. "
                                  "Die Hälfte zahlt der Arbeitgeber.",
        "control.premium": "Beitrag privat (EUR/Monat)",
        "control.premium.help": "Ihr Monatsbeitrag für Kranken- und Pflegeversicherung.",
        "control.subsidy": "Zuschuss AG (EUR/Monat)",
        "control.subsidy.help": "Der steuerfreie Zuschuss des Arbeitgebers zu diesem Beitrag.",
        "control.car": "Dienstwagen: Listenpreis brutto (EUR, 0 = keiner)",
        "control.km": "Arbeitsweg (km)",
        "control.km.help": "Einfache Entfernung zwischen Wohnung und erster Tätigkeitsstätte.",
        "control.drive": "Antrieb des Dienstwagens",
        "taxclass.1": "I", "taxclass.2": "II", "taxclass.3": "III",
        "taxclass.4": "IV", "taxclass.5": "V", "taxclass.6": "VI",
        "church.no": "Nein",
        "church.yes": "Ja",
        "health.statutory": "Gesetzlich",
        "health.private": "Privat",
        "drive.combustion": "Verbrenner",
        "drive.hybrid": "Plug-in-Hybrid",
        "drive.electric": "Elektro",
        "state.BW": "Baden-Württemberg", "state.BY": "Bayern", "state.BE": "Berlin", "state.BB": "Brandenburg",
        "state.HB": "Bremen", "state.HH": "Hamburg", "state.HE": "Hessen", "state.MV": "Mecklenburg-Vorpommern",
        "state.NI": "Niedersachsen", "state.NW": "Nordrhein-Westfalen", "state.RP": "Rheinland-Pfalz",
        "state.SL": "Saarland", "state.SN": "Sachsen", "state.ST": "Sachsen-Anhalt",
        "state.SH": "Schleswig-Holstein", "state.TH": "Thüringen",
        "net.month": "Netto pro Monat, {level}",
        "net.year": "Netto pro Jahr, {level}",
        "net.level.low": "untere Grenze",
        "net.level.median": "Median",
        "net.level.high": "obere Grenze",
        "net.basis": "**Pro Monat:** die Lohnabrechnung eines regulären Monats, also nur das Fixgehalt "
                     "({fixed} brutto beim Median: {salaries} Gehälter im Jahr, {variable} des Gesamtgehalts "
                     "variabel). **Pro Jahr:** das ganze Jahr, Fixgehalt und variabler Teil bei {attainment} "
                     "Zielerreichung ({paid} brutto beim Median). Anteil variabel und Zielerreichung stellen Sie "
                     "unter „Fix und variabel“ ein.",
        "net.car": "Dienstwagen: {benefit} geldwerter Vorteil im Monat – versteuert und verbeitragt wie Gehalt, "
                   "aber nicht ausgezahlt.",
        "net.chart.title": "Wohin das Jahresbrutto des Medians geht",
        "net.part.net": "Netto (ausgezahlt)",
        "net.part.wage_tax": "Lohnsteuer",
        "net.part.solidarity": "Solidaritätszuschlag",
        "net.part.church_tax": "Kirchensteuer",
        "net.part.pension": "Rentenversicherung",
        "net.part.unemployment": "Arbeitslosenversicherung",
        "net.part.health": "Krankenversicherung",
        "net.part.care": "Pflegeversicherung",
        "net.part.car_benefit": "Dienstwagen (Sachbezug, nicht ausgezahlt)",
        "net.hover": "{year} pro Jahr<br>{month} im regulären Monat<br>{share} des Bruttos",
        "net.column.part": "Posten",
        "net.column.year": "Pro Jahr",
        "net.column.month": "Regulärer Monat",
        "net.column.share": "Anteil",
        "net.table.caption": "Median: Jahr mit variablem Teil, Monat nur Fixgehalt. Anteil am Jahresbrutto "
                             "einschließlich Dienstwagen.",
        "net.advice": "Eine Modellrechnung nach den Regeln für 2026, keine Steuer- oder Rechtsberatung. Was "
                      "vereinfacht ist, steht unter Methode & Quellen.",
        "net.invalid": "Die Angabe `{name}` passt nicht zu den übrigen (der Zuschuss darf den Beitrag nicht "
                       "übersteigen); gerechnet wird mit der Voreinstellung.",
        "net.method": "Nettolohn 2026",
        "net.method.text": (
            "- **Lohnsteuer, Solidaritätszuschlag, Kirchensteuer**: nach dem amtlichen Programmablaufplan 2026 "
            "des Bundesfinanzministeriums (BMF-Schreiben vom 12.11.2025), berechnet mit dem Paket "
            "`lohnsteuer-bmf` 2026.3. Kirchensteuer 8 % der Lohnsteuer in Baden-Württemberg und Bayern, sonst "
            "9 %, jeweils nach Kinderfreibeträgen.\n"
            "- **Sozialversicherung**: die Arbeitnehmeranteile, bis zur jeweiligen Beitragsbemessungsgrenze; "
            "Sätze, Grenzen und Rechtsquellen in der Tabelle unten (Datei `data/contributions.csv`).\n"
            "- **Dienstwagen**: 1 % des Bruttolistenpreises im Monat plus 0,03 % je Kilometer zur Arbeit; bei "
            "Plug-in-Hybriden die Hälfte, bei Elektroautos bis zur Listenpreisgrenze ein Viertel (Datei "
            "`data/company_car.csv`). Der Vorteil wird versteuert und verbeitragt, aber nicht ausgezahlt.\n"
            "- **Pro Monat** zeigt die Abrechnung eines regulären Monats mit dem Fixgehalt, **pro Jahr** "
            "das Jahresbrutto aus Fixgehalt und variablem Teil.\n"
            "- **Vereinfacht**: Der variable Teil wird wie laufender Lohn mit dem Jahresbrutto versteuert, nicht "
            "als sonstiger Bezug; alle Kinder gelten als unter 25; der Kinderlosenzuschlag gilt ab dem Jahr "
            "nach dem 23. Geburtstag; der Übergangsbereich (Midijob), Freibeträge auf der Lohnsteuerkarte, "
            "Faktorverfahren und Steuerklasse IV mit Faktor fehlen; bei privater Versicherung zählt der ganze "
            "Beitrag als Basisabsicherung. Voreinstellungen: Steuerklasse {taxclass}, {state}, ohne "
            "Kirchensteuer, keine Kinder, Jahrgang {birth}, gesetzlich versichert mit {surcharge} "
            "Zusatzbeitrag; privat {premium} Beitrag und {subsidy} Zuschuss im Monat; kein Dienstwagen.\n"
            "- Das Ergebnis ist eine Orientierung, **keine Steuerberatung**. Die Lohnabrechnung Ihres "
            "Arbeitgebers kann abweichen."
        ),
        "net.method.contributions": "Beitragssätze und Grenzen 2026",
        "net.method.car": "Regeln für den Dienstwagen",
        "column.rate_value": "Wert",
        "column.rate_source": "Rechtsquelle",
        "unit.per_month": " im Monat",
    },
    "en": {
        "app.title": "KAM salary",
        "lang.label": "Language",
        "lang.de": "Deutsch",
        "lang.en": "English",
        "nav.overview": "Overview",
        "nav.experience": "Experience",
        "nav.degree": "Degree",
        "nav.industry": "Industry",
        "nav.estimator": "Estimator",
        "nav.methodology": "Method & sources",
        "source.caption": "Source of the figures: article \"Key Account Manager: Gehalt, Aufgaben, Bedeutung + "
                          "Jobs\", section \"{section}\". All amounts gross per year.",
        "error.data": "The salary data could not be loaded: {message}",
        "warn.param": "The address parameter `{name}` has an invalid value ({problem}). Using {default} instead.",
        "problem.repeated": "given more than once",
        "problem.empty": "empty",
        "problem.too_long": "too long",
        "problem.not_number": "not a number",
        "problem.not_whole": "not a whole number",
        "problem.out_of_range": "outside {low} to {high}",
        "problem.unknown": "unknown; allowed: {allowed}",
        "default.none": "no value",
        "overview.title": "What do key account managers earn?",
        "overview.intro": "This dashboard shows the salary figures of a German career-advice article on key "
                          "account managers (KAM) and estimates a personal range from them.",
        "overview.entry": "Entry from",
        "overview.average": "Average",
        "overview.top": "Top",
        "note.entry_below_floor": (
            "The article's entry salary ({entry}) is below the statutory minimum wage for a full-time job: "
            "{wage} an hour since {since} make {floor} a year at {hours} hours a week and {weeks} weeks "
            "({law}). So the figure predates that minimum wage or includes part-time work. The estimator puts "
            "no estimate below it."
        ),
        "overview.role.title": "The role in brief",
        "overview.role": "A KAM looks after a handful of especially important customers – often the ones a "
                         "large share of revenue depends on. They are those customers' fixed point of contact, "
                         "negotiate terms, sort out problems before they escalate, and argue for these customers "
                         "inside their own company, with sales, logistics and management. Unlike classic sales, "
                         "the job is less about winning new customers than about keeping and growing existing "
                         "key accounts over years. It comes with a lot of responsibility, frequent travel and a "
                         "noticeable variable part of pay.",
        "overview.pages": "Explore the details",
        "overview.chart.title": "Every salary figure of the article on one axis",
        "experience.title": "Salary by experience",
        "experience.intro": "The article gives three career levels with salary bands and two figures by years "
                            "in the job. The lines mark the entry, average and top salary.",
        "experience.chart.title": "Bands of the career levels and figures by years of experience",
        "experience.years_note": "The article does not say how many years belong to each level; the estimator's "
                                 "mapping is an assumption (see Method).",
        "degree.title": "Salary by degree",
        "degree.intro": "The article gives a salary for KAM with a bachelor's and with a master's degree.",
        "degree.chart.title": "Bachelor's and master's degree compared",
        "degree.premium": "Master's premium",
        "degree.premium_pct": "Premium in percent",
        "degree.note": "The article says a degree is not required for the job; it gives no figure for KAM "
                       "without one.",
        "industry.title": "Salary by industry",
        "industry.intro": "Average salaries in six industries, highest first, beside the overall average of "
                          "all KAM.",
        "industry.chart.title": "Average salary by industry",
        "industry.note": (
            "The article gives averages for six industries. All of them lie below its overall average of "
            "{average}; how the two relate, it does not say. The estimator therefore offers two readings (see "
            "Method)."
        ),
        "industry.consequence": (
            "Under the reading “{reading}” (the default) {top} raises the estimator's median by {top_now} and "
            "{bottom} lowers it by {bottom_now}. Under “{other}” it would be {top_then} and {bottom_then}: "
            "every one of the six industries would then put the estimate below “All industries”."
        ),
        "industry.vs_average": "against the average",
        "estimator.title": "Salary estimator",
        "estimator.intro": "Set your profile; the range shows what the middle half of KAM with this profile earn "
                           "according to the model. This page's address is a link that reopens exactly this "
                           "estimate.",
        "control.years": "Experience (years)",
        "control.degree": "Degree",
        "control.industry": "Industry",
        "control.bands": "How to read the article's bands",
        "control.bands.help": "The article does not say what share of KAM its bands cover. Read as the middle "
                              "half (25th–75th percentile), salaries spread more than read as 10th–90th "
                              "percentile.",
        "control.industry_reading": "Read the industry figures as",
        "control.industry_reading.help": (
            "The article does not say what its industry figures are relative to. “Gaps between industries”: "
            "the top three industries raise the estimate, the bottom three lower it. “Share of the overall "
            "average”: each industry is divided by the overall average; as all lie below it, every industry "
            "lowers the estimate."
        ),
        "industry_reading.relative": "Gaps between industries",
        "industry_reading.overall": "Share of the overall average",
        "degree.none": "No degree",
        "degree.bachelor": "Bachelor's",
        "degree.master": "Master's",
        "industry.all": "All industries",
        "bands.p25-p75": "25th–75th percentile",
        "bands.p10-p90": "10th–90th percentile",
        "metric.low": "Low (25th percentile)",
        "metric.median": "Median",
        "metric.high": "High (75th percentile)",
        "estimator.per_year": "per year",
        "estimator.per_month": (
            "Fixed pay per month with {salaries} salaries a year ({variable} of the total is variable, see "
            "“Fixed and variable”). On top, variable pay at 100% target, per year: {low} / {median} / {high}."
        ),
        "chart.range.title": "Your range beside the article's bands",
        "chart.range.you": "Your range",
        "chart.range.second": "Profile 2",
        "chart.range.first": "Profile 1",
        "chart.range.salary": "Your salary",
        "chart.career.title": "Salary path over 40 years for this profile",
        "chart.career.band": "Range (25th–75th percentile)",
        "chart.career.median": "Median",
        "chart.career.you": "You today",
        "chart.waterfall.title": "How the median is built",
        "step.base": "Starting point (bachelor's, no experience)",
        "step.years": "Experience",
        "step.degree": "Degree",
        "step.industry": "Industry",
        "step.total": "Median",
        "axis.salary": "Gross salary per year (EUR)",
        "axis.salary_month": "Fixed pay per month (EUR)",
        "axis.years": "Experience (years)",
        "axis.figure": "Figure in the article",
        "hover.source": "Source: {section}",
        "hover.model": "Source: model, from the article's figures",
        "kind.band": "band",
        "kind.point": "figure",
        "kind.from": "from",
        "kind.well_over": "well over",
        "line.entry": "Entry",
        "line.average": "Average",
        "line.top": "Top",
        "stand.title": "Where do I stand?",
        "control.view": "More on this estimate",
        "view.stand": "Where do I stand?",
        "view.path": "Salary path",
        "view.build": "How it is built",
        "view.compare": "Compare",
        "view.split": "Fixed and variable",
        "stand.input": "Your gross yearly salary (EUR)",
        "stand.help": "Leave empty if you do not want to compare.",
        "stand.result": "At {salary} you earn more than {percent} of KAM with this profile.",
        "stand.below": (
            "{salary} is below the statutory minimum wage for a full-time job ({floor} a year); the model "
            "puts nobody below it."
        ),
        "stand.above": "That is more than the article's top salary ({top}).",
        "compare.title": "Compare two profiles",
        "compare.intro": "Profile 2 starts as a copy of yours; change its degree or industry, for example.",
        "compare.chart.title": "Profile 1 and profile 2 compared",
        "compare.diff": "Difference in the median (profile 2 − profile 1)",
        "compare.diff_pct": "Difference in percent",
        "control.years2": "Experience, profile 2 (years)",
        "control.degree2": "Degree, profile 2",
        "control.industry2": "Industry, profile 2",
        "split.title": "Fixed and variable pay",
        "split.intro": (
            "The model reads the article's figures as total pay at full target attainment (an assumption: the "
            "article only says they often include fixed and variable parts). Defaults: {variable} variable, a "
            "common share in key account management, and {attainment} attainment – then the pay received "
            "equals the median."
        ),
        "control.variable": "Variable share (%)",
        "control.attainment": "Target attainment (%)",
        "split.fixed": "Fixed salary",
        "split.variable": "Variable at 100% target",
        "split.paid": "Paid at this attainment",
        "control.period": "Show amounts",
        "period.year": "per year",
        "period.month": "per month",
        "control.salaries": "Salaries per year",
        "download.title": "Download the estimate",
        "download.csv": "As CSV",
        "download.json": "As JSON",
        "method.title": "Method & sources",
        "method.figures": "The article's figures",
        "method.figures.intro": "Every figure of the article as one row, with the section it is in. All "
                                "amounts are gross yearly salaries in euros; the article notes they often "
                                "combine fixed and variable parts. The CSV file holds the plain numbers.",
        "method.download": "Download the figures as CSV",
        "method.levels": "Assumed years of experience per level",
        "method.model": "The model in plain words",
        "method.model.text": (
            "1. **Starting point** is the article's bachelor's salary ({bachelor}), read as the salary at "
            "entry (0 years).\n2. **Experience**: the median of a bachelor's graduate in no particular "
            "industry follows a smooth curve that rises fastest early and ever more slowly, until it stays "
            "flat after {plateau} years (an assumption). Its three parameters are fitted by least squares to "
            "points from the article: the bachelor's figure at 0 years, the middle of each level's band at "
            "the middle of its assumed years, and the 7–10 years figure ({y710}) at {y710_at} years. “Well "
            "over {over10}” from {over10_from} years on is checked afterwards.\n3. **Degree**: a master's "
            "multiplies by {master} / {bachelor}; no degree divides by the same factor. The premium is the "
            "same in every year.\n4. **Industry**: either relative to each other (divided by the geometric "
            "mean of the six industry figures; the default) or relative to the overall average ({average}). "
            "“All industries” changes nothing.\n5. **Spread**: salaries of one profile follow a log-normal "
            "distribution around that median. Its width comes from the level bands, read as 25th–75th or "
            "10th–90th percentile (your choice), interpolated in between. The reading changes only the width, "
            "never the median.\n6. **Floor**: the statutory minimum wage for full-time work, {wage} an hour × "
            "{hours} hours × {weeks} weeks = {floor} a year ({law}). Lower values are lifted to it. There is "
            "no ceiling: {top} is the upper edge of the senior band, not a wall.\n7. **Range**: low = 25th "
            "percentile, median = 50th, high = 75th percentile."
        ),
        "method.assumptions": "Assumptions",
        "method.assumptions.text": (
            "Where the article leaves something open, the model makes an assumption. Each is listed here with "
            "its default and where you change it."
        ),
        "method.limits": "Limits",
        "method.limits.text": (
            "The article names neither sample nor year of its data; region, company size, responsibility and "
            "negotiation are not in the model. The estimate is a guide, not an offer."
        ),
        "method.sources": "Source",
        "method.sources.text": "Article \"Key Account Manager: Gehalt, Aufgaben, Bedeutung + Jobs\" (German). "
                               "This dashboard's texts are its own words; only figures and facts are taken "
                               "from the article.",
        "column.label": "Label",
        "column.dimension": "Group",
        "column.value": "Amount",
        "column.section": "Section in the article",
        "column.key": "ID",
        "column.level": "Level",
        "column.level_years": "Assumed years of experience",
        "column.band": "Band in the article",
        "column.assumption": "Assumption",
        "column.default": "Default",
        "column.where": "Where you change it",
        "assumption.bands": "What share of salaries the article's bands cover",
        "assumption.industry_reading": "What the industry figures are relative to",
        "assumption.mean_median": "The article's values (“about”, “average”) are read as medians, not means",
        "assumption.totals": "The figures are total pay at 100% target (fixed and variable)",
        "assumption.variable": "Variable share of total pay",
        "assumption.none": "Discount without a degree (the article gives no figure)",
        "assumption.levels": "Years of experience per career level",
        "assumption.plateau": "When the median stops rising",
        "assumption.floor": "Floor: statutory minimum wage for full-time work",
        "where.control": "Estimator: “{control}” (link parameter {param})",
        "where.data": "File data/{file}",
        "where.fixed": "fixed in the model",
        "default.none_factor": "bachelor's divided by {factor}",
        "default.levels": "junior {junior}, experienced {experienced}, senior {senior} years",
        "default.plateau": "after {years} years",
        "default.floor": "{floor} a year ({wage} × {hours} h × {weeks} weeks)",
        "default.yes": "yes",
        "years.range": "{low}–{high}",
        "years.from": "{low} or more",
        "dim.overall": "Overall",
        "dim.level": "Career level",
        "dim.degree": "Degree",
        "dim.years": "Years of experience",
        "dim.industry": "Industry",
        # Other sources
        "nav.sources": "Other sources",
        "sources.title": "What other sources say",
        "sources.intro": "Salary portals, labour-market statistics and the press give other figures than the "
                         "article. Here they stand side by side, each with its source and date.",
        "sources.context": "Context only: the model and the estimator rest on the article's figures alone; the "
                           "figures on this page do not enter them.",
        "sources.monthly": "Monthly figures are shown per year as {months} × the monthly amount. Point: mean "
                           "(circle) or median (diamond); bar: band or 1st to 3rd quartile. Every figure keeps "
                           "its date; the table gives it as published.",
        "sources.chart.title": "Published KAM salaries beside the article",
        "sources.you": "Your range from the model",
        "sources.you.hover": "{profile}<br>{low} – {high}<br>Median: {median}",
        "sources.profile": "{years} years · {degree} · {industry}",
        "sources.article_average": "Article's average",
        "sources.article_band": "Article: {label}",
        "sources.undated": "undated",
        "sources.per.year": "{amount} a year",
        "sources.per.month": "{amount} a month",
        "sources.from_month": "({months} × {amount})",
        "sources.read_in": "Read in: {where}",
        "sources.cited_by": "Cited by {where}",
        "sources.published": "Published: {date}",
        "sources.reading": "Reading",
        "sources.table": "The figures with their sources",
        "sources.links": "Where the figures are",
        "sources.download": "Download the figures as CSV",
        "sources.link": "How other sources see it",
        "sources.column.source": "Source",
        "sources.column.date": "Date",
        "sources.column.measure": "What",
        "sources.column.published_as": "As published",
        "sources.column.per_year": "Per year",
        "sources.column.read_in": "Read in",
        "sources.column.note": "Note",
        "measure.mean": "mean",
        "measure.median": "median",
        "measure.band": "band",
        "measure.quartiles": "1st to 3rd quartile",
        "reading.spread": "The {n} published averages for all KAM (mean or median) run from {low} ({low_source}) "
                          "to {high} ({high_source}) a year.",
        "reading.article": "The article's average, {article}, is above {below} and below {above} of them.",
        "reading.equal": "{count} of them are exactly as high.",
        "reading.you": "Your range from the model, {low} to {high} (median {median}), takes in {inside} of the {n} "
                       "averages.",
        "reading.differ": "The figures come from different years ({years}), are gathered in different ways and do "
                          "not count the same thing ({measures}, for all KAM or only some, with or without "
                          "variable pay). A single figure is therefore only a rough guide.",
        "reading.undated": ", {count} undated",
        "method.sources.others": "The \"Other sources\" page shows figures published elsewhere for context only, "
                                 "monthly figures there as {months} × the monthly amount a year. The model rests "
                                 "on the article's figures alone.",
        # Net pay
        "view.net": "Net pay",
        "net.intro": "What is left of the gross: wage tax, solidarity surcharge and church tax following the "
                     "Federal Ministry of Finance's 2026 programme flowchart, plus your social contributions. For "
                     "the low end, the median and the high end of your range.",
        "control.taxclass": "Tax class",
        "control.state": "State",
        "control.church": "Church tax",
        "control.children": "Children under 25",
        "control.children.help": "For the child allowances (solidarity surcharge, church tax) and the long-term "
                                 "care contribution.",
        "control.birth": "Year of birth",
        "control.health": "Health insurance",
        "control.surcharge": "Fund surcharge (%)",
        "control.surcharge.help": "Your health fund's surcharge; the average in 2026 is {average}. The "
                                  "employer pays half of it.",
        "control.premium": "Premium (EUR a month)",
        "control.premium.help": "Your monthly premium for private health and long-term care insurance.",
        "control.subsidy": "Subsidy (EUR a month)",
        "control.subsidy.help": "The employer's tax-free subsidy to that premium.",
        "control.car": "Company car: gross list price (EUR, 0 = none)",
        "control.km": "Distance to work (km)",
        "control.km.help": "One way, from home to the regular place of work.",
        "control.drive": "Company car's drive",
        "taxclass.1": "I", "taxclass.2": "II", "taxclass.3": "III",
        "taxclass.4": "IV", "taxclass.5": "V", "taxclass.6": "VI",
        "church.no": "No",
        "church.yes": "Yes",
        "health.statutory": "Statutory",
        "health.private": "Private",
        "drive.combustion": "Combustion",
        "drive.hybrid": "Plug-in hybrid",
        "drive.electric": "Electric",
        "state.BW": "Baden-Württemberg", "state.BY": "Bavaria", "state.BE": "Berlin", "state.BB": "Brandenburg",
        "state.HB": "Bremen", "state.HH": "Hamburg", "state.HE": "Hesse",
        "state.MV": "Mecklenburg-Western Pomerania", "state.NI": "Lower Saxony",
        "state.NW": "North Rhine-Westphalia", "state.RP": "Rhineland-Palatinate", "state.SL": "Saarland",
        "state.SN": "Saxony", "state.ST": "Saxony-Anhalt", "state.SH": "Schleswig-Holstein",
        "state.TH": "Thuringia",
        "net.month": "Net per month, {level}",
        "net.year": "Net per year, {level}",
        "net.level.low": "low",
        "net.level.median": "median",
        "net.level.high": "high",
        "net.basis": "**Per month:** the payslip of a regular month, the fixed salary only ({fixed} gross at the "
                     "median: {salaries} salaries a year, {variable} of total pay variable). **Per year:** the "
                     "whole year, fixed salary and variable part at {attainment} target attainment ({paid} gross "
                     "at the median). Set the variable share and attainment under \"Fixed and variable\".",
        "net.car": "Company car: a taxable benefit of {benefit} a month – taxed and insured like pay, but not "
                   "paid out.",
        "net.chart.title": "Where the median's gross pay goes in a year",
        "net.part.net": "Net (paid out)",
        "net.part.wage_tax": "Wage tax",
        "net.part.solidarity": "Solidarity surcharge",
        "net.part.church_tax": "Church tax",
        "net.part.pension": "Pension insurance",
        "net.part.unemployment": "Unemployment insurance",
        "net.part.health": "Health insurance",
        "net.part.care": "Long-term care insurance",
        "net.part.car_benefit": "Company car (benefit in kind, not paid out)",
        "net.hover": "{year} a year<br>{month} in a regular month<br>{share} of gross pay",
        "net.column.part": "Item",
        "net.column.year": "Per year",
        "net.column.month": "Regular month",
        "net.column.share": "Share",
        "net.table.caption": "Median: the year with the variable part, the month fixed salary only. Share of the "
                             "year's gross including the company car.",
        "net.advice": "A model calculation under the 2026 rules, not tax or legal advice. What is simplified is "
                      "listed under Method & sources.",
        "net.invalid": "The value of `{name}` does not fit the others (the subsidy may not exceed the premium); "
                       "using the default instead.",
        "net.method": "Net pay 2026",
        "net.method.text": (
            "- **Wage tax, solidarity surcharge, church tax**: following the official 2026 programme flowchart "
            "(Programmablaufplan) of the Federal Ministry of Finance (BMF letter of 12 November 2025), computed "
            "with the package `lohnsteuer-bmf` 2026.3. Church tax is 8% of the wage tax in Baden-Württemberg and "
            "Bavaria and 9% elsewhere, after child allowances.\n"
            "- **Social insurance**: the employee's shares, up to each contribution ceiling; rates, ceilings and "
            "their legal sources in the table below (file `data/contributions.csv`).\n"
            "- **Company car**: 1% of the gross list price a month plus 0.03% per km to work; half of it for "
            "plug-in hybrids, a quarter for electric cars within the list-price limit (file "
            "`data/company_car.csv`). The benefit is taxed and insured, but not paid out.\n"
            "- **Per month** is the payslip of a regular month with the fixed salary, **per year** the year's "
            "gross of fixed salary and variable part.\n"
            "- **Simplified**: the variable part is taxed with the year's total like regular pay, not as a "
            "one-off payment; all children count as under 25; the surcharge for the childless applies from the "
            "year after the 23rd birthday; the transition zone for low pay (Midijob), allowances on the tax "
            "card, the factor method are left out; for private insurance the whole premium counts as basic "
            "cover. Defaults: tax class {taxclass}, {state}, no church tax, no children, born {birth}, "
            "statutory insurance with a {surcharge} surcharge; private: {premium} premium and {subsidy} subsidy "
            "a month; no company car.\n"
            "- The result is a guide, **not tax advice**. Your employer's payslip may differ."
        ),
        "net.method.contributions": "Contribution rates and ceilings 2026",
        "net.method.car": "Company car rules",
        "column.rate_value": "Value",
        "column.rate_source": "Legal source",
        "unit.per_month": " a month",
    },
}


def net_method(defaults, lang: str) -> str:
    """The net pay section of the methodology page, with the defaults of a
    salary.net.TaxProfile filled in."""
    return t("net.method.text", lang, taxclass=t(f"taxclass.{defaults.tax_class}", lang),
             state=t("state." + defaults.state, lang), birth=defaults.birth_year,
             surcharge=percent(defaults.surcharge, lang, 1), premium=money(defaults.premium, lang, 1),
             subsidy=money(defaults.subsidy, lang, 1))
