"""Gegevensbeheer says in Dutch what is wrong with the sign-in settings and a failed sign-in."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard.texts import gegevensbeheer as texts

from . import test_page_gegevensbeheer
from .conftest import REPO
from .test_auth import AUTH

PAGE = str(REPO / "pages" / "gegevensbeheer.py")
root = test_page_gegevensbeheer.root  # the fixture: a copy of the built root, no sign-in set


def _page() -> AppTest:
    app = AppTest.from_file(PAGE, default_timeout=90)
    app.secrets["auth"] = dict(AUTH)
    return app


def test_a_failed_sign_in_is_said_once_in_dutch(root):
    app = _page()
    app.secrets["vnon"] = {"coordinators": ["sub:s1"]}
    app.query_params["aanmelden"] = "mislukt"
    app.run()
    assert not app.exception
    assert [error.value for error in app.error] == [texts.ADMIN_SIGN_IN_REFUSED]
    assert "aanmelden" not in app.query_params
    assert app.info[0].value == texts.ADMIN_SIGN_IN_NEEDED
    assert not app.run().error  # the next run no longer says it


def test_wrong_settings_are_named_in_dutch_and_never_a_traceback(root, monkeypatch):
    monkeypatch.setenv("VNON_COORDINATORS", "sub:s1, onbekend:x; naam")
    monkeypatch.setenv("VNON_TRUSTED_HEADER", "X-Remote-User")
    monkeypatch.setenv("VNON_TRUSTED_PROXIES", "0.0.0.0/0")
    app = _page().run()
    assert not app.exception
    warnings = [warning.value for warning in app.warning]
    assert warnings[0] == texts.ADMIN_PROBLEMS["proxy_address"].format(
        detail="0&#46;0&#46;0&#46;0/0"
    )
    assert warnings[1] == texts.ADMIN_INVALID_ENTRIES.format(count="2 vermeldingen")
    # the proxy mode stays off; OIDC, configured as well, still offers signing in
    assert app.info[0].value == texts.ADMIN_SIGN_IN_NEEDED


def test_in_proxy_mode_a_session_without_the_proxy_cannot_edit(root, monkeypatch):
    monkeypatch.setenv("VNON_COORDINATORS", "user:gemeente\\jan")
    monkeypatch.setenv("VNON_TRUSTED_HEADER", "X-Remote-User")
    monkeypatch.setenv("VNON_TRUSTED_PROXIES", "10.1.2.3")
    app = _page()
    app.user = {"is_logged_in": True, "sub": "s1"}  # an OIDC session does not count here
    app.run()
    assert not app.exception and len(app.file_uploader) == 0
    assert not [button for button in app.button if button.label == texts.ADMIN_SIGN_IN]
    assert app.error[0].value.startswith(texts.ADMIN_REFUSED)
