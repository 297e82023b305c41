"""`make serve` under load: the supervisor with two replicas behind nginx on a free port of
127.0.0.1, sessions spread by their affinity cookie, memory per replica read from /proc, and
an upload PUT to Streamlit's upload endpoint within a session through the proxy."""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests import serving
from tools.bench import load

AFFINITY = "vnon_affinity"
REPLICA_ENV = b"VNON_REPLICA="
UPLOAD_BYTES = 1024 * 1024
UPLOAD_PAGE = "gegevensbeheer"
# nginx's line for a websocket (log_format vnon, deploy/nginx.conf.template), once it closed.
SOCKET_LINE = re.compile(r'"GET [^"]*/_stcore/stream HTTP/1\.1" 101 (\d+) .* ws=(\S+)$')
SOCKET_LINE_TIMEOUT_S = 30.0


def affinity_cookie(_number: int) -> str:
    """A fresh affinity cookie: nginx hashes it to one replica, as for a new browser."""
    return f"{AFFINITY}={secrets.token_hex(16)}"


def replica_of(pid: int, proc: Path = Path("/proc")) -> str | None:
    """The VNON_REPLICA name in a process's environment, None for other processes."""
    try:
        environ = (proc / str(pid) / "environ").read_bytes().split(b"\0")
    except OSError:
        return None
    found = [item[len(REPLICA_ENV) :] for item in environ if item.startswith(REPLICA_ENV)]
    return found[0].decode() if found else None


def rss_mib(pid: int, proc: Path = Path("/proc")) -> float | None:
    """Resident memory of a process in MiB (VmRSS), None when it is gone."""
    try:
        lines = (proc / str(pid) / "status").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def replica_memory(supervisor_pid: int) -> dict[str, float]:
    """Replica name → MiB resident, for every replica below the supervisor."""
    memory = {}
    for pid in sorted(serving.descendants(supervisor_pid)):
        name = replica_of(pid)
        if name is not None and (mib := rss_mib(pid)) is not None:
            memory[name] = memory.get(name, 0.0) + mib
    return memory


def socket_bytes(log_path: Path, keys: list[str]) -> int | None:
    """The bytes nginx sent over the websockets with these handshake keys (the frames as on
    the wire, deflated when negotiated), None while one of them has no line yet."""
    sent = {}
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if (found := SOCKET_LINE.search(line)) and found[2] in keys:
            sent[found[2]] = int(found[1])
    return sum(sent.values()) if len(sent) == len(set(keys)) else None


def wire_counter(log_path: Path) -> Callable[[list[str]], int]:
    """For tools.bench.browser.first_load_bytes: the wire bytes of closed websockets, read from
    the proxy's log once nginx has written their lines."""

    def count(keys: list[str]) -> int:
        deadline = time.monotonic() + SOCKET_LINE_TIMEOUT_S
        while (sent := socket_bytes(log_path, keys)) is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"geen regel van nginx voor websocket {keys} in {log_path}")
            time.sleep(0.1)
        return sent

    return count


def _session_id(ws) -> str:
    """Run the data page in an open session and return the session's id."""
    ws.send(load.rerun_message(UPLOAD_PAGE))
    deadline = time.monotonic() + load.PAGE_TIMEOUT_S
    while time.monotonic() < deadline:
        message = ForwardMsg()
        message.ParseFromString(ws.recv(timeout=load.PAGE_TIMEOUT_S))
        if message.WhichOneof("type") == "new_session":
            return message.new_session.initialize.session_id
    raise TimeoutError("geen new_session")


def upload(base_url: str) -> tuple[int, float]:
    """(HTTP status, seconds) of a 1 MiB CSV PUT to Streamlit's upload endpoint through the
    proxy, within a session kept open meanwhile (as a browser keeps it), with the XSRF cookie
    a browser would carry."""
    from websockets.sync.client import connect

    cookie = affinity_cookie(0)
    url = load.stream_url(base_url)
    with connect(url, additional_headers={"Cookie": cookie}, subprotocols=["streamlit"]) as ws:
        session = _session_id(ws)
        health = httpx.get(base_url + "/_stcore/health", headers={"Cookie": cookie}, timeout=30)
        xsrf = next(
            value.split(";")[0].split("=", 1)[1]
            for value in health.headers.get_list("set-cookie")
            if value.startswith("_streamlit_xsrf=")
        )
        files = {"file": ("registers.csv", b"a;b\n" * (UPLOAD_BYTES // 4), "text/csv")}
        headers = {"Cookie": f"{cookie}; _streamlit_xsrf={xsrf}", "X-Xsrftoken": xsrf}
        started = time.perf_counter()
        answer = httpx.put(
            f"{base_url}/_stcore/upload_file/{session}/bench-1",
            files=files,
            headers=headers,
            timeout=60,
        )
        return answer.status_code, time.perf_counter() - started


def start(data_dir: Path, run_dir: Path) -> serving.Served:
    """`python -m dashboard.server serve` with two replicas, ready (nginx answers)."""
    run_dir.parent.mkdir(parents=True, exist_ok=True)  # its log goes beside the run directory
    served = serving.start(data_dir, run_dir, replicas=2)
    try:
        served.wait_ready()
    except Exception:
        served.stop()
        raise
    return served
