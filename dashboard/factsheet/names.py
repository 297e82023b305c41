"""The file names of the factsheets: readable, ASCII, distinct per place; a factsheet with a
what-if says so in its name."""

from __future__ import annotations

import re
import unicodedata

from dashboard.profile.place import Place
from dashboard.texts import factsheet as texts

SUFFIX = ".pdf"


def file_name(place: Place) -> str:
    """'Noord- en Oost-Gelderland' → 'noord-en-oost-gelderland.pdf': letters and digits only
    (accents dropped), joined by hyphens."""
    plain = unicodedata.normalize("NFKD", place.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return (slug or (place.code or "").lower()) + SUFFIX


def what_if_file_name(place: Place) -> str:
    """'twente.pdf' → 'twente-rekenvoorbeeld.pdf': never taken for the plain factsheet."""
    return file_name(place).removesuffix(SUFFIX) + texts.WHAT_IF_FILE_SUFFIX + SUFFIX


def file_names(places: list[Place]) -> dict[str, Place]:
    """A readable, distinct file name per place (a clash gets the place's code added)."""
    named: dict[str, Place] = {}
    for place in places:
        name = file_name(place)
        if name in named:
            name = name.removesuffix(SUFFIX) + f"-{(place.code or '').lower()}{SUFFIX}"
        named[name] = place
    return named
