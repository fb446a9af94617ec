"""Every file a user downloads, fetched in Chromium by a click on its button, parsed,
and compared with values computed here, independently of the code that writes it:
the estimate (CSV and JSON) against the model's quantiles, a percentile
recomputed from them, the pay split and comparison worked out by hand and
the minimum wage from its data file; the methodology page's figures CSV
against data/figures.csv; the other sources' CSV against data/sources.csv."""

import csv
import io
import json
import math
import pathlib

import pytest

from bench import harness
from salary import model, text
from salary.model import Profile
from tests.conftest import (
    assert_same_rows,
    file_rows,
    floor_today,
    percentile_from_quantiles,
    to_100,
)

pytestmark = pytest.mark.browser

LINK = {"years": "6", "degree": "master", "industry": "software", "salary": "70000", "years2": "12",
        "degree2": "none", "variable": "30", "attainment": "90", "view": "path"}


def read_csv(content: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content)))


def query(link: dict) -> str:
    return "&".join(f"{k}={v}" for k, v in link.items())


def download(page, server, path: str, label: str) -> str:
    """Open `path`, click the download button named `label`, and read the file the browser saves."""
    harness.goto(page, server, path)
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    return pathlib.Path(info.value.path()).read_text(encoding="utf-8")


def metrics(page) -> list[str]:
    return page.get_by_test_id("stMetricValue").all_inner_texts()


def test_the_estimate_json_holds_what_was_asked_computed_independently(new_page, server):
    page = new_page()
    record = json.loads(download(page, server, "/estimator?" + query(LINK), text.t("download.json", "de")))
    first = model.estimate(Profile(6, "master", "software"))
    second = model.estimate(Profile(12, "none", "software"))
    assert record["currency"] == "EUR" and record["period"] == "year" and record["amounts"] == "total pay per year"
    assert record["profile"] == {"years": 6, "degree": "master", "industry": "software", "bands": "p25-p75",
                                 "industry_reading": "overall"}
    assert record["percentiles"] == {"low": 25, "median": 50, "high": 75}
    assert record["range"] == {"low": to_100(first.low), "median": to_100(first.median), "high": to_100(first.high)}
    # The page and the file agree.
    assert [f"{v:,.0f}".replace(",", ".") + "\xa0€" for v in record["range"].values()] == metrics(page)[:3]
    salary = record["salary"]
    assert salary["value"] == 70000
    assert salary["percentile"] == pytest.approx(percentile_from_quantiles(first.low, first.high, 70000), abs=0.051)
    assert record["comparison"]["profile"] == {"years": 12, "degree": "none", "industry": "software",
                                               "bands": "p25-p75", "industry_reading": "overall"}
    assert record["comparison"]["range"]["median"] == to_100(second.median)
    assert record["comparison"]["median_difference"] == to_100(second.median - first.median)
    assert record["comparison"]["median_difference_percent"] == pytest.approx(
        (second.median / first.median - 1) * 100, abs=0.051)
    split = record["pay_split"]
    assert (split["variable_percent"], split["attainment_percent"]) == (30, 90)
    assert split["fixed"] == to_100(first.median * 0.7)
    assert split["variable_at_target_per_year"] == to_100(first.median * 0.3)
    assert split["paid_per_year"] == to_100(first.median * 0.7 + first.median * 0.3 * 0.9)
    assert record["floor"]["per_year"] == pytest.approx(floor_today())
    assert [s["step"] for s in record["steps"]] == ["base", "years", "degree", "industry"]
    assert sum(s["amount"] for s in record["steps"]) == pytest.approx(first.median, abs=250)
    assert record["net_pay"]["inputs"]["tax_class"] == 1 and record["net_pay"]["salaries"] == 12
    net = record["net_pay"]["median"]
    assert net["year"]["gross"] == round(first.median * 0.7 + first.median * 0.3 * 0.9)
    assert 0.4 * net["year"]["gross"] < net["year"]["net"] < net["year"]["gross"]


def test_a_salary_below_the_median_stands_below_the_middle(new_page, server):
    record = json.loads(download(new_page(), server, "/estimator?years=10&salary=50000",
                                 text.t("download.json", "de")))
    e = model.estimate(Profile(10))
    assert 50000 < e.median
    assert record["salary"]["percentile"] == pytest.approx(percentile_from_quantiles(e.low, e.high, 50000), abs=0.051)
    assert record["salary"]["percentile"] < 50


def test_the_estimate_csv_is_the_json_row_by_row_and_per_month(new_page, server):
    path = "/estimator?" + query({**LINK, "period": "month", "salaries": "13", "view": "net", "taxclass": "3"})
    page = new_page()
    rows = read_csv(download(page, server, path, text.t("download.csv", "de")))
    record = json.loads(download(page, server, path, text.t("download.json", "de")))
    assert list(rows[0]) == ["field", "value"]
    csv_values = {r["field"]: r["value"] for r in rows}
    assert len(csv_values) == len(rows)  # one row a field

    def flat(prefix, value):
        if isinstance(value, dict):
            for k, v in value.items():
                yield from flat(f"{prefix}.{k}" if prefix else k, v)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from flat(f"{prefix}.{i}", v)
        else:
            yield prefix, value

    expected = dict(flat("", record))
    assert csv_values.keys() == expected.keys()
    for field, value in expected.items():
        if value is None:
            assert csv_values[field] == "", field
        elif isinstance(value, int | float) and not isinstance(value, bool):
            assert float(csv_values[field]) == pytest.approx(value), field
        else:
            assert csv_values[field] == str(value), field
    first = model.estimate(Profile(6, "master", "software"))
    # Per month: the fixed pay (70 % here) over 13 salaries, to 10 EUR; the variable part stays per year.
    assert csv_values["amounts"] == "fixed pay per month"
    for k in ("low", "median", "high"):
        assert float(csv_values[f"range.{k}"]) == math.floor(getattr(first, k) * 0.7 / 13 / 10 + 0.5) * 10
        assert float(csv_values[f"variable_at_target_per_year.{k}"]) == to_100(getattr(first, k) * 0.3)
    assert csv_values["net_pay.inputs.tax_class"] == "3" and csv_values["net_pay.salaries"] == "13"
    assert float(csv_values["salary.value"]) == math.floor(70000 * 0.7 / 13 / 10 + 0.5) * 10


def test_the_figures_csv_is_the_data_file(new_page, server):
    shipped = read_csv(download(new_page(), server, "/methodology?lang=en", text.t("method.download", "en")))
    assert_same_rows(shipped, file_rows("figures.csv"), ("low", "high", "years_from", "years_to"), "key")


def test_the_other_sources_csv_is_the_data_file(new_page, server):
    shipped = read_csv(download(new_page(), server, "/sources?lang=en", text.t("sources.download", "en")))
    assert_same_rows(shipped, file_rows("sources.csv"), ("low", "high"), "source")
