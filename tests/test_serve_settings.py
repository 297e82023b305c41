"""`make serve`'s settings and files without a running server: hostile settings refused in
Dutch with exit code 2 and nothing started or written, nginx's configuration filled in from the
template (and accepted by `nginx -t`), Streamlit's production flags, the replica header."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.server import nginx, settings
from dashboard.server.__main__ import main
from dashboard.server.replica import ReplicaName, replica_name
from dashboard.server.settings import ServeSettings, SettingsError
from dashboard.server.supervisor import build_when_empty
from tests import appserver, serving

OK = {"NGINX": sys.executable}  # any executable: these tests stop before nginx would run


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("PORT", "abc", "geen poort"),
        ("PORT", "0", "geen poort"),
        ("PORT", "70000", "geen poort"),
        ("PORT", "80 80", "geen poort"),
        ("PORT", "٨٠", "geen poort"),  # digits, but not ASCII ones
        ("REPLICAS", "0", "geen bruikbaar aantal"),
        ("REPLICAS", "99", "geen bruikbaar aantal"),
        ("REPLICAS", "-1", "geen bruikbaar aantal"),
        ("REPLICAS", "2.5", "geen bruikbaar aantal"),
        ("VNON_LISTEN", "overal", "geen IP-adres"),
        ("VNON_ALLOWED_HOSTS", "dashboard.nl, evil host;", "geen hostnaam"),
        ("NGINX", "/nergens/nginx", "nginx ontbreekt"),
    ],
)
def test_a_hostile_setting_is_refused_in_dutch_with_exit_code_2(
    name, value, words, tmp_path, monkeypatch, capsys
):
    run_dir = tmp_path / "run"
    for key, setting in {**OK, "VNON_RUN_DIR": str(run_dir), name: value}.items():
        monkeypatch.setenv(key, setting)
    assert main(["serve"]) == 2
    out = capsys.readouterr()
    assert words in out.out and "[serve] fout:" in out.out
    assert "Traceback" not in out.out + out.err
    assert not run_dir.exists()  # nothing written for a refused setting


def test_an_unwritable_run_directory_is_refused(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map")
    monkeypatch.setenv("NGINX", sys.executable)
    monkeypatch.setenv("VNON_RUN_DIR", str(blocker / "run"))
    assert main(["serve"]) == 2
    assert "kan niet worden geschreven" in capsys.readouterr().out
    if os.geteuid() != 0:  # root writes everywhere; the mode only stops others
        locked = tmp_path / "dicht"
        locked.mkdir(mode=0o500)
        monkeypatch.setenv("VNON_RUN_DIR", str(locked / "run"))
        assert main(["serve"]) == 2


def test_a_port_in_use_is_refused(tmp_path, monkeypatch, capsys):
    with socket.socket() as taken:
        taken.bind((appserver.LOCAL_HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        monkeypatch.setenv("NGINX", sys.executable)
        monkeypatch.setenv("VNON_RUN_DIR", str(tmp_path / "run"))
        monkeypatch.setenv("VNON_LISTEN", appserver.LOCAL_HOST)
        monkeypatch.setenv("PORT", str(port))
        assert main(["serve"]) == 2
    assert f"Poort {port}" in capsys.readouterr().out


def test_the_command_line_exits_2_for_a_bad_port_without_a_traceback(tmp_path):
    env = dict(os.environ, PORT="abc", VNON_RUN_DIR=str(tmp_path / "run"))
    result = subprocess.run(
        [sys.executable, "-m", "dashboard.server", "serve"],
        cwd=appserver.REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "PORT='abc' is geen poort" in result.stdout and "Traceback" not in result.stderr


def test_the_defaults_are_port_8080_two_replicas_and_this_machines_names(monkeypatch):
    for key in ("PORT", "REPLICAS", "VNON_LISTEN", "VNON_ALLOWED_HOSTS", "VNON_RUN_DIR"):
        monkeypatch.delenv(key, raising=False)
    got = ServeSettings.from_env({"NGINX": sys.executable})
    assert (got.port, got.replicas, got.listen) == (8080, 2, "0.0.0.0")
    assert got.run_dir == settings.REPO / ".run"
    assert got.allowed_hosts[:2] == ("localhost", "127.0.0.1")
    chosen = ServeSettings.from_env({"NGINX": sys.executable, "VNON_ALLOWED_HOSTS": "a.nl, *.b.nl"})
    assert chosen.allowed_hosts == ("a.nl", "*.b.nl")


def test_streamlit_gets_the_production_flags():
    options = settings.streamlit_settings()
    flags = settings.streamlit_flags(options, ("localhost", "dashboard.gemeente.nl"))
    pairs = list(zip(flags[::2], flags[1::2], strict=True))
    for pair in [
        ("--client.showErrorDetails", "none"),
        ("--client.toolbarMode", "viewer"),
        ("--server.enableXsrfProtection", "true"),
        ("--server.maxUploadSize", "5"),
        ("--server.allowedHosts", "localhost"),
        ("--server.allowedHosts", "dashboard.gemeente.nl"),
    ]:
        assert pair in pairs
    assert settings.upload_limit_mb(options) == 5


@pytest.mark.parametrize("text", ["[server\nx = 1", "server = 3", "[server]\nmaxUploadSize = -1"])
def test_a_broken_settings_file_is_refused(tmp_path, text):
    path = tmp_path / "streamlit.toml"
    path.write_text(text)
    with pytest.raises(SettingsError, match="niet te lezen"):
        settings.upload_limit_mb(settings.streamlit_settings(path))


def test_nginx_gets_every_field_the_replicas_and_a_limit_above_streamlits(tmp_path):
    text = nginx.configuration(tmp_path, "127.0.0.1", 8123, [4001, 4002, 4003], 5)
    assert "{{" not in text and "listen 127.0.0.1:8123;" in text
    assert [f"server 127.0.0.1:{p};" in text for p in (4001, 4002, 4003)] == [True] * 3
    assert "client_max_body_size 6m;" in text and "hash $vnon_affinity consistent;" in text
    for folder in nginx.TEMP_FOLDERS:
        assert f"{tmp_path}/{folder};" in text
    broken = tmp_path / "broken.template"
    broken.write_text("listen {{ LISTEN }}; {{ ONBEKEND }}")
    with pytest.raises(SettingsError, match="ONBEKEND"):
        nginx.configuration(tmp_path, "127.0.0.1", 8123, [4001], 5, template=broken)


def test_nginx_accepts_the_configuration(tmp_path):
    binary = serving.nginx_path()
    path = nginx.prepare(tmp_path, nginx.configuration(tmp_path, "127.0.0.1", 8123, [4001], 5))
    command = [binary, "-e", "stderr", "-p", str(tmp_path), "-c", str(path), "-t", "-q"]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=30)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "html" / "_vnon" / "502.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and "<script" not in page


def test_the_data_are_built_only_when_the_root_has_none(tmp_path):
    calls = []

    def run(command, **_):
        calls.append(command[-1])
        return subprocess.CompletedProcess(command, 3 if command[-1] == "build" else 0)

    assert build_when_empty(tmp_path / "processed", run) == 3 and calls == ["demo", "build"]
    (tmp_path / "processed").mkdir()
    (tmp_path / "processed" / "manifest.json").write_text("{}")
    calls.clear()
    assert build_when_empty(tmp_path / "processed", run) == 0 and calls == []


@pytest.mark.parametrize(
    ("value", "name"),
    [("2", "2"), (" 12 ", "12"), ("", None), ("1; rm", None), ("1234", None), ("é", None)],
)
def test_the_replica_name_is_a_small_number_or_nothing(value, name):
    assert replica_name({"VNON_REPLICA": value}) == name


def test_every_http_answer_names_its_replica():
    sent = []

    async def inner(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"a", b"b")]})
        await send({"type": "http.response.body", "body": b"ok"})

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": []}
    asyncio.run(ReplicaName(inner, "2")(scope, None, send))
    assert sent[0]["headers"] == [(b"a", b"b"), (b"x-vnon-replica", b"2")]
    assert sent[1]["body"] == b"ok"


def test_the_deploy_files_are_where_the_supervisor_reads_them():
    assert Path(settings.NGINX_TEMPLATE).is_file() and Path(settings.STREAMLIT_SETTINGS).is_file()
