"""Net pay 2026: from a gross salary to what is paid out.

Wage tax, solidarity surcharge and church tax follow the official BMF
Programmablaufplan 2026 through the package lohnsteuer-bmf; the employee's
social contributions and the company car's taxable benefit come from
data/contributions.csv and data/company_car.csv (one row per rate or limit,
with its legal source). Every problem in those files raises FiguresError
naming the file, the row and what is wrong. No Streamlit here.

    from salary.net import TaxProfile, net_pay
    n = net_pay(60_000, TaxProfile(tax_class=1, state="NW", birth_year=1970))
    n.wage_tax, n.pension, n.net      # EUR per year
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from lohnsteuer_bmf import berechne_lohnsteuer_pap

from salary import datafiles
from salary.checks import check_number
from salary.datafiles import FiguresError
from salary.pay import pay_split

if TYPE_CHECKING:
    import pandas as pd

YEAR = 2026
CONTRIBUTIONS_FILE, CAR_FILE = "contributions.csv", "company_car.csv"
RATE_COLUMNS = ("key", "value", "unit", "source", "label_de", "label_en")

# The rows each file must hold, with their unit.
CONTRIBUTION_KEYS = {
    "pension_rate": "percent", "unemployment_rate": "percent", "pension_ceiling": "EUR/month",
    "health_rate": "percent", "health_surcharge_share": "percent", "health_surcharge_average": "percent",
    "health_ceiling": "EUR/month", "care_rate": "percent", "care_rate_saxony": "percent",
    "care_childless": "percent", "care_childless_age": "years", "care_child_discount": "percent",
    "care_child_discount_from": "children", "care_child_discount_to": "children",
}
CAR_KEYS = {
    "private_use_rate": "percent", "commute_rate": "percent", "list_price_step": "EUR",
    "hybrid_share": "percent", "electric_share": "percent", "electric_limit": "EUR",
    "electric_above_limit_share": "percent",
}

# The 16 Länder by ISO 3166-2 code, with the name lohnsteuer-bmf knows them by.
STATES = {
    "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg", "HB": "Bremen",
    "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern", "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
    "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen",
}
SAXONY = "SN"
HEALTH = ("statutory", "private")
DRIVES = ("combustion", "hybrid", "electric")
TAX_CLASSES = (1, 2, 3, 4, 5, 6)
CHILDREN_MAX = 10
BIRTH_YEARS = (1940, 2010)
SURCHARGE_MAX = 10.0  # percent
PREMIUM_MAX = 3000.0  # EUR a month
CAR_MAX = 300_000.0  # EUR list price
KM_MAX = 300  # km from home to work
# Where the money goes, in the order charts and tables show it.
PARTS = ("net", "wage_tax", "solidarity", "church_tax", "pension", "unemployment", "health", "care", "car_benefit")


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)[:40]


def _bad(name: str, value: object, allowed: str) -> ValueError:
    return ValueError(f"{name}: {_shown(value)} is not allowed; allowed: {allowed}")


def _whole(name: str, value: object, low: int, high: int) -> int:
    return int(check_number(name, value, low, high, whole=True))


def _amount(name: str, value: object, high: float) -> float:
    return check_number(name, value, 0, high)


@dataclass(frozen=True)
class TaxProfile:
    """Who is paid: everything besides the gross that decides the net.

    surcharge is the health fund's surcharge in percent (statutory only);
    premium and subsidy are EUR a month (private only: the premium for health
    and long-term care, and the employer's tax-free subsidy to it); car is the
    company car's gross list price in EUR (0: no car), km the distance from
    home to work, drive "combustion", "hybrid" or "electric"."""

    tax_class: int = 1
    state: str = "NW"
    church: bool = False
    children: int = 0
    birth_year: int = 1985
    health: str = "statutory"
    surcharge: float = 2.9
    premium: float = 600.0
    subsidy: float = 300.0
    car: float = 0.0
    km: int = 0
    drive: str = "combustion"

    def __post_init__(self) -> None:
        if isinstance(self.tax_class, bool) or self.tax_class not in TAX_CLASSES:
            raise _bad("tax_class", self.tax_class, "1, 2, 3, 4, 5, 6")
        if not isinstance(self.state, str) or self.state not in STATES:
            raise _bad("state", self.state, ", ".join(STATES))
        if not isinstance(self.church, bool):
            raise _bad("church", self.church, "True, False")
        if not isinstance(self.health, str) or self.health not in HEALTH:
            raise _bad("health", self.health, ", ".join(HEALTH))
        # One type per field (an int 0 and a float 0.0 are the same input), set on the frozen instance.
        for name, check in (("children", lambda v: _whole("children", v, 0, CHILDREN_MAX)),
                            ("birth_year", lambda v: _whole("birth_year", v, *BIRTH_YEARS)),
                            ("surcharge", lambda v: _amount("surcharge", v, SURCHARGE_MAX)),
                            ("premium", lambda v: _amount("premium", v, PREMIUM_MAX)),
                            ("subsidy", lambda v: _amount("subsidy", v, PREMIUM_MAX)),
                            ("car", lambda v: _amount("car", v, CAR_MAX)),
                            ("km", lambda v: _whole("km", v, 0, KM_MAX))):
            object.__setattr__(self, name, check(getattr(self, name)))
        if self.health == "private" and self.subsidy > self.premium:
            raise _bad("subsidy", self.subsidy, f"at most the premium ({self.premium:g})")
        if not isinstance(self.drive, str) or self.drive not in DRIVES:
            raise _bad("drive", self.drive, ", ".join(DRIVES))


@dataclass(frozen=True)
class NetPay:
    """Where a gross goes, in EUR for one period (a year, or a month after per_month()).

    car_benefit is taxed and insured like pay but not paid out, so
    net = gross - wage_tax - solidarity - church_tax - pension - unemployment - health - care."""

    gross: float
    car_benefit: float
    wage_tax: float
    solidarity: float
    church_tax: float
    pension: float
    unemployment: float
    health: float
    care: float
    net: float

    @property
    def taxes(self) -> float:
        return self.wage_tax + self.solidarity + self.church_tax

    @property
    def contributions(self) -> float:
        return self.pension + self.unemployment + self.health + self.care

    def scaled(self, factor: float) -> NetPay:
        return NetPay(**{f.name: getattr(self, f.name) * factor for f in fields(self)})

    def parts(self) -> list[tuple[str, float]]:
        """(part, amount) in PARTS order: the net and every deduction, then the car's benefit."""
        return [(p, getattr(self, p)) for p in PARTS]


@dataclass(frozen=True)
class Rates:
    """The rows of one rates file: values by key, and the rows for tables."""

    values: dict[str, float]
    rows: pd.DataFrame

    def __getitem__(self, key: str) -> float:
        return self.values[key]


def load_rates(path: str | Path, keys: dict[str, str]) -> Rates:
    """One rates file (columns as in data/README.md), validated: every key in
    `keys` once, in its unit, a non-negative number (percent at most 100), with
    its source and labels."""

    def check(key: str, value: float, row: dict, where: str) -> None:
        if row["unit"] == "percent" and value > 100:
            raise FiguresError(f"{where}: value {row['value']} is more than 100 percent")
        for column in ("source", "label_de", "label_en"):
            if not row[column]:
                raise FiguresError(f"{where}: {column} is empty")

    rows = datafiles.keyed_values(Path(path), RATE_COLUMNS, keys, check)
    records = [{**row, "value": value} for _, value, row in rows]
    return Rates({r["key"]: r["value"] for r in records}, datafiles.frame(records, RATE_COLUMNS, Path(path).name))


@dataclass(frozen=True)
class Data:
    contributions: Rates
    car: Rates


def load_data(folder: Path) -> Data:
    """The contribution rates and company-car rules in `folder`, validated."""
    contributions = load_rates(folder / CONTRIBUTIONS_FILE, CONTRIBUTION_KEYS)
    if contributions["health_ceiling"] > contributions["pension_ceiling"]:
        raise FiguresError(f"{CONTRIBUTIONS_FILE}: health_ceiling is above pension_ceiling")
    if contributions["care_child_discount_from"] > contributions["care_child_discount_to"]:
        raise FiguresError(f"{CONTRIBUTIONS_FILE}: care_child_discount_from is above care_child_discount_to")
    car = load_rates(folder / CAR_FILE, CAR_KEYS)
    if car["list_price_step"] < 1:
        raise FiguresError(f"{CAR_FILE}: list_price_step is below 1 EUR")
    return Data(contributions, car)


def data() -> Data:
    """The rates in the data folder ($SALARY_DATA_DIR or data/), read once per process."""
    return datafiles.load(load_data)


def car_benefit(profile: TaxProfile, rates: Rates | None = None) -> float:
    """The company car's taxable benefit in EUR a month (1 % rule plus the commute)."""
    if profile.car <= 0:
        return 0.0
    r = rates or data().car
    share = {"combustion": 100.0, "hybrid": r["hybrid_share"]}.get(profile.drive)
    if share is None:  # electric
        share = r["electric_share"] if profile.car <= r["electric_limit"] else r["electric_above_limit_share"]
    step = r["list_price_step"]
    base = math.floor(profile.car * share / 100 / step) * step
    return base * (r["private_use_rate"] + r["commute_rate"] * profile.km) / 100


def care_rate(profile: TaxProfile, rates: Rates | None = None) -> float:
    """The employee's long-term care rate in percent."""
    r = rates or data().contributions
    rate = r["care_rate_saxony"] if profile.state == SAXONY else r["care_rate"]
    if profile.children == 0:
        if YEAR - profile.birth_year > r["care_childless_age"]:
            rate += r["care_childless"]
        return rate
    counted = min(profile.children, r["care_child_discount_to"]) - r["care_child_discount_from"] + 1
    return rate - max(0.0, counted) * r["care_child_discount"]


def net_pay(gross: float, profile: TaxProfile | None = None) -> NetPay:
    """Net pay for a year's gross pay (EUR), every amount per year."""
    gross = check_number("gross", gross, 0)
    p = profile or TaxProfile()
    d = data()
    c = d.contributions
    benefit = car_benefit(p, d.car) * 12
    taxable = float(gross) + benefit
    private = p.health == "private"
    tax = berechne_lohnsteuer_pap(
        taxable, p.tax_class, STATES[p.state], p.church, p.children, p.birth_year,
        p.surcharge, p.state == SAXONY, YEAR, pkv=private,
        pkpv_monat_cent=round(p.premium * 100) if private else 0,
        pkpvagz_monat_cent=round(p.subsidy * 100) if private else 0)
    wage_tax, solidarity, church_tax = (round(tax[k] * 12, 2) for k in
                                        ("lohnsteuer_monat", "soli_monat", "kirchensteuer_monat"))
    pension_base = min(taxable, c["pension_ceiling"] * 12)
    health_base = min(taxable, c["health_ceiling"] * 12)
    pension = round(pension_base * c["pension_rate"] / 100, 2)
    unemployment = round(pension_base * c["unemployment_rate"] / 100, 2)
    if private:
        health = round((p.premium - p.subsidy) * 12, 2)  # the premium includes long-term care
        care = 0.0
    else:
        health_rate = c["health_rate"] + p.surcharge * c["health_surcharge_share"] / 100
        health = round(health_base * health_rate / 100, 2)
        care = round(health_base * care_rate(p, c) / 100, 2)
    net = float(gross) - wage_tax - solidarity - church_tax - pension - unemployment - health - care
    return NetPay(float(gross), benefit, wage_tax, solidarity, church_tax, pension, unemployment, health, care,
                  round(net, 2))


def per_month(monthly_gross: float, profile: TaxProfile | None = None) -> NetPay:
    """The payslip of one month with this gross, as a BMF monthly calculation
    does it (the month's pay taken twelve times, the year's results divided by twelve)."""
    return net_pay(monthly_gross * 12, profile).scaled(1 / 12)


@dataclass(frozen=True)
class YearAndMonth:
    year: NetPay  # the year's total: fixed and variable at the attainment
    month: NetPay  # a regular month's payslip: the fixed monthly salary


def year_and_month(total: float, profile: TaxProfile, variable_share: float, attainment: float,
                   salaries: int) -> YearAndMonth:
    """Net pay of a total at target (EUR a year): per year at the attainment,
    per month of the fixed salary paid `salaries` times a year."""
    split = pay_split(total, variable_share, attainment)
    return YearAndMonth(net_pay(split.paid, profile), per_month(split.fixed / salaries, profile))


def of_range(estimate, profile: TaxProfile, variable_share: float, attainment: float,
             salaries: int) -> tuple[YearAndMonth, YearAndMonth, YearAndMonth]:
    """year_and_month() of an estimate's low, median and high totals."""
    return tuple(year_and_month(total, profile, variable_share, attainment, salaries)
                 for total in (estimate.low, estimate.median, estimate.high))
