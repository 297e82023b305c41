"""A check as Dutch text for the command line: what was read, the problems or the diff.

Cells are shown as a Dutch reader writes them (`etl.registers.spec.readable`): an amount stored
as 6996.99 reads 6.996,99, a date 31-12-2020, as on the page Gegevensbeheer.
"""

from __future__ import annotations

import pandas as pd

from etl.core.errors import InvalidInputError
from etl.registers.catalogue import REGISTERS
from etl.registers.checking import CheckResult
from etl.registers.diff import RegisterDiff
from etl.registers.spec import RegisterSpec, readable


def describe(result: CheckResult, limit: int = 20) -> str:
    """The check as Dutch text for the command line: what was read, problems or the diff."""
    lines = [f"Bestand: {result.file_name}"]
    if result.recognised:
        found = ", ".join(f"{label} ({rows} rijen)" for _, label, rows in result.recognised)
        lines.append(f"Herkend: {found}.")
    lines += [f"Let op: {note}" if not note.startswith("Let op") else note for note in result.notes]
    if result.problems:
        lines.append(InvalidInputError(result.problems).report())
        return "\n".join(lines)
    lines.append(f"Geen fouten gevonden (vergeleken met {result.base or 'de startgegevens'}).")
    if not result.has_changes:
        lines.append("Geen wijzigingen: het bestand is gelijk aan de registers in gebruik.")
        return "\n".join(lines)
    for diff in result.diffs:
        if not diff.is_empty:
            lines.extend(describe_diff(diff, limit))
    same = [diff.label for diff in result.diffs if diff.is_empty]
    if same:
        lines.append(f"Ongewijzigd: {', '.join(same)}.")
    return "\n".join(lines)


def describe_diff(diff: RegisterDiff, limit: int = 20) -> list[str]:
    """The register's counts, then its rows (+ added, ~ changed, - removed), at most `limit`."""
    counts = diff.counts()
    spec = REGISTERS[diff.mart]
    column_of = spec.headers
    lines = [
        f"{diff.label} ({diff.file}): {counts['added']} toegevoegd, "
        f"{counts['changed']} gewijzigd, {counts['removed']} verwijderd"
    ]
    shown = 0
    for _, row in diff.added.iterrows():
        lines.append(f"  + {_row_label(row, diff, spec)}")
        shown += 1
    for change in diff.changed:
        column = column_of.get(change.column, "")
        old, new = (readable(spec, column, value) for value in (change.old, change.new))
        lines.append(f"  ~ {change.key}, {change.column}: {_short(old)} → {_short(new)}")
        shown += 1
    for _, row in diff.removed.iterrows():
        lines.append(f"  - {_row_label(row, diff, spec)}")
        shown += 1
    if shown > limit:
        lines = [*lines[: limit + 1], f"  … en {shown - limit} meer"]
    return lines


def _short(text: str, length: int = 60) -> str:
    text = " ".join(str(text).split())
    if not text:
        return "(leeg)"
    return f"'{text[:length]}…'" if len(text) > length else f"'{text}'"


def _row_label(row: pd.Series, diff: RegisterDiff, spec: RegisterSpec) -> str:
    headers = list(diff.key_headers) or list(row.index[:3])
    cells = (readable(spec, spec.headers.get(header, ""), row[header]) for header in headers)
    return (" / " if diff.key_headers else "; ").join(cells)
