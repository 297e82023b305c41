"""The bodies as tables: one row per body, their relations, and two ✓ matrices; the workbook.

Display frames with Dutch headers and labels; stored text stays as registered (a data grid and a
spreadsheet show it as text), lists stay lists (the exports join them).
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import cells
from dashboard.governance.bodies import NETWORK_TYPE, is_regional, ordered, relations_between
from dashboard.governance.names import body_names, theme_names
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab
from etl.reference.names import district_names

# A table cell starts with a capital: 'Onbekend'.
UNKNOWN_CELL = texts.BODIES_UNKNOWN_VALUE.capitalize()
LABELLED_COLUMNS = {
    "body_type": labels.BODY_TYPE,
    "kind": labels.KIND,
    "level": labels.LEVEL,
    "mandate_type": labels.MANDATE_TYPE,
    "status": labels.BODY_STATUS,
    "maturity": labels.MATURITY,
}


def body_table(bodies: pd.DataFrame, districts: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    """One row per body with Dutch headers and labels; lists stay lists (exports join them)."""
    districts_by_code = district_names(districts)
    themes_by_id = theme_names(themes)
    frame = ordered(bodies)
    labelled = {
        column: frame[column].map(lambda v, names=names: cells.label(names, v, UNKNOWN_CELL))
        for column, names in LABELLED_COLUMNS.items()
    }
    table = pd.DataFrame(
        {
            "name": frame["name"],
            "body_type": labelled["body_type"],
            "kind": labelled["kind"],
            "level": labelled["level"],
            "district": frame["district_code"]
            .map(lambda v: cells.text(districts_by_code.get(v, v)))
            .where(~is_regional(frame), texts.BODIES_WHOLE_REGION),
            "chair": frame["chair"].map(cells.text),
            "members": frame["members"].map(list),
            "role": frame["role"].map(cells.text),
            "mandate_type": labelled["mandate_type"],
            "mandate": frame["mandate"].map(cells.text),
            "status": labelled["status"],
            "maturity": labelled["maturity"].where(frame["body_type"] == NETWORK_TYPE, ""),
            "themes": frame["themes"].map(lambda ids: [themes_by_id.get(t, t) for t in ids]),
            "source": frame["source"].map(cells.text),
            "body_id": frame["body_id"],
        }
    )
    return table.rename(columns=texts.BODY_COLUMNS)


def relation_table(bodies: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """The relations among `bodies`, in register order: the names of both ends, the relation's
    Dutch label ('Geeft opdracht aan'), note and source, with Dutch headers."""
    names = body_names(bodies)
    shown = relations_between(bodies, relations)
    table = pd.DataFrame(
        {
            "source_name": shown["source_body_id"].map(names),
            "relation": shown["relation"].map(lambda v: cells.label(labels.RELATION, v)),
            "target_name": shown["target_body_id"].map(names),
            "note": shown["note"].map(cells.text),
            "source": shown["source"].map(cells.text),
        }
    )
    return table.rename(columns=texts.RELATION_COLUMNS)


def mandate_matrix(bodies: pd.DataFrame) -> pd.DataFrame:
    """Bodies × mandate type with ✓ marks; a body whose type is not known is marked 'Onbekend'."""
    frame = ordered(bodies)
    columns = {**labels.MANDATE_TYPE, None: UNKNOWN_CELL}
    types = frame["mandate_type"].where(frame["mandate_type"].isin(vocab.MANDATE_TYPES), None)
    matrix = {texts.MATRIX_BODY: frame["name"].tolist()}
    for mandate_type, label in columns.items():
        hits = types.isna() if mandate_type is None else types.eq(mandate_type)
        matrix[label] = _marks(hits)
    return pd.DataFrame(matrix)


def theme_matrix(bodies: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    """Bodies × themes (by name) with ✓ marks, themes in register order."""
    frame = ordered(bodies)
    matrix = {texts.MATRIX_BODY: frame["name"].tolist()}
    for theme_id, name in theme_names(themes).items():
        matrix[name] = _marks(frame["themes"].map(lambda ids, t=theme_id: t in ids))
    return pd.DataFrame(matrix)


def export_sheets(
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    districts: pd.DataFrame,
    themes: pd.DataFrame,
) -> dict[str, pd.DataFrame]:
    """The workbook of the shown bodies: the table, their relations and both matrices."""
    return {
        texts.BODIES_SHEETS["bodies"]: body_table(bodies, districts, themes),
        texts.BODIES_SHEETS["relations"]: relation_table(bodies, relations),
        texts.BODIES_SHEETS["mandates"]: mandate_matrix(bodies),
        texts.BODIES_SHEETS["themes"]: theme_matrix(bodies, themes),
    }


def _marks(hits: pd.Series) -> list[str]:
    return [texts.MATRIX_MARK if hit else "" for hit in hits]
