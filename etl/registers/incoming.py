"""An uploaded table as a register in stored notation, remembering where each row came from."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from etl.core.errors import Problem
from etl.reference.tables import Reference
from etl.registers import columns as rc
from etl.registers.parsing import UnreadableCellError, shown, stored_cell
from etl.registers.reading import read_tables
from etl.registers.recognition import header_positions
from etl.registers.spec import RegisterSpec
from etl.registers.tables import Limits, Table


@dataclass
class Incoming:
    """One register from the upload, in stored notation, and where each row came from."""

    spec: RegisterSpec
    table: Table
    frame: pd.DataFrame  # Dutch headers, text in stored notation
    source_rows: list[int]  # Excel row number of each frame row
    originals: list[dict[str, str]]  # the user's cells, by header, to quote in problems

    @property
    def where(self) -> str:
        """Where the register was found, as a report names it: the sheet or the file."""
        return f"blad '{self.table.sheet}'" if self.table.sheet else self.table.file


def to_incoming(
    table: Table, spec: RegisterSpec, reference: Reference, problems: list[Problem]
) -> Incoming | None:
    """The table in stored notation, or None when its headers do not fit the register."""
    positions = header_positions(table, spec, problems)
    if positions is None:
        return None
    infos = rc.column_infos(spec, reference)
    columns: dict[str, list[str]] = {info.header: [] for info in infos}
    originals: list[dict[str, str]] = []
    for row_values, number in zip(table.rows, table.row_numbers, strict=True):
        original: dict[str, str] = {}
        for info in infos:
            value = row_values[positions[info.header]]
            original[info.header] = shown(value)
            try:
                stored = stored_cell(value, info, decimal_comma=table.decimal_comma)
            except UnreadableCellError as err:
                problems.append(
                    Problem(
                        table.file,
                        str(err),
                        row=number,
                        column=info.header,
                        value=shown(value),
                        sheet=table.sheet,
                    )
                )
                stored = shown(value)
            columns[info.header].append(stored)
        originals.append(original)
    frame = pd.DataFrame(columns, dtype=object)
    return Incoming(spec, table, frame, list(table.row_numbers), originals)


def stored_csv(frame: pd.DataFrame) -> bytes:
    """A register in the stored format: comma-separated UTF-8, one line per row."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def stored_frame(content: bytes, spec: RegisterSpec, reference: Reference) -> pd.DataFrame:
    """A stored register file as text in stored notation (to compare it with an upload)."""
    read = read_tables(spec.file, content, Limits(max_bytes=1 << 40, max_rows=10**7))
    problems: list[Problem] = []
    inc = to_incoming(read.tables[0], spec, reference, problems)
    if inc is None:
        return pd.DataFrame({header: [] for header in spec.columns.values()}, dtype=object)
    return inc.frame
