"""The calibration table: each of the article's figures beside the model's
value for the matching profile. `python -m salary.calibration` prints it."""

from __future__ import annotations

import pandas as pd

from salary import figures as fig
from salary.model import BANDS, INDUSTRIES, Profile, default_model


def table() -> pd.DataFrame:
    m = default_model()
    f = m.figures
    rows = []

    def add(figure: str, article: str, profile: str, value: float, check: str) -> None:
        rows.append({"figure": figure, "article": article, "profile": profile, "model median": round(value),
                     "check": check})

    for bands in BANDS:
        e = lambda years, degree="bachelor", industry="all", bands=bands: m.estimate(  # noqa: E731
            Profile(years, degree, industry, bands)).median
        tag = f" [{bands}]"
        add("Bachelor" + tag, f"{fig.value(f, 'degree', 'bachelor'):,.0f}", "0 y, bachelor", e(0), "within 5 %")
        add("Master" + tag, f"{fig.value(f, 'degree', 'master'):,.0f}", "0 y, master", e(0, "master"), "within 5 %")
        for level, years in (("junior", (1, 3)), ("experienced", (4, 6))):
            row = fig.row(f, "level", level)
            band = f"{row['low']:,.0f}-{row['high']:,.0f}"
            add(f"{row['label_en']}{tag}", band, f"{years[0]} y",
                e(years[0]), "inside the band")
            add(f"{row['label_en']}{tag}", band, f"{years[1]} y", e(years[1]), "inside the band")
        for years in (7, 10):
            add("7-10 years" + tag, f"{fig.value(f, 'years', '7-10'):,.0f}", f"{years} y", e(years), "within 10 %")
        add("more than 10 years" + tag, f"well over {fig.value(f, 'years', 'over-10'):,.0f}", "11 y", e(11),
            "above")
        senior = fig.row(f, "level", "senior")
        for years in (15, 45):
            add("Senior KAM" + tag, f"{senior['low']:,.0f}-{senior['high']:,.0f}", f"{years} y", e(years),
                "inside the band")
        for industry in INDUSTRIES[1:]:
            add(f"{industry}{tag}", f"{fig.value(f, 'industry', industry):,.0f} (average)", "8 y, bachelor",
                e(8, industry=industry), "ranked as in the article")
    return pd.DataFrame(rows)


def markdown(frame: pd.DataFrame) -> str:
    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(f"{v:,}" if isinstance(v, int) else str(v) for v in row) + " |"
              for row in frame.itertuples(index=False)]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(table()))
