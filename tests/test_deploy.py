"""The deploy files (deploy/): compose.yaml against the Compose specification's schema, the Kubernetes manifests
against Kubernetes' schemas (strict), and all of them, the Dockerfile and nginx.conf against each other: one port
(8501), one health command, one route cookie, one set of security headers."""

import base64
import hashlib
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import kubernetes_validate
import pytest
import streamlit
import yaml

from bench import proxy
from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
PORT = 8501
HEALTH = ["python", "-m", "salary.health"]
DOCKERFILE = (DEPLOY / "Dockerfile").read_text()
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
NGINX = (DEPLOY / "nginx.conf").read_text()
MANIFESTS = [doc for path in sorted((DEPLOY / "k8s").glob("*.yaml"))
             for doc in yaml.safe_load_all(path.read_text()) if doc]


def kind(name: str) -> list[dict]:
    return [doc for doc in MANIFESTS if doc["kind"] == name]


def instruction(name: str) -> list[str]:
    """The arguments of every Dockerfile instruction of this name (continued lines joined)."""
    text = DOCKERFILE.replace("\\\n", " ")
    return [m.group(1).strip() for m in re.finditer(rf"^{name}\s+(.*)$", text, re.MULTILINE)]


def nginx_headers() -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r'^\s*add_header (\S+) "([^"]*)" always;$', NGINX, re.M)}


# -- schemas ------------------------------------------------------------------------
def check_compose(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
                           str(path)], capture_output=True, text=True, timeout=120)


def test_compose_follows_the_compose_specification(tmp_path):
    done = check_compose(DEPLOY / "compose.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "compose.yaml"
    text = (DEPLOY / "compose.yaml").read_text()
    broken.write_text(text.replace("    restart: unless-stopped\n", "    restart: unless-stopped\n    replica: 2\n"))
    assert broken.read_text() != text and check_compose(broken).returncode == 1


@pytest.mark.parametrize("doc", MANIFESTS, ids=lambda d: f"{d['kind']}/{d['metadata']['name']}")
def test_each_manifest_follows_the_kubernetes_schema(doc):
    kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)


def test_the_schema_check_sees_a_wrong_field():
    (deployment,) = kind("Deployment")
    broken = json.loads(json.dumps(deployment))
    broken["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"] = "8501"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, kubernetes_validate.latest_version(), strict=True)
    broken = json.loads(json.dumps(deployment))
    broken["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, kubernetes_validate.latest_version(), strict=True)


# -- the Dockerfile ---------------------------------------------------------------------
def test_the_image():
    (base,) = instruction("FROM")
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", base), base  # pinned to a patch release
    assert any("pip install -r requirements.txt" in run for run in instruction("RUN"))
    (user,) = instruction("USER")
    assert user not in ("root", "0")
    assert instruction("EXPOSE") == [str(PORT)]
    (health,) = instruction("HEALTHCHECK")
    assert json.loads(health.split(" CMD ", 1)[1]) == HEALTH
    (cmd,) = instruction("CMD")
    assert json.loads(cmd)[:3] == ["streamlit", "run", "app.py"] and f"--server.port={PORT}" in json.loads(cmd)
    # Whatever the config says about the port is overridden the same way everywhere.
    assert "port" not in (ROOT / ".streamlit" / "config.toml").read_text().split("[server]")[1].split("[")[0]


# -- compose and nginx ------------------------------------------------------------------
APPS = {name: s for name, s in COMPOSE["services"].items() if "build" in s}


def test_compose_runs_replicas_behind_nginx():
    assert len(APPS) >= 2
    for service in APPS.values():
        assert service["build"]["dockerfile"] == "deploy/Dockerfile" and service["expose"] == [str(PORT)]
        assert service["healthcheck"]["test"] == ["CMD", *HEALTH]
    nginx = COMPOSE["services"]["nginx"]
    assert re.fullmatch(r"nginx:\d+\.\d+\.\d+-\w+", nginx["image"])
    assert nginx["volumes"] == ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    assert {name: d["condition"] for name, d in nginx["depends_on"].items()} == dict.fromkeys(APPS, "service_healthy")
    (published,) = nginx["ports"]
    listen = re.search(r"^\s*listen (\d+);$", NGINX, re.MULTILINE).group(1)
    assert published == f"8080:{listen}"


def test_nginx_sends_to_every_replica_and_fails_over():
    servers = proxy.upstream_servers(NGINX)
    assert sorted(address for address, _ in servers) == sorted(f"{name}:{PORT}" for name in APPS)
    assert all("max_fails=" in params and "fail_timeout=" in params for _, params in servers)
    assert "proxy_next_upstream error timeout http_502 http_503;" in NGINX


def test_nginx_sticks_by_a_cookie_it_sets_on_the_first_request():
    assert re.search(r"hash \$kam_route consistent;", NGINX)
    # Without the cookie the hash key is the request id, and the cookie set then carries the same id.
    assert re.search(r'map \$cookie_kam_route \$kam_route \{\s*""\s+\$request_id;\s*default \$cookie_kam_route;',
                     NGINX)
    assert re.search(r'map \$cookie_kam_route \$kam_route_cookie \{\s*""\s+"kam_route=\$request_id;', NGINX)
    assert "add_header Set-Cookie $kam_route_cookie always;" in NGINX


def test_nginx_upgrades_the_websocket_and_keeps_it_a_day():
    stream = re.search(r"location /_stcore/stream \{(.*?)\}", NGINX, re.DOTALL).group(1)
    assert "proxy_set_header Upgrade $http_upgrade;" in stream
    assert "proxy_set_header Connection $connection_upgrade;" in stream
    assert "proxy_set_header Host $http_host;" in stream
    assert int(re.search(r"proxy_read_timeout (\d+)s;", stream).group(1)) >= 86400
    assert re.search(r"location \^~ /_stcore/metrics \{\s*return 404;\s*\}", NGINX)


def test_the_csp_allows_exactly_streamlits_inline_script():
    """The hash in the CSP is of the inline script of the installed Streamlit's page (a Streamlit upgrade that
    changes it fails here before it fails in a browser)."""
    page = (Path(streamlit.__file__).parent / "static" / "index.html").read_text()
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", page, re.DOTALL)
    hashes = {"sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline}
    csp = nginx_headers()["Content-Security-Policy"]
    assert set(re.findall(r"'(sha256-[^']+)'", csp)) == hashes
    assert "frame-ancestors 'self'" in csp and "'unsafe-eval'" not in csp


# -- Kubernetes ---------------------------------------------------------------------------
def test_the_deployment_probes_with_the_same_command_and_port():
    (deployment,) = kind("Deployment")
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert deployment["spec"]["replicas"] >= 2
    assert [p["containerPort"] for p in container["ports"]] == [PORT]
    assert container["readinessProbe"]["exec"]["command"] == HEALTH
    assert container["livenessProbe"]["httpGet"] == {"path": "/_stcore/health", "port": PORT}
    uid = re.search(r"--uid (\d+)", DOCKERFILE).group(1)
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] == int(uid)


def test_service_and_ingress_reach_the_pods_on_the_same_port():
    (deployment,), (service,) = kind("Deployment"), kind("Service")
    assert service["spec"]["selector"] == deployment["spec"]["template"]["metadata"]["labels"]
    assert [(p["port"], p["targetPort"]) for p in service["spec"]["ports"]] == [(PORT, PORT)]
    for ingress in kind("Ingress"):
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                assert path["backend"]["service"] == {"name": service["metadata"]["name"], "port": {"number": PORT}}


def test_the_ingress_sticks_and_sends_the_headers_of_nginx_conf():
    main = next(i for i in kind("Ingress") if i["spec"]["rules"][0]["http"]["paths"][0]["path"] == "/")
    notes = main["metadata"]["annotations"]
    prefix = "nginx.ingress.kubernetes.io/"
    assert notes[prefix + "affinity"] == "cookie" and notes[prefix + "session-cookie-name"] == "kam_route"
    assert int(notes[prefix + "proxy-read-timeout"]) >= 86400 and int(notes[prefix + "proxy-send-timeout"]) >= 86400
    assert notes[prefix + "proxy-next-upstream"] == "error timeout http_502 http_503"
    namespace, name = notes[prefix + "custom-headers"].split("/")
    (headers,) = [c for c in kind("ConfigMap") if c["metadata"] == {"name": name, "namespace": namespace}]
    assert headers["data"] == {k: v for k, v in nginx_headers().items()}
    metrics = next(i for i in kind("Ingress") if i is not main)
    assert metrics["spec"]["rules"][0]["http"]["paths"][0]["path"] == "/_stcore/metrics"
    assert metrics["metadata"]["annotations"][prefix + "allowlist-source-range"] == "127.0.0.1/32"


def test_the_rendered_config_differs_only_in_addresses_and_port():
    rendered = proxy.render(["127.0.0.1:1", "127.0.0.1:2"], "127.0.0.1:3")
    changed = [(a, b) for a, b in zip(NGINX.splitlines(), rendered.splitlines()) if a != b]
    assert [b.strip() for _, b in changed] == ["server 127.0.0.1:1 max_fails=1 fail_timeout=10s;",
                                               "server 127.0.0.1:2 max_fails=1 fail_timeout=10s;",
                                               "listen 127.0.0.1:3;"]
    assert len(rendered.splitlines()) == len(NGINX.splitlines())


def test_settings_fit_for_a_public_link():
    config = tomllib.loads(Path(ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["enableXsrfProtection"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] <= 1
    uploader = [p for p in ROOT.glob("pages/*.py") if "file_uploader" in p.read_text()]
    assert not uploader  # the upload limit above is a guard, not a feature
