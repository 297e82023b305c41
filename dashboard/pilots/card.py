"""The card of one pilot: everything the registers know of it, as safe Markdown with sources.

Every register text is escaped (`markup.literal`); only a plain http(s) address becomes a link.
What the register leaves empty shows as 'onbekend'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from dashboard.display.cells import known, label, sort_key
from dashboard.display.markup import literal as md
from dashboard.governance.names import theme_names
from dashboard.pilots.figures import subsidy_text
from dashboard.pilots.names import place_names
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import municipality_names

OPEN_STATUSES = frozenset({"lopend", "geborgd", "gepland"})  # no end date: it may still run
_URL = re.compile(r"^https?://[A-Za-z0-9.\-_~/?#@!$&+,=%:]+$")
# A source's month as the public reference writes it after an address: 'https://… (2018-12)'.
_DATED_URL = re.compile(r"^(?P<url>\S+) \((?P<month>\d{4}-\d{2})\)$")


def pilot_choices(pilots: pd.DataFrame) -> dict[str, str]:
    """'' (no pilot) first, then pilot id → name, alphabetical."""
    pairs = sorted(
        zip(pilots["pilot_id"], pilots["name"], strict=True),
        key=lambda pair: (sort_key(pair[1]), pair[0]),
    )
    return {"": texts.PILOTS_SELECT_NONE} | dict(pairs)


def pilot_card(pilot_id: str, marts) -> str:
    """Everything known of one pilot as Markdown, every register text escaped, with sources."""
    row = marts.pilots.set_index("pilot_id").loc[pilot_id]
    own_sites = marts.pilot_sites[marts.pilot_sites["pilot_id"] == pilot_id]
    own_results = marts.pilot_results[marts.pilot_results["pilot_id"] == pilot_id]
    lines = [f"### {md(row['name'])}"]
    if row["is_demo"]:
        lines.append(f"**{md(texts.PILOTS_CARD_DEMO)}**")
    facts = card_facts(row, marts)
    lines += [""] + [f"- **{md(texts.PILOTS_CARD_FIELDS[k])}:** {md(v)}" for k, v in facts.items()]
    for field in ("description", "note"):
        if pd.notna(row[field]):
            lines += ["", f"*{md(texts.PILOTS_CARD_FIELDS[field])}:* {md(row[field])}"]
    names = municipality_names(marts.municipalities)
    sites = [f"- {md(line)}" for line in site_lines(own_sites, names)]
    lines += _section(texts.PILOTS_CARD_SITES, sites, texts.PILOTS_CARD_NO_SITES)
    results = [f"- {line}" for line in result_lines(own_results)]
    lines += _section(texts.PILOTS_CARD_RESULTS, results, texts.PILOTS_CARD_NO_RESULTS)
    every = [row["source"], *own_sites["source"], *own_results["source"]]
    sources = _unique(part.strip() for text in every for part in str(text).split(";"))
    lines += _section(texts.PILOTS_CARD_SOURCES, [f"- {source_markdown(s)}" for s in sources], None)
    return "\n".join(lines)


def _section(heading: str, lines: list[str], none: str | None) -> list[str]:
    """A bold heading and its lines; `none` (if any) in place of no lines."""
    return ["", f"**{md(heading)}**", "", *(lines or ([md(none)] if none else []))]


def card_facts(row: pd.Series, marts) -> dict[str, str]:
    """The pilot's facts as text by field (keys of PILOTS_CARD_FIELDS), 'onbekend' if empty."""
    themes = theme_names(marts.themes)
    place = place_names(marts.municipalities, marts.districts)
    return {
        "theme": themes.get(row["theme_id"], row["theme_id"]),
        "category": label(labels.PILOT_CATEGORY, row["category"], texts.PILOTS_NO_CATEGORY),
        "status": label(labels.PILOT_STATUS, row["status"]),
        "lead": known(row["lead_organisation"]),
        "origin": place.get(row["origin_municipality_code"], frame_texts.UNKNOWN),
        "period": period_text(row["start_date"], row["end_date"], row["status"]),
        "subsidy": subsidy_text(row["subsidy_eur"], int(pd.isna(row["subsidy_eur"]))),
        "funders": "; ".join(row["funders"]) or frame_texts.UNKNOWN,
        "partners": "; ".join(row["partners"]) or frame_texts.UNKNOWN,
    }


def site_lines(sites: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """'Overgenomen — januari 2019 (14 gemeenten): Almelo, Borne, …': one line per role and date."""
    order = {role: index for index, role in enumerate(vocab.SITE_ROLES)}
    groups = sites.assign(
        _role=sites["role"].map(order), _since=sites["since"].map(dutch.month), _sort=sites["since"]
    ).sort_values(["_role", "_sort"], na_position="last")
    lines = []
    for (_, role, since), group in groups.groupby(
        ["_role", "role", "_since"], sort=False, dropna=False
    ):
        places = sorted(
            (names.get(code, code) for code in group["municipality_code"]), key=sort_key
        )
        count = (
            texts.PILOTS_ONE_MUNICIPALITY
            if len(places) == 1
            else texts.PILOTS_MUNICIPALITIES.format(n=dutch.number(len(places)))
        )
        lines.append(
            texts.PILOTS_SITE_LINE.format(
                role=labels.SITE_ROLE.get(role, role),
                date=since or texts.PILOTS_DATE_UNKNOWN,
                n=count,
                names=", ".join(places),
            )
        )
    return lines


def result_lines(results: pd.DataFrame) -> list[str]:
    """One Markdown line per result: indicator, number and unit, words, date (all escaped)."""
    lines = []
    for row in results.itertuples(index=False):
        parts = []
        if pd.notna(row.value):
            unit = f" {row.unit}" if pd.notna(row.unit) else ""
            parts.append(f"{dutch.number(row.value)}{unit}")
        if pd.notna(row.value_text):
            parts.append(str(row.value_text))
        when = dutch.month(row.measured_on) or frame_texts.UNKNOWN
        text = " — ".join(parts)
        dated = texts.PILOTS_MEASURED_ON.format(date=when)
        lines.append(f"**{md(row.indicator)}:** {md(text)} ({md(dated)})")
    return lines


def source_markdown(source: str) -> str:
    """A source as Markdown: web addresses as links (only plain http(s)), with their month where
    one follows in brackets ('… (2018-12)'), the rest as text."""
    parts = [part.strip() for part in str(source).split(";") if part.strip()]
    return "; ".join(_source_part(part) for part in parts)


def _source_part(part: str) -> str:
    dated = _DATED_URL.match(part)
    url, month = (dated["url"], dated["month"]) if dated else (part, "")
    if not _URL.match(url):
        return md(part)
    link = f"[{md(short_url(url))}]({url})"
    return f"{link} {md(f'({month})')}" if month else link


def short_url(url: str, width: int = 70) -> str:
    """An address without its scheme and 'www.', cut to `width` characters with '…'."""
    bare = re.sub(r"^https?://(www\.)?", "", url).rstrip("/")
    return bare if len(bare) <= width else bare[: width - 1] + "…"


def period_text(start, end, status) -> str:
    """'januari 2019 – december 2020', 'start onbekend – …', '… – loopt nog' or '… – onbekend'."""
    first = dutch.month(start) or texts.PILOTS_START_UNKNOWN
    if pd.notna(end):
        last = dutch.month(end)
    elif status in OPEN_STATUSES:
        last = texts.PILOTS_END_OPEN
    else:
        last = texts.PILOTS_END_UNKNOWN
    return f"{first} – {last}"


def _unique(values: Iterable) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value is not None and not pd.isna(value):
            seen.setdefault(str(value), None)
    return list(seen)
