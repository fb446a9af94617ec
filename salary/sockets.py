"""Small messages sent at once: TCP_NODELAY on the sockets a server listens
and talks on.

A script run ends in a few dozen small websocket messages. With Nagle's
algorithm on, the kernel holds every message after the first until the
receiver acknowledges that one, and receivers delay acknowledgements (up to
40 ms on Linux, 200 ms on Windows): a key press waits that long for its page.
asyncio turns the algorithm off for the connections it accepts, but only on a
socket made with `proto=IPPROTO_TCP`; Streamlit 1.67 makes its listening
socket with `socket.socket(family)` (proto 0), so its connections keep it on.

    from salary import sockets
    sockets.no_delay(8501)  # the listening socket and the connections open on that port: their number

A connection accepted after the call inherits the setting from the listening
socket (Linux and the BSDs). Where the process's descriptors cannot be
listed (Windows), nothing changes.
"""

from __future__ import annotations

import os
import socket

_FD_DIRS = ("/proc/self/fd", "/dev/fd")


def _descriptors() -> list[int]:
    for folder in _FD_DIRS:
        try:
            return sorted(int(name) for name in os.listdir(folder) if name.isdigit())
        except OSError:
            continue
    return []


def _set(fd: int, port: int) -> bool:
    """TCP_NODELAY on descriptor fd if it is a TCP socket bound to `port`."""
    try:
        copy = os.dup(fd)  # closing the copy leaves fd open
    except OSError:  # closed since it was listed
        return False
    try:
        sock = socket.socket(fileno=copy)
    except OSError:  # not a socket
        os.close(copy)
        return False
    try:
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
            return False
        if sock.getsockname()[1] != port:
            return False
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return True
    except OSError:
        return False
    finally:
        sock.close()


def no_delay(port: int) -> int:
    """Turn Nagle's algorithm off on this process's TCP sockets bound to `port`
    (the listening socket and the connections it accepted); the number set.

    Two passes: a connection accepted while the first pass ran, before it
    reached the listening socket, is caught by the second."""
    done: set[int] = set()
    for _ in range(2):
        done.update(fd for fd in _descriptors() if _set(fd, port))
    return len(done)
