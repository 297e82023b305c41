"""The network's registers (data/register/*.csv): declared once, read, staged and validated.

Each register declares its file, its Dutch headers and its schema; reading, error reports and
(later) the Excel template and import all follow from that declaration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from etl import cells
from etl.errors import InvalidInputError, Problem
from etl.register_rules import cross_register_problems
from etl.schemas import BodiesTable, BodyRelationsTable, ThemesTable, WorkplanTable
from etl.validation import SourceTable, check_table


@dataclass(frozen=True)
class RegisterSpec:
    """How one register is stored for people (Dutch headers) and for the marts (English)."""

    mart: str
    file: str
    label: str
    columns: dict[str, str]  # mart column -> Dutch header, in the file's column order
    schema: type[pa.DataFrameModel]
    lists: tuple[str, ...] = ()
    whole_numbers: tuple[str, ...] = ()
    district_columns: tuple[str, ...] = ()  # accept a district's name as well as its code
    allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {header: column for column, header in self.columns.items()}


REGISTERS: dict[str, RegisterSpec] = {
    spec.mart: spec
    for spec in (
        RegisterSpec(
            "bodies", "overleggen.csv", "Overleggen",
            {"body_id": "id", "name": "naam", "body_type": "soort", "kind": "aard",
             "level": "niveau", "district_code": "district", "chair": "voorzitter",
             "members": "leden", "role": "rol", "mandate_type": "mandaattype",
             "mandate": "mandaat", "status": "status", "maturity": "volwassenheid",
             "themes": "themas", "source": "bron"},
            BodiesTable, lists=("members", "themes"), district_columns=("district_code",),
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
            WorkplanTable, whole_numbers=("start_year", "end_year"),
        ),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Registers:
    """The validated registers in mart shape, and the files they came from."""

    tables: dict[str, pd.DataFrame]
    inputs: tuple[Path, ...]


def stage(raw: pd.DataFrame, spec: RegisterSpec, districts: pd.DataFrame) -> pd.DataFrame:
    """Rename Dutch headers to mart columns and parse every cell; unreadable cells become empty."""
    code_by_name = dict(zip(districts["name"], districts["district_code"], strict=True))
    staged = {}
    for column, header in spec.columns.items():
        values = raw[header]
        if column in spec.lists:
            staged[column] = cells.text_lists(values)
        elif column in spec.whole_numbers:
            staged[column] = cells.whole_numbers(values)
        else:
            staged[column] = cells.text(values)
        if column in spec.district_columns:
            staged[column] = staged[column].map(lambda v: code_by_name.get(v, v))
    return pd.DataFrame(staged, index=raw.index)


def load_registers(folder: Path, districts: pd.DataFrame) -> Registers:
    """Read and validate every register, then the references between them; raise all problems."""
    problems: list[Problem] = []
    tables: dict[str, pd.DataFrame] = {}
    for spec in REGISTERS.values():
        try:
            tables[spec.mart] = _load_one(folder / spec.file, spec, districts)
        except InvalidInputError as err:
            problems.extend(err.problems)
    if not problems:
        problems.extend(cross_register_problems(tables, REGISTERS))
    if problems:
        raise InvalidInputError(problems)
    return Registers(tables, tuple(folder / spec.file for spec in REGISTERS.values()))


def _load_one(path: Path, spec: RegisterSpec, districts: pd.DataFrame) -> pd.DataFrame:
    raw = cells.read_raw_csv(path, list(spec.columns.values()))
    allowed = dict(spec.allowed)
    for column in spec.district_columns:
        allowed[column] = tuple(districts["district_code"]) + tuple(districts["name"])
    source = SourceTable(path.name, raw, spec.columns, allowed=allowed)
    return check_table(stage(raw, spec, districts), spec.schema, source)
