"""Net pay 2026: the wage tax reproduces the BMF's official calculator, the
contributions equal hand computations from the law's rates and ceilings, the
company car follows the 1 % rule, and the rates files refuse damage with a
message naming file, row and problem."""

import csv
import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lohnsteuer_bmf import berechne_lohnsteuer_pap

from salary import datafiles, model, net, text
from salary.datafiles import FiguresError
from salary.net import TaxProfile, net_pay
from tests.conftest import copy_data

# The BMF's official 2026 calculator (bmf-steuerrechner.de): 60,000 EUR a year,
# born 1970, childless, statutory insurance with a 2.9 % surcharge, North
# Rhine-Westphalia, no church tax. Wage tax a year by tax class; solidarity 0.
BMF_60000 = {1: 9389, 2: 7974, 3: 4822, 4: 9389, 5: 15364, 6: 15895}
REFERENCE = dict(state="NW", church=False, children=0, birth_year=1970, health="statutory", surcharge=2.9)

# The law's 2026 values, written out here (not read from data/): employee rates
# in percent and monthly ceilings in EUR.
PENSION, UNEMPLOYMENT, HEALTH, CARE, CHILDLESS = 9.3, 1.3, 7.3, 1.8, 0.6
PENSION_CEILING, HEALTH_CEILING = 8450.0, 5812.50


@pytest.mark.parametrize("tax_class, wage_tax", BMF_60000.items())
def test_wage_tax_reproduces_the_bmf_calculator(tax_class, wage_tax):
    n = net_pay(60_000, TaxProfile(tax_class=tax_class, **REFERENCE))
    assert n.wage_tax == pytest.approx(wage_tax, abs=1)
    assert n.solidarity == 0
    assert n.church_tax == 0


def _hand(gross: float, care_rate: float = CARE + CHILDLESS, surcharge: float = 2.9) -> dict:
    """The employee's contributions a year, computed from the law's values."""
    pension_base = min(gross, PENSION_CEILING * 12)
    health_base = min(gross, HEALTH_CEILING * 12)
    return {"pension": pension_base * PENSION / 100, "unemployment": pension_base * UNEMPLOYMENT / 100,
            "health": health_base * (HEALTH + surcharge / 2) / 100, "care": health_base * care_rate / 100}


@pytest.mark.parametrize("gross, expected", [
    # below both ceilings: 5,000 a month
    (60_000, {"pension": 5580.0, "unemployment": 780.0, "health": 5250.0, "care": 1440.0}),
    # between them: 80,000 (6,666.67 a month) is above 5,812.50 and below 8,450
    (80_000, {"pension": 7440.0, "unemployment": 1040.0, "health": 6103.125, "care": 1674.0}),
    # above both: 120,000
    (120_000, {"pension": 9430.2, "unemployment": 1318.2, "health": 6103.125, "care": 1674.0}),
])
def test_contributions_below_between_and_above_the_ceilings(gross, expected):
    n = net_pay(gross, TaxProfile(**REFERENCE))
    assert _hand(gross) == pytest.approx(expected)
    for part, value in expected.items():
        assert getattr(n, part) == pytest.approx(value, abs=0.01), part
    assert n.net == pytest.approx(gross - n.wage_tax - n.solidarity - n.church_tax - sum(expected.values()), abs=0.02)


@pytest.mark.parametrize("changes, rate", [
    ({"state": "SN"}, 2.3 + 0.6),  # Saxony, childless
    ({"children": 1}, 1.8),
    ({"children": 3}, 1.8 - 2 * 0.25),  # second and third child
    ({"children": 7}, 1.8 - 4 * 0.25),  # second to fifth child only
    ({"birth_year": 2005}, 1.8),  # childless but 21 in 2026
    ({"state": "SN", "children": 2}, 2.3 - 0.25),
])
def test_care_rate_by_state_children_and_age(changes, rate):
    n = net_pay(50_000, TaxProfile(**{**REFERENCE, **changes}))
    assert n.care == pytest.approx(50_000 * rate / 100, abs=0.01)


def test_surcharge_is_shared_half_and_half():
    n = net_pay(40_000, TaxProfile(**{**REFERENCE, "surcharge": 4.1}))
    assert n.health == pytest.approx(40_000 * (7.3 + 2.05) / 100, abs=0.01)


def test_private_insurance_pays_the_premium_less_the_subsidy():
    p = TaxProfile(**{**REFERENCE, "health": "private", "premium": 700, "subsidy": 320})
    n = net_pay(70_000, p)
    assert (n.health, n.care) == (pytest.approx((700 - 320) * 12), 0)
    assert n.pension == pytest.approx(70_000 * 0.093)
    bmf = berechne_lohnsteuer_pap(70_000.0, 1, "Nordrhein-Westfalen", False, 0, 1970, 2.9, False, 2026, pkv=True,
                                  pkpv_monat_cent=70_000, pkpvagz_monat_cent=32_000)
    assert n.wage_tax == pytest.approx(bmf["lohnsteuer_monat"] * 12, abs=0.01)


def test_church_tax_is_8_percent_in_bavaria_and_9_elsewhere():
    for state, rate in (("BY", 0.08), ("BW", 0.08), ("NW", 0.09), ("BE", 0.09)):
        n = net_pay(75_000, TaxProfile(state=state, church=True))
        assert n.church_tax == pytest.approx(n.wage_tax * rate, abs=0.1), state


def test_solidarity_surcharge_at_a_high_income():
    n = net_pay(250_000, TaxProfile())
    assert n.solidarity == pytest.approx(n.wage_tax * 0.055, abs=1)


@pytest.mark.parametrize("car, km, drive, monthly", [
    (40_000, 20, "combustion", 40_000 * 0.01 + 40_000 * 0.0003 * 20),
    (45_678, 10, "hybrid", 22_800 * (0.01 + 0.0003 * 10)),  # half, rounded down to full hundreds
    (80_000, 0, "electric", 20_000 * 0.01),  # a quarter within the limit
    (120_000, 15, "electric", 60_000 * (0.01 + 0.0003 * 15)),  # half above it
    (0, 40, "combustion", 0),
])
def test_company_car_benefit(car, km, drive, monthly):
    p = TaxProfile(car=car, km=km, drive=drive)
    assert net.car_benefit(p) == pytest.approx(monthly)
    n = net_pay(60_000, p)
    assert n.car_benefit == pytest.approx(monthly * 12)


def test_the_cars_benefit_is_taxed_and_insured_but_not_paid_out():
    car = TaxProfile(**{**REFERENCE, "car": 40_000, "km": 20})
    benefit = (400 + 240) * 12
    n = net_pay(50_000, car)
    bmf = berechne_lohnsteuer_pap(50_000.0 + benefit, 1, "Nordrhein-Westfalen", False, 0, 1970, 2.9, False, 2026)
    assert n.wage_tax == pytest.approx(bmf["lohnsteuer_monat"] * 12, abs=0.01)
    assert n.pension == pytest.approx((50_000 + benefit) * 0.093, abs=0.01)
    deductions = n.wage_tax + n.solidarity + n.church_tax + n.pension + n.unemployment + n.health + n.care
    assert n.net == pytest.approx(50_000 - deductions, abs=0.02)
    assert n.net < net_pay(50_000, TaxProfile(**REFERENCE)).net


def test_a_month_is_the_year_divided_by_twelve():
    p = TaxProfile(**REFERENCE)
    month, year = net.per_month(5_000, p), net_pay(60_000, p)
    for field in dataclasses.fields(net.NetPay):
        assert getattr(month, field.name) == pytest.approx(getattr(year, field.name) / 12), field.name


def test_year_and_month_split_fixed_and_variable():
    p = TaxProfile()
    both = net.year_and_month(80_000, p, 0.2, 1.1, 13)
    assert both.year.gross == pytest.approx(64_000 + 16_000 * 1.1)
    assert both.month.gross == pytest.approx(64_000 / 13)
    assert both.month.net == pytest.approx(net_pay(64_000 / 13 * 12, p).net / 12)


def test_the_range_is_netted_low_median_and_high():
    """of_range: each of the estimate's totals split, paid and netted as worked out here."""
    import datetime as dt

    e = model.load_model(on=dt.date(2026, 7, 1)).estimate(model.Profile(8, "master", "pharma"))
    p = TaxProfile(tax_class=3, children=1)
    low, median, high = net.of_range(e, p, 0.25, 0.9, 13)
    for both, total in zip((low, median, high), (e.low, e.median, e.high)):
        assert both.year.gross == pytest.approx(total * 0.75 + total * 0.25 * 0.9)
        assert both.month.gross == pytest.approx(total * 0.75 / 13)
        assert both.year.net == pytest.approx(net_pay(total * 0.75 + total * 0.25 * 0.9, p).net)
    assert low.year.net < median.year.net < high.year.net


def test_parts_add_up_to_the_taxable_pay():
    n = net_pay(90_000, TaxProfile(church=True, children=2, car=50_000, km=25))
    parts = dict(n.parts())
    assert list(parts) == list(net.PARTS)
    assert sum(parts.values()) == pytest.approx(n.gross + n.car_benefit, abs=0.05)


# -- every field: a default and a ValueError naming it -------------------------
def test_every_field_has_a_default():
    for field in dataclasses.fields(TaxProfile):
        assert field.default is not dataclasses.MISSING, field.name
    assert TaxProfile().surcharge == net.data().contributions["health_surcharge_average"]


BAD_FIELDS = [
    ("tax_class", 0), ("tax_class", 7), ("tax_class", "1"), ("tax_class", True), ("state", "XX"), ("state", "nw"),
    ("church", "yes"), ("church", 1), ("children", -1), ("children", 11), ("children", 1.5), ("birth_year", 1800),
    ("birth_year", 2030), ("health", "public"), ("surcharge", -0.1), ("surcharge", 11), ("surcharge", float("nan")),
    ("premium", -1), ("premium", 5000), ("subsidy", -5), ("car", -1), ("car", float("inf")), ("km", -3),
    ("km", 2.5), ("km", 1000), ("drive", "diesel"),
]


@pytest.mark.parametrize("name, value", BAD_FIELDS)
def test_bad_field_raises_a_value_error_naming_it(name, value):
    with pytest.raises(ValueError, match=f"^{name}: "):
        TaxProfile(**{name: value})


def test_subsidy_above_the_premium_is_refused_for_private_insurance():
    with pytest.raises(ValueError, match="^subsidy: "):
        TaxProfile(health="private", premium=300, subsidy=400)
    TaxProfile(health="statutory", premium=300, subsidy=400)  # not used, not checked


@pytest.mark.parametrize("gross", [-1, float("nan"), "60000", None, True])
def test_bad_gross_raises_a_value_error_naming_it(gross):
    with pytest.raises(ValueError, match="^gross: "):
        net_pay(gross, TaxProfile())


# -- properties ----------------------------------------------------------------
profiles = st.builds(
    TaxProfile,
    tax_class=st.sampled_from(net.TAX_CLASSES), state=st.sampled_from(list(net.STATES)), church=st.booleans(),
    children=st.integers(0, 10), birth_year=st.integers(*net.BIRTH_YEARS),
    health=st.just("statutory"), surcharge=st.floats(0, 10), car=st.sampled_from([0, 30_000, 65_000, 150_000]),
    km=st.integers(0, 100), drive=st.sampled_from(net.DRIVES),
)
private = st.builds(TaxProfile, tax_class=st.sampled_from(net.TAX_CLASSES), health=st.just("private"),
                    premium=st.floats(0, 1500), subsidy=st.just(0.0))
grosses = st.floats(1, 500_000)


@given(grosses, st.one_of(profiles, private))
def test_net_is_below_gross(gross, p):
    assert net_pay(gross, p).net < gross


@given(grosses, st.floats(50, 50_000), profiles)
def test_net_rises_with_gross(gross, more, p):
    assert net_pay(gross + more, p).net > net_pay(gross, p).net


@given(grosses, profiles)
def test_no_church_tax_without_church(gross, p):
    assert net_pay(gross, dataclasses.replace(p, church=False)).church_tax == 0


@given(st.floats(0, 2_000_000), profiles)
def test_contributions_are_capped_at_the_ceilings(gross, p):
    n = net_pay(gross, p)
    assert n.pension <= PENSION_CEILING * 12 * PENSION / 100 + 0.01
    assert n.unemployment <= PENSION_CEILING * 12 * UNEMPLOYMENT / 100 + 0.01
    assert n.health <= HEALTH_CEILING * 12 * (HEALTH + p.surcharge / 2) / 100 + 0.01
    assert n.care <= HEALTH_CEILING * 12 * (2.3 + CHILDLESS) / 100 + 0.01
    assert min(n.pension, n.unemployment, n.health, n.care, n.wage_tax, n.solidarity, n.church_tax) >= 0


# -- the rates files -------------------------------------------------------------
def test_rates_files_hold_the_laws_values():
    c, car = net.data().contributions, net.data().car
    assert (c["pension_rate"], c["unemployment_rate"], c["health_rate"], c["care_rate"]) == (9.3, 1.3, 7.3, 1.8)
    assert (c["pension_ceiling"], c["health_ceiling"]) == (PENSION_CEILING, HEALTH_CEILING)
    assert (c["care_rate_saxony"], c["care_childless"], c["care_child_discount"]) == (2.3, 0.6, 0.25)
    assert (car["private_use_rate"], car["commute_rate"], car["hybrid_share"], car["electric_share"]) == \
        (1, 0.03, 50, 25)
    for rates in (c, car):
        assert rates.rows["source"].str.len().min() > 5


def _copy(tmp_path):
    copy_data(tmp_path)


def _replace(old, new):
    return lambda p: p.write_text(p.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


DAMAGES = [
    ("contributions.csv", lambda p: p.unlink(), "file not found"),
    ("contributions.csv", lambda p: p.write_text(""), "file is empty"),
    ("contributions.csv", lambda p: p.write_text("key,value\n"), "missing column"),
    ("contributions.csv", _replace("pension_rate,9.3", "pension_rate,nine"), "row 2: value 'nine' is not a number"),
    ("contributions.csv", _replace("pension_rate,9.3", "pension_rate,-9.3"), "row 2: value '-9.3' is negative"),
    ("contributions.csv", _replace("pension_rate,9.3,percent", "pension_rate,930,percent"), "more than 100"),
    ("contributions.csv", _replace("pension_rate,9.3,percent", "pension_rate,9.3,EUR"), "row 2: unit 'EUR'"),
    ("contributions.csv", _replace("unemployment_rate", "pension_rate"), "row 3: duplicate key pension_rate"),
    ("contributions.csv", _replace("care_rate_saxony", "care_rate_bavaria"), "unknown key"),
    ("contributions.csv", _replace("health_ceiling,5812.50", "health_ceiling,9000"), "above pension_ceiling"),
    ("contributions.csv", lambda p: p.write_text("\n".join(p.read_text().splitlines()[:-1]) + "\n"),
     "missing key care_child_discount_to"),
    ("company_car.csv", _replace("private_use_rate,1,percent,\"", "private_use_rate,1,percent,\"\",x,\""),
     "row 2: 8 cells"),
    ("company_car.csv", _replace("electric_limit,100000", "electric_limit,"), "row 7: value is empty"),
]


@pytest.mark.parametrize("name, damage, message", DAMAGES)
def test_damaged_rates_file_is_refused_by_name_and_row(name, damage, message, tmp_path, monkeypatch):
    _copy(tmp_path)
    damage(tmp_path / name)
    monkeypatch.setenv(datafiles.DATA_DIR_ENV, str(tmp_path))
    with pytest.raises(FiguresError) as err:
        net.net_pay(50_000)
    assert str(err.value).startswith(name)
    assert message in str(err.value)


def test_pay_split_is_the_models():
    split = model.pay_split(80_000, 0.25, 1.0)
    both = net.year_and_month(80_000, TaxProfile(), 0.25, 1.0, 12)
    assert both.month.gross * 12 == pytest.approx(split.fixed)


def test_year_and_month_follow_the_profile():
    # Tax class 3 and two children pay less tax than the default single person: both views must show it.
    p = TaxProfile(**{**REFERENCE, "tax_class": 3, "children": 2})
    both = net.year_and_month(80_000, p, 0.2, 1.0, 12)
    assert both.year.net == pytest.approx(net_pay(80_000, p).net)
    assert both.month.net == pytest.approx(net_pay(64_000, p).net / 12)
    assert net.per_month(64_000 / 12, p).net == pytest.approx(net_pay(64_000, p).net / 12)
    default = net.year_and_month(80_000, TaxProfile(), 0.2, 1.0, 12)
    assert both.year.net > default.year.net and both.month.net > default.month.net


@pytest.mark.parametrize("car, share", [(100_000, 0.25), (100_200, 0.5)])  # shares in full hundreds
def test_an_electric_car_at_the_list_price_limit(car, share):
    # § 6 Abs. 1 Nr. 4 Satz 2 Nr. 3 EStG: a quarter of the list price up to and including 100,000 EUR.
    assert net.car_benefit(TaxProfile(car=car, drive="electric")) == pytest.approx(car * share * 0.01)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_method_text_writes_the_company_car_rules_from_the_data(lang):
    """data/company_car.csv, not the text, holds the 1 % rule and its shares."""
    with open(datafiles.data_dir() / "company_car.csv", newline="", encoding="utf-8") as f:
        values = {row["key"]: float(row["value"]) for row in csv.DictReader(f)}
    shown = lambda v: f"{v:g}".replace(".", "," if lang == "de" else ".") + ("\xa0%" if lang == "de" else "%")
    method = text.net_method(TaxProfile(), values, lang)
    for key in ("private_use_rate", "commute_rate", "hybrid_share", "electric_share"):
        assert shown(values[key]) in method, key
    changed = text.net_method(TaxProfile(), {**values, "private_use_rate": 1.5}, lang)
    assert shown(1.5) in changed and changed != method
