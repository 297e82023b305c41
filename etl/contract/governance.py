"""The governance marts: bodies, the relations between them, themes and the work programme."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from etl.contract import vocabulary as vocab
from etl.contract.base import (
    DISTRICT_CODES,
    IDENTIFIER,
    NOT_EMPTY,
    YEARS,
    StrictTable,
    text_list,
    text_lists_check,
)


class BodiesTable(StrictTable):
    """One row per governance body ("overleg"), function or organisation of the network."""

    body_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    body_type: Series[str] = pa.Field(isin=vocab.BODY_TYPES)
    kind: Series[str] = pa.Field(nullable=True, isin=vocab.KINDS)
    level: Series[str] = pa.Field(isin=vocab.LEVELS)
    district_code: Series[str] = pa.Field(nullable=True, isin=DISTRICT_CODES)
    chair: Series[str] = pa.Field(nullable=True)
    members: Series[object] = text_list()
    role: Series[str] = pa.Field(nullable=True)
    mandate_type: Series[str] = pa.Field(nullable=True, isin=vocab.MANDATE_TYPES)
    mandate: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(nullable=True, isin=vocab.BODY_STATUSES)
    maturity: Series[str] = pa.Field(nullable=True, isin=vocab.MATURITIES)
    themes: Series[object] = text_list()
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)

    lists_of_text = text_lists_check("members", "themes")


class BodyRelationsTable(StrictTable):
    """One row per directed relation between two bodies."""

    source_body_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    target_body_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    relation: Series[str] = pa.Field(isin=vocab.RELATIONS)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)

    class Config:
        unique = ("source_body_id", "target_body_id", "relation")


class ThemesTable(StrictTable):
    """One row per theme of the Veiligheidsstrategie."""

    theme_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    portfolio_holder: Series[str] = pa.Field(nullable=True)
    expert_team_body_id: Series[str] = pa.Field(nullable=True, str_matches=IDENTIFIER)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


class WorkplanTable(StrictTable):
    """One row per activity of the work programme."""

    activity_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    title: Series[str] = pa.Field(str_length=NOT_EMPTY)
    theme_id: Series[str] = pa.Field(nullable=True, str_matches=IDENTIFIER)
    start_year: Series[int] = pa.Field(in_range=YEARS)
    end_year: Series[int] = pa.Field(in_range=YEARS)
    status: Series[str] = pa.Field(isin=vocab.ACTIVITY_STATUSES)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


GOVERNANCE_MARTS: dict[str, type[pa.DataFrameModel]] = {
    "bodies": BodiesTable,
    "body_relations": BodyRelationsTable,
    "themes": ThemesTable,
    "workplan": WorkplanTable,
}
