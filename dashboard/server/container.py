"""What the container image runs (deploy/Containerfile, compose.yaml, deploy/kubernetes/).

`replica`: one Streamlit process with exactly the flags `make serve` gives each of its replicas
(deploy/streamlit.toml and VNON_ALLOWED_HOSTS), listening on VNON_LISTEN:PORT (0.0.0.0:8501);
the data are built first when the data root has none. `health`: exit code 0 when the replica
answers its health check (the image's HEALTHCHECK). `proxy`: nginx's run directory for the
compose file's proxy, rendered from deploy/nginx.conf.template like `make serve` renders it,
with the replicas named by service (VNON_UPSTREAMS=replica-1:8501,replica-2:8501).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.server import nginx
from dashboard.server.settings import (
    SettingsError,
    _address,
    _hosts,
    _port,
    streamlit_flags,
    streamlit_settings,
    upload_limit_mb,
    writable_run_dir,
)
from dashboard.server.supervisor import APP, LOCAL_HOST, answers, build_when_empty, log
from dashboard.texts import serve as texts
from etl.core.settings import Settings

REPLICA_PORT = 8501
PROXY_PORT = 8080
UPSTREAMS_ENV = "VNON_UPSTREAMS"
# The proxy's nginx runs as the image's own account: no `user` directive for it.
PROXY_USER = "# nginx runs as the container's own account."


@dataclass(frozen=True)
class ReplicaSettings:
    """What one container replica takes from the environment, checked."""

    port: int
    listen: str
    allowed_hosts: tuple[str, ...]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ReplicaSettings:
        env = os.environ if environ is None else environ
        return cls(
            port=_port(env.get("PORT", "").strip() or str(REPLICA_PORT)),
            listen=_address(env.get("VNON_LISTEN", "").strip() or "0.0.0.0"),
            allowed_hosts=_hosts(env.get("VNON_ALLOWED_HOSTS", "")),
        )


def replica_command(settings: ReplicaSettings) -> list[str]:
    """`streamlit run` with the production flags of `make serve`, on the replica's address."""
    flags = streamlit_flags(streamlit_settings(), settings.allowed_hosts)
    return [
        *(sys.executable, "-m", "streamlit", "run", APP, *flags),
        *("--server.address", settings.listen, "--server.port", str(settings.port)),
    ]


def run_replica(execute=os.execv) -> int:
    """Check the settings, build the data when needed, then become the Streamlit process."""
    try:
        settings = ReplicaSettings.from_env()
        command = replica_command(settings)
    except SettingsError as err:
        log(str(err), texts.ERROR)
        return 2
    if build_when_empty(Settings.from_env().data.processed) != 0:
        return 1
    log(texts.CONTAINER_STARTING.format(address=settings.listen, port=settings.port))
    execute(command[0], command)
    return 0  # only reached when `execute` returns (the tests' stand-in)


def healthy(environ: Mapping[str, str] | None = None) -> int:
    """0 when this container's replica answers `/_stcore/health`, else 1."""
    env = os.environ if environ is None else environ
    try:
        port = _port(env.get("PORT", "").strip() or str(REPLICA_PORT))
    except SettingsError as err:
        log(str(err), texts.ERROR)
        return 2
    return 0 if answers(f"http://{LOCAL_HOST}:{port}/_stcore/health") else 1


def proxy_settings(environ: Mapping[str, str]) -> tuple[Path, int, list[str]]:
    """(run directory, port, replicas) for the compose proxy; SettingsError (Dutch) if unusable."""
    run_dir = Path(environ.get("VNON_RUN_DIR", "").strip() or "/srv/vnon-proxy").absolute()
    port = _port(environ.get("PORT", "").strip() or str(PROXY_PORT))
    replicas = [part.strip() for part in environ.get(UPSTREAMS_ENV, "").split(",") if part.strip()]
    if not replicas:
        raise SettingsError(texts.NO_UPSTREAMS.format(name=UPSTREAMS_ENV))
    return run_dir, port, [nginx.upstream(replica) for replica in replicas]


def render_proxy(environ: Mapping[str, str] | None = None) -> int:
    """Write the compose proxy's nginx.conf, temporary folders and error pages; exit code."""
    env = os.environ if environ is None else environ
    try:
        run_dir, port, replicas = proxy_settings(env)
        limit = upload_limit_mb(streamlit_settings())
        # The proxy image installs the brotli modules; this build stage has no nginx to ask.
        config = nginx.configuration(
            run_dir, "0.0.0.0", port, replicas, limit, user=PROXY_USER, brotli=True
        )
        path = nginx.prepare(writable_run_dir(run_dir), config)
    except SettingsError as err:
        log(str(err), texts.ERROR)
        return 2
    log(texts.PROXY_WRITTEN.format(path=path))
    return 0
