"""What a server process does once, at the start of its script runs: its
messages sent without delay (salary.sockets), the table libraries loaded
before any run but the first, and the long-lived objects moved out of the
garbage collector's way (gc.freeze).

After every script run Streamlit collects all garbage (gc.collect(2)) while
holding the interpreter lock, and the run's last messages wait for it. With
pandas, plotly and the model loaded, that collection walks some 150,000
long-lived objects that are never garbage; frozen at the start of the second
run (by then the imports, the model and plotly's validators exist), it walks
only what the runs make since: the sessions and the page cache (see cache.SIZE)."""

from __future__ import annotations

import gc
import threading

import streamlit as st

from salary import libraries, sockets

_lock = threading.Lock()
_runs = 0  # script runs started in this process, counted until the freeze
_frozen = False


def run_started() -> None:
    """Call at the start of every script run (ui.page does).

    The process's first run turns Nagle's algorithm off on the server's port
    (salary.sockets) and draws its first chart before numpy, pandas and
    pyarrow are imported (a faster cold start) and imports them when it needs
    them; every other run loads them first, so that no run imports them while
    another builds a chart (salary.libraries). The second run then freezes."""
    global _runs, _frozen
    if _frozen:
        return
    with _lock:
        _runs += 1
        first = _runs == 1
    if first:
        # Before the first run's messages: its own connection is already open.
        sockets.no_delay(st.get_option("server.port"))
        return
    libraries.load()
    with _lock:
        if not _frozen:
            # The first run's garbage went with Streamlit's collection after it: no collection
            # of its own here, which would take as long as the ones it spares.
            gc.freeze()
            _frozen = True
