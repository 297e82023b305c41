"""Rules that span registers: references to unknown bodies or themes, and inconsistent rows.

Each rule returns Dutch, row-precise problems; rows are numbered as Excel numbers them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from etl import vocabulary as vocab
from etl.errors import FIRST_DATA_ROW, Problem

if TYPE_CHECKING:
    from etl.registers import RegisterSpec

DISTRICT_BODY_TYPES = ("dvo", "districtsnetwerk")
UNKNOWN_BODY = "onbekend overleg: dit id staat niet in overleggen.csv"
UNKNOWN_THEME = "onbekend thema: dit id staat niet in themas.csv"
SELF_RELATION = "een overleg kan geen relatie met zichzelf hebben"
MATURITY_ONLY_NETWORKS = "volwassenheid geldt alleen voor een districtsnetwerk; laat dit leeg"


def cross_register_problems(tables: dict[str, pd.DataFrame], specs: dict[str, RegisterSpec]):
    """Every problem between registers, in file order."""
    bodies, themes = tables["bodies"], tables["themes"]
    body_ids, theme_ids = set(bodies["body_id"]), set(themes["theme_id"])
    body_types = dict(zip(bodies["body_id"], bodies["body_type"], strict=True))
    place = _Place(specs)
    return [
        *_relation_problems(tables["body_relations"], body_ids, place),
        *_body_problems(bodies, theme_ids, place),
        *_theme_problems(themes, body_types, place),
        *_workplan_problems(tables["workplan"], theme_ids, place),
    ]


class _Place:
    """Builds problems that point at a register's file, row and Dutch header."""

    def __init__(self, specs: dict[str, RegisterSpec]):
        self.specs = specs

    def __call__(self, mart: str, index: object, column: str, value: object, message: str):
        spec = self.specs[mart]
        row = int(index) + FIRST_DATA_ROW
        return Problem(spec.file, message, row=row, column=spec.columns[column], value=value)


def _relation_problems(relations: pd.DataFrame, body_ids: set[str], place: _Place):
    for index, row in relations.iterrows():
        for column in ("source_body_id", "target_body_id"):
            if row[column] not in body_ids:
                yield place("body_relations", index, column, row[column], UNKNOWN_BODY)
        if row["source_body_id"] == row["target_body_id"]:
            yield place(
                "body_relations", index, "target_body_id", row["target_body_id"], SELF_RELATION
            )


def _body_problems(bodies: pd.DataFrame, theme_ids: set[str], place: _Place):
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


def _theme_problems(themes: pd.DataFrame, body_types: dict[str, str], place: _Place):
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


def _workplan_problems(workplan: pd.DataFrame, theme_ids: set[str], place: _Place):
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
