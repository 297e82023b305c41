"""The settings of `make serve`, read from the environment and checked before anything starts.

Each bad value is refused with a Dutch sentence naming the variable (exit code 2 at the command
line); nothing is started, written or built for a refused setting.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import socket
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.texts import serve as texts

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
STREAMLIT_SETTINGS = DEPLOY / "streamlit.toml"
NGINX_TEMPLATE = DEPLOY / "nginx.conf.template"
DEFAULT_PORT = 8080
DEFAULT_REPLICAS = 2
MOST_REPLICAS = 16  # each replica is a Python process of a few hundred MB
DEFAULT_LISTEN = "0.0.0.0"
DEFAULT_RUN_DIR = REPO / ".run"
DEFAULT_NGINX = "/usr/sbin/nginx"
LOCAL_HOSTS = ("localhost", "127.0.0.1")
WHOLE_NUMBER = re.compile(r"[0-9]{1,6}")
HOSTNAME = re.compile(r"(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?(\.[A-Za-z0-9-]{1,63})*")


class SettingsError(ValueError):
    """A setting that cannot be used; the message is Dutch and says what to give instead."""


@dataclass(frozen=True)
class ServeSettings:
    """Everything `make serve` takes from the environment, checked."""

    port: int
    replicas: int
    listen: str
    run_dir: Path
    allowed_hosts: tuple[str, ...]
    nginx: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServeSettings:
        env = os.environ if environ is None else environ
        return cls(
            port=_port(env.get("PORT", "").strip() or str(DEFAULT_PORT)),
            replicas=_replicas(env.get("REPLICAS", "").strip() or str(DEFAULT_REPLICAS)),
            listen=_address(env.get("VNON_LISTEN", "").strip() or DEFAULT_LISTEN),
            run_dir=Path(env.get("VNON_RUN_DIR", "").strip() or DEFAULT_RUN_DIR).absolute(),
            allowed_hosts=_hosts(env.get("VNON_ALLOWED_HOSTS", "")),
            nginx=_nginx(env.get("NGINX", "").strip() or DEFAULT_NGINX),
        )


def _port(value: str) -> int:
    if not WHOLE_NUMBER.fullmatch(value) or not 1 <= int(value) <= 65535:
        raise SettingsError(texts.BAD_PORT.format(name="PORT", value=value))
    return int(value)


def _replicas(value: str) -> int:
    if not WHOLE_NUMBER.fullmatch(value) or not 1 <= int(value) <= MOST_REPLICAS:
        message = texts.BAD_REPLICAS.format(name="REPLICAS", value=value, most=MOST_REPLICAS)
        raise SettingsError(message)
    return int(value)


def _address(value: str) -> str:
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        raise SettingsError(texts.BAD_ADDRESS.format(name="VNON_LISTEN", value=value)) from None


def _hosts(value: str) -> tuple[str, ...]:
    """The host names browsers use to reach the dashboard; this machine's own when none given.

    Streamlit refuses a websocket whose Host header is not among them (DNS rebinding).
    """
    given = [host.strip() for host in value.split(",") if host.strip()]
    for host in given:
        if host != "*" and not HOSTNAME.fullmatch(host):
            raise SettingsError(texts.BAD_HOST.format(name="VNON_ALLOWED_HOSTS", value=host))
    if given:
        return tuple(dict.fromkeys(given))
    return tuple(dict.fromkeys([*LOCAL_HOSTS, socket.gethostname(), socket.getfqdn()]))


def _nginx(value: str) -> Path:
    found = shutil.which(value)
    if found is None:
        raise SettingsError(texts.NGINX_MISSING.format(path=value))
    return Path(found)


def writable_run_dir(path: Path) -> Path:
    """The run directory, created if need be, once a file could be written and removed in it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".probe-"):
            pass
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise SettingsError(texts.RUN_DIR_UNWRITABLE.format(path=path, reason=reason)) from None
    return path


def port_is_free(address: str, port: int) -> None:
    """Refuse a port that another program (Debian's own nginx, say) already listens on."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((address, port))
        except OSError:
            raise SettingsError(texts.PORT_TAKEN.format(port=port, address=address)) from None


def streamlit_settings(path: Path = STREAMLIT_SETTINGS) -> dict[str, object]:
    """The production settings as Streamlit's dotted names: {"server.maxUploadSize": 5, …}."""
    try:
        sections = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise SettingsError(texts.SETTINGS_FILE_BROKEN.format(path=path, reason=err)) from None
    flat = {}
    for section, options in sections.items():
        if not isinstance(options, dict):
            reason = f"[{section}] is geen tabel"
            raise SettingsError(texts.SETTINGS_FILE_BROKEN.format(path=path, reason=reason))
        flat.update({f"{section}.{name}": value for name, value in options.items()})
    return flat


def streamlit_flags(options: Mapping[str, object], allowed_hosts: tuple[str, ...]) -> list[str]:
    """Command-line flags for `streamlit run`: each option once, a list option repeated."""
    flags = []
    for name, value in {**options, "server.allowedHosts": list(allowed_hosts)}.items():
        for item in value if isinstance(value, list) else [value]:
            text = str(item).lower() if isinstance(item, bool) else str(item)
            flags += [f"--{name}", text]
    return flags


def upload_limit_mb(options: Mapping[str, object]) -> int:
    """Streamlit's upload limit in megabytes (its default, 200, when the file sets none)."""
    value = options.get("server.maxUploadSize", 200)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        reason = f"server.maxUploadSize = {value!r} is geen positief geheel getal"
        raise SettingsError(
            texts.SETTINGS_FILE_BROKEN.format(path=STREAMLIT_SETTINGS, reason=reason)
        )
    return value
