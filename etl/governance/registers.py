"""The governance registers (bodies, relations, themes, work programme) and their rules.

The rules span registers and return Dutch, row-precise problems (rows as Excel numbers them).
"""

from __future__ import annotations

import pandas as pd

from etl.contract import vocabulary as vocab
from etl.contract.governance import BodiesTable, BodyRelationsTable, ThemesTable, WorkplanTable
from etl.registers.spec import Place, RegisterSpec

GOVERNANCE_SPECS: tuple[RegisterSpec, ...] = (
    RegisterSpec(
        "bodies", "overleggen.csv", "Overleggen",
        {"body_id": "id", "name": "naam", "body_type": "soort", "kind": "aard",
         "level": "niveau", "district_code": "district", "chair": "voorzitter",
         "members": "leden", "role": "rol", "mandate_type": "mandaattype",
         "mandate": "mandaat", "status": "status", "maturity": "volwassenheid",
         "themes": "themas", "source": "bron"},
        BodiesTable, district_columns=("district_code",),
    ),
    RegisterSpec(
        "body_relations", "relaties.csv", "Relaties",
        {"source_body_id": "van", "target_body_id": "naar", "relation": "relatie",
         "note": "toelichting", "source": "bron"},
        BodyRelationsTable,
    ),
    RegisterSpec(
        "themes", "themas.csv", "Thema's",
        {"theme_id": "id", "name": "naam", "portfolio_holder": "portefeuillehouder",
         "expert_team_body_id": "expertteam", "source": "bron"},
        ThemesTable,
    ),
    RegisterSpec(
        "workplan", "werkprogramma.csv", "Werkprogramma",
        {"activity_id": "id", "title": "titel", "theme_id": "thema",
         "start_year": "startjaar", "end_year": "eindjaar", "status": "status",
         "source": "bron"},
        WorkplanTable,
    ),
)  # fmt: skip


DISTRICT_BODY_TYPES = ("dvo", "districtsnetwerk")
UNKNOWN_BODY = "onbekend overleg: dit id staat niet in overleggen.csv"
UNKNOWN_THEME = "onbekend thema: dit id staat niet in themas.csv"
SELF_RELATION = "een overleg kan geen relatie met zichzelf hebben"
MATURITY_ONLY_NETWORKS = "volwassenheid geldt alleen voor een districtsnetwerk; laat dit leeg"


def governance_problems(tables: dict[str, pd.DataFrame], reference: object, place: Place):
    """Every problem between the governance registers, in file order."""
    bodies, themes = tables["bodies"], tables["themes"]
    body_ids, theme_ids = set(bodies["body_id"]), set(themes["theme_id"])
    body_types = dict(zip(bodies["body_id"], bodies["body_type"], strict=True))
    return [
        *_relation_problems(tables["body_relations"], body_ids, place),
        *_body_problems(bodies, theme_ids, place),
        *_theme_problems(themes, body_types, place),
        *_workplan_problems(tables["workplan"], theme_ids, place),
    ]


def _relation_problems(relations: pd.DataFrame, body_ids: set[str], place: Place):
    for index, row in relations.iterrows():
        for column in ("source_body_id", "target_body_id"):
            if row[column] not in body_ids:
                yield place("body_relations", index, column, row[column], UNKNOWN_BODY)
        if row["source_body_id"] == row["target_body_id"]:
            yield place(
                "body_relations", index, "target_body_id", row["target_body_id"], SELF_RELATION
            )


def _body_problems(bodies: pd.DataFrame, theme_ids: set[str], place: Place):
    for index, row in bodies.iterrows():
        for theme in row["themes"]:
            if theme not in theme_ids:
                yield place("bodies", index, "themes", theme, UNKNOWN_THEME)
        is_network = row["body_type"] == "districtsnetwerk"
        if pd.notna(row["maturity"]) and not is_network:
            yield place("bodies", index, "maturity", row["maturity"], MATURITY_ONLY_NETWORKS)
        if row["body_type"] in DISTRICT_BODY_TYPES and pd.isna(row["district_code"]):
            yield place(
                "bodies",
                index,
                "district_code",
                None,
                f"een {row['body_type']} hoort bij een district; vul het district in",
            )


def _theme_problems(themes: pd.DataFrame, body_types: dict[str, str], place: Place):
    for index, row in themes.iterrows():
        team = row["expert_team_body_id"]
        if pd.isna(team):
            continue
        if team not in body_types:
            yield place("themes", index, "expert_team_body_id", team, UNKNOWN_BODY)
        elif body_types[team] not in vocab.EXPERT_TEAM_TYPES:
            yield place(
                "themes",
                index,
                "expert_team_body_id",
                team,
                f"dit overleg is een {body_types[team]}, geen expertteam of platform",
            )


def _workplan_problems(workplan: pd.DataFrame, theme_ids: set[str], place: Place):
    for index, row in workplan.iterrows():
        if pd.notna(row["theme_id"]) and row["theme_id"] not in theme_ids:
            yield place("workplan", index, "theme_id", row["theme_id"], UNKNOWN_THEME)
        if row["end_year"] < row["start_year"]:
            yield place(
                "workplan",
                index,
                "end_year",
                row["end_year"],
                f"het eindjaar ligt vóór het startjaar ({row['start_year']})",
            )
