"""Checks of the values a caller passes in: the value, or a ValueError naming the field and what it allows."""

from __future__ import annotations

import math
from numbers import Real
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def shown_value(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_number(name: str, value: object, low: float = -math.inf, high: float = math.inf, *,
                 whole: bool = False) -> float:
    """value as a float, or a ValueError that names the field and what it allows."""
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(float(value)) \
            or not low <= float(value) <= high or (whole and float(value) != int(value)):
        kind = "a whole number" if whole else "a number"
        span = f"from {low:g} to {high:g}" if math.isfinite(high) else f"of {low:g} or more"
        raise ValueError(f"{name}: {shown_value(value)} is not allowed; allowed: {kind} {span}")
    return float(value)


def check_choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{name}: {shown_value(value)} is not allowed; allowed: {', '.join(allowed)}")
    return value


def check_profiles(profiles: pd.DataFrame, years: tuple[float, float], choices: dict[str, tuple[str, ...]]
                   ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """A table of profiles, row by row: its years as floats, and for each column of
    `choices` it has, each row's position in the allowed values. Columns years and
    the first two of `choices` are required. A ValueError names the first bad row,
    its value and what is allowed."""
    import numpy as np
    import pandas as pd

    if not isinstance(profiles, pd.DataFrame):
        raise ValueError(f"profiles: {shown_value(type(profiles).__name__)} is not a pandas DataFrame")
    for column in ("years", *list(choices)[:2]):
        if column not in profiles.columns:
            raise ValueError(f"{column}: column missing; allowed columns: {', '.join(('years', *choices))}")
    low, high = years
    values = pd.to_numeric(profiles["years"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    bad = ~((values >= low) & (values <= high))  # NaN and inf are bad too
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        check_number("years", profiles["years"].iloc[i], low, high)  # raises with the bad value named
        raise ValueError(f"years: {shown_value(profiles['years'].iloc[i])} in row {profiles.index[i]!r} "
                         f"is not allowed; allowed: a number from {low:g} to {high:g}")
    codes = {}
    for column, allowed in choices.items():
        if column not in profiles.columns:
            continue
        c = pd.Index(allowed).get_indexer(profiles[column])
        if (c < 0).any():
            i = int(np.flatnonzero(c < 0)[0])
            raise ValueError(f"{column}: {shown_value(profiles[column].iloc[i])} in row {profiles.index[i]!r} "
                             f"is not allowed; allowed: {', '.join(allowed)}")
        codes[column] = c
    return values, codes
