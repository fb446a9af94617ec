"""`python -m tests.e2e.screenshots [--readme] [--dark]`: full-height screenshots of every
page at desktop and phone width (German; the estimator and the other sources
also in English, the estimator with each detail view open and the net pay view
in English, the other sources with a profile's range marked) into
screenshots/, and with --readme the estimator picture docs/screenshot.png.
With --dark the browser asks for the dark theme, into screenshots/dark/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench import harness
from salary import params
from salary.ui import navigation

OUT = harness.ROOT / "screenshots"
README_PNG = harness.ROOT / "docs" / "screenshot.png"
README_PATH = "/estimator?years=8&degree=master&industry=software&salary=80000"
README_HEIGHT = 1400
MAX_HEIGHT = 8000
SIZES = {"desktop": harness.DESKTOP, "phone": harness.PHONE}
# The sources page as the estimator's link opens it: a profile's range marked.
SOURCES_PROFILE = "years=8&degree=master&industry=software"
LANGS = ("de", "en")

# Streamlit scrolls inside its main container, not the document.
CONTENT_HEIGHT = """() => {
    const main = document.querySelector("[data-testid='stMain']");
    return Math.ceil(Math.max(main ? main.scrollHeight : 0, document.documentElement.scrollHeight));
}"""


def settle(page) -> None:
    """Let a resize reach the layout and plotly's responsive redraw."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_timeout(400)
    harness.wait_idle(page)


def capture(page, path: Path, max_height: int = MAX_HEIGHT) -> Path:
    """Screenshot the whole content: grow the viewport to the content's height
    (capped) so nothing is cut off by Streamlit's inner scrolling."""
    width = page.viewport_size["width"]
    for _ in range(3):  # a taller viewport can change the height once more (charts, vh units)
        height = min(page.evaluate(CONTENT_HEIGHT), max_height)
        if height == page.viewport_size["height"]:
            break
        page.set_viewport_size({"width": width, "height": height})
        settle(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path)
    return path


def readme_crop(page, height: int) -> dict:
    """The top of the page down to the end of the last element that fits in `height`."""
    bottom = page.evaluate("""(limit) => Math.max(0, ...[...document.querySelectorAll(
        "[data-testid='stMain'] [data-testid='stElementContainer']")].map(e => e.getBoundingClientRect().bottom)
        .filter(b => b <= limit))""", height - 24)
    return {"x": 0, "y": 0, "width": page.viewport_size["width"], "height": int(bottom) + 24 if bottom else height}


def shoot(browser, server: harness.Server, path: str, viewport: dict, out: Path, *, readme: bool = False,
          scheme: str = "light") -> Path:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    try:
        page = context.new_page()
        harness.goto(page, server, path)
        if not readme:
            return capture(page, out)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=out, clip=readme_crop(page, viewport["height"]))
        return out
    finally:
        context.close()


def jobs() -> list[tuple[str, str, str]]:
    """(file stem, url path, size) of every screenshot."""
    out = []
    for name in navigation.PAGES:
        url = navigation.url_path(name)
        for size in SIZES:
            out.append((f"{name}-{size}-de", url, size))
            if name == "sources":
                out.append((f"{name}-{size}-en", f"{url}?lang=en", size))
                out += [(f"{name}-you-{size}-{lang}", f"{url}?{SOURCES_PROFILE}&lang={lang}", size) for lang in LANGS]
            if name == "estimator":
                out.append((f"{name}-{size}-en", f"{url}?lang=en", size))
                out += [(f"{name}-{view}-{size}-de", f"{url}?view={view}&salary=70000", size)
                        for view in params.VIEW.choices if view != params.VIEW.default]
                out.append((f"{name}-net-{size}-en", f"{url}?view=net&car=45000&km=20&lang=en", size))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true", help=f"also write {README_PNG.relative_to(harness.ROOT)}")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the screenshots")
    parser.add_argument("--only", metavar="PAGE", help="only this page's screenshots (a file name in pages/)")
    parser.add_argument("--dark", action="store_true", help="the dark theme (the browser prefers it), into <out>/dark")
    args = parser.parse_args(argv)
    scheme = "dark" if args.dark else "light"
    out = args.out / "dark" if args.dark else args.out
    if harness.chromium_path() is None:
        print(harness.HOW_TO_GET_CHROMIUM, file=sys.stderr)
        return 1
    with harness.Server() as server, sync_playwright() as playwright:
        browser = harness.launch(playwright)
        for stem, path, size in jobs():
            if args.only and not stem.startswith(args.only + "-"):
                continue
            print(shoot(browser, server, path, SIZES[size], out / f"{stem}.png", scheme=scheme))
        if args.readme:
            viewport = {"width": harness.DESKTOP["width"], "height": README_HEIGHT}
            print(shoot(browser, server, README_PATH, viewport, README_PNG, readme=True))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
