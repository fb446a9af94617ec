"""AppTest of the estimator's net pay view (view=net): every input moves the
figures as salary.net computes them and lands in the share link, a link
reproduces the view, bad values warn by name, the chart and table carry the
median's parts, the downloads are read back, and the methodology page lists
the rates with their sources."""

import csv
import json

import pytest
from lohnsteuer_bmf import berechne_lohnsteuer_pap

from salary import datafiles, net, net_text, text
from salary.model import Profile, estimate
from salary.net import TaxProfile
from tests.conftest import (
    ROOT,
    assert_clean,
    copy_data,
    downloaded,
    k,
    listed,
    metric_values,
    run_app,
    specs,
    values,
)

INPUTS = {"number_input": {"children", "birth", "km"}, "text_input": {"surcharge", "car"},
          "selectbox": {"taxclass", "state", "drive"}, "button_group": {"church", "health"}}


def expected(tax: TaxProfile, lang: str, years: int = 5, variable: int = 20, attainment: int = 100,
             salaries: int = 12) -> list[str]:
    """The six net metrics (per month, per year for low, median, high) from salary.net."""
    e = estimate(Profile(years))
    out = []
    for total in (e.low, e.median, e.high):
        both = net.year_and_month(total, tax, variable / 100, attainment / 100, salaries)
        out += [text.money(both.month.net, lang, 1), text.money(both.year.net, lang, 1)]
    return out


def net_metrics(at) -> list[str]:
    return metric_values(at)[3:9]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_net_view_draws_its_inputs_metrics_chart_and_table(lang):
    at = run_app("estimator", {"view": "net", "lang": lang})
    assert_clean(at)
    assert not at.warning
    # A link without net pay inputs opens the view with their fold closed: nothing in it is drawn.
    # Above the results, the tax profile in one line, and below it the fold that changes it.
    summary = text.t("net.summary", lang, summary=net_text.tax_summary(TaxProfile(), lang))
    assert summary in [m.value for m in at.markdown]
    assert lang == "en" or "Steuerklasse I, Nordrhein-Westfalen, keine Kirchensteuer, keine Kinder" in summary
    (fold,) = [e for e in at.expander if e.label == text.t("net.inputs", lang)]
    inputs = {kind: {k(name, lang) for name in names} for kind, names in INPUTS.items()}
    assert fold.label and not {w.key for kind in INPUTS for w in at.get(kind)} & set().union(*inputs.values())
    at.session_state["net_inputs"] = True  # the reader opens the fold
    at.run()
    for kind, keys in inputs.items():
        assert keys <= {w.key for w in at.get(kind)}, kind
    assert not [w for w in at.text_input if w.key in (k("premium", lang), k("subsidy", lang))]
    # Rates and prices written the page's way.
    assert at.text_input(key=k("surcharge", lang)).value == {"de": "2,9", "en": "2.9"}[lang]
    assert at.text_input(key=k("car", lang)).value == "0"
    assert net_metrics(at) == expected(TaxProfile(), lang)
    labels = [m.label for m in at.metric[3:9]]
    assert labels[0] == text.t("net.month", lang, level=text.t("net.level.low", lang))
    assert labels[1] == text.t("net.year", lang, level=text.t("net.level.low", lang))
    assert len(at.get("plotly_chart")) == 1
    assert at.button_group(key=k("view", lang)).value == "net"
    assert at.query_params.get("view") == "net"


# A few inputs of each kind of control; what each input does to net pay is tested in test_net.py,
# each input's edges in test_edges.py.
MOVES = [
    ("selectbox", "taxclass", 3, {"tax_class": 3}),
    ("button_group", "church", "yes", {"church": True}),
    ("number_input", "children", 2, {"children": 2}),
    ("text_input", "surcharge", "3.5", {"surcharge": 3.5}),
    ("text_input", "car", "45,000", {"car": 45000}),
]


@pytest.mark.parametrize("kind, key, value, field", MOVES)
def test_each_input_moves_the_figures_and_the_link(kind, key, value, field):
    at = run_app("estimator", {"view": "net", "lang": "en", "car": "40000"})
    widget = getattr(at, kind)(key=k(key, "en"))
    (widget.select(value) if kind == "selectbox" else widget.input(value) if kind == "text_input"
     else widget.set_value(value)).run()
    assert_clean(at)
    assert net_metrics(at) == expected(TaxProfile(**{"car": 40000, **field}), "en")
    # The link holds the id or the number, never the text as typed.
    assert at.query_params.get(key) == (f"{next(iter(field.values())):g}" if kind == "text_input" else str(value))


def test_drive_and_private_insurance():
    at = run_app("estimator", {"view": "net", "car": "60000", "km": "10"})
    at.selectbox(key=k("drive")).select("electric").run()
    assert net_metrics(at) == expected(TaxProfile(car=60000, km=10, drive="electric"), "de")
    assert at.query_params.get("drive") == "electric"
    at.button_group(key=k("health")).set_value("private").run()
    assert {w.key for w in at.text_input} >= {k("premium"), k("subsidy")}
    assert k("surcharge") not in {w.key for w in at.text_input}
    at.text_input(key=k("premium")).input("750").run()
    at.text_input(key=k("subsidy")).input("350,00 €").run()
    tax = TaxProfile(car=60000, km=10, drive="electric", health="private", premium=750, subsidy=350)
    assert net_metrics(at) == expected(tax, "de")
    assert (at.query_params.get("health"), at.query_params.get("premium"), at.query_params.get("subsidy")) == \
        ("private", "750", "350")


def test_a_link_reproduces_the_net_view():
    query = {"view": "net", "years": "9", "taxclass": "4", "state": "BY", "church": "yes", "children": "3",
             "birth": "1978", "surcharge": "2.5", "car": "48000", "km": "32",
             "drive": "hybrid", "variable": "25", "attainment": "110", "period": "month", "salaries": "13"}
    at = run_app("estimator", {**query, "lang": "en"})
    assert_clean(at)
    assert not at.warning
    tax = TaxProfile(tax_class=4, state="BY", church=True, children=3, birth_year=1978, surcharge=2.5, car=48000,
                     km=32, drive="hybrid")
    assert net_metrics(at) == expected(tax, "en", 9, 25, 110, 13)
    assert {k: at.query_params.get(k) for k in query} == query
    assert at.selectbox(key=k("state", "en")).value == "BY"
    assert at.text_input(key=k("surcharge", "en")).value == "2.5"
    assert at.text_input(key=k("car", "en")).value == "48,000"
    # Closed, the view keeps its parameters.
    at.button_group(key=k("view", "en")).set_value("stand").run()
    assert {k: at.query_params.get(k) for k in query if k != "view"} == {k: v for k, v in query.items()
                                                                          if k != "view"}


# Garbage of every kind; each input's edges (one past its minimum and maximum) are in test_edges.py.
BAD = [("taxclass", "I"), ("state", "nw"), ("children", "1.5"), ("birth", "abc"), ("surcharge", "nan"),
       ("car", "1e9"), ("drive", "diesel")]


@pytest.mark.parametrize("name, value", BAD)
def test_bad_value_warns_by_name_and_uses_the_default(name, value):
    at = run_app("estimator", {"view": "net", name: value})
    assert_clean(at)
    assert len(at.warning) == 1
    assert f"`{name}`" in at.warning[0].value
    assert net_metrics(at) == expected(TaxProfile(), "de")
    assert at.query_params.get(name) != value


def test_subsidy_above_the_premium_warns_and_is_taken_at_the_premium():
    at = run_app("estimator", {"view": "net", "health": "private", "premium": "200", "subsidy": "250"})
    assert_clean(at)
    assert any("`subsidy`" in w.value for w in at.warning)
    # The subsidy is at most the premium: the net is worked out with a subsidy of 200.
    assert net_metrics(at) == expected(TaxProfile(health="private", premium=200, subsidy=200), "de")
    at.text_input(key=k("subsidy")).input("150").run()
    assert not [w for w in at.warning if "`subsidy`" in w.value]
    assert net_metrics(at) == expected(TaxProfile(health="private", premium=200, subsidy=150), "de")


def test_chart_and_table_carry_the_medians_parts():
    at = run_app("estimator", {"view": "net", "lang": "en", "car": "50000", "km": "20", "church": "yes"})
    tax = TaxProfile(car=50000, km=20, church=True)
    both = net.year_and_month(estimate(Profile(5)).median, tax, 0.2, 1.0, 12)
    (chart,) = specs(at)
    trace = chart["data"][0]
    assert values(trace["x"]) == pytest.approx([v for _, v in both.year.parts()])
    assert values(trace["y"]) == [text.t("net.part." + p, "en") for p in net.PARTS]
    assert all(text.money(v, "en", 1) in h for (_, v), h in zip(both.year.parts(), values(trace["customdata"])))
    shown = at.table[0].value
    assert list(shown[text.t("net.column.year", "en")]) == [text.money(v, "en", 1) for _, v in both.year.parts()]
    assert list(shown[text.t("net.column.month", "en")]) == [text.money(getattr(both.month, p), "en", 1)
                                                             for p in net.PARTS]


def test_downloads_carry_net_pay_computed_independently():
    query = {"view": "net", "years": "5", "taxclass": "3", "birth": "1970", "variable": "0", "salaries": "12"}
    at = run_app("estimator", query)
    record = json.loads(downloaded(at, "json"))
    section = record["net_pay"]
    assert section["inputs"]["tax_class"] == 3 and section["inputs"]["birth_year"] == 1970
    gross = estimate(Profile(5)).median  # no variable part: the year is twelve equal months
    bmf = berechne_lohnsteuer_pap(gross, 3, "Nordrhein-Westfalen", False, 0, 1970, 2.9, False, 2026)
    year = section["median"]["year"]
    assert year["gross"] == round(gross)
    assert year["wage_tax"] == pytest.approx(bmf["lohnsteuer_monat"] * 12, abs=1)
    assert year["pension"] == pytest.approx(min(gross, 8450 * 12) * 0.093, abs=1)
    assert year["unemployment"] == pytest.approx(min(gross, 8450 * 12) * 0.013, abs=1)
    assert year["health"] == pytest.approx(min(gross, 5812.5 * 12) * (0.073 + 0.0145), abs=1)
    assert year["care"] == pytest.approx(min(gross, 5812.5 * 12) * 0.024, abs=1)
    deductions = sum(year[k] for k in ("wage_tax", "solidarity", "church_tax", "pension", "unemployment",
                                       "health", "care"))
    assert year["net"] == pytest.approx(gross - deductions, abs=4)
    assert section["median"]["month"]["net"] == pytest.approx(year["net"] / 12, abs=1)
    shown = [text.money(section[k][p]["net"], "de", 1) for k in ("low", "median", "high") for p in ("month", "year")]
    assert shown == net_metrics(at)
    rows = dict(line.split(",", 1) for line in downloaded(at, "csv").splitlines()[1:])
    assert rows["net_pay.median.year.net"] == str(year["net"])
    assert rows["net_pay.inputs.tax_class"] == "3"


def test_broken_rates_file_shows_its_message_in_the_view_only(tmp_path, monkeypatch):
    copy_data(tmp_path)
    (tmp_path / net.CONTRIBUTIONS_FILE).write_text("key,value\n", encoding="utf-8")
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    at = run_app("estimator", {"view": "net", "lang": "en"})
    assert not at.exception
    assert len(at.error) == 1 and "contributions.csv" in at.error[0].value  # named once, though nets fail thrice
    assert len(metric_values(at)) == 3  # the range itself is still there
    at.switch_page("pages/methodology.py").run()
    assert not at.exception and "contributions.csv" in at.error[0].value


@pytest.mark.parametrize("lang", ["de", "en"])
def test_methodology_lists_rates_and_sources(lang):
    at = run_app("methodology", {"lang": lang})
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



@pytest.mark.parametrize("lang, typed, value", [("de", "2,5", 2.5), ("de", "3,25 %", 3.25), ("en", "2.75", 2.75)])
def test_a_rate_typed_the_pages_way_is_read(lang, typed, value):
    at = run_app("estimator", {"view": "net", "lang": lang, "car": "30000"})
    at.text_input(key=k("surcharge", lang)).input(typed).run()
    assert net_metrics(at) == expected(TaxProfile(car=30000, surcharge=value), lang)
    written = f"{value:g}" if lang == "en" else f"{value:g}".replace(".", ",")
    assert at.text_input(key=k("surcharge", lang)).value == written


@pytest.mark.parametrize("typed", ["zwei", "11", "-1"])
def test_an_unreadable_or_outside_rate_is_named_and_the_last_kept(typed):
    at = run_app("estimator", {"view": "net", "surcharge": "2.5"})
    at.text_input(key=k("surcharge")).input(typed).run()
    assert_clean(at)
    (warning,) = [w.value for w in at.warning]
    assert typed in warning and text.t("control.surcharge", "de") in warning and "0 bis 10" in warning
    assert net_metrics(at) == expected(TaxProfile(surcharge=2.5), "de")
    assert at.query_params.get("surcharge") == "2.5"


def test_the_typed_salarys_net_comes_first_and_is_downloaded():
    at = run_app("estimator", {"view": "net", "salary": "95000", "taxclass": "3", "children": "2", "state": "BY"})
    tax = TaxProfile(tax_class=3, children=2, state="BY")
    own = net.year_and_month(95000, tax, 0.2, 1.0, 12)
    assert metric_values(at)[3:5] == [text.money(own.month.net, "de", 1), text.money(own.year.net, "de", 1)]
    assert [m.label for m in at.metric[3:5]] == [text.t("net.own.month", "de"), text.t("net.own.year", "de")]
    assert metric_values(at)[5:11] == expected(tax, "de")
    record = json.loads(downloaded(at, "json"))
    assert record["net_pay"]["salary"]["month"]["net"] == round(own.month.net)
    assert record["net_pay"]["salary"]["year"]["net"] == round(own.year.net)
    assert record["net_pay"]["inputs"]["tax_class"] == 3


def test_the_stand_view_names_the_typed_salarys_net_and_links_to_the_details():
    at = run_app("estimator", {"salary": "70000", "lang": "en", "church": "yes"})
    own = net.year_and_month(70000, TaxProfile(church=True), 0.2, 1.0, 12)
    (line,) = [m.value for m in at.markdown if m.value.startswith("Net of your salary")]
    assert text.money(own.month.net, "en", 1) in line and text.money(own.year.net, "en", 1) in line
    assert "church tax" in line
    at.button(key="net_details").click().run()
    assert at.button_group(key=k("view", "en")).value == "net"
    assert at.query_params.get("view") == "net"


def test_the_comparison_names_both_medians_net():
    at = run_app("estimator", {"view": "compare", "years": "4", "years2": "12", "lang": "en"})
    first, second = (pay_estimate(Profile(y)) for y in (4, 12))
    nets = [net.year_and_month(e.median, TaxProfile(), 0.2, 1.0, 12) for e in (first, second)]
    (line,) = [c.value for c in at.caption if c.value.startswith("Net at the median")]
    for n in nets:
        assert text.money(n.month.net, "en", 1) in line and text.money(n.year.net, "en", 1) in line


def pay_estimate(p: Profile):
    from salary import model, pay

    return pay.estimate(model.default_model(), p, 0.2, 12)
