"""The governance bodies ("overleggen"): the sidebar filters, their order and their relations.

Pure: mart frames in, the bodies that pass and plain data about them out. The card of one body
lives in `card`, the tables and matrices in `body_tables`, the network figure in `graph`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from dashboard.display import url_params
from dashboard.display.cells import sort_key
from dashboard.governance.names import theme_names
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import district_names

NETWORK_TYPE = "districtsnetwerk"  # the bodies whose maturity the network tracks


@dataclass(frozen=True)
class Filter:
    """One sidebar filter kept in the URL: its label, stored value → Dutch label, URL key."""

    label: str
    options: dict[str, str]
    param: str


def filters(districts: pd.DataFrame, themes: pd.DataFrame) -> list[Filter]:
    """Level, district, theme and status (the order `filter_bodies` takes them in).

    Levels and statuses come from the closed vocabularies, so a shared link never silently loses
    a choice that happens to have no bodies today.
    """
    levels = {level: labels.LEVEL.get(level, level) for level in vocab.LEVELS}
    statuses = {s: labels.BODY_STATUS.get(s, s) for s in vocab.BODY_STATUSES}
    return [
        Filter(texts.BODIES_FILTER_LEVEL, levels, url_params.LEVEL),
        Filter(
            texts.BODIES_FILTER_DISTRICT,
            district_names(districts.sort_values("district_code")),
            url_params.DISTRICT,
        ),
        Filter(texts.BODIES_FILTER_THEME, theme_names(themes), url_params.THEME),
        Filter(texts.BODIES_FILTER_STATUS, statuses, url_params.STATUS),
    ]


def filter_bodies(
    bodies: pd.DataFrame,
    levels: Iterable[str] = (),
    districts: Iterable[str] = (),
    themes: Iterable[str] = (),
    statuses: Iterable[str] = (),
) -> pd.DataFrame:
    """The bodies that pass every filter; an empty filter lets everything through.

    District: the bodies of those districts, and the regional bodies, whose territory includes
    every district (`is_regional`; tables mark them). Theme: bodies with at least one of the
    themes. Status: an empty status counts as 'onbekend'.
    """
    keep = pd.Series(True, index=bodies.index)
    levels, districts, themes, statuses = map(set, (levels, districts, themes, statuses))
    if levels:
        keep &= bodies["level"].isin(levels)
    if districts:
        keep &= bodies["district_code"].isin(districts) | is_regional(bodies)
    if themes:
        keep &= bodies["themes"].map(lambda values: bool(themes.intersection(values)))
    if statuses:
        keep &= bodies["status"].fillna(vocab.BODY_STATUSES[-1]).isin(statuses)
    return ordered(bodies[keep])


def is_regional(bodies: pd.DataFrame) -> pd.Series:
    """Bodies of the whole region (BBG, RVO, Platform Ondermijning, expert teams): regional
    level and no district of their own."""
    return (bodies["level"] == "regionaal") & bodies["district_code"].isna()


def ordered(bodies: pd.DataFrame) -> pd.DataFrame:
    """Top to bottom by level, then by district (regional first), then by name, on a fresh
    index; a frame already in that order comes back as itself (read-only, as every mart)."""
    rank = {level: index for index, level in enumerate(vocab.LEVELS)}
    keys = pd.DataFrame(
        {
            "level": bodies["level"].map(lambda level: rank.get(level, len(rank))),
            "district": bodies["district_code"].fillna(""),
            "name": bodies["name"].map(sort_key),
            "body_id": bodies["body_id"],
        },
        index=bodies.index,
    )
    order = keys.sort_values(["level", "district", "name", "body_id"]).index
    if order.equals(pd.RangeIndex(len(bodies))):  # ordered already (the builders reorder
        return bodies  # what `filter_bodies` gave them): taking every row again costs a copy
    return bodies.loc[order].reset_index(drop=True)


def relations_between(bodies: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """The relations whose two ends are both among `bodies` (loops to itself left out)."""
    ids = set(bodies["body_id"])
    inside = (
        relations["source_body_id"].isin(ids)
        & relations["target_body_id"].isin(ids)
        & (relations["source_body_id"] != relations["target_body_id"])
    )
    return relations[inside].reset_index(drop=True)


def body_choices(bodies: pd.DataFrame) -> dict[str, str]:
    """Body id → name, alphabetical: the options of the body select."""
    pairs = sorted(
        zip(bodies["body_id"], bodies["name"], strict=True),
        key=lambda pair: (sort_key(pair[1]), pair[0]),
    )
    return dict(pairs)


def summary(shown: pd.DataFrame, bodies: pd.DataFrame, relations: pd.DataFrame) -> str:
    """'27 van de 27 overleggen getoond, met 39 onderlinge relaties.'"""
    return texts.BODIES_SUMMARY.format(
        shown=dutch.number(len(shown)),
        total=dutch.number(len(bodies)),
        relations=dutch.count(
            len(relations_between(shown, relations)), *texts.SUMMARY_RELATION_NOUNS
        ),
    )


def graph_alt(shown: pd.DataFrame, relations: pd.DataFrame) -> str:
    """The network's description for screen readers and its caption: how many bodies and
    relations it shows ('1 overleg', '2 relaties')."""
    return texts.BODIES_GRAPH_ALT.format(
        bodies=dutch.count(len(shown), *texts.BODY_NOUNS),
        relations=dutch.count(len(relations_between(shown, relations)), *texts.RELATION_NOUNS),
    )
