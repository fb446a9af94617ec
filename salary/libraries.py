"""numpy, pandas and pyarrow: imported once per process, by one thread, while
nothing that looks for them runs. A library being imported stands half made
in sys.modules, and plotly looks there to tell arrays apart: a chart built in
another thread meanwhile fails ("partially initialized module 'pandas'").

    libraries.load()            # import all three (other threads wait for it)
    with libraries.alone():     # build or send a chart: waits while they load
        ...
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

NAMES = ("numpy", "pandas", "pyarrow")
_lock = threading.RLock()
_loaded = False


def load() -> None:
    """Import numpy, pandas and pyarrow, once; a thread that comes while another imports them waits."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if not _loaded:
            for name in NAMES:
                importlib.import_module(name)
            _loaded = True


@contextmanager
def alone() -> Iterator[None]:
    """Run code that looks the libraries up in sys.modules (plotly): until they are
    loaded, one such block at a time and never while they are being imported."""
    if _loaded:
        yield
        return
    with _lock:
        yield
