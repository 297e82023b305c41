"""`make serve` at the HTTP level: nginx on PORT in front of two replicas, with cookie affinity,
compressed static files, security headers, websockets, uploads within the limit, and a SIGTERM
that stops every child. One supervisor for the module; its last test stops it."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import signal
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import httpx
import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

from dashboard.server import nginx, static_files
from tests import serving
from tools.bench import load, serve

AFFINITY, REPLICA = serving.AFFINITY, serving.REPLICA
REQUESTS = 20
SCRIPT = re.compile(r'src="\.?/?(static/js/[^"]+\.js)"')
WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
UPLOAD_LIMIT_MB = 5  # deploy/streamlit.toml
# Issue 13: Pilots with the demo data on, its first run: ~0,42 MB of messages, ~0,1 MB on the
# wire deflated. Its HTTP share is ~1,17 MB (test_serve_browser), the page's budget 1,5 MB.
PILOTS_DEMO_WIRE_LIMIT = 200_000


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, data_dir: Path):
    serving.nginx_path()
    run_dir = tmp_path_factory.mktemp("serve") / "run"
    with serving.running(data_dir, run_dir) as running:
        yield running


def _get(served, path: str = "/", cookie: str | None = None, **headers: str) -> httpx.Response:
    if cookie is not None:
        headers["Cookie"] = f"{AFFINITY}={cookie}"
    return httpx.get(served.base_url + path, headers=headers, timeout=30)


def _affinity_cookies(response: httpx.Response) -> list[str]:
    return [v for v in response.headers.get_list("set-cookie") if v.startswith(AFFINITY + "=")]


def test_the_first_response_sets_the_affinity_cookie_and_later_ones_do_not(served):
    first = _get(served)
    assert first.status_code == 200
    (cookie,) = _affinity_cookies(first)
    value = re.fullmatch(rf"{AFFINITY}=([0-9a-f]{{32}}); Path=/; HttpOnly; SameSite=Lax", cookie)
    assert value, cookie
    again = _get(served, "/", value.group(1))
    assert again.status_code == 200 and _affinity_cookies(again) == []


def test_requests_carrying_the_cookie_reach_one_replica_and_others_spread(served):
    value = _affinity_cookies(_get(served))[0].split(";")[0].split("=", 1)[1]
    with_cookie = {_get(served, "/_stcore/health", value).headers[REPLICA] for _ in range(REQUESTS)}
    without = {_get(served, "/_stcore/health").headers[REPLICA] for _ in range(REQUESTS)}
    assert len(with_cookie) == 1
    assert without == {"1", "2"}
    hostile = _get(served, "/_stcore/health", "x" * 3000 + "'\"<>")
    assert hostile.status_code == 200 and _affinity_cookies(hostile) == []


def test_a_static_script_comes_back_compressed(served):
    index = _get(served).text
    scripts = SCRIPT.findall(index)
    assert scripts, index[:500]
    plain = _get(served, "/" + scripts[0], **{"Accept-Encoding": "identity"})
    packed = _get(served, "/" + scripts[0], **{"Accept-Encoding": "gzip"})
    assert packed.status_code == 200 and packed.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert packed.content == plain.content  # httpx unpacked it: the same script
    url, gzip = served.base_url + "/" + scripts[0], {"Accept-Encoding": "gzip"}
    with httpx.stream("GET", url, headers=gzip, timeout=30) as raw:
        sent = sum(len(chunk) for chunk in raw.iter_raw())
    assert sent < len(plain.content) / 2  # what went over the wire
    assert "Accept-Encoding" in packed.headers["vary"]


def test_streamlits_files_go_out_as_compressed_once_and_are_kept_a_year(served):
    if not nginx.has_brotli():
        pytest.skip("Debian's brotli modules for nginx ontbreken (make nginx)")
    script = SCRIPT.findall(_get(served).text)[0]
    on_disk = static_files.frontend() / script
    packed = static_files.cache_dir(static_files.tree_key()) / (script + ".br")
    url, either = served.base_url + "/" + script, {"Accept-Encoding": "gzip, deflate, br"}
    with httpx.stream("GET", url, headers=either, timeout=30) as raw:
        sent = b"".join(raw.iter_raw())
        headers = raw.headers
    assert headers["content-encoding"] == "br" and sent == packed.read_bytes()  # as made, once
    assert brotli.decompress(sent) == on_disk.read_bytes()
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    page = _get(served, "/", **either)
    assert page.headers["content-encoding"] == "br" and "immutable" not in page.headers.get(
        "cache-control", ""
    )  # the page itself names the files of this version: it is asked for again
    (font,) = [p.name for p in (static_files.frontend() / "static/media").glob("MaterialSymbols-*")]
    icons = _get(served, f"/static/media/{font}")
    assert icons.headers["cache-control"] == "no-cache"  # cut to this app's icons: asked again
    again = _get(served, f"/static/media/{font}", **{"If-None-Match": icons.headers["etag"]})
    assert again.status_code == 304
    missing = _get(served, "/static/js/geen.js")
    assert missing.status_code == 404 and "cache-control" not in missing.headers


def test_the_map_component_is_compressed_by_nginx_not_by_a_replica(served):
    leaflet = _get(served, "/app/static/vendor/leaflet/leaflet.js", **{"Accept-Encoding": "br"})
    expected = "br" if nginx.has_brotli() else None
    assert leaflet.status_code == 200 and leaflet.headers.get("content-encoding") == expected
    # A replica asked with Accept-Encoding would have answered gzip, which nginx passes on.


DOCUMENT_HEADERS = (
    "content-security-policy", "referrer-policy", "x-frame-options", "permissions-policy",
)  # fmt: skip


def test_the_policy_headers_go_with_documents_not_with_every_script(served):
    page = _get(served, "/kaart")
    script = _get(served, "/" + SCRIPT.findall(page.text)[0])
    style = _get(served, "/app/static/vendor/leaflet/leaflet.css")
    assert all(name in page.headers for name in DOCUMENT_HEADERS)
    for loaded in (script, style):
        assert loaded.status_code == 200 and loaded.headers["x-content-type-options"] == "nosniff"
        assert [name for name in DOCUMENT_HEADERS if name in loaded.headers] == []


def _policy(response: httpx.Response) -> dict[str, list[str]]:
    directives = response.headers["content-security-policy"].split(";")
    return {d.split()[0]: d.split()[1:] for d in (d.strip() for d in directives) if d}


@pytest.mark.parametrize("path", ["/", "/kaart", "/_stcore/health", "/static/favicon.png"])
def test_every_answer_carries_the_security_headers(served, path):
    response = _get(served, path)
    policy = _policy(response)
    for directive in ("script-src", "style-src", "default-src", "connect-src", "font-src"):
        assert all(not s.startswith(("http", "*")) for s in policy[directive]), policy[directive]
    assert policy["script-src"] == ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]
    assert policy["img-src"] == ["'self'", "data:", "https://service.pdok.nl"]
    assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["server"] == "nginx"  # no version


def test_the_websocket_is_upgraded_through_the_proxy(served):
    parts = urlsplit(served.base_url)
    key = base64.b64encode(secrets.token_bytes(16)).decode()
    request = (
        f"GET /_stcore/stream HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Protocol: streamlit\r\n\r\n"
    )
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        conn.sendall(request.encode())
        head = conn.recv(4096).decode("latin-1")
    accept = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest()).decode()
    assert head.startswith("HTTP/1.1 101"), head
    assert f"sec-websocket-accept: {accept}" in head.lower().replace(accept.lower(), accept)


def test_the_websocket_is_deflated_through_the_proxy_and_counted_as_sent(served):
    """The first run of Pilots with demo data: what the client inflates against what nginx
    logged as sent over the socket once it closed (exact counts, one run)."""
    payload = 0
    with connect(load.stream_url(served.base_url), subprotocols=["streamlit"]) as websocket:
        key = websocket.request.headers["Sec-WebSocket-Key"]
        extensions = websocket.response.headers.get("Sec-WebSocket-Extensions", "")
        websocket.send(load.rerun_message("pilots", query_string="demo=1"))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            data = websocket.recv(timeout=60)
            payload += len(data)
            message = ForwardMsg()
            message.ParseFromString(data)
            if message.WhichOneof("type") == "script_finished" and (
                message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
            ):
                break
    wire = serve.wire_counter(served.log_path)([key])
    assert extensions.startswith("permessage-deflate"), extensions
    assert payload > 300_000  # the demo pilots' pictures and tables were sent
    assert wire < payload / 2, (wire, payload)
    assert wire <= PILOTS_DEMO_WIRE_LIMIT, wire


@contextmanager
def _session(served, cookie: str) -> Iterator[str]:
    """A Streamlit session on the cookie's replica, open as a browser keeps it; its id."""
    url = served.base_url.replace("http://", "ws://") + "/_stcore/stream"
    headers = {"Cookie": f"{AFFINITY}={cookie}"}
    with connect(url, additional_headers=headers, subprotocols=["streamlit"]) as websocket:
        rerun = BackMsg()
        rerun.rerun_script.query_string = ""
        websocket.send(rerun.SerializeToString())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            message = ForwardMsg()
            message.ParseFromString(websocket.recv(timeout=60))
            if message.WhichOneof("type") == "new_session":
                yield message.new_session.initialize.session_id
                return
    raise TimeoutError("no new_session message")


def _put(served, cookie: str, session: str, size: int) -> httpx.Response:
    """A multipart upload of `size` bytes to Streamlit's upload endpoint, through nginx."""
    xsrf = next(
        v.split(";")[0].split("=", 1)[1]
        for v in _get(served, "/_stcore/health", cookie).headers.get_list("set-cookie")
        if v.startswith("_streamlit_xsrf=")
    )
    files = {"file": ("registers.csv", b"a" * size, "text/csv")}
    headers = {"Cookie": f"{AFFINITY}={cookie}; _streamlit_xsrf={xsrf}", "X-Xsrftoken": xsrf}
    url = f"{served.base_url}/_stcore/upload_file/{session}/file-1"
    return httpx.put(url, files=files, headers=headers, timeout=60)


def test_an_upload_through_the_proxy_reaches_its_session_and_a_too_big_one_is_refused(served):
    first, second = (serving.affinity_cookie_for(served, n) for n in ("1", "2"))
    with _session(served, first) as session:
        accepted = _put(served, first, session, 2 * 1024 * 1024)
        # The same upload led to the other replica fails there: why the affinity is needed.
        elsewhere = _put(served, second, session, 1024)
        too_big = _put(served, first, session, (UPLOAD_LIMIT_MB + 2) * 1024 * 1024)
    assert accepted.status_code == 204, accepted.text
    assert accepted.headers[REPLICA] == "1"
    assert elsewhere.status_code == 400 and elsewhere.headers[REPLICA] == "2"
    assert too_big.status_code == 413 and REPLICA not in too_big.headers  # nginx said no
    assert '<html lang="nl">' in too_big.text and "Bestand te groot" in too_big.text
    assert "content-security-policy" in too_big.headers


def test_sigterm_stops_every_child(served):
    """Last in the module: the fixture's supervisor is stopped here."""
    children = serving.descendants(served.process.pid)
    assert len(children) >= 4, children  # two replicas, nginx's master and its worker
    served.process.send_signal(signal.SIGTERM)
    assert served.process.wait(timeout=60) == 0
    deadline = time.monotonic() + 10
    while any(serving.alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(serving.alive(pid) for pid in children), served.tail()
    assert "Alles is gestopt." in served.tail()
