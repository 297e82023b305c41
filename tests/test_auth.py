"""Who may edit the registers: sign-in configured, Authlib present, a listed coordinator."""

from __future__ import annotations

from dashboard.registers.auth import Access, access, auth_config

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "geheim" * 8,
    "client_id": "dashboard",
    "client_secret": "s3cret",
    "server_metadata_url": "https://idp.example.nl/.well-known/openid-configuration",
}
COORDINATOR = {"is_logged_in": True, "email": "Coordinator@VNON.nl", "email_verified": True}


def _config(auth=AUTH, vnon=None, env=None, authlib=True):
    env = {"VNON_COORDINATORS": "coordinator@vnon.nl"} if env is None else env
    return auth_config(auth, vnon, env, authlib)


def test_without_configuration_everyone_reads_only():
    config = auth_config(None, None, {}, authlib_installed=True)
    assert access(config, COORDINATOR) is Access.NOT_CONFIGURED
    assert config.missing == ("auth", "coordinators")
    assert not Access.NOT_CONFIGURED.can_edit


def test_each_missing_piece_keeps_the_page_read_only():
    incomplete = {key: value for key, value in AUTH.items() if key != "client_secret"}
    assert access(_config(auth=incomplete), COORDINATOR) is Access.NOT_CONFIGURED
    assert access(_config(authlib=False), COORDINATOR) is Access.NOT_CONFIGURED
    assert _config(authlib=False).missing == ("authlib",)
    assert access(_config(env={}), COORDINATOR) is Access.NOT_CONFIGURED


def test_only_a_signed_in_listed_coordinator_may_edit():
    config = _config()
    assert access(config, {"email": "test@example.com"}) is Access.SIGNED_OUT
    assert access(config, {"is_logged_in": False}) is Access.SIGNED_OUT
    assert access(config, {**COORDINATOR, "email": "burgemeester@enschede.nl"}) is (
        Access.NOT_COORDINATOR
    )
    assert access(config, {**COORDINATOR, "email_verified": False}) is Access.NOT_COORDINATOR
    assert access(config, COORDINATOR) is Access.COORDINATOR and Access.COORDINATOR.can_edit


def test_coordinators_from_environment_and_secrets_and_a_named_provider():
    named = {
        "redirect_uri": AUTH["redirect_uri"],
        "cookie_secret": AUTH["cookie_secret"],
        "microsoft": {
            key: AUTH[key] for key in ("client_id", "client_secret", "server_metadata_url")
        },
    }
    listed = {"coordinators": ["a@vnon.nl", "B@vnon.nl"]}
    config = auth_config(named, listed, {"VNON_COORDINATORS": "c@x.nl; d@x.nl"}, True)
    assert config.configured and config.provider == "microsoft"
    assert config.coordinators == {"a@vnon.nl", "b@vnon.nl", "c@x.nl", "d@x.nl"}
    assert _config().provider is None
