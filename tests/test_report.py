"""The estimate's download record without Streamlit (fast, for mutation
testing too): built from estimates and read back from its CSV and JSON text,
every value against one computed here from the model's quantiles, the minimum
wage file and plain arithmetic. tests/e2e/test_downloads.py does the same through
the page's download buttons."""


import csv
import datetime as dt
import io
import json

import pytest

from salary import model, net, report
from salary.model import Profile
from tests.conftest import file_rows, floor_today, percentile_from_quantiles, to_100

FIRST, SECOND = model.estimate(Profile(6, "master", "software")), model.estimate(Profile(12, "none", "software"))


def record(period="year", salaries=12, salary=70000.0, tax=None):
    r = report.Request(FIRST, SECOND, salary, 30, 90, period, salaries, tax or net.TaxProfile())
    return report.build(r)


def test_the_record_per_year():
    r = record()
    assert (r["currency"], r["period"], r["salaries"], r["amounts"]) == ("EUR", "year", 12, "total pay per year")
    assert r["variable_at_target_per_year"] is None
    assert r["range"] == {k: to_100(getattr(FIRST, k)) for k in ("low", "median", "high")}
    assert r["salary"] == {"value": 70000, "percentile": pytest.approx(
        percentile_from_quantiles(FIRST.low, FIRST.high, 70000), abs=0.051)}
    assert r["percentiles"] == {"low": 25, "median": 50, "high": 75}
    assert r["profile"] == {"years": 6, "degree": "master", "industry": "software", "bands": "p25-p75",
                            "industry_reading": "overall"}
    comparison = r["comparison"]
    assert comparison["profile"]["years"] == 12 and comparison["profile"]["degree"] == "none"
    assert comparison["range"] == {k: to_100(getattr(SECOND, k)) for k in ("low", "median", "high")}
    assert comparison["median_difference"] == to_100(SECOND.median - FIRST.median)
    assert comparison["median_difference_percent"] == pytest.approx((SECOND.median / FIRST.median - 1) * 100,
                                                                    abs=0.051)
    assert r["pay_split"] == {"variable_percent": 30, "attainment_percent": 90, "fixed": to_100(FIRST.median * 0.7),
                              "variable_at_target_per_year": to_100(FIRST.median * 0.3),
                              "paid_per_year": to_100(FIRST.median * (0.7 + 0.3 * 0.9))}
    assert r["floor"]["per_year"] == pytest.approx(floor_today())
    assert r["floor"]["eur_per_hour"] == pytest.approx(floor_today() / 2080)
    assert r["floor"]["source"].startswith("Fünfte Mindestlohnanpassungsverordnung")
    in_force = [w["valid_from"] for w in file_rows("minimum_wage.csv") if w["valid_from"] <= str(dt.date.today())]
    assert r["floor"]["valid_from"] == in_force[-1]
    assert [(s["step"], s["amount"]) for s in r["steps"]] == [(s.id, to_100(s.amount)) for s in FIRST.steps()]
    assert {s["step"] for s in r["sources"]} == {"base", "years", "degree", "industry"}
    for source in r["sources"]:
        assert list(source) == ["step", "dimension", "key", "kind", "low", "high", "section"]
        row = FIRST.model.figure(source["dimension"], source["key"])
        assert (source["low"], source["section"]) == (row["low"], row["section"])
        assert source["high"] == (row["high"] if row["kind"] == "band" else None)


def test_the_record_per_month():
    r = record("month", 13, 41000.0)
    assert r["amounts"] == "fixed pay per month"
    month = lambda v: round(v * 0.7 / 13 / 10) * 10  # noqa: E731  (fixed 70 % over 13 salaries, to 10 EUR)
    assert r["range"] == {k: month(getattr(FIRST, k)) for k in ("low", "median", "high")}
    assert r["variable_at_target_per_year"] == {k: to_100(getattr(FIRST, k) * 0.3) for k in ("low", "median", "high")}
    assert r["salary"]["value"] == month(41000)
    assert r["pay_split"]["fixed"] == month(FIRST.median)
    assert r["pay_split"]["variable_at_target_per_year"] == to_100(FIRST.median * 0.3)
    assert r["comparison"]["median_difference"] == month(SECOND.median - FIRST.median)


def test_no_salary_means_no_standing():
    assert record(salary=None)["salary"] is None


def test_net_pay_in_the_record_follows_the_tax_profile():
    tax = net.TaxProfile(tax_class=3, children=2, church=True, state="BY")
    section = record(tax=tax)["net_pay"]
    assert section["inputs"]["tax_class"] == 3 and section["inputs"]["state"] == "BY" and section["salaries"] == 12
    for level in ("low", "median", "high"):
        total = getattr(FIRST, level)
        paid = total * 0.7 + total * 0.3 * 0.9
        assert section[level]["year"]["gross"] == round(paid)
        assert section[level]["year"]["net"] == round(net.net_pay(paid, tax).net)
        assert section[level]["month"]["net"] == round(net.net_pay(total * 0.7, tax).net / 12)


def test_csv_and_json_carry_the_same_record():
    r = record("month", 13)
    assert json.loads(report.to_json(r)) == json.loads(json.dumps(r))
    assert "Fünfte" in report.to_json(r)  # umlauts written as they are, readable in any editor
    rows = list(csv.reader(io.StringIO(report.to_csv(r))))
    assert rows[0] == ["field", "value"]
    values = dict(rows[1:])
    assert len(values) == len(rows) - 1
    assert float(values["range.median"]) == r["range"]["median"]
    assert values["salary.percentile"] == str(r["salary"]["percentile"])
    assert values["steps.3.step"] == "industry"
    assert values["sources.0.high"] == ""  # no value: an empty cell
    assert values["net_pay.median.year.net"] == str(r["net_pay"]["median"]["year"]["net"])


def test_downloads_carry_the_fixed_monthly_pay_and_the_floor():
    e = model.estimate(Profile(6))
    record = report.build(report.Request(e, e, None, 25, 100, "month", 13))
    rows = dict(csv.reader(io.StringIO(report.to_csv(record))))
    assert rows["amounts"] == "fixed pay per month"
    assert float(rows["range.median"]) == round(e.median * 0.75 / 13 / 10) * 10
    assert float(rows["variable_at_target_per_year.median"]) == round(e.median * 0.25 / 100) * 100
    assert float(rows["floor.per_year"]) == pytest.approx(floor_today())
    parsed = json.loads(report.to_json(record))
    assert parsed["profile"]["industry_reading"] == model.DEFAULT_INDUSTRY_READING
    assert parsed["floor"]["source"].startswith("Fünfte Mindestlohnanpassungsverordnung")
    yearly = report.build(report.Request(e, e, None, 25, 100, "year", 12))
    assert yearly["amounts"] == "total pay per year" and yearly["variable_at_target_per_year"] is None
    assert yearly["range"]["median"] == round(e.median / 100) * 100
