"""The bodies that decide or prepare for a place: its district's DVO and district network, and
the regional bodies whose territory is the whole region (marked `regional`).

Who represents the district in a regional body is taken only from what the register says: the
chair, the members, or an 'is vertegenwoordigd in' relation, where they name the district or one
of its municipalities. Nothing is guessed; where the register is silent, a note says so.
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard.profile.model import BodyLine
from dashboard.profile.place import Level, Place
from dashboard.texts import labels
from dashboard.texts import profiel as texts

# Functions and organisations do not decide; the profile lists the bodies that meet.
NOT_DECIDING = ("functie", "organisatie")
REPRESENTED_IN = "is vertegenwoordigd in"


def body_lines(
    bodies: pd.DataFrame, relations: pd.DataFrame, place: Place, district_towns: list[str]
) -> tuple[tuple[BodyLine, ...], tuple[str, ...]]:
    """The place's bodies (district ones first, then regional in register order) and the notes
    on what the register does not say. `district_towns`: the district's municipality names."""
    deciding = bodies[~bodies["body_type"].isin(NOT_DECIDING)]
    regional = deciding[(deciding["level"] == "regionaal") & deciding["district_code"].isna()]
    own = deciding.iloc[0:0]
    if place.level is not Level.REGION:
        own = deciding[deciding["district_code"] == place.district_code]
    pattern = None  # the region is represented everywhere; nothing to look up
    if place.level is not Level.REGION:
        pattern = _names_pattern([place.district_name or "", *district_towns])
    lines = [_line(body, False, "") for body in own.to_dict("records")]
    unknown = []
    for body in regional.to_dict("records"):
        who = ""
        if pattern is not None:
            who = representative(body, relations, own, pattern)
            if not who:
                unknown.append(body["name"])
        lines.append(_line(body, True, who))
    notes = ()
    if unknown:
        listed = _listing(unknown)
        notes = (texts.NOTE_NO_REPRESENTATIVE.format(district=place.district_name, bodies=listed),)
    return tuple(lines), notes


def _line(body: dict, regional: bool, representative: str) -> BodyLine:
    mandate = body["mandate_type"]
    return BodyLine(
        body_id=body["body_id"],
        name=body["name"],
        body_type=labels.BODY_TYPE.get(body["body_type"], str(body["body_type"])),
        regional=regional,
        representative=representative,
        mandate_type="" if pd.isna(mandate) else labels.MANDATE_TYPE.get(mandate, str(mandate)),
        source="" if pd.isna(body["source"]) else str(body["source"]),
        district_code="" if pd.isna(body["district_code"]) else str(body["district_code"]),
    )


def representative(
    body: dict, relations: pd.DataFrame, own: pd.DataFrame, pattern: re.Pattern
) -> str:
    """Who represents the district in `body`, in the register's words, or '' if it is silent."""
    found = []
    chair = body["chair"]
    if not pd.isna(chair) and pattern.search(str(chair)):
        found.append(texts.CHAIR.format(who=chair))
    members = _items(body["members"])
    found += [str(m) for m in members if pattern.search(str(m)) and str(m) != chair]
    into = relations[
        (relations["target_body_id"] == body["body_id"]) & (relations["relation"] == REPRESENTED_IN)
    ]
    names = dict(zip(own["body_id"], own["name"], strict=True))
    found += [names[source] for source in into["source_body_id"] if source in names]
    return "; ".join(dict.fromkeys(found))


def _items(value) -> list:
    """A list field as a list, whether it arrives as list, tuple or array; empty when missing."""
    if value is None or isinstance(value, str | float):
        return [value] if isinstance(value, str) and value else []
    return list(value)


def _names_pattern(names: list[str]) -> re.Pattern | None:
    """Whole-word matches only: 'Ede' is not found in 'Enschede'."""
    names = sorted({name for name in names if name}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _listing(names: list[str]) -> str:
    """['A', 'B', 'C'] → 'A, B en C'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])}{texts.AND}{names[-1]}"
