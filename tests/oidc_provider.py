"""A small, real OpenID Connect provider on 127.0.0.1 for the sign-in tests (no tests here).

It serves what Streamlit's `st.login` (Authlib) uses: the discovery document, an authorisation
endpoint that approves the configured test user at once, a token endpoint that checks the client's
secret, the code, the redirect address and the PKCE verifier and issues an RS256-signed id_token,
and the JWKS with the public key. `forge = True` signs the id_token with another key under the same
key id, as an attacker without the provider's key would: the app must refuse it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "vnon-dashboard"
CLIENT_SECRET = "test-geheim-" + "x" * 20
KEY_ID = "vnon-test-sleutel"


def _key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"kid": KEY_ID, "use": "sig", "alg": "RS256"})


@dataclass
class Provider:
    """The provider's state: its keys, the user it approves, the codes it handed out."""

    claims: dict[str, Any]  # the test user's claims in the id_token (sub, email, …)
    forge: bool = False
    key: RSAKey = field(default_factory=_key)
    other_key: RSAKey = field(default_factory=_key)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)  # the endpoints asked, in order
    issuer: str = ""

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": self.issuer + "/authorize",
            "token_endpoint": self.issuer + "/token",
            "jwks_uri": self.issuer + "/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "scopes_supported": ["openid", "email", "profile"],
        }

    def authorize(self, query: dict[str, str]) -> str:
        """The redirect back to the app with a fresh code (the user approves at once)."""
        if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
            raise ValueError("unknown client or response type")
        code = secrets.token_urlsafe(24)
        self.codes[code] = query
        back = {"code": code, "state": query.get("state", "")}
        return query["redirect_uri"] + "?" + urlencode(back)

    def token(self, form: dict[str, str], authorization: str | None) -> dict[str, Any]:
        """The tokens for a code, after checking client, code, redirect address and PKCE."""
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if authorization and authorization.startswith("Basic "):
            decoded = base64.b64decode(authorization[6:]).decode()
            client_id, _, secret = decoded.partition(":")
        if client_id != CLIENT_ID or secret != CLIENT_SECRET:
            raise PermissionError("invalid_client")
        asked = self.codes.pop(form.get("code", ""), None)  # a code works once
        if asked is None or form.get("redirect_uri") != asked["redirect_uri"]:
            raise PermissionError("invalid_grant")
        if "code_challenge" in asked:
            digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if challenge != asked["code_challenge"]:
                raise PermissionError("invalid_grant")
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "iat": now, "exp": now + 300}
        claims |= {"nonce": asked.get("nonce", ""), **self.claims}
        header = {"alg": "RS256", "kid": KEY_ID}
        id_token = jwt.encode(header, claims, self.other_key if self.forge else self.key)
        access = secrets.token_urlsafe(24)
        return {"access_token": access, "token_type": "Bearer", "expires_in": 300} | {
            "id_token": id_token
        }

    def jwks(self) -> dict[str, Any]:
        return {"keys": [self.key.as_dict(private=False)]}


class _Handler(BaseHTTPRequestHandler):
    provider: Provider  # set on the subclass made per server

    def log_message(self, format: str, *args: object) -> None:
        pass  # the test's output stays readable

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self.provider.calls.append(parts.path)
        query = {name: values[0] for name, values in parse_qs(parts.query).items()}
        if parts.path == "/.well-known/openid-configuration":
            self._json(200, self.provider.discovery())
        elif parts.path == "/jwks":
            self._json(200, self.provider.jwks())
        elif parts.path == "/authorize":
            try:
                location = self.provider.authorize(query)
            except (ValueError, KeyError):
                self._json(400, {"error": "invalid_request"})
                return
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        self.provider.calls.append(path)
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        if path != "/token":
            self._json(404, {"error": "not_found"})
            return
        try:
            self._json(200, self.provider.token(form, self.headers.get("Authorization")))
        except PermissionError as refused:
            self._json(400, {"error": str(refused)})

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)


@dataclass
class RunningProvider:
    """The provider serving on 127.0.0.1 in a thread of the test process."""

    provider: Provider
    server: ThreadingHTTPServer
    thread: threading.Thread

    @property
    def metadata_url(self) -> str:
        return self.provider.issuer + "/.well-known/openid-configuration"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def start(claims: dict[str, Any]) -> RunningProvider:
    """Serve a provider approving a user with these claims on a free port of 127.0.0.1."""
    provider = Provider(claims=dict(claims))
    handler = type("Handler", (_Handler,), {"provider": provider})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    provider.issuer = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="oidc-provider", daemon=True)
    thread.start()
    return RunningProvider(provider, server, thread)
