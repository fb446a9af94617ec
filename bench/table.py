"""One row of the benchmark table and the Markdown rendering of all rows."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from salary.text import markdown_table


def median(values) -> float:
    return float(statistics.median(values))


def percentile(values, q: float) -> float:
    """The q-th percentile (linear between the nearest ranks, as numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    at = (len(ordered) - 1) * q / 100
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (at - low))


@dataclass
class Row:
    measure: str
    dashboard: float
    reference: float | None
    unit: str
    target: str = "—"
    limit: float | None = None  # the target as a number
    on_ratio: bool = True  # the limit applies to the ratio (else to the dashboard figure)
    strict: bool = False  # "<" rather than "<="
    at_least: bool = False  # the figure must reach the limit (">=") rather than stay below it
    digits: int = 1

    @property
    def ratio(self) -> float | None:
        return self.dashboard / self.reference if self.reference else None

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        value = self.ratio if self.on_ratio else self.dashboard
        if self.at_least:
            return value >= self.limit
        return value < self.limit if self.strict else value <= self.limit

    def cells(self) -> list[str]:
        fig = lambda v: "—" if v is None else f"{v:,.{self.digits}f} {self.unit}".rstrip()
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}x"
        met = {None: "—", True: "yes", False: "**no**"}[self.met]
        return [self.measure, fig(self.dashboard), fig(self.reference), ratio, self.target, met]


def markdown(rows: list[Row], notes: list[str]) -> str:
    head = ["measure", "dashboard", "reference", "ratio", "target", "met?"]
    table = markdown_table(head, [row.cells() for row in rows], "lrrrlc")
    return "\n".join([table, ""] + [f"- {n}" for n in notes]) + "\n"
