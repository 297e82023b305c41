"""Signing in with OIDC, end to end: Chromium, the app and a local provider on 127.0.0.1.

The whole code flow runs for real: discovery, authorisation (the provider approves at once),
the token exchange with the client secret and PKCE, the id_token's RS256 signature checked
against the provider's JWKS, and back on Gegevensbeheer. The coordinator is allowed by the
subject claim; a forged token, someone not listed and an unconfirmed e-mail address are refused
in Dutch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.texts import gegevensbeheer as texts
from tests import appserver, oidc_provider

pytestmark = pytest.mark.browser

COORDINATOR = {
    "sub": "vnon-coordinator-7f3a",
    "name": "Coördinator Test",
    "email": "coordinator@gemeente.example",
    "email_verified": True,
}
UNCONFIRMED = "alleen-adres@gemeente.example"  # listed only by e-mail address
COORDINATORS = f"sub:{COORDINATOR['sub']}, {UNCONFIRMED}"
# A stack trace or Streamlit's own error box; our Dutch refusals are ordinary alerts.
TRACEBACK = '[data-testid="stException"]'


@pytest.fixture(scope="module")
def provider() -> Iterator[oidc_provider.RunningProvider]:
    running = oidc_provider.start(COORDINATOR)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def signin_server(
    chromium: Path, data_dir: Path, provider: oidc_provider.RunningProvider
) -> Iterator[appserver.AppServer]:
    """The app with an [auth] section pointing at the local provider, in a secrets file of its
    own (the repository's .streamlit/ stays untouched)."""
    port = appserver.free_port()
    secrets = data_dir.parent / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://{appserver.LOCAL_HOST}:{port}/oauth2callback"\n'
        f'cookie_secret = "{"koekjesgeheim-" * 4}"\n'
        f'client_id = "{oidc_provider.CLIENT_ID}"\n'
        f'client_secret = "{oidc_provider.CLIENT_SECRET}"\n'
        f'server_metadata_url = "{provider.metadata_url}"\n',
        encoding="utf-8",
    )
    with appserver.running_app(
        data_dir,
        data_dir.parent / "streamlit-signin.log",
        port=port,
        env={"VNON_COORDINATORS": COORDINATORS},
        options=("--secrets.files", str(secrets)),
    ) as running:
        yield running


@pytest.fixture
def fresh_provider(provider):
    """The provider approving the coordinator with its own key, its calls forgotten."""
    provider.provider.claims = dict(COORDINATOR)
    provider.provider.forge = False
    provider.provider.calls.clear()
    yield provider.provider


def _sign_in(page, server: appserver.AppServer) -> None:
    """Open Gegevensbeheer, press Aanmelden and wait until the app has the browser back."""
    page.goto(server.base_url + "/gegevensbeheer")
    with page.expect_response(re.compile(r"/oauth2callback\?")) as callback:
        page.get_by_role("button", name=texts.ADMIN_SIGN_IN).click()
    assert callback.value.status == 302
    page.wait_for_load_state()


def test_a_coordinator_signs_in_lands_on_gegevensbeheer_and_signs_out(
    signin_server, fresh_provider, session
):
    page, _requests, _frames = session
    _sign_in(page, signin_server)
    page.get_by_text("Aangemeld als coördinator: coordinator@gemeente.example").wait_for()
    page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).wait_for()
    assert page.url == signin_server.base_url + "/gegevensbeheer"
    # every step of the code flow went through the provider
    assert fresh_provider.calls.count("/authorize") == 1
    assert fresh_provider.calls.count("/token") == 1
    assert "/jwks" in fresh_provider.calls
    assert "/.well-known/openid-configuration" in fresh_provider.calls
    cookies = {cookie["name"] for cookie in page.context.cookies()}
    assert "_streamlit_user" in cookies

    page.get_by_role("button", name=texts.ADMIN_SIGN_OUT).click()
    page.get_by_text(texts.ADMIN_SIGN_IN_NEEDED).wait_for()
    assert page.url == signin_server.base_url + "/gegevensbeheer"
    assert page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).count() == 0
    assert "_streamlit_user" not in {cookie["name"] for cookie in page.context.cookies()}


def test_a_token_signed_with_another_key_is_refused_in_dutch(
    signin_server, fresh_provider, session
):
    page, _requests, _frames = session
    fresh_provider.forge = True
    _sign_in(page, signin_server)
    page.get_by_text("Aanmelden is niet gelukt.").wait_for()
    assert fresh_provider.calls.count("/token") == 1  # the token came, its signature failed
    page.get_by_role("button", name=texts.ADMIN_SIGN_IN).wait_for()
    page.get_by_role("heading", name=texts.ADMIN_HISTORY_HEADING).wait_for()  # drawn to the end
    assert page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).count() == 0
    assert page.locator(TRACEBACK).count() == 0
    assert "_streamlit_user" not in {cookie["name"] for cookie in page.context.cookies()}
    # the message is said once: the parameter left the address
    assert "aanmelden=" not in page.url


def test_someone_not_listed_is_refused_and_told_their_stable_claim(
    signin_server, fresh_provider, session
):
    page, _requests, _frames = session
    fresh_provider.claims = {
        "sub": "iemand-anders-91",
        "email": "burger@example.nl",
        "email_verified": True,
    }
    _sign_in(page, signin_server)
    page.get_by_text("U bent aangemeld als burger@example.nl, maar u staat niet").wait_for()
    page.get_by_text("sub:iemand-anders-91").wait_for()
    page.get_by_role("button", name=texts.ADMIN_SIGN_OUT).wait_for()
    page.get_by_role("heading", name=texts.ADMIN_HISTORY_HEADING).wait_for()
    assert page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).count() == 0


def test_a_listed_address_without_email_verified_does_not_count(
    signin_server, fresh_provider, session
):
    page, _requests, _frames = session
    # as Microsoft Entra ID sends work accounts: an address, no email_verified
    fresh_provider.claims = {"sub": "entra-gebruiker-5", "email": UNCONFIRMED.upper()}
    _sign_in(page, signin_server)
    page.get_by_text("de identiteitsprovider bevestigt dit e-mailadres niet").wait_for()
    page.get_by_role("heading", name=texts.ADMIN_HISTORY_HEADING).wait_for()
    assert page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).count() == 0
