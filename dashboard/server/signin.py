"""After signing in or out the coordinator is back on Gegevensbeheer, and a failure says so.

Streamlit's routes `/auth/login`, `/oauth2callback` and `/auth/logout` end with a redirect to the
start page (Overzicht), or with a bare English "Authentication error" or "Internal Server Error"
when the provider cannot be reached. Sign-in is offered only on Gegevensbeheer, so this ASGI
middleware sends every such ending there instead: with `?aanmelden=mislukt` when no sign-in
cookie was set (a refused or forged token, a provider that did not answer, the user declined),
which the page turns into a Dutch message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from dashboard.display import url_params

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOGIN, CALLBACK, LOGOUT = "/auth/login", "/oauth2callback", "/auth/logout"
USER_COOKIE = b"_streamlit_user="  # the signed cookie Streamlit sets on a successful sign-in
FAILED = f"?{url_params.SIGN_IN}={url_params.SIGN_IN_FAILED}"
_LOGGER = logging.getLogger(__name__)


def signed_in(headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether a response sets Streamlit's sign-in cookie (rather than deleting it)."""
    for name, value in headers:
        if name.lower() == b"set-cookie" and value.startswith(USER_COOKIE):
            deleted = value[len(USER_COOKIE) :].startswith((b";", b'""')) or b"Max-Age=0" in value
            if not deleted:
                return True
    return False


def landing(
    route: str, query: bytes, base: str, status: int, headers: list[tuple[bytes, bytes]]
) -> str | None:
    """Where the browser goes instead, or None to keep Streamlit's answer.

    `base` is the start page's address that Streamlit redirects to (`/`, or the base path).
    """
    location = next((value for name, value in headers if name.lower() == b"location"), None)
    if status in (302, 303, 307) and location is not None and location.decode() != base:
        return None  # on its way to the provider (or the provider's own sign-out)
    if route == CALLBACK:
        asked = parse_qs(query.decode("latin-1"))
        if "code" not in asked and "error" not in asked:
            return ""  # back from the provider's own sign-out
        return "" if signed_in(headers) else FAILED
    if route == LOGIN:
        return FAILED  # Streamlit sends the browser to the provider, unless it failed
    return ""  # signed out


class SignInLanding:
    """ASGI middleware: the endings of Streamlit's sign-in routes land on `page`."""

    def __init__(self, app: ASGIApp, page: str) -> None:
        self.app, self.page = app, page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        route = next((route for route in (LOGIN, CALLBACK, LOGOUT) if path.endswith(route)), None)
        if route is None:
            await self.app(scope, receive, send)
            return
        base = path[: -len(route)] + "/"
        relay = _Relay(send, route, scope.get("query_string", b""), base, base + self.page)
        try:
            await self.app(scope, receive, relay)
        except Exception:
            # The provider did not answer (or answered nonsense): a Dutch page, not a 500.
            _LOGGER.exception("Aanmelden mislukt bij %s", route)
            if relay.started:
                raise
            await _redirect(send, base + self.page + FAILED)


class _Relay:
    """A `send` that replaces the ending of a sign-in route by a redirect to the page."""

    def __init__(self, send: Send, route: str, query: bytes, base: str, page: str) -> None:
        self.send, self.route, self.query, self.base, self.page_path = (
            send,
            route,
            query,
            base,
            page,
        )
        self.started = False
        self.replaced = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            headers = list(message.get("headers", []))
            target = landing(self.route, self.query, self.base, message["status"], headers)
            if target is not None:
                self.replaced = True
                kept = [(k, v) for k, v in headers if k.lower() == b"set-cookie"]
                await _redirect(self.send, self.page_path + target, kept, body=False)
                return
        elif message["type"] == "http.response.body" and self.replaced:
            if not message.get("more_body", False):
                await self.send({"type": "http.response.body", "body": b""})
            return
        await self.send(message)


async def _redirect(send: Send, location: str, cookies=(), body: bool = True) -> None:
    """302 to `location`, keeping the cookies the route set or deleted."""
    headers = [(b"location", location.encode()), (b"content-length", b"0"), *cookies]
    await send({"type": "http.response.start", "status": 302, "headers": headers})
    if body:
        await send({"type": "http.response.body", "body": b""})
