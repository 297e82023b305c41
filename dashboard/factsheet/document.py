"""What the factsheet says, as plain Dutch strings: a `Profile` turned into the data the Typst
template lays out (`content`). Every figure is already in Dutch notation here; the template
only places text, so no register text is ever read as Typst markup."""

from __future__ import annotations

import pandas as pd

from dashboard.funding.what_if import Choice, step_growth_label, step_rate_label
from dashboard.profile.model import BodyLine, FundingYear, PilotLine, Profile, Source
from dashboard.profile.place import Level
from dashboard.texts import factsheet as texts
from etl.core import dutch

NO_WHAT_IF = {"heading": ""}  # the template leaves the what-if section out


def content(
    profile: Profile, made_at: str, extra: tuple[Source, ...] = (), what_if: dict | None = None
) -> dict:
    """The template's data for `profile`; `made_at` is when the factsheet is made (Dutch);
    `extra` sources (the map's) join the profile's in the footer; `what_if` (`what_if_part`)
    adds a marked what-if section. The profile's values are shown as they are: the builder
    gives them their Dutch labels."""
    place = profile.place
    return {
        "what_if": what_if or NO_WHAT_IF,
        "kind": texts.KIND,
        "title": place.name,
        "level": texts.LEVELS[place.level.value],
        "trail": texts.TRAIL_SEPARATOR.join(step.name for step in place.trail),
        "key_figures": _key_figures(profile),
        "municipalities": _municipalities(profile),
        "funding": _funding(profile),
        "pilots": _pilots(profile.pilots),
        "bodies": _bodies(profile),
        "activities": _activities(profile),
        "notes": {"heading": texts.NOTES_HEADING, "lines": list(profile.notes)},
        "regional_note": texts.REGIONAL_NOTE if _any_regional(profile) else "",
        "footer": _footer(profile, made_at, extra),
    }


LISTS = ("pilots", "bodies", "activities")


def shortened(data: dict, limit: int) -> dict:
    """The same content with at most `limit` rows per list, and a line saying how many more."""
    short = dict(data)
    for name in LISTS:
        part = data[name]
        rows = part["rows"]
        if len(rows) > limit:
            more = texts.MORE_ROWS.format(count=dutch.number(len(rows) - limit))
            short[name] = {**part, "rows": rows[:limit], "more": more}
    return short


def what_if_part(table: pd.DataFrame, place_name: str, choice: Choice) -> dict:
    """The what-if section: a table of strings (`funding.what_if.place_table`) under a marker
    that says it is a what-if, not the register, and what was reckoned with."""
    note = texts.WHAT_IF_NOTE.format(
        place=place_name,
        year=choice.year,
        rate=step_rate_label(choice.rate_step),
        growth=step_growth_label(choice.growth_step),
    )
    return {
        "marker": texts.WHAT_IF_MARKER,
        "heading": texts.WHAT_IF_HEADING.format(place=place_name, year=choice.year),
        "columns": [str(column) for column in table.columns],
        "rows": [[str(cell) for cell in row] for row in table.itertuples(index=False)],
        "note": note,
    }


def _any_regional(profile: Profile) -> bool:
    return any(line.regional for line in (*profile.pilots, *profile.bodies))


def _key_figures(profile: Profile) -> list[dict[str, str]]:
    place = profile.place
    inhabitants = {
        "label": texts.KEY_INHABITANTS,
        "value": dutch.number(profile.inhabitants),
        "note": texts.INHABITANTS_ON.format(date=profile.inhabitants_date),
    }
    if place.level is Level.MUNICIPALITY:
        district = {"label": texts.KEY_DISTRICT, "value": place.district_name or "", "note": ""}
        return [inhabitants, district]
    count = {
        "label": texts.KEY_MUNICIPALITIES,
        "value": dutch.number(len(profile.municipalities)),
        "note": "",
    }
    return [inhabitants, count]


def _municipalities(profile: Profile) -> dict:
    """The district's or the region's municipalities; nothing for a single municipality."""
    if profile.place.level is Level.MUNICIPALITY:
        return {"heading": "", "names": []}
    heading = texts.MUNICIPALITIES_HEADING.format(name=profile.place.name)
    return {"heading": heading, "names": list(profile.municipalities)}


def _funding(profile: Profile) -> dict:
    return {
        "heading": texts.FUNDING_HEADING.format(name=profile.place.name),
        "columns": list(texts.FUNDING_COLUMNS),
        "rows": [_funding_row(year) for year in profile.funding],
        "none": texts.FUNDING_NONE,
        "note": texts.FUNDING_NOTE,
    }


def _funding_row(year: FundingYear) -> list[str]:
    share = year.share
    return [
        str(year.year),
        dutch.euro_cents(year.asked_cents),
        dutch.euro_cents(year.committed_cents),
        dutch.euro_cents(year.paid_cents),
        dutch.euro_cents(year.budget_cents) if year.budget_cents else texts.UNKNOWN,
        dutch.percent(share) if share is not None else texts.UNKNOWN,
    ]


def _pilots(pilots: tuple[PilotLine, ...]) -> dict:
    return {
        "heading": texts.PILOTS_HEADING,
        "columns": list(texts.PILOTS_COLUMNS),
        "rows": [
            {
                "cells": [
                    pilot.name,
                    pilot.status or texts.UNKNOWN,
                    pilot.role or texts.UNKNOWN,
                    pilot.coverage,
                    "\n".join(pilot.results),  # one result a line
                ],
                "regional": pilot.regional,
            }
            for pilot in pilots
        ],
        "none": texts.PILOTS_NONE,
        "more": "",
        "regional": texts.REGIONAL,
    }


def _bodies(profile: Profile) -> dict:
    return {
        "heading": texts.BODIES_HEADING.format(name=profile.place.name),
        "columns": list(texts.BODIES_COLUMNS),
        "rows": [_body_row(body) for body in profile.bodies],
        "none": texts.BODIES_NONE,
        "more": "",
        "regional": texts.REGIONAL,
    }


def _body_row(body: BodyLine) -> dict:
    cells = [
        body.name,
        body.body_type or texts.UNKNOWN,
        body.mandate_type or texts.UNKNOWN,
        body.representative,
    ]
    return {"cells": cells, "regional": body.regional}


def _activities(profile: Profile) -> dict:
    return {
        "heading": texts.ACTIVITIES_HEADING,
        "columns": list(texts.ACTIVITIES_COLUMNS),
        "rows": [
            [
                activity.title,
                activity.theme,
                activity.period,
                activity.status or texts.UNKNOWN,
            ]
            for activity in profile.activities
        ],
        "none": texts.ACTIVITIES_NONE,
        "more": "",
    }


def _footer(profile: Profile, made_at: str, extra: tuple[Source, ...]) -> dict:
    return {
        "heading": texts.FOOTER_SOURCES,
        "sources": [_source(source) for source in (*profile.sources, *extra)],
        "built": texts.FOOTER_BUILT.format(built_at=profile.built_at, made_at=made_at),
        "real_only": texts.FOOTER_REAL_ONLY,
        "page": texts.FOOTER_PAGE,
    }


def _source(source: Source) -> str:
    if source.reference_date:
        return texts.FOOTER_SOURCE.format(
            what=source.what, source=source.source, reference_date=source.reference_date
        )
    return texts.FOOTER_SOURCE_UNDATED.format(what=source.what, source=source.source)
