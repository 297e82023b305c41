"""Class 1: a number the check accepts must be one the build can store. Every numeric column
of every register declares a finite range with its schema; what lies outside, infinity and
numbers beyond what a column holds are refused by the check, with file, row, column and value,
and the data root stays as it was. What lies inside is built."""

from __future__ import annotations

import pandera.pandas as pa
import pytest

from etl.build import build
from etl.core.cells import EXACT_INTEGER
from etl.reference.tables import load_reference
from etl.registers import applying, checking
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import EURO_SUFFIX, NUMBER, WHOLE

from .corpus import etl, fingerprint, with_cell

INT64_CENTS = (2**63 - 1) // 100  # the marts hold euro amounts as integer cents
HOSTILE_NUMBERS = [
    ("begroting.csv", 2, "bedrag_eur", "99999999999999999999999", "hoogstens 1.000.000.000"),
    ("begroting.csv", 3, "bedrag_eur", "1e999", "hoogstens 1.000.000.000"),
    ("begroting.csv", 4, "bedrag_eur", "1.000.000.000,01", "hoogstens 1.000.000.000"),
    ("begroting.csv", 5, "bedrag_eur", "-1e999", "mag niet negatief zijn"),
    ("begroting.csv", 2, "bedrag_eur", "inf", "is geen getal"),
    ("begroting.csv", 2, "bedrag_eur", "nan", "is geen getal"),
    ("begroting.csv", 2, "jaar", "99999999999999999999999", "te groot om op te slaan"),
    ("begroting.csv", 2, "jaar", "1e400", "te groot om op te slaan"),
    ("bijdrageregeling.csv", 2, "bijdrage_per_inwoner_eur", "1e999", "hoogstens 1000"),
    ("inzet_in_natura.csv", 2, "fte", "1E+308", "hoogstens 10.000"),
    ("pilots.csv", 2, "subsidie_eur", "1e999", "hoogstens 1.000.000.000"),
    ("pilot_resultaten.csv", 2, "waarde", "-1e999", "tussen -1.000.000.000.000 en"),
    ("werkprogramma.csv", 2, "startjaar", "1e400", "te groot om op te slaan"),
]


def _numeric_columns():
    for spec in REGISTERS.values():
        for column, kind in spec.kinds.items():
            if kind in (NUMBER, WHOLE):
                yield spec, column


@pytest.mark.parametrize(
    ("spec", "column"), list(_numeric_columns()), ids=lambda v: getattr(v, "file", v)
)
def test_every_numeric_column_declares_a_finite_range_the_marts_can_hold(spec, column):
    schema: pa.DataFrameSchema = spec.schema.to_schema()
    bounds = [c.statistics for c in schema.columns[column].checks]
    highest = [b["max_value"] for b in bounds if "max_value" in b]
    lowest = [b["min_value"] for b in bounds if "min_value" in b]
    assert highest and lowest, f"{spec.file}: {column} heeft geen begrensd bereik"
    largest = max(abs(min(highest)), abs(max(lowest)))
    assert largest < EXACT_INTEGER  # a float holds it exactly
    if column.endswith(EURO_SUFFIX):  # in cents, summed over a thousand rows: still int64
        assert largest * 100 * 1000 <= INT64_CENTS


@pytest.mark.parametrize(("file", "row", "header", "value", "message"), HOSTILE_NUMBERS)
def test_a_number_no_mart_can_hold_is_refused_and_nothing_changes(
    root, capsys, monkeypatch, tmp_path, file, row, header, value, message
):
    upload = tmp_path / file
    upload.write_bytes(with_cell(root, file, row, header, value))
    result = checking.check(file, upload.read_bytes(), root, load_reference(root.reference))
    assert not result.ok
    assert any(
        (p.file, p.row, p.column, p.value) == (file, row, header, value) and message in p.message
        for p in result.problems
    ), [str(p) for p in result.problems]
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "import", str(upload))
    assert run.code == 1 and "Er is niets gewijzigd" in run.err and message in run.err
    assert fingerprint(root) == before


LARGEST = {
    "begroting.csv": ("bedrag_eur", "1000000000"),
    "bijdrageregeling.csv": ("bijdrage_per_inwoner_eur", "1000"),
    "inzet_in_natura.csv": ("fte", "10000"),
    "pilots.csv": ("subsidie_eur", "1000000000"),
    "pilot_resultaten.csv": ("waarde", "-1000000000000"),
}


@pytest.mark.parametrize("file", sorted(LARGEST))
def test_the_largest_value_the_check_accepts_is_built(settings, file):
    data = settings.data
    header, value = LARGEST[file]
    content = with_cell(data, file, 2, header, value)
    result = checking.check(file, content, data, load_reference(data.reference))
    assert result.ok, [str(p) for p in result.problems]
    outcome = applying.apply(result, settings, "test", rebuild=build)
    assert outcome.build_error is None


def test_a_stored_register_with_a_number_no_mart_holds_is_refused_by_the_build(
    root, capsys, monkeypatch
):
    """A version stored before the ranges existed: the build says which cell, in Dutch."""
    stored = with_cell(root, "begroting.csv", 2, "bedrag_eur", "99999999999999999999999")
    (root.register / "begroting.csv").write_bytes(stored)
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "build")
    assert run.code == 1 and "begroting.csv, rij 2, kolom 'bedrag_eur'" in run.err
    assert "hoogstens 1.000.000.000" in run.err and fingerprint(root) == before
