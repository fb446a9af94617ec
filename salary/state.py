"""The estimator's state as one frozen value: every control's value by its
share-link name (ids, never a translated label), read from a link and written
back to one. No Streamlit here; salary/ui/state.py keeps it in a session.

    >>> state, problems = EstimatorState.from_query({"years": ["8"], "degree": ["master"]})
    >>> state.years, state.degree2, state.to_query()
    (8, 'master', {'years': '8', 'degree': 'master'})
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from salary import model, net, params, pay

# Profile 2's fields and the profile 1 field each follows while profile 2 has no values of its own.
FOLLOWS = {"years2": "years", "degree2": "degree", "industry2": "industry"}


@dataclass(frozen=True)
class Problem:
    """A link parameter whose value was refused: its name, what is wrong, and the value used instead."""

    name: str
    problem: str
    default: object


@dataclass(frozen=True)
class EstimatorState:
    """Everything the estimator shows, by share-link parameter name (salary.params).

    Profile 2 (years2, degree2, industry2) equals profile 1 while `own2` is
    False; moving one of its own controls gives it values of its own."""

    years: int = params.YEARS.default
    degree: str = params.DEGREE.default
    industry: str = params.INDUSTRY.default
    bands: str = params.BANDS.default
    industry_reading: str = params.INDUSTRY_READING.default
    period: str = params.PERIOD.default
    salaries: int = params.SALARIES.default
    salary: float | None = None  # typed by the person, EUR a year (total pay)
    variable: int = params.VARIABLE.default
    attainment: int = params.ATTAINMENT.default
    view: str = params.VIEW.default
    own2: bool = False
    years2: int = params.YEARS.default
    degree2: str = params.DEGREE.default
    industry2: str = params.INDUSTRY.default
    taxclass: int = params.TAXCLASS.default
    state: str = params.STATE.default
    church: str = params.CHURCH.default
    children: int = params.CHILDREN.default
    birth: int = params.BIRTH.default
    health: str = params.HEALTH.default
    surcharge: float = params.SURCHARGE.default
    premium: float = params.PREMIUM.default
    subsidy: float = params.SUBSIDY.default
    car: int = params.CAR.default
    km: int = params.KM.default
    drive: str = params.DRIVE.default

    def __post_init__(self) -> None:
        for name, param in params.BY_NAME.items():
            if name == "lang":
                continue
            value = getattr(self, name)
            if not _allowed(param, value):
                raise ValueError(f"{name}: {value!r} is not allowed")
        if not self.own2:
            for follower, leader in FOLLOWS.items():
                object.__setattr__(self, follower, getattr(self, leader))

    # -- the link -----------------------------------------------------------------
    @classmethod
    def from_query(cls, query: Mapping[str, list[str] | str], lang: str = "de") -> tuple[EstimatorState, list[Problem]]:
        """The state a link describes (name -> every value the link gives), and
        its refused parameters, each replaced by its default. Profile 2 has
        values of its own when the link names any of years2, degree2, industry2."""
        values, problems = {}, []
        for param in params.ESTIMATOR:
            if param.name not in query:
                continue
            raw = query[param.name]
            raw = [raw] if isinstance(raw, str) else list(raw)
            value, problem = param.parse(raw, lang)
            if problem is not None:
                problems.append(Problem(param.name, problem, None))
            elif value is not None:
                values[param.name] = value
        own2 = any(name in values for name in FOLLOWS)
        for follower, leader in FOLLOWS.items():
            values.setdefault(follower, values.get(leader, getattr(cls, leader)))
        state = cls(own2=own2, **values)
        problems = [dataclasses.replace(p, default=getattr(state, p.name)) for p in problems]
        return state, problems

    def to_query(self) -> dict[str, str]:
        """The link's parameters (name -> text): every value that is not its
        default, and profile 2 in full when it has values of its own."""
        out = {}
        for param in params.ESTIMATOR:
            value = getattr(self, param.name)
            if param.name in FOLLOWS:
                if self.own2:
                    out[param.name] = str(value)
                continue
            written = param.to_url(value)
            if written is not None:
                out[param.name] = written
        return out

    # -- changes --------------------------------------------------------------------
    def changed(self, name: str, value: object) -> EstimatorState:
        """This state after one control moved to `value`: profile 2's own
        controls give it values of its own; profile 1's carry profile 2 along
        while it follows."""
        if name not in params.BY_NAME or name == "lang":
            raise ValueError(f"{name}: no such control")
        if getattr(self, name) == value:
            return self
        own2 = self.own2 or name in FOLLOWS
        return dataclasses.replace(self, own2=own2, **{name: value})

    def following(self) -> EstimatorState:
        """Profile 2 back to following profile 1."""
        return dataclasses.replace(self, own2=False)

    def master_question(self) -> EstimatorState:
        """Profile 1 with a master's degree against profile 2 with a bachelor's and
        two more years in the same industry: does the degree beat the experience?"""
        return dataclasses.replace(self, degree="master", own2=True, years2=min(self.years + 2, model.YEARS_MAX),
                                   degree2="bachelor", industry2=self.industry)

    # -- what the state means --------------------------------------------------------
    def profile(self) -> model.Profile:
        return model.Profile(self.years, self.degree, self.industry, self.bands, self.industry_reading)

    def profile2(self) -> model.Profile:
        return model.Profile(self.years2, self.degree2, self.industry2, self.bands, self.industry_reading)

    @property
    def share(self) -> float:
        """The variable share of pay at target, 0..1: per month the page shows the
        fixed pay of a payslip, and the legal minimum holds for that fixed part."""
        return self.variable / 100

    def estimate(self, m: model.Model) -> model.Estimate:
        """Profile 1's range, nothing below the legal minimum on its fixed pay."""
        return pay.estimate(m, self.profile(), self.share, self.salaries)

    def estimate2(self, m: model.Model) -> model.Estimate:
        """Profile 2's range, the same way."""
        return pay.estimate(m, self.profile2(), self.share, self.salaries)

    def tax(self) -> tuple[net.TaxProfile, str | None]:
        """The net view's TaxProfile, and the name of the control whose value does
        not fit the others (a private subsidy above the premium: then the subsidy
        is taken at the premium's height)."""
        subsidy, problem = self.subsidy, None
        if self.health == "private" and self.subsidy > self.premium:
            subsidy, problem = self.premium, "subsidy"
        return net.TaxProfile(tax_class=self.taxclass, state=self.state, church=self.church == "yes",
                              children=self.children, birth_year=self.birth, health=self.health,
                              surcharge=self.surcharge, premium=self.premium, subsidy=subsidy, car=self.car,
                              km=self.km, drive=self.drive), problem


def _allowed(param: params.Param, value: object) -> bool:
    if value is None:
        return param.optional
    if param.choices:
        return value in param.choices and type(value) is type(param.choices[0])
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return param.low <= value <= param.high and (not param.whole or float(value).is_integer())
