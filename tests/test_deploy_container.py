"""What the container image runs (`python -m dashboard.server replica`, `health`, `proxy`),
here without a container: the replica's flags are those of `make serve`, the proxy's nginx is
the template's with the replicas by name, and hostile settings are refused in Dutch."""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading

import pytest

from dashboard.server import container, nginx
from dashboard.server.__main__ import main
from dashboard.server.settings import streamlit_flags, streamlit_settings
from dashboard.server.supervisor import APP
from tests import serving


@pytest.fixture
def built_root(tmp_path, monkeypatch):
    """A data root that already has built data: the replica starts without building."""
    processed = tmp_path / "data" / "processed"
    processed.mkdir(parents=True)
    (processed / "manifest.json").write_text("{}")
    monkeypatch.setenv("VNON_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_replica_becomes_streamlit_with_the_flags_of_make_serve(built_root, monkeypatch):
    monkeypatch.setenv("PORT", "8600")
    monkeypatch.setenv("VNON_ALLOWED_HOSTS", "dashboard.gemeente.example")
    monkeypatch.delenv("VNON_LISTEN", raising=False)
    calls = []
    assert container.run_replica(execute=lambda path, argv: calls.append((path, argv))) == 0
    ((path, argv),) = calls
    flags = streamlit_flags(streamlit_settings(), ("dashboard.gemeente.example",))
    assert path == sys.executable
    assert argv == [
        *(sys.executable, "-m", "streamlit", "run", APP, *flags),
        *("--server.address", "0.0.0.0", "--server.port", "8600"),
    ]
    assert "--server.enableXsrfProtection" in argv and "--client.showErrorDetails" in argv


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("PORT", "8501; rm -rf /", "geen poort"),
        ("PORT", "0", "geen poort"),
        ("VNON_LISTEN", "iedereen", "geen IP-adres"),
        ("VNON_ALLOWED_HOSTS", "goed.nl,slecht host", "geen hostnaam"),
    ],
)
def test_a_hostile_replica_setting_is_refused_and_nothing_starts(
    name, value, words, built_root, monkeypatch, capsys
):
    monkeypatch.setenv(name, value)
    calls = []
    assert container.run_replica(execute=lambda *args: calls.append(args)) == 2
    out = capsys.readouterr()
    assert words in out.out and "[serve] fout:" in out.out and "Traceback" not in out.err
    assert calls == []


def test_a_failed_build_stops_the_replica_before_streamlit(built_root, monkeypatch):
    monkeypatch.setattr(container, "build_when_empty", lambda processed: 1)
    calls = []
    assert container.run_replica(execute=lambda *args: calls.append(args)) == 1
    assert calls == []


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/_stcore/health" else 404)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *_):
        pass


def test_health_says_whether_the_replica_answers(monkeypatch, capsys):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("PORT", str(server.server_address[1]))
        assert main(["health"]) == 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert main(["health"]) == 1  # nobody listens there any more
    monkeypatch.setenv("PORT", "geen")
    assert main(["health"]) == 2 and "geen poort" in capsys.readouterr().out


def test_the_proxy_is_the_templates_nginx_with_the_replicas_by_name(tmp_path, monkeypatch):
    run_dir = tmp_path / "proxy"
    monkeypatch.setenv("VNON_RUN_DIR", str(run_dir))
    monkeypatch.setenv("PORT", "8080")
    monkeypatch.setenv(container.UPSTREAMS_ENV, "localhost:18501, localhost:18502")
    assert main(["proxy"]) == 0
    text = (run_dir / "nginx.conf").read_text(encoding="utf-8")
    limit = 5  # deploy/streamlit.toml's server.maxUploadSize
    expected = nginx.configuration(
        run_dir,
        "0.0.0.0",
        8080,
        ["localhost:18501", "localhost:18502"],
        limit,
        user="#",
        brotli=True,
    )
    assert text.replace(container.PROXY_USER, "#", 1) == expected
    assert "server localhost:18501;" in text and "127.0.0.1" not in text.split("upstream")[1]
    assert "map $cookie_vnon_affinity" in text and "gzip on;" in text
    assert (run_dir / "html" / "_vnon" / "502.html").is_file()
    binary = serving.nginx_path()
    command = [binary, "-e", "stderr", "-p", str(run_dir), "-c", str(run_dir / "nginx.conf")]
    result = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "upstreams",
    ["", " , ", "replica-1", "replica-1:99999", "a:1; } server evil:80", "-x:1", "replica 1:80"],
)
def test_a_hostile_upstream_is_refused_and_nothing_is_written(
    upstreams, tmp_path, monkeypatch, capsys
):
    run_dir = tmp_path / "proxy"
    monkeypatch.setenv("VNON_RUN_DIR", str(run_dir))
    monkeypatch.setenv(container.UPSTREAMS_ENV, upstreams)
    assert main(["proxy"]) == 2
    out = capsys.readouterr().out
    assert "[serve] fout:" in out and ("geen replica" in out or "is leeg" in out)
    assert not run_dir.exists()


def test_make_serve_still_names_its_replicas_by_a_local_port(tmp_path):
    text = nginx.configuration(tmp_path, "127.0.0.1", 8123, [4001], 5)
    assert "server 127.0.0.1:4001;" in text
    with pytest.raises(nginx.SettingsError, match="geen replica"):
        nginx.upstream("4001")
