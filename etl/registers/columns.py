"""What each register column holds, derived from its declaration (RegisterSpec + schema).

The template, the export and the import read everything from here, so a register that another
domain declares in `etl.registers.catalogue.REGISTERS` gets its sheet, its dropdown lists,
its parsing and its diff without code of its own: the kind of a column comes from its schema
dtype (`RegisterSpec.kinds`; text lists are marked in the field metadata), its closed vocabulary
from the schema's `isin` check, municipality and district codes from the
reference data, whether it may be empty from the schema, and a register's key from the schema's
unique fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.contract.base import MUNICIPALITY_CODE
from etl.reference.names import district_codes_by_name
from etl.reference.tables import Reference
from etl.registers.spec import DATE, LIST, NUMBER, TEXT, WHOLE, RegisterSpec

# The kinds of column a register has, as the template names them.
KINDS = (TEXT, LIST, WHOLE, NUMBER, DATE)
# Where the allowed values of a column come from, as the template names them.
VOCABULARY, DISTRICTS, MUNICIPALITIES = "keuzelijst", "districtcode", "gemeentecode"


@dataclass(frozen=True)
class ColumnInfo:
    """One column of a register as the coordinator meets it."""

    column: str  # mart column
    header: str  # Dutch header in the file
    kind: str  # TEXT, LIST, WHOLE, NUMBER or DATE
    required: bool
    choices: tuple[str, ...] = ()  # the closed list of values, if any
    choice_source: str | None = None  # VOCABULARY, DISTRICTS or MUNICIPALITIES
    aliases: tuple[tuple[str, str], ...] = ()  # other accepted spelling -> stored value


def column_infos(spec: RegisterSpec, reference: Reference) -> list[ColumnInfo]:
    """Every column of a register, in the file's order."""
    schema_columns = spec.schema.to_schema().columns
    infos = []
    for column, header in spec.columns.items():
        schema_column = schema_columns.get(column)
        kind = spec.kinds[column]
        required = kind != LIST and schema_column is not None and not schema_column.nullable
        choices, source, aliases = _choices(spec, column, schema_column, reference)
        infos.append(ColumnInfo(column, header, kind, required, choices, source, aliases))
    return infos


def key_columns(spec: RegisterSpec) -> tuple[str, ...]:
    """The mart columns that identify a row: the schema's unique fields (else the first column)."""
    schema = spec.schema.to_schema()
    if schema.unique:  # columns the loader adds (is_demo) are no part of the file's key
        unique = (schema.unique,) if isinstance(schema.unique, str) else tuple(schema.unique)
        return tuple(column for column in unique if column in spec.columns)
    single = [
        name for name, column in schema.columns.items() if column.unique and name in spec.columns
    ]
    return (single[0],) if single else ()


def _choices(spec: RegisterSpec, column: str, schema_column, reference: Reference):
    districts = reference.districts
    district_codes = tuple(districts["district_code"])
    if column in spec.district_columns:
        names = tuple(district_codes_by_name(districts).items())
        return district_codes, DISTRICTS, names
    checks = schema_column.checks if schema_column is not None else []
    for check in checks:
        statistics = check.statistics or {}
        if "allowed_values" in statistics:
            values = tuple(str(value) for value in statistics["allowed_values"])
            source = DISTRICTS if set(values) == set(district_codes) else VOCABULARY
            return values, source, ()
        if statistics.get("pattern") == MUNICIPALITY_CODE:
            municipalities = reference.municipalities
            return tuple(municipalities["municipality_code"]), MUNICIPALITIES, ()
    return (), None, ()
