"""The pilots that run in a place: through their sites there, or as regional pilots covering it.

A pilot is regional for a place when its sites cover every municipality of the place's district
(or of the region), or when its origin is not a municipality; a regional pilot without any site
covers the whole region.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display.cells import label, sort_key
from dashboard.profile.area import Area
from dashboard.profile.model import PilotLine
from dashboard.profile.place import REGION_NAME, Level, Place
from dashboard.texts import labels
from dashboard.texts import profiel as texts
from etl.contract.vocabulary import SITE_ROLES
from etl.core import dutch

MAX_NAMED = 3  # a pilot in more municipalities of the place is counted, not named


def pilot_lines(
    pilots: pd.DataFrame,
    sites: pd.DataFrame,
    results: pd.DataFrame,
    names: dict[str, str],
    place: Place,
    area: Area,
) -> tuple[PilotLine, ...]:
    """The place's pilots, local ones first and real before demo, each with status, role,
    results and source."""
    sites_of = {pilot: frame for pilot, frame in sites.groupby("pilot_id", sort=False)}
    results_of = {pilot: frame for pilot, frame in results.groupby("pilot_id", sort=False)}
    lines = []
    for pilot in pilots.to_dict("records"):
        own = sites_of.get(pilot["pilot_id"], sites.iloc[0:0])
        line = _line(pilot, own, results_of.get(pilot["pilot_id"]), names, place, area)
        if line is not None:
            lines.append(line)
    return tuple(sorted(lines, key=lambda p: (p.regional, p.is_demo, sort_key(p.name))))


def _line(pilot: dict, own: pd.DataFrame, results, names, place: Place, area: Area):
    site_codes = frozenset(own["municipality_code"])
    local = own[own["municipality_code"].isin(area.codes)]
    origin = pilot["origin_municipality_code"]
    no_origin = pd.isna(origin) or origin not in area.region_codes
    if local.empty and not no_origin and origin in area.codes:  # no site row for its origin
        local = pd.DataFrame({"municipality_code": [origin], "role": [SITE_ROLES[0]]})
    whole_region = area.region_codes <= site_codes or (no_origin and not site_codes)
    whole_district = place.level is not Level.REGION and area.district_codes <= site_codes
    if local.empty and not whole_region:
        return None
    regional = whole_region or no_origin or whole_district
    return PilotLine(
        pilot_id=pilot["pilot_id"],
        name=pilot["name"],
        status=label(labels.PILOT_STATUS, pilot["status"]),
        role=_role(local, regional),
        regional=bool(regional),
        results=result_texts(results),
        source="" if pd.isna(pilot["source"]) else str(pilot["source"]),
        coverage=_coverage(local, names, place, whole_region, whole_district),
        is_demo=bool(pilot.get("is_demo", False)),
    )


def _role(local: pd.DataFrame, regional: bool) -> str:
    """The roles of the place's sites, origin first; 'regionaal' for a pilot without one."""
    present = set(local["role"])
    roles = [labels.SITE_ROLE[role] for role in SITE_ROLES if role in present]
    return ", ".join(roles) if roles else texts.REGIONAL if regional else ""


def _coverage(local, names, place: Place, whole_region: bool, whole_district: bool) -> str:
    if whole_region:
        return texts.WHOLE_AREA.format(area=REGION_NAME)
    if whole_district:
        return texts.WHOLE_AREA.format(area=place.district_name or "")
    if place.level is Level.MUNICIPALITY:
        return ""  # the place itself: the role says enough
    codes = list(dict.fromkeys(local["municipality_code"]))
    if len(codes) > MAX_NAMED:
        return texts.SOME_MUNICIPALITIES.format(n=dutch.number(len(codes)))
    return ", ".join(sorted((names.get(code, code) for code in codes), key=sort_key))


def result_texts(results: pd.DataFrame | None) -> tuple[str, ...]:
    """'Indicator: 1.234 meldingen' for a number (with its unit), else the words reported."""
    if results is None:
        return ()
    shown = []
    for result in results.to_dict("records"):
        value, unit, words = result["value"], result["unit"], result["value_text"]
        if not pd.isna(value):
            text = dutch.number(value) + ("" if pd.isna(unit) else f" {unit}")
        elif not pd.isna(words):
            text = str(words)
        else:
            continue
        shown.append(f"{result['indicator']}: {text}")
    return tuple(shown)
