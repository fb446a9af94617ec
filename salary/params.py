"""The share-link format: every query parameter the dashboard reads, its
default and what it allows, and the parser that turns a raw URL value into a
value or a named problem. No Streamlit here, so the rules are tested alone."""

from __future__ import annotations

import math
from dataclasses import dataclass

from salary import model, net, text

MAX_LENGTH = 100  # longer raw values are refused before parsing


@dataclass(frozen=True)
class Param:
    """One share-link parameter: its name (the same in the state, the URL and the widget keys),
    default, the ids or the number range it allows, and where its choices' labels come from.

        YEARS.parse(["8"], "en") == (8, None)
    """

    name: str
    default: object
    choices: tuple = ()  # the ids allowed (str or int), written in the link as str(id)
    low: float | None = None
    high: float | None = None
    whole: bool = True
    optional: bool = False  # may be absent/empty, meaning "no value"
    # Where a choice's shown label comes from: the strings key "<label_prefix>.<choice>",
    # or the label of the figure (figure_labels, key) in data/figures.csv ("all" from the
    # strings); with neither, the value itself.
    label_prefix: str = ""
    figure_labels: str = ""

    def parse(self, raw: list[str], lang: str) -> tuple[object, str | None]:
        """(value, None) for a good raw value, (default, problem) otherwise.

        raw is every value the URL gives for this name (repeated keys give
        several)."""
        if len(raw) > 1:
            return self.default, text.t("problem.repeated", lang)
        value = raw[0] if raw else ""
        if len(value) > MAX_LENGTH:
            return self.default, text.t("problem.too_long", lang)
        if value == "":
            if self.optional:
                return None, None
            return self.default, text.t("problem.empty", lang)
        if self.choices:
            for choice in self.choices:
                if value == str(choice):
                    return choice, None
            return self.default, text.t("problem.unknown", lang, allowed=", ".join(map(str, self.choices)))
        try:
            number = float(value.strip())
        except ValueError:
            return self.default, text.t("problem.not_number", lang)
        if not math.isfinite(number):
            return self.default, text.t("problem.not_number", lang)
        if self.whole and number != int(number):
            return self.default, text.t("problem.not_whole", lang)
        if not self.low <= number <= self.high:
            return self.default, text.t("problem.out_of_range", lang, low=text.number(self.low, lang),
                                        high=text.number(self.high, lang))
        return (int(number) if self.whole else number), None

    def to_url(self, value: object, default: object = None) -> str | None:
        """The URL text for a value, or None to leave the parameter out
        (no value, or the default, which `default` overrides)."""
        if value is None or value == (self.default if default is None else default):
            return None
        if isinstance(value, float) and value == int(value):
            value = int(value)
        return str(value)


LANG = Param("lang", text.DEFAULT_LANG, choices=text.LANGS, label_prefix="lang")
YEARS = Param("years", 5, low=model.YEARS_MIN, high=model.YEARS_MAX)
DEGREE = Param("degree", "bachelor", choices=model.DEGREES, label_prefix="degree")
INDUSTRY = Param("industry", "all", choices=model.INDUSTRIES, figure_labels="industry")
BANDS = Param("bands", model.DEFAULT_BANDS, choices=model.BANDS, label_prefix="bands")
INDUSTRY_READING = Param("industry_reading", model.DEFAULT_INDUSTRY_READING, choices=model.INDUSTRY_READINGS,
                         label_prefix="industry_reading")
SALARY = Param("salary", None, low=0, high=1_000_000, optional=True)
# The second profile's defaults are the first profile's values (a copy).
YEARS2 = Param("years2", None, low=model.YEARS_MIN, high=model.YEARS_MAX)
DEGREE2 = Param("degree2", None, choices=model.DEGREES, label_prefix="degree")
INDUSTRY2 = Param("industry2", None, choices=model.INDUSTRIES, figure_labels="industry")
VARIABLE = Param("variable", 20, low=0, high=50)
ATTAINMENT = Param("attainment", 100, low=50, high=150)
PERIOD = Param("period", "year", choices=("year", "month"), label_prefix="period")
SALARIES = Param("salaries", 12, choices=(12, 13))
# Which part of the estimator's details is shown; the others keep their state.
VIEW = Param("view", "stand", choices=("stand", "path", "build", "compare", "split", "net"), label_prefix="view")

# Net pay: who is paid (salary.net.TaxProfile); defaults are the profile's.
_TAX = net.TaxProfile()
TAXCLASS = Param("taxclass", _TAX.tax_class, choices=tuple(net.TAX_CLASSES), label_prefix="taxclass")
STATE = Param("state", _TAX.state, choices=tuple(net.STATES), label_prefix="state")
CHURCH = Param("church", "yes" if _TAX.church else "no", choices=("no", "yes"), label_prefix="church")
CHILDREN = Param("children", _TAX.children, low=0, high=net.CHILDREN_MAX)
BIRTH = Param("birth", _TAX.birth_year, low=net.BIRTH_YEARS[0], high=net.BIRTH_YEARS[1])
HEALTH = Param("health", _TAX.health, choices=net.HEALTH, label_prefix="health")
SURCHARGE = Param("surcharge", _TAX.surcharge, low=0.0, high=net.SURCHARGE_MAX, whole=False)
PREMIUM = Param("premium", _TAX.premium, low=0.0, high=net.PREMIUM_MAX, whole=False)
SUBSIDY = Param("subsidy", _TAX.subsidy, low=0.0, high=net.PREMIUM_MAX, whole=False)
CAR = Param("car", int(_TAX.car), low=0, high=int(net.CAR_MAX))
KM = Param("km", _TAX.km, low=0, high=net.KM_MAX)
DRIVE = Param("drive", _TAX.drive, choices=net.DRIVES, label_prefix="drive")
NET = (TAXCLASS, STATE, CHURCH, CHILDREN, BIRTH, HEALTH, SURCHARGE, PREMIUM, SUBSIDY, CAR, KM, DRIVE)
ESTIMATOR = (YEARS, DEGREE, INDUSTRY, BANDS, INDUSTRY_READING, SALARY, YEARS2, DEGREE2, INDUSTRY2,
             VARIABLE, ATTAINMENT, PERIOD, SALARIES, VIEW, *NET)
BY_NAME = {p.name: p for p in (LANG, *ESTIMATOR)}
