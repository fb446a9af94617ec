"""What the browser tests read from a page: elements past the screen's edge,
chart text that collides, runs out or is turned, and words of the other language."""

from __future__ import annotations

from bench import harness
from salary import text
from tests.conftest import only_in, words

SIZES = {"desktop": harness.DESKTOP, "phone": harness.PHONE}
TOLERANCE_PX = 1

# Visible elements of the main area whose right edge is past the viewport,
# unless an ancestor that clips its overflow (a table's scroller) ends inside it.
OVERFLOWING = """(limit) => {
    const main = document.querySelector("[data-testid='stMain']");
    const clipped = (el) => {
        for (let a = el.parentElement; a && a !== main; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== "visible" && a.getBoundingClientRect().right <= limit) return true;
        }
        return false;
    };
    const out = [];
    for (const el of main.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.right <= limit || clipped(el)) continue;
        out.push(`${el.tagName.toLowerCase()}[data-testid=${el.dataset.testid}] `
                 + `${(el.innerText || "").slice(0, 40)} right=${Math.round(box.right)}`);
    }
    return out;
}"""


# Text drawn by plotly in one chart that collides with other text, runs out of
# the chart, or is rotated (labels turned on their side are hard to read on a phone).
TEXT_PROBLEMS = """(chart) => {
    const svg = chart.querySelector("svg.main-svg");
    const frame = svg.getBoundingClientRect();
    const sel = "text.annotation-text, g.xtick text, g.ytick text, text.xtitle, text.ytitle, "
              + "text.legendtext, text.gtitle, text.bartext";
    const items = [...chart.querySelectorAll(sel)]
        .filter(e => e.textContent.trim() && getComputedStyle(e).visibility !== "hidden")
        .map(e => ({text: e.textContent.trim(), box: e.getBoundingClientRect(), el: e}))
        .filter(i => i.box.width > 0 && i.box.height > 0);
    const out = [];
    const slack = 2;
    for (const [n, a] of items.entries()) {
        if (a.box.left < frame.left - slack || a.box.right > frame.right + slack)
            out.push(`cut off: ${a.text}`);
        if ((a.el.closest("g.xtick, g.ytick")?.querySelector("text")?.getAttribute("transform") || "")
                .includes("rotate")) out.push(`rotated: ${a.text}`);
        for (const b of items.slice(n + 1)) {
            const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (w > slack && h > slack) out.push(`overlap: ${a.text} / ${b.text}`);
        }
    }
    return out;
}"""


# The visible text of the page, plus the text plotly draws into its SVG (titles, ticks, labels);
# and the text set as code (names of ids and packages, the same in both languages).
VISIBLE = """() => [[document.body.innerText, ...[...document.querySelectorAll("svg text")].map(e => e.textContent)],
    [...document.querySelectorAll("code")].map(e => e.textContent)]"""


def wrong_words(page, lang: str) -> set[str]:
    """Words of the other language's own strings that the page shows."""
    other = next(x for x in text.LANGS if x != lang)
    shown, code = page.evaluate(VISIBLE)
    return (words(shown) - words(code)) & only_in(other)
