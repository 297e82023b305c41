"""The opt-in trusted-header mode: the intranet's proxy signed the person in (pure).

Off unless `VNON_TRUSTED_HEADER` names a header (e.g. `X-Remote-User`). Then the header is
believed only on a request whose peer, as the app sees it, is one of `VNON_TRUSTED_PROXIES`
(addresses or networks, separated by commas or spaces). That peer is the connection's own
address, or — when it comes from loopback, which uvicorn trusts (`FORWARDED_ALLOW_IPS`) — the
address the local proxy put last in `X-Forwarded-For`: with nginx of `make serve` in front,
list the address of the proxy that signs people in. Anyone else's header is refused.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

HEADER_ENV = "VNON_TRUSTED_HEADER"
PROXIES_ENV = "VNON_TRUSTED_PROXIES"
TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}")  # an HTTP field name
# Headers a browser sets itself or that carry other meaning: never a user name.
RESERVED = {"host", "cookie", "authorization", "x-forwarded-for", "user-agent", "referer"}
MAX_USER = 256
# st.context.ip_address says None for a loopback peer (and outside a session).
LOOPBACK = (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class TrustedHeader:
    """The header that names the user and the proxies it is believed from."""

    name: str
    proxies: tuple[Network, ...]


@dataclass(frozen=True)
class Verdict:
    """The user the header names, or why it was refused (a key of texts.ADMIN_REFUSALS)."""

    user: str | None = None
    refusal: str | None = None


def header_config(environ: Mapping[str, str]) -> tuple[TrustedHeader | None, tuple]:
    """The trusted-header mode, or None; and the problems as (key, detail) pairs.

    Any problem leaves the mode off: a wrong setting must never open the door wider.
    """
    name = str(environ.get(HEADER_ENV, "")).strip()
    listed = str(environ.get(PROXIES_ENV, "")).strip()
    if not name:
        return None, (("proxies_without_header", listed[:64]),) if listed else ()
    if not TOKEN.fullmatch(name) or name.casefold() in RESERVED:
        return None, (("header_name", name[:64]),)
    proxies, bad = [], []
    for part in re.split(r"[\s,;]+", listed):
        if not part:
            continue
        try:
            network = ipaddress.ip_network(part, strict=False)
        except ValueError:
            bad.append(part[:64])
            continue
        # A network of everything (0.0.0.0/0, ::/0) or of whole blocks of the internet would
        # make anyone a proxy.
        if network.prefixlen < (8 if network.version == 4 else 32):
            bad.append(part[:64])
        else:
            proxies.append(network)
    if bad:
        return None, (("proxy_address", ", ".join(bad)[:64]),)
    if not proxies:
        return None, (("no_proxies", name),)
    return TrustedHeader(name, tuple(proxies)), ()


def from_proxy(header: TrustedHeader, peer: str | None) -> bool:
    """Whether the request's peer is one of the configured proxies."""
    if peer is None:
        candidates = LOOPBACK
    else:
        try:
            address = ipaddress.ip_address(peer.strip().strip("[]"))
        except ValueError:
            return False
        mapped = getattr(address, "ipv4_mapped", None)
        candidates = (mapped or address,)
    return any(address in network for address in candidates for network in header.proxies)


def verdict(header: TrustedHeader, peer: str | None, values: Sequence[str]) -> Verdict:
    """Who the header names on this request, or why it is refused."""
    if not from_proxy(header, peer):
        return Verdict(refusal="peer" if values else "not_from_proxy")
    if not values:
        return Verdict(refusal="missing")
    if len(values) > 1 or "," in values[0]:
        return Verdict(refusal="multiple")
    user = values[0].strip()
    if not user:
        return Verdict(refusal="empty")
    if len(user) > MAX_USER:
        return Verdict(refusal="long")
    if any(unicodedata.category(character).startswith("C") for character in user):
        return Verdict(refusal="control")
    return Verdict(user=user)
