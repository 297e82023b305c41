"""Checking an upload: read → recognise → stored notation → validate in memory → diff.

`check` reads an uploaded .xlsx (a sheet per register) or .csv (one register, recognised by its
headers or its file name), turns every cell into the registers' stored notation (Dutch numbers
and dates accepted), and validates the registers that would result — the uploaded ones with the
others as they are — with the same schemas and rules as the build, demo registers included,
without writing anything. Every problem names the uploaded file, sheet, row (as Excel numbers
it), column and value. When nothing is wrong it also returns the diff per register against the
registers in use, and the files to store (etl.registers.applying).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from etl.core import filenames
from etl.core.errors import FIRST_DATA_ROW, InvalidInputError, Problem, grouped
from etl.core.settings import DataRoot
from etl.reference.tables import Reference
from etl.registers import versions
from etl.registers.catalogue import check_replaced
from etl.registers.diff import RegisterDiff, diff_upload
from etl.registers.incoming import Incoming, stored_csv, to_incoming
from etl.registers.reading import read_tables
from etl.registers.recognition import by_headers, nothing_recognised, recognise
from etl.registers.tables import Limits

CURRENT_LABEL = "huidige gegevens"
DEMO_LABEL = "demodata"
EMPTY_REGISTER = "Let op: {label} wordt leeg ({file} heeft geen rijen)."
ALL_SHEETS_EMPTY = "alle registerbladen zijn leeg: vul ten minste één blad in"
SKIPPED_EMPTY_SHEETS = (
    "Bladen zonder rijen zijn overgeslagen; die registers blijven zoals ze zijn: {sheets}."
)


@dataclass
class CheckResult:
    """The outcome of checking an upload: problems, or files to apply and their diff."""

    file_name: str
    kind: str | None = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    recognised: list[tuple[str, str, int]] = field(default_factory=list)  # where, label, rows
    diffs: list[RegisterDiff] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # register file -> stored CSV
    base: str | None = None  # the version checked against (None: the seed)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.files)

    @property
    def has_changes(self) -> bool:
        return any(not diff.is_empty for diff in self.diffs)

    def totals(self) -> dict[str, int]:
        totals = Counter()
        for diff in self.diffs:
            totals.update(diff.counts())
        return {key: totals.get(key, 0) for key in ("added", "changed", "removed")}


def check(
    file_name: str,
    data_bytes: bytes,
    data: DataRoot,
    reference: Reference,
    limits: Limits | None = None,
) -> CheckResult:
    """Check an upload against the registers in use; nothing is written."""
    file_name = filenames.readable(Path(file_name).name) or "bestand"
    result = CheckResult(file_name, base=versions.current_version(data))
    try:
        incoming, kind, notes, problems = parse_upload(file_name, data_bytes, reference, limits)
    except InvalidInputError as err:
        result.problems = list(err.problems)
        return result
    result.kind, result.notes = kind, list(notes)
    result.recognised = [(inc.where, inc.spec.label, len(inc.frame)) for inc in incoming]
    if not incoming and not problems:
        problems.append(Problem(file_name, nothing_recognised(kind)))
    if incoming:  # every problem at once: a refused sheet does not hide the others' problems
        problems.extend(_validate(incoming, data, reference))
    result.problems = grouped(_deduplicated(problems))
    if result.problems or not incoming:
        return result
    result.files = {inc.spec.file: stored_csv(inc.frame) for inc in incoming}
    result.diffs = [diff_upload(inc, data, reference) for inc in incoming]
    result.notes += [
        EMPTY_REGISTER.format(label=inc.spec.label, file=inc.where)
        for inc in incoming
        if inc.frame.empty
    ]
    return result


def parse_upload(
    file_name: str, data_bytes: bytes, reference: Reference, limits: Limits | None = None
) -> tuple[list[Incoming], str, tuple[str, ...], list[Problem]]:
    """The registers in an upload, in stored notation; raise if the file cannot be read."""
    read = read_tables(file_name, data_bytes, limits)
    problems: list[Problem] = []
    notes = list(read.notes)
    incoming: list[Incoming] = []
    seen: dict[str, str] = {}
    skipped: list[str] = []
    for table in read.tables:
        spec = recognise(table, read.kind, problems, notes)
        if spec is None:
            continue
        if spec.mart in seen:
            problems.append(
                Problem(
                    table.file,
                    f"register {spec.label} staat er twee keer in (ook in {seen[spec.mart]})",
                    sheet=table.sheet,
                )
            )
            continue
        seen[spec.mart] = f"blad '{table.sheet}'" if table.sheet else table.file
        untouched = not table.rows and not table.problems and by_headers(table.headers) is spec
        if read.kind == "xlsx" and untouched:
            skipped.append(f"'{table.sheet}'")
            continue  # a template's untouched sheet must not empty a register
        problems.extend(table.problems)
        item = to_incoming(table, spec, reference, problems)
        if item is not None:
            incoming.append(item)
    if seen and not incoming and not problems:
        problems.append(Problem(file_name, ALL_SHEETS_EMPTY))
    elif skipped:
        notes.append(SKIPPED_EMPTY_SHEETS.format(sheets=", ".join(skipped)))
    return incoming, read.kind, tuple(notes), problems


def _validate(incoming: list[Incoming], data: DataRoot, reference: Reference) -> list[Problem]:
    """The problems of the registers that would result, located in the upload (in memory)."""
    try:
        check_replaced(data, reference, {inc.spec.file: inc.frame for inc in incoming})
    except InvalidInputError as err:
        by_file = {inc.spec.file: inc for inc in incoming}
        return [_relocated(problem, by_file) for problem in err.problems]
    return []


def _relocated(problem: Problem, by_file: dict[str, Incoming]) -> Problem:
    """A problem of a register file moved to the upload's file, sheet, row and typed value."""
    inc = by_file.get(problem.file)
    if inc is None:
        label = DEMO_LABEL if problem.file.startswith("demo/") else CURRENT_LABEL
        return replace(problem, file=f"{problem.file} ({label})")
    row, value = problem.row, problem.value
    if row is not None and 0 <= row - FIRST_DATA_ROW < len(inc.source_rows):
        position = row - FIRST_DATA_ROW
        row = inc.source_rows[position]
        if problem.column in inc.frame.columns:
            stored = inc.frame.at[position, problem.column]
            if value is None or str(value) == stored:
                value = inc.originals[position][problem.column]
    return replace(problem, file=inc.table.file, sheet=inc.table.sheet, row=row, value=value)


def _deduplicated(problems: list[Problem]) -> list[Problem]:
    """One problem per cell (the first: the reader's, before the schema's), file order kept."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for problem in problems:
        where = (problem.file, problem.sheet, problem.row, problem.column)
        if problem.row is not None and problem.column is not None and where in seen:
            continue
        seen.add(where)
        kept.append(problem)
    return kept
