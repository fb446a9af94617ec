"""Checks of the values a caller passes in: the value, or a ValueError naming the field and what it allows."""

from __future__ import annotations

import math
from numbers import Real


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
