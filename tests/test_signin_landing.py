"""The endings of Streamlit's sign-in routes land on Gegevensbeheer, failures with a flag."""

from __future__ import annotations

import asyncio

from dashboard.server.signin import SignInLanding

SET = (b"set-cookie", b"_streamlit_user=abc|1|sig; HttpOnly; Path=/; SameSite=lax")
DELETED = (b"set-cookie", b'_streamlit_user=""; Max-Age=0; Path=/')
SESSION = (b"set-cookie", b"session=xyz; Path=/")


def _answering(status=302, location=b"/", cookies=(), fail=False):
    async def app(scope, receive, send):
        if fail:
            raise RuntimeError("provider unreachable")
        headers = [(b"location", location), *cookies] if location else list(cookies)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b"Authentication error"})

    return app


def _call(app, path, query=b"", kind="http"):
    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {"type": kind, "path": path, "query_string": query, "headers": []}
    asyncio.run(SignInLanding(app, page="gegevensbeheer")(scope, receive, send))
    start = sent[0]
    headers = dict(start.get("headers", []))
    body = b"".join(message.get("body", b"") for message in sent[1:])
    return start["status"], headers.get(b"location"), start.get("headers", []), body


def test_a_successful_sign_in_lands_on_gegevensbeheer_with_its_cookies():
    status, location, headers, body = _call(
        _answering(cookies=[SET, SESSION]), "/oauth2callback", b"code=c&state=s"
    )
    assert (status, location, body) == (302, b"/gegevensbeheer", b"")
    assert SET in headers and SESSION in headers


def test_a_refused_token_lands_with_the_failure_flag():
    for cookies in ([DELETED], []):
        _, location, _headers, body = _call(
            _answering(cookies=cookies), "/oauth2callback", b"code=c&state=s"
        )
        assert location == b"/gegevensbeheer?aanmelden=mislukt"
        assert body == b""
    _, location, *_ = _call(_answering(), "/oauth2callback", b"error=access_denied&state=s")
    assert location == b"/gegevensbeheer?aanmelden=mislukt"


def test_a_provider_that_fails_gives_no_english_error_page():
    status, location, _, body = _call(_answering(400, location=None), "/auth/login")
    assert (status, location, body) == (302, b"/gegevensbeheer?aanmelden=mislukt", b"")
    status, location, _, _ = _call(_answering(fail=True), "/auth/login")
    assert (status, location) == (302, b"/gegevensbeheer?aanmelden=mislukt")


def test_the_way_to_the_provider_and_other_paths_pass_untouched():
    provider = b"http://idp.example/authorize?x=1"
    status, location, _, body = _call(_answering(location=provider), "/auth/login")
    assert (status, location, body) == (302, provider, b"Authentication error")
    status, location, _, _ = _call(_answering(), "/overzicht")
    assert (status, location) == (302, b"/")


def test_signing_out_lands_on_gegevensbeheer_also_under_a_base_path():
    _, location, headers, _ = _call(_answering(cookies=[DELETED]), "/auth/logout")
    assert location == b"/gegevensbeheer" and DELETED in headers
    # back from the provider's own sign-out: no code, no error
    _, location, *_ = _call(_answering(), "/oauth2callback")
    assert location == b"/gegevensbeheer"
    _, location, *_ = _call(_answering(location=b"/vnon/"), "/vnon/auth/logout")
    assert location == b"/vnon/gegevensbeheer"
