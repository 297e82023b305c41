"""The trusted-header mode: off by default, believed only from the proxy, hostile values refused."""

from __future__ import annotations

import ipaddress

import pytest

from dashboard.registers.auth import Access, Identity, auth_config, header_access
from dashboard.registers.trusted import TrustedHeader, Verdict, from_proxy, header_config, verdict
from dashboard.texts import gegevensbeheer as texts

PROXY = {"VNON_TRUSTED_HEADER": "X-Remote-User", "VNON_TRUSTED_PROXIES": "10.1.2.3, 10.9.0.0/16"}
HEADER = TrustedHeader("X-Remote-User", (ipaddress.ip_network("10.1.2.3/32"),))


def test_off_unless_both_settings_are_given():
    assert header_config({}) == (None, ())
    assert header_config({"VNON_TRUSTED_HEADER": "X-Remote-User"}) == (
        None,
        (("no_proxies", "X-Remote-User"),),
    )
    assert header_config({"VNON_TRUSTED_PROXIES": "10.1.2.3"}) == (
        None,
        (("proxies_without_header", "10.1.2.3"),),
    )
    header, problems = header_config(PROXY)
    assert problems == () and header.name == "X-Remote-User"
    assert header.proxies == (
        ipaddress.ip_network("10.1.2.3/32"),
        ipaddress.ip_network("10.9.0.0/16"),
    )


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({"VNON_TRUSTED_HEADER": "X Remote User"}, "header_name"),
        ({"VNON_TRUSTED_HEADER": "Cookie"}, "header_name"),
        ({"VNON_TRUSTED_HEADER": "X-Forwarded-For"}, "header_name"),
        ({"VNON_TRUSTED_HEADER": "X-User\r\nX-Evil"}, "header_name"),
        ({"VNON_TRUSTED_HEADER": "X" * 65}, "header_name"),
        ({"VNON_TRUSTED_PROXIES": "proxy.gemeente.local"}, "proxy_address"),
        ({"VNON_TRUSTED_PROXIES": "10.1.2.3, 300.1.1.1"}, "proxy_address"),
        ({"VNON_TRUSTED_PROXIES": "0.0.0.0/0"}, "proxy_address"),
        ({"VNON_TRUSTED_PROXIES": "::/0"}, "proxy_address"),
        ({"VNON_TRUSTED_PROXIES": "10.0.0.0/4"}, "proxy_address"),
        ({"VNON_TRUSTED_PROXIES": " , ;"}, "no_proxies"),
    ],
)
def test_a_wrong_setting_leaves_the_mode_off_with_a_dutch_reason(settings, problem):
    header, problems = header_config({**PROXY, **settings})
    assert header is None
    assert [key for key, _detail in problems] == [problem]
    assert "aanmelden via de proxy staat uit" in texts.ADMIN_PROBLEMS[problem]
    assert all(len(detail) <= 64 for _key, detail in problems)


def test_only_the_configured_proxy_is_believed():
    assert from_proxy(HEADER, "10.1.2.3")
    assert from_proxy(HEADER, "::ffff:10.1.2.3")  # an IPv4 peer on a dual-stack socket
    for other in ("10.1.2.4", "127.0.0.1", None, "", "10.1.2.3.evil", "::1", "localhost"):
        assert not from_proxy(HEADER, other), other
    # st.context.ip_address says None for loopback: believed only when loopback is listed
    local = TrustedHeader("X-Remote-User", (ipaddress.ip_network("127.0.0.1/32"),))
    assert from_proxy(local, None) and from_proxy(local, "127.0.0.1")
    assert not from_proxy(local, "192.0.2.10")


def test_the_same_header_from_any_other_address_is_refused():
    assert verdict(HEADER, "10.1.2.3", ["GEMEENTE\\jan"]) == Verdict(user="GEMEENTE\\jan")
    assert verdict(HEADER, "192.0.2.10", ["GEMEENTE\\jan"]) == Verdict(refusal="peer")
    assert verdict(HEADER, "192.0.2.10", []) == Verdict(refusal="not_from_proxy")


@pytest.mark.parametrize(
    ("values", "refusal"),
    [
        ([], "missing"),
        (["jan", "piet"], "multiple"),
        (["jan, piet"], "multiple"),
        (["   "], "empty"),
        (["j" * 257], "long"),
        (["jan\x00"], "control"),
        (["jan\x1b[2J"], "control"),
        (["jan\u202epiet"], "control"),  # a right-to-left override
    ],
)
def test_hostile_header_values_are_refused(values, refusal):
    assert verdict(HEADER, "10.1.2.3", values) == Verdict(refusal=refusal)
    assert refusal in texts.ADMIN_REFUSALS


def test_the_named_user_must_be_listed():
    env = {**PROXY, "VNON_COORDINATORS": "user:GEMEENTE\\Jan sub:s1"}
    config = auth_config(None, None, env, authlib_installed=False)
    assert config.configured and config.missing == ()  # no [auth] needed in this mode
    assert Identity("user", "gemeente\\jan") in config.coordinators
    assert header_access(config, Verdict(user="gemeente\\JAN")) is Access.COORDINATOR
    assert header_access(config, Verdict(user="GEMEENTE\\piet")) is Access.NOT_COORDINATOR
    # a subject or address in the list does not stand in for a header's user name
    assert header_access(config, Verdict(user="s1")) is Access.NOT_COORDINATOR
    assert header_access(config, Verdict(refusal="peer")) is Access.REFUSED
    unlisted = auth_config(None, None, PROXY, authlib_installed=False)
    assert header_access(unlisted, Verdict(user="jan")) is Access.NOT_CONFIGURED
