"""nginx's configuration for `make serve`, filled in from `deploy/nginx.conf.template`.

The template's `{{ NAME }}` fields get the run directory, the listening address, the replicas,
the upload limit and the content security policy; the run directory gets the folders nginx
writes its temporary files to and the Dutch pages it answers with itself. `make serve` names
its replicas by a port of 127.0.0.1; the compose file's proxy by service name and port
(`replica-1:8501`), rendered from the same template when its image is built.
"""

from __future__ import annotations

import getpass
import grp
import os
import re
from collections.abc import Sequence
from pathlib import Path

from dashboard.display.markup import literal
from dashboard.server import static_files
from dashboard.server.settings import NGINX_TEMPLATE, SettingsError
from dashboard.texts import frame as frame_texts
from dashboard.texts import serve as texts

# Debian's libnginx-mod-http-brotli-* (make nginx installs them, as the proxy image does).
MODULES = Path("/usr/lib/nginx/modules")
BROTLI_MODULES = ("ngx_http_brotli_filter_module.so", "ngx_http_brotli_static_module.so")
BROTLI = """    brotli on;
    brotli_static on;
    brotli_comp_level 5;
    brotli_min_length 1024;
    brotli_types text/css text/javascript application/javascript application/json
                 image/svg+xml text/plain application/manifest+json font/ttf application/wasm;"""
FIELD = re.compile(r"\{\{ ([A-Z_]+) \}\}")
# A replica elsewhere: a host name (a compose service, a DNS name) or IPv4 address, and a port.
UPSTREAM = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?:[0-9]{1,5}")
TEMP_FOLDERS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
# One megabyte more than Streamlit's limit for the multipart framing around the file.
FRAMING_MB = 1
PDOK_TILES = "https://service.pdok.nl"
CSP = (
    ("default-src", "'self'"),
    # Streamlit's tables decode Arrow with WebAssembly: wasm, not JavaScript's eval.
    ("script-src", "'self' 'unsafe-inline' 'wasm-unsafe-eval'"),
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", f"'self' data: {PDOK_TILES}"),
    ("font-src", "'self' data:"),
    ("connect-src", "'self'"),
    ("frame-src", "'self'"),
    ("worker-src", "'self' blob:"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'self'"),
)


def content_security_policy() -> str:
    """The Content-Security-Policy header's value."""
    return "; ".join(f"{directive} {sources}" for directive, sources in CSP)


def configuration(
    run_dir: Path,
    listen: str,
    port: int,
    replicas: Sequence[int | str],
    upload_limit_mb: int,
    template: Path = NGINX_TEMPLATE,
    user: str | None = None,
    brotli: bool | None = None,
) -> str:
    """The template with every field filled in; a field it does not know is refused.

    A replica is a port of 127.0.0.1 or a `host:port`; `user` replaces the `user` directive
    that suits the account rendering it (a container's nginx runs as its own account);
    `brotli` loads Debian's brotli modules, by default when this machine has them.
    """
    host = f"[{listen}]" if ":" in listen else listen
    servers = "\n".join(f"        server {upstream(replica)};" for replica in replicas)
    fields = {
        "USER": _user_directive() if user is None else user,
        "RUN_DIR": str(run_dir),
        "LISTEN": f"{host}:{port}",
        "SERVERS": servers,
        "BODY_LIMIT_MB": str(upload_limit_mb + FRAMING_MB),
        "CSP": content_security_policy(),
        **_brotli_fields(has_brotli() if brotli is None else brotli),
    }
    try:
        text = template.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise SettingsError(texts.TEMPLATE_BROKEN.format(path=template, reason=err)) from None
    unknown = sorted(set(FIELD.findall(text)) - fields.keys())
    if unknown:
        reason = ", ".join(unknown)
        raise SettingsError(texts.TEMPLATE_BROKEN.format(path=template, reason=reason))
    return FIELD.sub(lambda match: fields[match.group(1)], text)


def has_brotli(modules: Path = MODULES) -> bool:
    """Whether both of Debian's brotli modules for nginx are installed."""
    return all((modules / name).is_file() for name in BROTLI_MODULES)


def _brotli_fields(brotli: bool) -> dict[str, str]:
    """The MODULES and BROTLI fields: load and use the modules, or say why nginx does not."""
    if not brotli:
        reason = "# No brotli: gzip only (make nginx installs libnginx-mod-http-brotli-*)."
        return {"MODULES": reason, "BROTLI": ""}
    loads = "\n".join(f"load_module {MODULES / name};" for name in BROTLI_MODULES)
    return {"MODULES": loads, "BROTLI": BROTLI}


def upstream(replica: int | str) -> str:
    """`127.0.0.1:PORT` for a port; a `host:port` checked, so nothing else reaches the file."""
    if isinstance(replica, int):
        return f"127.0.0.1:{replica}"
    if not UPSTREAM.fullmatch(replica) or not 1 <= int(replica.rsplit(":", 1)[1]) <= 65535:
        raise SettingsError(texts.BAD_UPSTREAM.format(value=replica))
    return replica


def _user_directive() -> str:
    """`user` only for a master running as root: its workers then stay root's invoking user
    instead of nginx's default `nobody`, who could not write the run directory."""
    if os.geteuid() != 0:
        return "# nginx runs as the invoking user."
    return f"user {getpass.getuser()} {grp.getgrgid(os.getegid()).gr_name};"


def prepare(run_dir: Path, config: str) -> Path:
    """Write the configuration, the temporary folders, the error pages and Streamlit's static
    files compressed (static_files.py); the config's path."""
    for name in TEMP_FOLDERS:
        (run_dir / name).mkdir(parents=True, exist_ok=True)
    pages = run_dir / "html" / "_vnon"
    pages.mkdir(parents=True, exist_ok=True)
    for code, (title, explanation) in texts.ERROR_PAGES.items():
        _replace(pages / f"{code}.html", error_page(title, explanation))
    static_files.link_into(run_dir)
    path = run_dir / "nginx.conf"
    _replace(path, config)
    return path


def error_page(title: str, explanation: str) -> str:
    """A small Dutch HTML page, without script or remote style."""
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8">'
        f"<title>{literal(title)} – {literal(frame_texts.APP_TITLE)}</title></head>\n"
        f"<body><main><h1>{literal(title)}</h1><p>{literal(explanation)}</p></main></body>\n"
        "</html>\n"
    )


def _replace(path: Path, text: str) -> None:
    """Write beside the file, then rename: nginx never reads half a file."""
    staging = path.with_name(f".{path.name}.new")
    staging.write_text(text, encoding="utf-8")
    staging.replace(path)
