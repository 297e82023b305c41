"""Who may change the registers: a signed-in coordinator, when sign-in is configured (pure).

Two ways to sign in. Streamlit's OIDC (`st.login`), configured in `.streamlit/secrets.toml` under
`[auth]` (redirect_uri, cookie_secret and the provider's client_id, client_secret and
server_metadata_url, directly or in a named `[auth.<provider>]` section) and needing Authlib.
Or, opt-in, a trusted header set by the intranet's proxy that already signed the person in
(`VNON_TRUSTED_HEADER`, accepted only from an address in `VNON_TRUSTED_PROXIES`; see
`dashboard.registers.trusted`).

Coordinators are listed in `VNON_COORDINATORS` (separated by commas, semicolons or spaces) and/or
in `secrets.toml` as `[vnon] coordinators = ["…"]`, each entry naming a claim that does not
change: `sub:…` (the provider's subject), `oid:…` (Microsoft Entra's object id), `group:…` (in
the `groups` claim), `role:…` (in `roles`), `user:…` (the trusted header), `email:…`. A plain
address means `email:` and, like it, counts only when the provider says `email_verified`. The
page feeds `st.secrets`, `st.user` and the request in; these functions only decide.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from dashboard.registers import trusted

COORDINATORS_ENV = "VNON_COORDINATORS"
SHARED_KEYS = ("redirect_uri", "cookie_secret")
PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")
# claim kind → whether its values compare without case (addresses, GUIDs, Windows names)
KINDS = {"sub": False, "oid": True, "group": False, "role": False, "user": True, "email": True}
MAX_ENTRY = 256
SEPARATORS = re.compile(r"[\s,;]+")


class Access(StrEnum):
    NOT_CONFIGURED = "niet ingesteld"  # no sign-in: read-only for everyone
    SIGNED_OUT = "niet aangemeld"
    NOT_COORDINATOR = "geen coördinator"
    UNVERIFIED_EMAIL = "e-mailadres niet bevestigd"  # listed by address, not confirmed
    REFUSED = "geweigerd"  # a trusted header that did not come from the proxy, or was malformed
    COORDINATOR = "coördinator"

    @property
    def can_edit(self) -> bool:
        return self is Access.COORDINATOR


@dataclass(frozen=True)
class Identity:
    """One entry of the allow-list, or one claim a signed-in user holds."""

    kind: str
    value: str


@dataclass(frozen=True)
class AuthConfig:
    """What the deployment has configured for signing in."""

    sign_in: bool  # a complete [auth] section
    authlib: bool  # the package st.login needs
    coordinators: frozenset[Identity]
    provider: str | None = None  # a named [auth.<provider>] section, or the [auth] section itself
    header: trusted.TrustedHeader | None = None  # the opt-in trusted-header mode
    invalid: tuple[str, ...] = ()  # allow-list entries that name no known claim
    problems: tuple[tuple[str, str], ...] = ()  # (key of texts.ADMIN_PROBLEMS, detail)

    @property
    def configured(self) -> bool:
        way_in = self.header is not None or (self.sign_in and self.authlib)
        return way_in and bool(self.coordinators)

    @property
    def missing(self) -> tuple[str, ...]:
        """What is lacking, as keys of the Dutch explanation in texts.ADMIN_MISSING."""
        parts = []
        if self.header is None and not self.sign_in:
            parts.append("auth")
        if self.header is None and not self.authlib:
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
    listed = vnon.get("coordinators") or ()
    if isinstance(listed, str):
        listed = [listed]
    entries = [*split_entries(str(environ.get(COORDINATORS_ENV, ""))), *map(str, listed)]
    coordinators, invalid = parse_identities(entries)
    header, problems = trusted.header_config(environ)
    return AuthConfig(
        sign_in=bool(sign_in),
        authlib=authlib_installed,
        coordinators=coordinators,
        provider=provider if isinstance(provider, str) else None,
        header=header,
        invalid=invalid,
        problems=problems,
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


def split_entries(text: str) -> list[str]:
    """The entries of VNON_COORDINATORS; a list in secrets.toml keeps each item whole."""
    return [part for part in SEPARATORS.split(text) if part]


def parse_identities(entries: Iterable[str]) -> tuple[frozenset[Identity], tuple[str, ...]]:
    """(the identities named, the entries that name none: unknown kind, empty, control codes)."""
    found, invalid = set(), []
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        identity = parse_identity(entry)
        if identity is None:
            invalid.append(entry[:MAX_ENTRY])
        else:
            found.add(identity)
    return frozenset(found), tuple(invalid)


def parse_identity(entry: str) -> Identity | None:
    """`kind:value`, or a plain e-mail address; None for anything else."""
    kind, colon, value = entry.partition(":")
    if not colon or kind.casefold() not in KINDS:
        kind, value = "email", entry
        if "@" not in entry:
            return None
    return identity(kind.casefold(), value.strip())


def identity(kind: str, value: object) -> Identity | None:
    """The identity of a claim value, compared as its kind compares; None when unusable.

    A claim is taken as the token says it, never trimmed: `beheer\n` is not `beheer`.
    """
    if not isinstance(value, str):
        return None
    if not value or len(value) > MAX_ENTRY or has_control(value):
        return None
    if kind == "email" and "@" not in value:
        return None
    return Identity(kind, value.casefold() if KINDS[kind] else value)


def has_control(text: str) -> bool:
    """Whether the text holds a control, format or unassigned character."""
    return any(unicodedata.category(character).startswith("C") for character in text)


def email_verified(user: Mapping) -> bool:
    """Only an explicit yes of the provider: Entra ID sends no `email_verified` at all."""
    verified = user.get("email_verified")
    return verified is True or (isinstance(verified, str) and verified.casefold() == "true")


def claims(user: Mapping) -> set[Identity]:
    """The stable identities a signed-in user's token holds; `email` only when verified."""
    held = {identity("sub", user.get("sub")), identity("oid", user.get("oid"))}
    for kind, claim in (("group", "groups"), ("role", "roles")):
        values = user.get(claim)
        if isinstance(values, str):
            values = [values]
        for value in values if isinstance(values, list | tuple) else ():
            held.add(identity(kind, value))
    if email_verified(user):
        held.add(identity("email", user.get("email")))
    held.discard(None)
    return held


def access(config: AuthConfig, user: Mapping) -> Access:
    """The access of a user signed in through OIDC (`st.user`) to the editing functions."""
    if not config.configured:
        return Access.NOT_CONFIGURED
    if user.get("is_logged_in") is not True:
        return Access.SIGNED_OUT
    if claims(user) & config.coordinators:
        return Access.COORDINATOR
    unconfirmed = identity("email", user.get("email"))
    if unconfirmed in config.coordinators and not email_verified(user):
        return Access.UNVERIFIED_EMAIL
    return Access.NOT_COORDINATOR


def header_access(config: AuthConfig, verdict: trusted.Verdict) -> Access:
    """The access of the person the trusted header names (already checked by `trusted.verdict`)."""
    if not config.configured:
        return Access.NOT_CONFIGURED
    if verdict.refusal is not None:
        return Access.REFUSED
    held = identity("user", verdict.user)
    return Access.COORDINATOR if held in config.coordinators else Access.NOT_COORDINATOR


def user_name(user: Mapping) -> str:
    """How the page and the history name an OIDC user: e-mail address, name, else subject."""
    for claim in ("email", "name", "preferred_username", "sub"):
        value = user.get(claim)
        if isinstance(value, str) and value.strip() and not has_control(value):
            return value.strip()[:MAX_ENTRY]
    return "onbekend"


def stable_claims(user: Mapping) -> list[str]:
    """The entries that would name this user in VNON_COORDINATORS: object id and subject."""
    held = (identity(kind, user.get(kind)) for kind in ("oid", "sub"))
    return [f"{found.kind}:{found.value}" for found in held if found is not None]
