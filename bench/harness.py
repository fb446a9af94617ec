"""Run the dashboard (or any Streamlit script) as a real server and drive
Debian's Chromium with Playwright: used by the browser tests, the load test,
the screenshots and the benchmark."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
HOW_TO_GET_CHROMIUM = (
    "Chromium not found: install Debian's browser with `apt-get install chromium` "
    "(or set CHROMIUM to the path of a Chromium binary)."
)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def chromium_path() -> str | None:
    """$CHROMIUM, else /usr/bin/chromium, else chromium on PATH; None if absent."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_answering(process: subprocess.Popen, answers: Callable[[], bool], timeout: float, name: str) -> None:
    """Wait until answers() is true (an OSError counts as not yet); RuntimeError if the
    process `name` exits first, TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited early: {process.stderr.read().decode()[-2000:]}")
        try:
            if answers():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{name} did not answer within {timeout} s")


class Server:
    """`streamlit run SCRIPT` on a free port, headless, until stop()."""

    def __init__(self, script: str | Path = "app.py", *, cwd: Path = ROOT, env: dict | None = None,
                 port: int | None = None) -> None:
        self.script, self.cwd = str(script), cwd
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0

    def start(self, timeout: float = 60) -> Server:
        cmd = [sys.executable, "-m", "streamlit", "run", self.script, "--server.headless", "true",
               "--server.port", str(self.port), "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(cmd, cwd=self.cwd, env=self.env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, start_new_session=True)
        try:
            wait_answering(self.process, self._healthy, timeout, "streamlit")
        except Exception:
            self.stop()
            raise
        return self

    def _healthy(self) -> bool:
        with urllib.request.urlopen(self.url + "/_stcore/health", timeout=2) as response:
            return response.status == 200

    def stop(self) -> None:
        stop_group(self.process)

    def _tree(self) -> list[int]:
        """The server's process id and its children's (Linux /proc)."""
        found, pids = [], [self.process.pid]
        while pids:
            pid = pids.pop()
            found.append(pid)
            try:
                pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
            except OSError:
                continue
        return found

    def rss_bytes(self) -> int:
        """Resident memory of the server process and its children (Linux /proc)."""
        total = 0
        for pid in self._tree():
            try:
                with open(f"/proc/{pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1]) * 1024
            except OSError:
                continue
        return total

    def cpu_seconds(self) -> float:
        """CPU time (user and system) used so far by the server and its children."""
        return sum(cpu_seconds(pid) for pid in self._tree())

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def stop_group(process: subprocess.Popen | None) -> None:
    """End a process started in a session of its own, and its children: politely, then for good."""
    if process and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) one process has used so far; 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def browser_cpu_seconds() -> float:
    """CPU time used so far by every Chromium process on the machine."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                name = (entry / "comm").read_text().strip()
            except OSError:
                continue
            if name.startswith(("chromium", "chrome")):
                total += cpu_seconds(int(entry.name))
    return total


def launch(playwright, **kwargs):
    path = chromium_path()
    if path is None:
        raise RuntimeError(HOW_TO_GET_CHROMIUM)
    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True, **kwargs)


SKELETON = "[data-testid='stSkeleton']"
IDLE = "[data-testid='stApp'][data-test-connection-state='CONNECTED'][data-test-script-state='notRunning']"

# Run in every page of a context made by context(): the time the page last asked the server for a run
# (a BackMsg whose first field is rerun_script, number 11: its first byte 0x5a) and the time of the last
# message the server sent. The app has answered a request once a message came after it.
WATCH = """(() => {
  const watch = window.__streamlit_watch = {asked: 0, answered: 0};
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data, 0, 1)
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, 1) : null;
    if (bytes && bytes[0] === 0x5a) watch.asked = performance.now();
    if (!this.__watched) {
      this.__watched = true;
      this.addEventListener("message", () => { watch.answered = performance.now(); });
    }
    return send.call(this, data);
  };
})()"""
QUIET_MS = 60  # no message from the server for this long after its answer: the run and its trailing messages are over
# An action's rerun request leaves the page within a frame or two of the action; until then the app looks idle.
ASKING_MS = 60
# Connected, the script finished, its elements drawn: no spinner, and no skeleton (one stands in
# for an element whose code is still loading after the script has finished).
DRAWN = f"""() => !!document.querySelector("{IDLE}")
    && !document.querySelector("[data-testid='stStatusWidget'] .stSpinner")
    && !!document.querySelector("[data-testid='stMain'] [data-testid='stElementContainer']")
    && !document.querySelector("{SKELETON}")"""
IDLE_NOW = f"""(since) => {{
  const watch = window.__streamlit_watch, now = performance.now();
  return ({DRAWN})() && watch.answered > watch.asked
    && now - watch.answered >= {QUIET_MS} && now - since >= {ASKING_MS};
}}"""


def context(browser, **kwargs):
    """browser.new_context(**kwargs) whose pages wait_idle() can watch: it returns as soon as the app has
    answered the page's last request and gone quiet, instead of after a fixed settle."""
    made = browser.new_context(**kwargs)
    made.add_init_script(WATCH)
    return made


def wait_idle(page, timeout: float = 30_000, settle: int = 250) -> None:
    """Wait until the app is connected, its script has finished running and its
    elements are drawn. In a page of context(): until the server has answered
    the page's last rerun request and sent nothing for QUIET_MS. Elsewhere: until
    that state has held for `settle` ms (a run can start just after a page load)."""
    since = page.evaluate("() => window.__streamlit_watch ? performance.now() : null")
    if since is not None:
        page.wait_for_function(IDLE_NOW, arg=since, polling=20, timeout=timeout)
        return
    deadline = time.monotonic() + timeout / 1000
    while True:
        page.wait_for_function(DRAWN, polling=20, timeout=max(1.0, (deadline - time.monotonic()) * 1000))
        page.wait_for_timeout(settle)
        if page.evaluate(DRAWN):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not become idle")


def goto(page, server: Server, path: str = "", timeout: float = 30_000) -> None:
    page.goto(f"{server.url}/{path.lstrip('/')}")
    wait_idle(page, timeout)


PROBES = ("/_stcore/health", "/_stcore/host-config")


def is_base_path_probe(url: str) -> bool:
    """A request for <page path>/_stcore/health or /host-config (not the real ones at the root)."""
    path = urlsplit(url).path
    return any(path.endswith(probe) and path != probe for probe in PROBES)


class ConsoleWatch:
    """Console errors, uncaught page errors and failed responses of one page;
    attach before page.goto."""

    def __init__(self, page) -> None:
        self.errors: list[tuple[str, str]] = []  # (text, url of the resource if any)
        self.failed: list[str] = []  # URLs answered with status >= 400
        self.page = page
        page.on("console", self._console)
        page.on("pageerror", self._uncaught)
        page.on("response", self._response)

    def stop(self) -> None:
        """Stop watching (the page may go on to another test)."""
        self.page.remove_listener("console", self._console)
        self.page.remove_listener("pageerror", self._uncaught)
        self.page.remove_listener("response", self._response)

    def _uncaught(self, exc) -> None:
        self.errors.append((f"uncaught {exc}", ""))

    def _response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(response.url)

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append((message.text, (message.location or {}).get("url", "")))

    def unexpected(self) -> list[str]:
        """Every error except "Failed to load resource" for base-path probes,
        which are dropped only while every failed response is such a probe."""
        only_probes = bool(self.failed) and all(is_base_path_probe(url) for url in self.failed)
        return [f"{text} ({url})" if url else text for text, url in self.errors
                if not ("Failed to load resource" in text and only_probes and (not url or is_base_path_probe(url)))]
