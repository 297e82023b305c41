"""The governance registers (bodies, relations, themes, work programme) and their rules.

The rules span registers and return Dutch, row-precise problems (rows as Excel numbers them).
"""

from __future__ import annotations

import pandas as pd

from etl.contract import vocabulary as vocab
from etl.contract.governance import BodiesTable, BodyRelationsTable, ThemesTable, WorkplanTable
from etl.registers.spec import Place, RegisterSpec, in_row_order

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
    source, target = relations["source_body_id"], relations["target_body_id"]
    mart = "body_relations"
    return in_row_order(
        place.cells(
            mart, relations, source[~source.isin(body_ids)], "source_body_id", UNKNOWN_BODY
        ),
        place.cells(
            mart, relations, target[~target.isin(body_ids)], "target_body_id", UNKNOWN_BODY
        ),
        place.cells(mart, relations, target[source == target], "target_body_id", SELF_RELATION),
    )


def _body_problems(bodies: pd.DataFrame, theme_ids: set[str], place: Place):
    themes = bodies["themes"].explode().dropna()  # an empty list names no theme
    maturity, body_type = bodies["maturity"], bodies["body_type"]
    stray = maturity[maturity.notna() & (body_type != "districtsnetwerk")]
    without = body_type[body_type.isin(DISTRICT_BODY_TYPES) & bodies["district_code"].isna()]
    no_district = "een " + without + " hoort bij een district; vul het district in"
    return in_row_order(
        place.cells("bodies", bodies, themes[~themes.isin(theme_ids)], "themes", UNKNOWN_THEME),
        place.cells("bodies", bodies, stray, "maturity", MATURITY_ONLY_NETWORKS),
        place.cells("bodies", bodies, without, "district_code", no_district, quote=False),
    )


def _theme_problems(themes: pd.DataFrame, body_types: dict[str, str], place: Place):
    teams = themes["expert_team_body_id"].dropna()
    team_types = teams.map(body_types)
    unknown = teams[team_types.isna()]
    wrong = teams[team_types.notna() & ~team_types.isin(vocab.EXPERT_TEAM_TYPES)]
    not_a_team = "dit overleg is een " + team_types[wrong.index] + ", geen expertteam of platform"
    column = "expert_team_body_id"
    return in_row_order(
        place.cells("themes", themes, unknown, column, UNKNOWN_BODY),
        place.cells("themes", themes, wrong, column, not_a_team),
    )


def _workplan_problems(workplan: pd.DataFrame, theme_ids: set[str], place: Place):
    theme, start, end = workplan["theme_id"], workplan["start_year"], workplan["end_year"]
    unknown = theme[theme.notna() & ~theme.isin(theme_ids)]
    early = end < start
    before_start = "het eindjaar ligt vóór het startjaar (" + start[early].astype(str) + ")"
    return in_row_order(
        place.cells("workplan", workplan, unknown, "theme_id", UNKNOWN_THEME),
        place.cells("workplan", workplan, end[early], "end_year", before_start),
    )
