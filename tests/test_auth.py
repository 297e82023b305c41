"""Who may edit the registers: sign-in configured, a coordinator named by a stable claim."""

from __future__ import annotations

import pytest

from dashboard.registers.auth import (
    Access,
    Identity,
    access,
    auth_config,
    claims,
    parse_identities,
    stable_claims,
    user_name,
)

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
    assert access(config, {"is_logged_in": "true", **COORDINATOR} | {"is_logged_in": 1}) is (
        Access.SIGNED_OUT
    )
    assert access(config, {**COORDINATOR, "email": "burgemeester@enschede.nl"}) is (
        Access.NOT_COORDINATOR
    )
    assert access(config, COORDINATOR) is Access.COORDINATOR and Access.COORDINATOR.can_edit


@pytest.mark.parametrize("verified", [False, None, "false", "ja", 1, "missing"])
def test_an_address_counts_only_when_the_provider_confirms_it(verified):
    user = dict(COORDINATOR)
    if verified == "missing":
        del user["email_verified"]  # Microsoft Entra ID's work accounts
    else:
        user["email_verified"] = verified
    assert access(_config(), user) is Access.UNVERIFIED_EMAIL
    assert not Access.UNVERIFIED_EMAIL.can_edit
    # a provider that sends the claim as a string (Amazon Cognito) still counts
    assert access(_config(), {**COORDINATOR, "email_verified": "True"}) is Access.COORDINATOR


def test_stable_claims_name_the_coordinator():
    env = {
        "VNON_COORDINATORS": (
            "sub:auth0|5f3a oid:6F1C2B9E-0000-4000-8000-000000000001;"
            "group:vnon-coordinatoren, role:Registers.Beheer"
        )
    }
    config = _config(env=env)
    signed_in = {"is_logged_in": True, "email": "x@vnon.nl"}  # address unconfirmed
    assert access(config, {**signed_in, "sub": "auth0|5f3a"}) is Access.COORDINATOR
    assert access(config, {**signed_in, "sub": "AUTH0|5F3A"}) is Access.NOT_COORDINATOR
    oid = "6f1c2b9e-0000-4000-8000-000000000001"  # GUIDs compare without case
    assert access(config, {**signed_in, "oid": oid}) is Access.COORDINATOR
    assert access(config, {**signed_in, "groups": ["a", "vnon-coordinatoren"]}) is (
        Access.COORDINATOR
    )
    assert access(config, {**signed_in, "groups": "vnon-coordinatoren"}) is Access.COORDINATOR
    assert access(config, {**signed_in, "roles": ["Registers.Beheer"]}) is Access.COORDINATOR
    assert access(config, {**signed_in, "roles": ["registers.beheer"]}) is Access.NOT_COORDINATOR
    # a claim of the wrong kind does not stand in for another
    assert access(config, {**signed_in, "sub": "vnon-coordinatoren"}) is Access.NOT_COORDINATOR
    assert access(config, {**signed_in, "groups": ["auth0|5f3a"]}) is Access.NOT_COORDINATOR


def test_hostile_claims_never_raise_and_never_match():
    config = _config(env={"VNON_COORDINATORS": "group:beheer sub:s1"})
    for user in (
        {"is_logged_in": True, "groups": [None, 3, {"x": 1}, ["beheer"]]},
        {"is_logged_in": True, "groups": 7, "roles": {"beheer": True}},
        {"is_logged_in": True, "sub": ["s1"], "oid": 12, "email": None},
        {"is_logged_in": True, "sub": "s1\x00", "groups": ["beheer\n"]},
    ):
        assert access(config, user) is Access.NOT_COORDINATOR
    assert claims({"sub": "x" * 257}) == set()


def test_entries_name_a_claim_or_are_reported():
    found, invalid = parse_identities(
        ["Jan@Gemeente.NL", "EMAIL:Piet@X.nl", "sub:a:b", "onbekend:x", "sub:", "naam", "oid:\x07"]
    )
    assert found == {
        Identity("email", "jan@gemeente.nl"),
        Identity("email", "piet@x.nl"),
        Identity("sub", "a:b"),  # only the first colon separates the kind
    }
    assert invalid == ("onbekend:x", "sub:", "naam", "oid:\x07")
    config = _config(env={"VNON_COORDINATORS": "naam, sub:s1"})
    assert config.invalid == ("naam",) and config.configured
    assert _config(env={"VNON_COORDINATORS": "naam"}).missing == ("coordinators",)


def test_coordinators_from_environment_and_secrets_and_a_named_provider():
    named = {
        "redirect_uri": AUTH["redirect_uri"],
        "cookie_secret": AUTH["cookie_secret"],
        "microsoft": {
            key: AUTH[key] for key in ("client_id", "client_secret", "server_metadata_url")
        },
    }
    listed = {"coordinators": ["a@vnon.nl", "B@vnon.nl", "group:Team Registers"]}
    config = auth_config(named, listed, {"VNON_COORDINATORS": "c@x.nl; d@x.nl"}, True)
    assert config.configured and config.provider == "microsoft"
    emails = {Identity("email", address) for address in ("a@vnon.nl", "b@vnon.nl")}
    emails |= {Identity("email", "c@x.nl"), Identity("email", "d@x.nl")}
    # a list item in secrets.toml stays whole: a group name may hold spaces
    assert config.coordinators == emails | {Identity("group", "Team Registers")}
    assert auth_config(named, {"coordinators": "e@x.nl"}, {}, True).coordinators == {
        Identity("email", "e@x.nl")
    }
    assert _config().provider is None


def test_the_name_shown_and_the_claim_to_hand_the_administrator():
    assert user_name({"email": "a@b.nl", "name": "A"}) == "a@b.nl"
    assert user_name({"name": "Jan de Vries", "sub": "s"}) == "Jan de Vries"
    assert user_name({"email": "\x1b[31m", "sub": "s-1"}) == "s-1"
    assert user_name({}) == "onbekend"
    assert stable_claims({"sub": "s-1", "oid": "ABC"}) == ["oid:abc", "sub:s-1"]
    assert stable_claims({"sub": ["s"]}) == []
