"""Every HTML document the app serves speaks Dutch from its first byte.

Streamlit's `index.html` (and that of every component iframe, the maps included) says
`<html lang="en">` and is titled "Streamlit" until a script runs; a screen reader reads it before
then (WCAG 3.1.1). This ASGI middleware rewrites each HTML response on its way out: `lang="nl"`,
the app's title, and in the app's own document the house stylesheet (focus, hidden English
toolbars), the print stylesheet, the script that puts Streamlit's own interface texts into
Dutch (`dashboard/static/nl.js`) and the one that tells Streamlit's frontend where its server
is (`dashboard/static/backend.js`: no failed probe of a page's own path first). The start
page's own path redirects to `/`, where Streamlit serves it, instead of showing Streamlit's
English "Page not found".
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.site import PAGE_LIST
from dashboard.texts import frame as texts

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

STATIC = Path(__file__).resolve().parent.parent / "static"
HEAD_FILES = ("house.css", "print.css", "nl.js", "backend.js")
COMPONENT_PREFIX = "/component/"
HTML_ROOT = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
LANG = re.compile(rb"""\slang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
TITLE = re.compile(rb"<title>[^<]*</title>", re.IGNORECASE)
HEAD_END = re.compile(rb"</head>", re.IGNORECASE)


def dutch_root(document: bytes) -> bytes:
    """The document with `lang="nl"` on its `<html>` element, whatever language it said."""

    def rewrite(match: re.Match[bytes]) -> bytes:
        tag = LANG.sub(b"", match.group(0))
        return tag[:5] + b' lang="nl"' + tag[5:]

    return HTML_ROOT.sub(rewrite, document, count=1)


def dutch_document(document: bytes, own: bool) -> bytes:
    """`lang="nl"` always; the app's own document also gets its title and the house head."""
    document = dutch_root(document)
    if not own:
        return document
    title = f"<title>{literal(texts.APP_TITLE)}</title>".encode()
    document = TITLE.sub(lambda _: title, document, count=1)
    return HEAD_END.sub(lambda _: house_head() + b"</head>", document, count=1)


@cache
def house_head() -> bytes:
    """The stylesheets and the script inlined in the head, read once per process."""
    parts = [f"<style>:root {{ --vnon-focus: {palette.FOCUS}; }}</style>\n"]
    for name in HEAD_FILES:
        content = (STATIC / name).read_text(encoding="utf-8")
        tag = "script" if name.endswith(".js") else "style"
        parts.append(f"<{tag}>\n{content}</{tag}>\n")
    pages = json.dumps([name for name, _, _ in PAGE_LIST])
    parts.append(f"<script>vnonBackend({pages});</script>\n")  # before Streamlit's module runs
    return "".join(parts).encode()


def wants_document(path: str) -> bool:
    """Whether a GET of this path may answer with an HTML document (a page or an index.html).

    Only those are held back and rewritten: scripts, styles, images and the websocket pass as
    they are, compressed as Streamlit compresses them.
    """
    last = path.rsplit("/", 1)[-1]
    return not path.startswith("/_stcore/") and ("." not in last or last.endswith(".html"))


class DutchDocuments:
    """ASGI middleware: HTML responses rewritten by `dutch_document`, the start page's path
    redirected to `/`."""

    def __init__(self, app: ASGIApp, start_page: str) -> None:
        self.app = app
        self.start_path = "/" + start_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"}:
            await self.app(scope, receive, send)
        elif scope["path"].rstrip("/") == self.start_path:
            await _redirect_home(scope, send)
        elif scope["method"] == "GET" and wants_document(scope["path"]):
            own = not scope["path"].startswith(COMPONENT_PREFIX)
            await self.app(_plain(scope), receive, _Rewriting(send, own))
        else:
            await self.app(scope, receive, send)


def _plain(scope: Scope) -> Scope:
    """The request without Accept-Encoding: the document comes back uncompressed to rewrite."""
    headers = [(name, value) for name, value in scope["headers"] if name != b"accept-encoding"]
    return {**scope, "headers": headers}


async def _redirect_home(scope: Scope, send: Send) -> None:
    """308 to `/` with the same query: Streamlit serves the start page only there."""
    query = scope.get("query_string", b"")
    location = b"/" + (b"?" + query if query else b"")
    root = scope.get("root_path", "").encode()
    headers = [(b"location", root + location), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 308, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


class _Rewriting:
    """A `send` that holds an HTML response back until its last byte, then rewrites it."""

    def __init__(self, send: Send, own: bool) -> None:
        self.send, self.own = send, own
        self.start: Message | None = None
        self.body = bytearray()

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            if _is_html(message):
                self.start = message
                return
        elif message["type"] == "http.response.body" and self.start is not None:
            self.body += message.get("body", b"")
            if not message.get("more_body", False):
                await self._flush()
            return
        await self.send(message)

    async def _flush(self) -> None:
        body = dutch_document(bytes(self.body), self.own)
        headers = [(k, v) for k, v in self.start["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await self.send({**self.start, "headers": headers})
        await self.send({"type": "http.response.body", "body": body})


def _is_html(start: Message) -> bool:
    """Whether a response start announces an uncompressed HTML body."""
    headers = {name.lower(): value for name, value in start["headers"]}
    return headers.get(b"content-type", b"").startswith(b"text/html") and (
        b"content-encoding" not in headers
    )
