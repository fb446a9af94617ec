"""The harness's console filter without a browser: it drops only the 404s of
Streamlit's base-path probes, and only while nothing else failed."""

from __future__ import annotations

from types import SimpleNamespace

from bench import harness

FAILED = "Failed to load resource: the server responded with a status of 404 (Not Found)"
BASE = "http://127.0.0.1:8501"


class FakePage:
    def __init__(self) -> None:
        self.handlers = {}

    def on(self, event, handler) -> None:
        self.handlers[event] = handler

    def console(self, text: str, url: str = "", kind: str = "error") -> None:
        self.handlers["console"](SimpleNamespace(type=kind, text=text, location={"url": url}))

    def response(self, url: str, status: int) -> None:
        self.handlers["response"](SimpleNamespace(url=url, status=status))


def watched() -> tuple[FakePage, harness.ConsoleWatch]:
    page = FakePage()
    return page, harness.ConsoleWatch(page)


def test_probe_urls():
    assert harness.is_base_path_probe(f"{BASE}/estimator/_stcore/health")
    assert harness.is_base_path_probe(f"{BASE}/estimator/_stcore/host-config")
    assert not harness.is_base_path_probe(f"{BASE}/_stcore/health")
    assert not harness.is_base_path_probe(f"{BASE}/estimator/_stcore/stream")
    assert not harness.is_base_path_probe(f"{BASE}/static/js/main.js")


def test_probe_404s_are_dropped():
    page, watch = watched()
    for probe in harness.PROBES:
        page.response(f"{BASE}/degree{probe}", 404)
        page.console(FAILED, f"{BASE}/degree{probe}")
    page.console("a warning", kind="warning")
    assert watch.unexpected() == []


def test_other_failures_are_kept():
    page, watch = watched()
    page.response(f"{BASE}/degree/_stcore/health", 404)
    page.response(f"{BASE}/static/js/chunk.js", 404)
    page.console(FAILED)  # without a URL it could be either
    page.console(FAILED, f"{BASE}/degree/_stcore/health")
    assert len(watch.unexpected()) == 2


def test_console_and_page_errors_are_kept():
    page, watch = watched()
    page.console("TypeError: x is undefined")
    page.handlers["pageerror"](RuntimeError("boom"))
    assert watch.unexpected() == ["TypeError: x is undefined", "uncaught boom"]
