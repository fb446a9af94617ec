"""The repository's deploy/nginx.conf in front of local replicas: render() puts local addresses into its upstream
and its listen port (nothing else changes), Nginx runs the result in a temporary prefix until stop(). Used by the
failover test and the capacity benchmark."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from bench import harness
from bench.harness import ROOT, free_port, stop_group

CONF = ROOT / "deploy" / "nginx.conf"
HOW_TO_GET_NGINX = "nginx not found: install Debian's package with `apt-get install nginx` (or set NGINX to its path)."
UPSTREAM = re.compile(r"^upstream streamlit \{\n(.*?)^\}", re.MULTILINE | re.DOTALL)
SERVER = re.compile(r"^(\s*)server (\S+?)((?: [^;\s]+)*);$", re.MULTILINE)
LISTEN = re.compile(r"^(\s*)listen \d+;$", re.MULTILINE)


def nginx_path() -> str | None:
    """$NGINX, else /usr/sbin/nginx, else nginx on PATH; None if absent."""
    for candidate in (os.environ.get("NGINX"), "/usr/sbin/nginx", shutil.which("nginx")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def upstream_servers(text: str) -> list[tuple[str, str]]:
    """(address, parameters) of each server in the config's upstream."""
    block = UPSTREAM.search(text)
    if block is None:
        raise ValueError("no `upstream streamlit { ... }` block")
    return [(m.group(2), m.group(3).strip()) for m in SERVER.finditer(block.group(1))]


def render(addresses: list[str], listen: str, text: str | None = None) -> str:
    """deploy/nginx.conf with these upstream addresses ("127.0.0.1:8501", ...; each with the parameters of the
    first server line) and this listen address; everything else as written."""
    text = CONF.read_text(encoding="utf-8") if text is None else text
    block = UPSTREAM.search(text)
    servers = list(SERVER.finditer(block.group(1))) if block else []
    if not servers or len(LISTEN.findall(text)) != 1:
        raise ValueError("expected one upstream with server lines and one listen line")
    indent, params = servers[0].group(1), servers[0].group(3)
    lines = "".join(f"{indent}server {a}{params};\n" for a in addresses)
    inner = SERVER.sub("", block.group(1))
    inner = re.sub(r"^\s*\n", "", inner, flags=re.MULTILINE)
    hash_line, _, rest = inner.partition("\n")
    new_block = f"upstream streamlit {{\n{hash_line}\n{lines}{rest}}}"
    text = text[:block.start()] + new_block + text[block.end():]
    return LISTEN.sub(lambda m: f"{m.group(1)}listen {listen};", text)


def established(port: int) -> int:
    """TCP connections in state ESTABLISHED that a local server on `port` has accepted (Linux /proc/net)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                count += 1
    return count


def active_sessions(url: str) -> int:
    """Streamlit's own count of the sessions a replica holds (its /_stcore/metrics, asked directly)."""
    import urllib.request

    with urllib.request.urlopen(url + "/_stcore/metrics", timeout=10) as response:
        text = response.read().decode()
    return int(float(re.search(r"^active_sessions (\S+)$", text, re.MULTILINE).group(1)))


MAIN = """worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log notice;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/site.conf;
}}
"""


class Nginx:
    """nginx with deploy/nginx.conf rendered for these local upstream addresses, on a free local port."""

    def __init__(self, addresses: list[str], port: int | None = None) -> None:
        self.addresses = addresses
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.prefix: Path | None = None
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 20) -> Nginx:
        binary = nginx_path()
        if binary is None:
            raise RuntimeError(HOW_TO_GET_NGINX)
        self.prefix = Path(tempfile.mkdtemp(prefix="kam-nginx-"))
        self.prefix.chmod(0o755)
        for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.prefix / folder).mkdir(mode=0o777)
            (self.prefix / folder).chmod(0o777)  # nginx's workers run as nobody when started as root
        (self.prefix / "site.conf").write_text(render(self.addresses, f"127.0.0.1:{self.port}"))
        (self.prefix / "nginx.conf").write_text(MAIN.format(prefix=self.prefix))
        cmd = [binary, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf"),
               "-e", str(self.prefix / "error.log")]
        check = subprocess.run([*cmd, "-t", "-q"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx refused the rendered config: {check.stderr}")
        self.process = subprocess.Popen([*cmd, "-g", "daemon off;"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, start_new_session=True)
        try:
            harness.wait_answering(self.process, self._listening, timeout, "nginx")
        except Exception:
            self.stop()
            raise
        return self

    def _listening(self) -> bool:
        with socket.create_connection(("127.0.0.1", self.port), timeout=1):
            return True

    def log(self, name: str = "error.log") -> str:
        return (self.prefix / name).read_text(errors="replace") if self.prefix else ""

    def stop(self) -> None:
        stop_group(self.process)
        if self.prefix is not None:
            shutil.rmtree(self.prefix, ignore_errors=True)
            self.prefix = None

    def __enter__(self) -> Nginx:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
