"""`make serve`: nginx in front of REPLICAS Streamlit processes, in the foreground.

Starts every replica on a free port of 127.0.0.1, waits until each answers its health check,
then starts nginx on PORT. Ctrl-C or SIGTERM stops every child; a child that stops by itself
stops all the others, and the supervisor exits with 1. Nothing here imports streamlit.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dashboard.server import nginx
from dashboard.server.replica import ENV as REPLICA_ENV
from dashboard.server.settings import (
    REPO,
    ServeSettings,
    SettingsError,
    streamlit_flags,
    streamlit_settings,
    upload_limit_mb,
)
from dashboard.texts import serve as texts
from etl.core import dutch

APP = "dashboard/app.py"
LOCAL_HOST = "127.0.0.1"
READY_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 15.0
POLL_S = 0.2
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def log(message: str, level: str = texts.INFO) -> None:
    """One Dutch log line on standard output, with its level."""
    print(texts.LOG.format(level=level, message=message), flush=True)


@dataclass
class Child:
    """A process the supervisor started, and the name its log lines give it."""

    name: str
    process: subprocess.Popen

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it lingers; always reaped."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the supervisor dies, even by SIGKILL."""
    # Not Linux: no prctl, but Ctrl-C and SIGTERM still stop every child.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start(name: str, command: list[str], env: dict[str, str]) -> Child:
    """A child with the supervisor's standard output and error (logs on stdout)."""
    process = subprocess.Popen(command, cwd=REPO, env=env, preexec_fn=_die_with_parent)
    return Child(name, process)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOCAL_HOST, 0))
        return probe.getsockname()[1]


def answers(url: str) -> bool:
    """Whether `url` answers 200 right now."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class StopServingError(Exception):
    """A signal came, or a child stopped by itself: everything is to be stopped."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Plan:
    """What one `make serve` starts: the checked settings, the replicas' flags and ports, and
    nginx's configuration written to the run directory and accepted by `nginx -t`."""

    settings: ServeSettings
    flags: list[str]
    ports: list[int]
    config: Path

    @property
    def nginx_command(self) -> list[str]:
        prefix = str(self.settings.run_dir)
        return [str(self.settings.nginx), "-e", "stderr", "-p", prefix, "-c", str(self.config)]


def plan(settings: ServeSettings) -> Plan:
    """Everything checked before a process starts; SettingsError (Dutch) for what cannot work."""
    options = streamlit_settings()
    flags = streamlit_flags(options, settings.allowed_hosts)
    ports = [free_port() for _ in range(settings.replicas)]
    config = nginx.configuration(
        settings.run_dir, settings.listen, settings.port, ports, upload_limit_mb(options)
    )
    result = Plan(settings, flags, ports, nginx.prepare(settings.run_dir, config))
    checked = subprocess.run(
        [*result.nginx_command, "-t", "-q"], capture_output=True, text=True, check=False
    )
    if checked.returncode != 0:
        reason = checked.stderr.strip() or f"exitcode {checked.returncode}"
        raise SettingsError(texts.NGINX_REFUSED.format(path=result.config, reason=reason))
    return result


class Supervisor:
    """The children of one `make serve` and what happens to them."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.children: list[Child] = []
        self.signal: int | None = None

    def run(self) -> int:
        """Start everything, keep watch until a signal or a death, stop everything; exit code."""
        previous = {
            sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            self._start_replicas()
            self._start_nginx()
            while True:
                self._watch()
                time.sleep(POLL_S)
        except StopServingError as stopped:
            return stopped.code
        finally:
            for child in reversed(self.children):
                child.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            log(texts.STOPPED)

    def _on_signal(self, number: int, _frame: object) -> None:
        self.signal = number

    def _watch(self) -> None:
        """Raise StopServingError: exit 0 for a signal, 1 for a child that stopped by itself."""
        if self.signal is not None:
            log(texts.STOPPING.format(signal=signal.Signals(self.signal).name))
            raise StopServingError(0)
        for child in self.children:
            if (code := child.process.poll()) is not None:
                log(texts.CHILD_DIED.format(name=child.name, code=code), texts.ERROR)
                raise StopServingError(1)

    def _start_replicas(self) -> None:
        """Every replica started at once (they load in parallel), then each waited for."""
        for number, port in enumerate(self.plan.ports, start=1):
            command = [
                *(sys.executable, "-m", "streamlit", "run", APP, *self.plan.flags),
                *("--server.address", LOCAL_HOST, "--server.port", str(port)),
            ]
            env = dict(os.environ, **{REPLICA_ENV: str(number)}, PYTHONUNBUFFERED="1")
            child = start(texts.REPLICA_NAME.format(name=number), command, env)
            self.children.append(child)
            log(texts.REPLICA_STARTED.format(name=number, pid=child.process.pid, port=port))
        for number, port in enumerate(self.plan.ports, start=1):
            self._wait(texts.REPLICA_NAME.format(name=number), f"http://{LOCAL_HOST}:{port}")
            log(texts.REPLICA_READY.format(name=number))

    def _start_nginx(self) -> None:
        settings = self.plan.settings
        command = [*self.plan.nginx_command, "-g", "daemon off;"]
        child = start(texts.NGINX_NAME, command, dict(os.environ))
        self.children.append(child)
        log(texts.NGINX_STARTED.format(pid=child.process.pid, path=self.plan.config))
        host = LOCAL_HOST if settings.listen in {"0.0.0.0", "::"} else settings.listen
        host = f"[{host}]" if ":" in host else host
        self._wait(texts.NGINX_NAME, f"http://{host}:{settings.port}")
        count = dutch.count(settings.replicas, texts.REPLICA_ONE, texts.REPLICA_MANY)
        log(texts.READY.format(host=host, port=settings.port, replicas=count))

    def _wait(self, name: str, base_url: str, timeout: float = READY_TIMEOUT_S) -> None:
        """Until `base_url`'s health check answers; a signal or a death on the way stops all."""
        deadline = time.monotonic() + timeout
        while not answers(base_url + "/_stcore/health"):
            self._watch()
            if time.monotonic() > deadline:
                log(texts.NOT_READY.format(name=name, seconds=int(timeout)), texts.ERROR)
                raise StopServingError(1)
            time.sleep(POLL_S)


def build_when_empty(
    processed: Path, run: Callable[..., subprocess.CompletedProcess] = subprocess.run
) -> int:
    """Build the data (demo registers and marts) when the data root has none built; exit code."""
    if (processed / "manifest.json").is_file():
        return 0
    log(texts.BUILDING.format(path=processed.parent))
    for verb in ("demo", "build"):
        code = run(
            [sys.executable, "-m", "etl", verb], cwd=REPO, check=False, preexec_fn=_die_with_parent
        ).returncode
        if code != 0:
            log(texts.BUILD_FAILED.format(code=code), texts.ERROR)
            return code
    return 0
