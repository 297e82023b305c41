"""Run `python -m dashboard.server serve` (what `make serve` runs) for the tests, and look at it.

A plain module without tests, shared by `tests/test_serve_proxy.py` and
`tests/test_serve_browser.py`: nginx on a free port of 127.0.0.1 in front of two replicas that
read a data root of the test's own; every child stopped afterwards.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx
import pytest

from tests import appserver

READY_TIMEOUT_S = 180.0
AFFINITY = "vnon_affinity"
REPLICA = "x-vnon-replica"
NGINX = "/usr/sbin/nginx"


def nginx_path() -> str:
    """Debian's nginx; missing, it fails the tests under CI and skips them elsewhere."""
    found = shutil.which(os.environ.get("NGINX", "").strip() or NGINX)
    if found is None:
        reason = "nginx ontbreekt: installeer het Debian-pakket 'nginx' (make nginx)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@dataclass
class Served:
    """A running supervisor: its process, nginx's address and the log of everything."""

    process: subprocess.Popen
    base_url: str
    log_path: Path
    log: IO[str]

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        """Until nginx answers the health check; fail with the log's tail otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve stopped ({self.process.returncode}):\n{self.tail()}")
            if appserver._answers(self.base_url + "/_stcore/health"):
                return
            time.sleep(0.1)
        raise TimeoutError(f"serve not ready within {timeout:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        self.log.flush()
        return "\n".join(self.log_path.read_text(encoding="utf-8").splitlines()[-lines:])

    def stop(self) -> None:
        """SIGTERM, as systemd or Ctrl-C would; killed if it lingers."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.log.close()


def environment(
    data_dir: Path, run_dir: Path, port: int, replicas: int = 2, extra: dict[str, str] | None = None
) -> dict[str, str]:
    """The variables `make serve` passes, with a data root and a run directory of the test's."""
    return dict(
        os.environ,
        **(extra or {}),
        PORT=str(port),
        REPLICAS=str(replicas),
        VNON_LISTEN=appserver.LOCAL_HOST,
        VNON_RUN_DIR=str(run_dir),
        VNON_DATA_DIR=str(data_dir),
        VNON_OFFLINE="1",
        PYTHONUNBUFFERED="1",
    )


def start(
    data_dir: Path, run_dir: Path, replicas: int = 2, extra: dict[str, str] | None = None
) -> Served:
    """The supervisor on a free port, logging to run_dir/../serve.log; not yet ready."""
    port = appserver.free_port()
    log_path = run_dir.parent / "serve.log"
    # Appending: nginx opens /dev/stdout anew (appending), the others write through the shared
    # descriptor; without O_APPEND everywhere they would overwrite each other's lines.
    log = log_path.open("a", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard.server", "serve"],
        cwd=appserver.REPO,
        env=environment(data_dir, run_dir, port, replicas, extra),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return Served(process, f"http://{appserver.LOCAL_HOST}:{port}", log_path, log)


@contextmanager
def running(data_dir: Path, run_dir: Path, extra: dict[str, str] | None = None) -> Iterator[Served]:
    """A ready `make serve` for the duration of the block, always stopped afterwards."""
    served = start(data_dir, run_dir, extra=extra)
    try:
        served.wait_ready()
        yield served
    finally:
        served.stop()


def affinity_cookie_for(served: Served, replica: str) -> str:
    """An affinity cookie value that nginx's hash sends to `replica` (its X-VNON-Replica)."""
    for _ in range(200):
        value = secrets.token_hex(16)
        answer = httpx.get(
            served.base_url + "/_stcore/health",
            headers={"Cookie": f"{AFFINITY}={value}"},
            timeout=30,
        )
        if answer.headers[REPLICA] == replica:
            return value
    raise LookupError(f"no cookie reaches replica {replica}")


def descendants(pid: int) -> set[int]:
    """Every process below `pid` right now, read from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
