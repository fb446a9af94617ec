"""The UI strings and their formats (salary/text.py): both languages have the same keys and
placeholders, every key is used and none is left untranslated, no page or module holds a string
table; amounts, percentages and dates written the reader's way, amounts read back as people type
them, and the verdict on a typed salary."""

import math
import re
import string
from pathlib import Path

import babel.numbers
import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

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


@pytest.mark.parametrize("amount, de, en", [
    (61000, "61.000\xa0€", "€61,000"),
    (132000, "132.000\xa0€", "€132,000"),
    (77149, "77.100\xa0€", "€77,100"),
    (-1450, "-1.400\xa0€", "-€1,400"),
    (0, "0\xa0€", "€0"),
])
def test_money(amount, de, en):
    assert text.money(amount, "de") == de
    assert text.money(amount, "en") == en


def test_amount_per_month():
    assert text.amount(78000, "de", "month", 13) == "6.000\xa0€"
    assert text.amount(77149, "en", "month", 12) == "€6,430"


def test_percent_and_signed():
    assert text.percent(62, "de") == "62\xa0%"
    assert text.percent(62, "en") == "62%"
    assert text.percent(17.777, "de", 1, signed=True) == "+17,8\xa0%"
    assert text.percent(-3.26, "en", 1, signed=True) == "-3.3%"
    assert text.signed_money(8000, "en") == "+€8,000"
    assert text.signed_money(0, "de") == "0\xa0€"


def test_signs_of_small_and_negative_changes():
    assert text.percent(0.5, "en", 1, signed=True) == "+0.5%"
    assert text.percent(0.04, "en", 1, signed=True) == "0.0%"  # shown as zero: no sign
    assert text.signed_money(-1_450, "en") == "-€1,400"
    assert text.signed_money(-1_450, "de") == "-1.400\xa0€"


def test_amounts_per_year_by_default_and_fixed_pay_per_month():
    assert text.amount(61_049, "en") == "€61,000"  # per year, to 100 EUR
    # Per month: the fixed 80 % of 78,000 over 13 salaries.
    assert text.amount(78_000, "de", "month", 13, 0.2) == "4.800\xa0€"


@pytest.mark.parametrize("lang", text.LANGS)
def test_chart_numbers_are_written_the_readers_way(lang):
    symbols = Locale.parse(lang).number_symbols["latn"]  # CLDR, through Babel
    assert text.PLOTLY_SEPARATORS[lang] == symbols["decimal"] + symbols["group"]
    # Axis ticks put the currency sign where the language's own amounts do.
    axis = text.money_axis(lang)
    written = text.money(61000, lang)
    assert written.startswith(axis.get("tickprefix", "")) and written.endswith(axis.get("ticksuffix", ""))
    assert axis.get("tickprefix", axis.get("ticksuffix")).strip() == "€"


@pytest.mark.parametrize("salary, expected", [
    # The floor as shown: 13.90 EUR x 40 h x 52 weeks = 28,912, rounded up to 100 EUR (never shown below the law).
    (10_000, ["€10,000 is below the statutory minimum wage for a full-time job: the model puts nobody below "
              f"€{math.ceil(13.90 * 40 * 52 / 100) * 100:,} a year (0% of it variable, the rest fixed pay at the "
              "minimum wage)."]),
    (80_000, ["Model estimate: €80,000 is ", "{pct}% of KAM with this profile earn less"]),
    (200_000, ["Model estimate: €200,000 is ", "{pct}% of KAM with this profile earn less",
               "That is more than the article's top salary (€132,000)."]),
])
def test_where_a_salary_stands(salary, expected):
    import datetime as dt
    from statistics import NormalDist

    from salary import model

    # On 1 July 2026 the floor is 13.90 EUR x 40 h x 52 weeks; the article's top salary is 132,000 EUR.
    e = model.load_model(on=dt.date(2026, 7, 1)).estimate(model.Profile(8))
    z = NormalDist().inv_cdf(0.75)
    mu, sigma = (math.log(e.low) + math.log(e.high)) / 2, (math.log(e.high) - math.log(e.low)) / (2 * z)
    pct = NormalDist(mu, sigma).cdf(math.log(salary)) * 100
    sentence = text.verdict(e, salary, "en")
    assert sentence.startswith(expected[0].format(pct=f"{pct:.0f}"))
    for part in expected[1:]:
        assert part.format(pct=f"{pct:.0f}") in sentence


def test_where_a_salary_stands_per_month_and_at_the_top():
    import datetime as dt

    from salary import model

    e = model.load_model(on=dt.date(2026, 7, 1)).estimate(model.Profile(8))
    # Per month the sentence names the fixed pay: 41,000 x 70 % over 13 salaries, to 10 EUR.
    assert text.verdict(e, 41_000, "de", "month", 13, 0.3).startswith("Modellschätzung: 2.210\xa0€ liegt")
    # Per month the top salary is named as fixed pay too: 132,000 x 70 % / 13.
    above = text.verdict(e, 140_000, "en", "month", 13, 0.3)
    assert "That is more than the article's top salary (€7,110)." in above
    assert "top salary" not in text.verdict(e, 132_000, "en")  # the top itself is not more than the top


@pytest.mark.parametrize("lang, below, above", [("en", "below the median", "above the median"),
                                                ("de", "unter dem Median", "über dem Median")])
@pytest.mark.parametrize("years", [0, 8, 20])
@pytest.mark.parametrize("part", [-0.3, -0.08, 0.08, 0.3])
def test_the_verdict_says_which_side_of_the_median_and_how_far(lang, below, above, years, part):
    """A salary under the median is called below it, one over it above, with the
    distance and its share of the median worked out here."""
    import datetime as dt

    from salary import model

    e = model.load_model(on=dt.date(2026, 7, 1)).estimate(model.Profile(years))
    gap = round(e.median * part / 100) * 100  # whole hundreds: the sentence writes the distance to 100 EUR
    sentence = text.verdict(e, e.median + gap, lang)
    side, other = (below, above) if gap < 0 else (above, below)
    assert side in sentence and other not in sentence
    distance = {"en": f"€{abs(gap):,}", "de": f"{abs(gap):,}".replace(",", ".") + "\xa0€"}[lang]
    share = f"{abs(gap) / e.median * 100:.1f}"
    share = share.replace(".", ",") if lang == "de" else share
    assert f"{distance} ({share}" in sentence


@pytest.mark.parametrize("yearly, lang, asked", [
    (82, "de", "82.000\xa0€"), (6_300, "en", "€6,300,000"), (9_999, "de", "9.999.000\xa0€"),
    (10_000, "de", None), (82_000, "en", None),
])
def test_a_yearly_amount_too_small_for_a_salary_gets_a_question(yearly, lang, asked):
    question = text.typing_question(yearly, lang)
    if asked is None:
        assert question is None
    else:
        assert f"{asked}?" in question  # the thousandfold amount, asked about


@given(euros=st.integers(0, 9_999_999), cents=st.sampled_from([0, 5, 50, 99]),
       lang=st.sampled_from(["de", "en"]), style=st.sampled_from(["decimal", "currency", "plain", "spaced"]))
def test_a_typed_amount_reads_back_as_written(euros, cents, lang, style):
    """Amounts written by Babel (CLDR's German and English conventions, not this
    project's code) or as people type them are read back to the same number."""
    amount = euros + cents / 100
    locale = {"de": "de_DE", "en": "en_US"}[lang]
    digits = "#,##0.00" if cents else "#,##0"
    written = {
        "decimal": babel.numbers.format_decimal(amount, digits, locale=locale),
        "currency": babel.numbers.format_currency(amount, "EUR", locale=locale, format_type="standard",
                                                  currency_digits=bool(cents)),
        "plain": f"{euros}" + (f",{cents:02d}" if cents and lang == "de" else f".{cents:02d}" if cents else ""),
        "spaced": f"{euros:,}".replace(",", " ") + " €" if not cents else f"{euros},{cents:02d} €",
    }[style]
    assert text.parse_amount(written) == pytest.approx(amount), written


@pytest.mark.parametrize("raw", ["abc", "82.00.0", "1.2345.000", "8,2,5", "1,2345", "12.34.567", "-5000", "5e4",
                                 "82.000,505", "€"])
def test_what_is_no_amount_is_refused(raw):
    if raw == "€":  # only a currency sign: as empty as an empty field
        assert text.parse_amount(raw) is None
        return
    with pytest.raises(ValueError):
        text.parse_amount(raw)


@pytest.mark.parametrize("raw, amount", [
    ("82.000", 82_000), ("82,000", 82_000), ("82000", 82_000), ("82.000 €", 82_000), ("€82,000", 82_000),
    ("82 000", 82_000), ("82.000,50", 82_000.5), ("82,000.50", 82_000.5), ("6300.5", 6_300.5), ("82,5", 82.5),
    ("1.250.000", 1_250_000), ("  7 500 EUR ", 7_500), ("", None), ("   ", None),
])
def test_amounts_as_people_type_them(raw, amount):
    assert text.parse_amount(raw) == amount
