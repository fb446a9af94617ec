"""axe-core (through axe-playwright-python) on a page of the running app: the
WCAG 2.0/2.1/2.2 A and AA rules, with every fold (a chart's table) opened, and
no violation allowed. Shared by the accessibility test and
`python -m tests.e2e.a11y` (a table of the violations per page)."""

from __future__ import annotations

import sys

from axe_playwright_python.sync_playwright import Axe

from bench import harness
from salary import params
from salary.ui import navigation

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
SCHEMES = ("light", "dark")
SIZES = {"desktop": harness.DESKTOP, "phone": harness.PHONE}

# Every page, and the estimator once per detail view (with a salary typed in,
# so the "where you stand" view draws its line and sentence too).
TARGETS = {name: "/" + navigation.url_path(name) for name in navigation.PAGES if name != "estimator"} | {
    f"estimator-{view}": f"/estimator?view={view}&salary=70000" for view in params.VIEW.choices}
_AXE = Axe()


def url(path: str, lang: str) -> str:
    if lang == "de":
        return path
    return path + ("&" if "?" in path else "?") + f"lang={lang}"


CLOSED = "[data-testid='stExpander'] details:not([open]) > summary"


def open_tables(page) -> None:
    """Open every closed expander (the charts' "data as table"), so that axe sees the
    tables. A chart's table is drawn by the run that opening its fold starts. All are
    clicked at once (a click by Playwright would wait for the page to stop moving
    after each), and the last run draws them all."""
    while page.locator(CLOSED).count():
        page.evaluate(f"() => document.querySelectorAll({CLOSED!r}).forEach(summary => summary.click())")
        harness.wait_idle(page)


def violations(page) -> list[dict]:
    """axe's violations on the page: every one counts, none is allowed."""
    return _AXE.run(page, options=OPTIONS).response["violations"]


def describe(found: list[dict]) -> str:
    lines = []
    for v in found:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])}]")
        for n in v["nodes"][:5]:
            message = "; ".join(c["message"] for c in n.get("any", []) + n.get("all", []) + n.get("none", []))
            lines.append(f"    {n['html'][:160]}\n        {message[:240]}")
    return "\n".join(lines)


def main() -> int:
    """Print the violations (by rule and count) of every target, German, desktop and phone, both themes."""
    from playwright.sync_api import sync_playwright

    only = [a for a in sys.argv[1:] if not a.startswith("-")]

    with harness.Server() as server, sync_playwright() as playwright:
        browser = harness.launch(playwright)
        for scheme in SCHEMES:
            for size, viewport in SIZES.items():
                context = browser.new_context(viewport=viewport, color_scheme=scheme)
                for name, path in TARGETS.items():
                    if only and name not in only:
                        continue
                    page = context.new_page()
                    harness.goto(page, server, path)
                    open_tables(page)
                    found = violations(page)
                    counts = {v["id"]: len(v["nodes"]) for v in found}
                    print(f"{name:22} {scheme:5} {size:7} {counts or 'none'}", flush=True)
                    if "-v" in sys.argv:
                        print(describe(found))
                    page.close()
                context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
