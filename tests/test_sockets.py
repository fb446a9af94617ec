"""salary.sockets: Nagle's algorithm off on the listening socket and the open
connections of one port, and on nothing else; connections accepted later
inherit it. Read back with getsockopt, an independent look at the kernel's state."""

from __future__ import annotations

import os
import socket

import pytest

from salary import sockets


def _nodelay(sock: socket.socket) -> int:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


@pytest.fixture
def server():
    """A listening socket made as Streamlit 1.67 makes its own (proto 0), with one
    accepted connection; and a second listening socket on another port."""
    listener = socket.socket(socket.AF_INET)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    other = socket.socket(socket.AF_INET)
    other.bind(("127.0.0.1", 0))
    other.listen()
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    opened = [listener, other, client, accepted]
    yield listener, other, accepted, opened
    for sock in opened:
        sock.close()


def test_the_port_s_sockets_send_at_once_and_others_are_left(server):
    listener, other, accepted, opened = server
    assert _nodelay(listener) == 0 and _nodelay(accepted) == 0  # the kernel's default: Nagle on

    port = listener.getsockname()[1]
    assert sockets.no_delay(port) == 2
    assert _nodelay(listener) == 1
    assert _nodelay(accepted) == 1
    assert _nodelay(other) == 0  # another port

    later_client = socket.create_connection(listener.getsockname())
    later, _ = listener.accept()
    opened += [later_client, later]
    assert _nodelay(later) == 1  # inherited from the listening socket


def test_descriptors_stay_open(server):
    listener, _, accepted, _ = server
    sockets.no_delay(listener.getsockname()[1])
    accepted.sendall(b"x")  # still usable: the copies were closed, not the sockets
    assert listener.fileno() >= 0 and accepted.fileno() >= 0


def test_nothing_on_the_port_sets_nothing():
    probe = socket.socket(socket.AF_INET)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # a port nothing is bound to now
    assert sockets.no_delay(port) == 0


def test_no_descriptor_is_left_open(server, tmp_path):
    """Files and pipes are looked at too (a copy of each is made to ask what it is): none may stay open."""
    listener = server[0]
    read_end, write_end = os.pipe()
    with open(tmp_path / "a-file", "w") as handle:
        before = sorted(os.listdir("/proc/self/fd"))
        sockets.no_delay(listener.getsockname()[1])
        after = sorted(os.listdir("/proc/self/fd"))
        assert handle.writable()
    os.close(read_end)
    os.close(write_end)
    assert after == before
