"""The keyboard focus as a reader sees it, measured in the browser: what an element
looks like with the focus and without it (every colour that changes is its
focus indicator), the indicator's contrast against what lies behind it, and
colour contrast as WCAG computes it."""

from __future__ import annotations

import re

# After each Tab: the newly focused element, its ancestors up to its element container and its
# first descendants (their background, ring, outline and border colours and the colour behind
# each), kept; and the same nodes of the element focused before, as they look now, without the focus.
STEP = """() => {
    const styles = (node) => {
        const cs = getComputedStyle(node);
        const drawn = (style, width, colour) => style !== "none" && parseFloat(width) > 0 ? colour : "";
        let behind = "";
        for (let a = node.parentElement; a && !behind; a = a.parentElement) {
            const bg = getComputedStyle(a).backgroundColor;
            if (bg.startsWith("rgb(")) behind = bg;  // the first opaque background
        }
        return {background: cs.backgroundColor, shadow: cs.boxShadow,
                before: getComputedStyle(node, "::before").boxShadow,
                after: getComputedStyle(node, "::after").boxShadow,
                outline: drawn(cs.outlineStyle, cs.outlineWidth, cs.outlineColor),
                top: drawn(cs.borderTopStyle, cs.borderTopWidth, cs.borderTopColor),
                right: drawn(cs.borderRightStyle, cs.borderRightWidth, cs.borderRightColor),
                bottom: drawn(cs.borderBottomStyle, cs.borderBottomWidth, cs.borderBottomColor),
                left: drawn(cs.borderLeftStyle, cs.borderLeftWidth, cs.borderLeftColor),
                behind: behind || "rgb(255, 255, 255)"};
    };
    const el = document.activeElement;
    const stop = el.closest("[data-testid='stElementContainer']") || el.parentElement;
    const nodes = [];
    for (let a = el; a && a !== stop.parentElement; a = a.parentElement) nodes.push(a);
    nodes.push(...[...el.querySelectorAll("*")].slice(0, 40));
    const before = window.__focusNodes;
    window.__focusNodes = nodes;
    const name = (el.getAttribute("aria-label") || el.innerText || el.getAttribute("role") || el.tagName).trim();
    // The page's own content and the sidebar's (the language switch), not Streamlit's header, menu or main region.
    const own = !!el.closest("[data-testid='stMainBlockContainer'], [data-testid='stSidebarUserContent']");
    return {name: name.slice(0, 40), own, looks: nodes.map(styles),
            before: before && before[0] !== el ? before.map(styles) : null};
}"""

# Streamlit fades focus rings in; without transitions a ring is drawn in full at the next frame.
STILL = "*, *::before, *::after { transition: none !important; animation: none !important; }"
FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def hold_still(page) -> None:
    """Turn the page's transitions and animations off (until its next load)."""
    page.add_style_tag(content=STILL)


def drawn(page) -> None:
    """Wait until what the last key press changed has been drawn."""
    page.evaluate(FRAMES)


COLOUR = re.compile(r"rgba?\(([^)]*)\)")


def _channels(css: str) -> tuple[float, float, float, float]:
    parts = [float(v) for v in re.split(r"[,\s/]+", css.strip()) if v]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def over(colour: str, behind: str) -> str:
    """`colour` (maybe translucent) as drawn over the opaque `behind`, as rgb()."""
    r, g, b, a = _channels(COLOUR.search(colour).group(1))
    br, bg, bb, _ = _channels(COLOUR.search(behind).group(1))
    return f"rgb({r * a + br * (1 - a):.1f}, {g * a + bg * (1 - a):.1f}, {b * a + bb * (1 - a):.1f})"


def _luminance(css: str) -> float:
    channels = [v / 255 for v in _channels(COLOUR.search(css).group(1))[:3]]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two opaque CSS colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def indicator(focused: dict, unfocused: dict) -> list[tuple[str, float]]:
    """Every colour that the focus adds or changes (a background, a ring, an outline, a border),
    drawn over what lies behind it, with its contrast against that: `focused` is STEP's answer
    when the element took the focus, `unfocused` its answer at the next Tab."""
    found = []
    for with_focus, without in zip(focused["looks"], unfocused["before"]):
        for prop in ("background", "shadow", "before", "after", "outline", "top", "right", "bottom", "left"):
            if with_focus[prop] == without[prop] or not with_focus[prop]:
                continue
            for match in COLOUR.finditer(with_focus[prop]):
                drawn = over(match.group(0), with_focus["behind"])
                if match.group(0) not in without[prop]:
                    found.append((f"{prop} {match.group(0)} on {with_focus['behind']}",
                                  round(contrast(drawn, with_focus["behind"]), 2)))
    return found
