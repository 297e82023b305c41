"""How pilots spread: one edge per adoption, from the pilot's origin to the adopting municipality.

An adoption whose year is unknown is listed, never placed on a guessed year; the year slider
draws the edges with a known year up to the chosen one.
"""

from __future__ import annotations

import pandas as pd

from dashboard.pilots.records import columns, rows
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.pilots.origins import origin_dates

ORIGIN, ADOPTER, _ = vocab.SITE_ROLES
EDGE_COLUMNS = (
    "pilot_id",
    "pilot",
    "category",
    "origin_code",
    "origin",
    "origin_lon",
    "origin_lat",
    "adopter_code",
    "adopter",
    "adopter_lon",
    "adopter_lat",
    "since",
    "year",
    "origin_year",
    "is_demo",
)
_YEAR = EDGE_COLUMNS.index("year")
_ORIGIN_LAT = EDGE_COLUMNS.index("origin_lat")


def diffusion_edges(
    pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame
) -> pd.DataFrame:
    """One row per adoption: from the pilot's origin to the adopting municipality.

    The origin is the pilot's origin municipality, else its `herkomst` site; an adoption of a
    pilot without a known origin cannot be drawn and is left out. `year` is empty when the
    adoption date is unknown. Ordered by year (unknown last) and pilot, then as the sites are.
    """
    places = {
        code: (name, lon, lat)
        for code, name, lon, lat in rows(municipalities, "municipality_code", "name", "lon", "lat")
    }
    info = {
        pilot: (name, None if pd.isna(category) else category, origin, bool(demo))
        for pilot, name, category, origin, demo in rows(
            pilots, "pilot_id", "name", "category", "origin_municipality_code", "is_demo"
        )
    }
    site_lists = columns(sites, "pilot_id", "municipality_code", "role", "since")
    origin_sites: dict[str, str] = {}
    for pilot, code, role, _ in zip(*site_lists, strict=True):
        if role == ORIGIN:
            origin_sites.setdefault(pilot, code)
    started = {pilot: date.year for pilot, date in origin_dates(sites, pilots).items()}
    edges = []
    for pilot, code, role, since in zip(*site_lists, strict=True):
        if role != ADOPTER or pilot not in info:
            continue
        name, category, origin, demo = info[pilot]
        origin = origin if isinstance(origin, str) else origin_sites.get(pilot)
        if origin not in places or code not in places:
            continue
        year = None if pd.isna(since) else since.year
        edges.append(
            (
                pilot,
                name,
                category,
                origin,
                *places[origin],
                code,
                *places[code],
                since,
                year,
                started.get(pilot),
                demo,
            )
        )
    edges.sort(key=lambda e: (e[_YEAR] is None, e[_YEAR] or 0, e[1], e[_ORIGIN_LAT]))
    frame = pd.DataFrame(edges, columns=list(EDGE_COLUMNS))
    return frame.astype(
        {"since": "datetime64[ns]", "year": "Int64", "origin_year": "Int64", "is_demo": bool}
    )


def diffusion_caption(edges: pd.DataFrame, year: int) -> str:
    """'Tot en met 2019: 14 overnames van 1 pilot. … dikke pijlen: 14 overnames in 2019.'"""
    drawn = edges_until(edges, year)
    return texts.PILOTS_DIFFUSION_CAPTION.format(
        year=year,
        adoptions=dutch.count(len(drawn), *texts.ADOPTION_WORDS),
        pilots=dutch.count(drawn["pilot_id"].nunique(), *texts.PILOT_WORDS),
        new=dutch.count(int((drawn["year"] == year).sum()), *texts.ADOPTION_WORDS),
    )


def year_range(edges: pd.DataFrame) -> tuple[int, int] | None:
    """The slider's years: the year before the first known adoption (only the origins show)
    up to the last; None when no adoption has a known year."""
    years = edges["year"].dropna()
    return (int(years.min()) - 1, int(years.max())) if not years.empty else None


def edges_until(edges: pd.DataFrame, year: int) -> pd.DataFrame:
    """The adoptions with a known year up to and including `year`."""
    known = edges[edges["year"].notna()]
    return known[known["year"] <= year].reset_index(drop=True)


def origins_until(edges: pd.DataFrame, year: int) -> pd.DataFrame:
    """One row per origin of an adopted pilot that had started by `year` (or whose start is
    unknown: it started before its first adoption, but when is not known)."""
    started = edges[edges["origin_year"].isna() | (edges["origin_year"] <= year)]
    return started.drop_duplicates(["pilot_id"]).reset_index(drop=True)


def undated_edges(edges: pd.DataFrame) -> pd.DataFrame:
    """The adoptions whose year is unknown, as a table with Dutch headers."""
    undated = edges[edges["year"].isna()]
    table = undated[["adopter", "origin", "pilot"]]
    return table.rename(columns=texts.PILOTS_UNDATED_COLUMNS).reset_index(drop=True)
