"""Who may change the registers: a signed-in coordinator, when sign-in is configured (pure).

Sign-in is Streamlit's OIDC (`st.login`), configured in `.streamlit/secrets.toml` under `[auth]`
(redirect_uri, cookie_secret and the provider's client_id, client_secret and
server_metadata_url, directly or in a named `[auth.<provider>]` section) and needing the Authlib
package. Coordinators are named by e-mail address in `VNON_COORDINATORS` (separated by commas,
semicolons or spaces) and/or in `secrets.toml` as `[vnon] coordinators = ["…"]`. Without all of
this the page Gegevensbeheer is read-only. The page feeds `st.secrets` and `st.user` in; these
functions only decide.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

COORDINATORS_ENV = "VNON_COORDINATORS"
SHARED_KEYS = ("redirect_uri", "cookie_secret")
PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")


class Access(StrEnum):
    NOT_CONFIGURED = "niet ingesteld"  # no sign-in: read-only for everyone
    SIGNED_OUT = "niet aangemeld"
    NOT_COORDINATOR = "geen coördinator"
    COORDINATOR = "coördinator"

    @property
    def can_edit(self) -> bool:
        return self is Access.COORDINATOR


@dataclass(frozen=True)
class AuthConfig:
    """What the deployment has configured for signing in."""

    sign_in: bool  # a complete [auth] section
    authlib: bool  # the package st.login needs
    coordinators: frozenset[str]
    provider: str | None = None  # a named [auth.<provider>] section, or the [auth] section itself

    @property
    def configured(self) -> bool:
        return self.sign_in and self.authlib and bool(self.coordinators)

    @property
    def missing(self) -> tuple[str, ...]:
        """What is lacking, as keys of the Dutch explanation in texts.ADMIN_MISSING."""
        parts = []
        if not self.sign_in:
            parts.append("auth")
        if not self.authlib:
            parts.append("authlib")
        if not self.coordinators:
            parts.append("coordinators")
        return tuple(parts)


def auth_config(
    auth_section: Mapping | None,
    vnon_section: Mapping | None,
    environ: Mapping[str, str],
    authlib_installed: bool,
) -> AuthConfig:
    """The configuration from secrets.toml's [auth] and [vnon] sections and the environment."""
    auth = dict(auth_section or {})
    vnon = dict(vnon_section or {})
    provider = _provider(auth, vnon.get("provider"))
    sign_in = all(auth.get(key) for key in SHARED_KEYS) and provider is not False
    coordinators = parse_addresses(environ.get(COORDINATORS_ENV, ""))
    listed = vnon.get("coordinators") or ()
    if isinstance(listed, str):
        listed = [listed]
    coordinators |= parse_addresses(" ".join(str(item) for item in listed))
    return AuthConfig(
        sign_in=bool(sign_in),
        authlib=authlib_installed,
        coordinators=frozenset(coordinators),
        provider=provider if isinstance(provider, str) else None,
    )


def _provider(auth: dict, wanted: object) -> str | bool | None:
    """None for the [auth] section itself, a provider's name, or False when none is complete."""
    if all(auth.get(key) for key in PROVIDER_KEYS):
        return None
    named = {
        name: section
        for name, section in auth.items()
        if isinstance(section, Mapping) and all(section.get(key) for key in PROVIDER_KEYS)
    }
    if isinstance(wanted, str) and wanted in named:
        return wanted
    return next(iter(named), False)


def parse_addresses(text: str) -> set[str]:
    return {part.casefold() for part in re.split(r"[\s,;]+", text) if "@" in part}


def access(config: AuthConfig, user: Mapping) -> Access:
    """The user's access to the page's editing functions."""
    if not config.configured:
        return Access.NOT_CONFIGURED
    if user.get("is_logged_in") is not True:
        return Access.SIGNED_OUT
    if user.get("email_verified") is False:
        return Access.NOT_COORDINATOR
    email = str(user.get("email") or "").casefold()
    return Access.COORDINATOR if email in config.coordinators else Access.NOT_COORDINATOR


def user_name(user: Mapping) -> str:
    """How the history names the user: the e-mail address, else the name."""
    return str(user.get("email") or user.get("name") or "onbekend")
