"""Import of the coordinator's registers: read → check → diff → apply (all or nothing).

`check` reads an uploaded .xlsx (a sheet per register) or .csv (one register, recognised by its
headers or its file name), turns every cell into the registers' stored notation (Dutch numbers
and dates accepted), and validates the registers that would result — the uploaded ones with the
others as they are — with the same schemas and rules as the build, demo registers included.
Every problem names the uploaded file, sheet, row (as Excel numbers it), column and value. When
nothing is wrong it also returns the diff per register against the registers in use.

`apply` writes the checked files as a new version and switches to it (etl.registers.versions),
then rebuilds the marts; `rollback` does the same with the files of an earlier version.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import math
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from etl.core.errors import FIRST_DATA_ROW, InvalidInputError, Problem
from etl.core.settings import DataRoot, Settings
from etl.reference.tables import Reference
from etl.registers import columns as rc
from etl.registers import versions
from etl.registers.catalogue import REGISTERS, load_registers
from etl.registers.reading import Limits, Table, read_tables
from etl.registers.spec import RegisterSpec
from etl.registers.workbook import FORMULA_PREFIXES, HELPER_SHEETS, sheet_name

Progress = Callable[[str], None]
CURRENT_LABEL = "huidige gegevens"
DEMO_LABEL = "demodata"
EMPTY_REGISTER = "Let op: {label} wordt leeg ({file} heeft geen rijen)."
ALL_SHEETS_EMPTY = "alle registerbladen zijn leeg: vul ten minste één blad in"
SKIPPED_EMPTY_SHEETS = (
    "Bladen zonder rijen zijn overgeslagen; die registers blijven zoals ze zijn: {sheets}."
)

NUMBER_MESSAGE = "is geen getal; schrijf bijvoorbeeld 1234,56 of 1.234,56"
ENGLISH_NUMBER = (
    "is geen getal in Nederlandse notatie (de komma scheidt hier duizendtallen); "
    "schrijf 1.234,56 of 1234,56"
)
WHOLE_MESSAGE = "is geen geheel getal; schrijf bijvoorbeeld 2020 (zonder decimalen)"
DATE_MESSAGE = "is geen datum; schrijf dag-maand-jaar (31-12-2020) of jaar-maand-dag (2020-12-31)"
NO_SUCH_DATE = "is geen bestaande datum (dag-maand-jaar, zoals 31-12-2020)"
SHORT_YEAR = "het jaar moet vier cijfers hebben, zoals 31-12-2020"
TIME_IN_DATE = "bevat een tijd; vul alleen de datum in (31-12-2020)"
YES, NO = "ja", "nee"

_SPACES = re.compile(r"[\s\u00a0\u202f]")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_DECIMAL_POINT = re.compile(r"[+-]?\d+\.\d+")
_DUTCH_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?")
_ENGLISH_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_EXPONENT = re.compile(r"[+-]?\d+([.,]\d+)?[eE][+-]?\d{1,3}")  # 1,5E+10 as Excel may write
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_DUTCH_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_SHORT_YEAR_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")
_WORDS_DATE = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})")
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableCellError(Exception):
    """A cell that cannot be read in its column's kind; the message is Dutch."""


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
        return f"blad '{self.table.sheet}'" if self.table.sheet else self.table.file


@dataclass(frozen=True)
class Change:
    key: str
    column: str
    old: str
    new: str


@dataclass(frozen=True)
class RegisterDiff:
    """What an import would do to one register, compared by its key columns."""

    mart: str
    label: str
    file: str
    key_headers: tuple[str, ...]
    added: pd.DataFrame
    removed: pd.DataFrame
    changed: tuple[Change, ...]
    changed_rows: int
    unchanged: int

    @property
    def is_empty(self) -> bool:
        return self.added.empty and self.removed.empty and not self.changed

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": self.changed_rows,
            "removed": len(self.removed),
        }


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


@dataclass(frozen=True)
class ApplyOutcome:
    version: versions.VersionInfo
    build_error: str | None = None


# --- check ---------------------------------------------------------------------------------


def check(
    file_name: str,
    data_bytes: bytes,
    data: DataRoot,
    reference: Reference,
    limits: Limits | None = None,
) -> CheckResult:
    """Check an upload against the registers in use; nothing is written."""
    file_name = Path(file_name).name or "bestand"
    result = CheckResult(file_name, base=versions.current_version(data))
    try:
        incoming, kind, notes, problems = parse_upload(file_name, data_bytes, reference, limits)
    except InvalidInputError as err:
        result.problems = list(err.problems)
        return result
    result.kind, result.notes = kind, list(notes)
    result.recognised = [(inc.where, inc.spec.label, len(inc.frame)) for inc in incoming]
    if not incoming and not problems:
        problems.append(Problem(file_name, _nothing_recognised(kind)))
    structural = any(p.row is None for p in problems)
    if not structural and incoming:
        problems.extend(_validate(incoming, data, reference))
    result.problems = _deduplicated(problems)
    if result.problems or not incoming:
        return result
    result.files = {inc.spec.file: stored_csv(inc.frame) for inc in incoming}
    result.diffs = [_diff(inc, data, reference) for inc in incoming]
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
        spec = _recognise(table, read.kind, problems, notes)
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
        untouched = not table.rows and not table.problems and _by_headers(table.headers) is spec
        if read.kind == "xlsx" and untouched:
            skipped.append(f"'{table.sheet}'")
            continue  # a template's untouched sheet must not empty a register
        problems.extend(table.problems)
        item = _incoming(table, spec, reference, problems)
        if item is not None:
            incoming.append(item)
    if seen and not incoming and not problems:
        problems.append(Problem(file_name, ALL_SHEETS_EMPTY))
    elif skipped:
        notes.append(SKIPPED_EMPTY_SHEETS.format(sheets=", ".join(skipped)))
    return incoming, read.kind, tuple(notes), problems


def stored_csv(frame: pd.DataFrame) -> bytes:
    """A register in the stored format: comma-separated UTF-8, one line per row."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _nothing_recognised(kind: str | None) -> str:
    sheets = ", ".join(f"'{sheet_name(spec)}'" for spec in REGISTERS.values())
    if kind == "xlsx":
        return f"geen enkel blad is een register; verwacht bladen met de namen {sheets}"
    return "geen register gevonden"


def _recognise(table: Table, kind: str, problems: list[Problem], notes: list[str]):
    if kind == "xlsx":
        spec = _by_name(table.sheet or "")
        if spec is None and table.sheet not in HELPER_SHEETS:
            notes.append(f"Blad '{table.sheet}' is overgeslagen: het is geen register.")
        return spec
    by_headers = _by_headers(table.headers)
    spec = by_headers or _by_name(Path(table.file).stem) or _by_overlap(table.headers)
    if spec is None:
        files = ", ".join(spec.file for spec in REGISTERS.values())
        problems.append(
            Problem(
                table.file,
                "niet te bepalen welk register dit is: gebruik de kolomkoppen van het sjabloon "
                f"of noem het bestand naar het register. Registers: {files}",
            )
        )
    return spec


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _by_name(name: str) -> RegisterSpec | None:
    wanted = _key(re.sub(r"\s*\(\d+\)$", "", name))
    for spec in REGISTERS.values():
        names = {spec.label, sheet_name(spec), Path(spec.file).stem, spec.mart}
        if wanted in {_key(candidate) for candidate in names}:
            return spec
    return None


def _header_key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


def _by_headers(headers: list[str]) -> RegisterSpec | None:
    given = {_header_key(header) for header in headers if header}
    matches = [
        spec
        for spec in REGISTERS.values()
        if {_header_key(header) for header in spec.columns.values()} == given
    ]
    return matches[0] if len(matches) == 1 else None


def _by_overlap(headers: list[str]) -> RegisterSpec | None:
    given = {_header_key(header) for header in headers if header}
    scores = {}
    for spec in REGISTERS.values():
        expected = {_header_key(header) for header in spec.columns.values()}
        scores[spec.mart] = len(given & expected) / len(expected | given or {""})
    best = max(scores.values(), default=0)
    winners = [mart for mart, score in scores.items() if score == best]
    return REGISTERS[winners[0]] if best >= 0.5 and len(winners) == 1 else None


def _incoming(
    table: Table, spec: RegisterSpec, reference: Reference, problems: list[Problem]
) -> Incoming | None:
    """The table in stored notation, or None when its headers do not fit the register."""
    positions = _header_positions(table, spec, problems)
    if positions is None:
        return None
    infos = rc.column_infos(spec, reference)
    columns: dict[str, list[str]] = {info.header: [] for info in infos}
    originals: list[dict[str, str]] = []
    for row_values, number in zip(table.rows, table.row_numbers, strict=True):
        original: dict[str, str] = {}
        for info in infos:
            value = row_values[positions[info.header]]
            original[info.header] = _shown(value)
            try:
                stored = stored_cell(value, info, decimal_comma=table.decimal_comma)
            except UnreadableCellError as err:
                problems.append(
                    Problem(
                        table.file,
                        str(err),
                        row=number,
                        column=info.header,
                        value=_shown(value),
                        sheet=table.sheet,
                    )
                )
                stored = _shown(value)
            columns[info.header].append(stored)
        originals.append(original)
    frame = pd.DataFrame(columns, dtype=object)
    return Incoming(spec, table, frame, list(table.row_numbers), originals)


def _header_positions(table: Table, spec: RegisterSpec, problems: list[Problem]):
    expected = {_header_key(header): header for header in spec.columns.values()}
    place = {"sheet": table.sheet}
    if not table.headers:
        problems.append(Problem(table.file, "de kolomkoppen ontbreken: rij 1 is leeg", **place))
        return None
    positions: dict[str, int] = {}
    ok = True
    for index, header in enumerate(table.headers):
        key = _header_key(header)
        if not key:
            if any(not _blank(row[index]) for row in table.rows):
                problems.append(
                    Problem(
                        table.file,
                        "deze kolom heeft waarden maar geen kolomkop in rij 1",
                        column=f"kolom {get_column_letter(index + 1)}",
                        **place,
                    )
                )
                ok = False
            continue
        if key not in expected:
            problems.append(
                Problem(
                    table.file,
                    "onbekende kolom; dit register heeft de kolommen: "
                    + ", ".join(spec.columns.values()),
                    column=header,
                    **place,
                )
            )
            ok = False
            continue
        if expected[key] in positions:
            problems.append(
                Problem(table.file, "deze kolom staat er twee keer in", column=header, **place)
            )
            ok = False
            continue
        positions[expected[key]] = index
    for header in spec.columns.values():
        if header not in positions:
            problems.append(Problem(table.file, "deze kolom ontbreekt", column=header, **place))
            ok = False
    return positions if ok else None


# --- cells ---------------------------------------------------------------------------------


def stored_cell(value: object, info: rc.ColumnInfo, *, decimal_comma: bool = True) -> str:
    """One cell in stored notation ('' for empty); UnreadableCellError if it cannot be read."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = clean_text(value)
        if value == "":
            return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if info.kind == rc.LIST:
        parts = (part.strip() for part in _as_text(value).split(";"))
        return "; ".join(part for part in parts if part)
    if info.kind == rc.WHOLE:
        number = _number(value, decimal_comma, WHOLE_MESSAGE)
        if number != number.to_integral_value():
            raise UnreadableCellError(WHOLE_MESSAGE)
        return str(int(number))
    if info.kind == rc.NUMBER:
        return format_number(_number(value, decimal_comma, NUMBER_MESSAGE))
    if info.kind == rc.DATE:
        return _date(value).isoformat()
    return _choice(_as_text(value), info)


def clean_text(text: str) -> str:
    """Stripped text without control characters; a spreadsheet's formula guard `'` removed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_PREFIXES:
        text = text[1:]
    return text


def format_number(number: Decimal) -> str:
    """'1234.5', '90000', '0.07': the stored notation (a point, no thousands separators)."""
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(Decimal(repr(value)))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _choice(text: str, info: rc.ColumnInfo) -> str:
    """A closed-vocabulary value in its stored spelling (case ignored; district names → codes)."""
    if not info.choices:
        return text
    folded = text.casefold()
    for choice in info.choices:
        if choice.casefold() == folded:
            return choice
    for alias, stored in info.aliases:
        if alias.casefold() == folded:
            return stored
    return text  # the schema reports it, with the allowed values


def _number(value: object, decimal_comma: bool, message: str) -> Decimal:
    if isinstance(value, bool | dt.date | dt.time):
        raise UnreadableCellError(message)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnreadableCellError(message)
        return Decimal(repr(value))
    return parse_number(str(value), decimal_comma, message)


def parse_number(text: str, decimal_comma: bool = True, message: str = NUMBER_MESSAGE) -> Decimal:
    """Dutch and plain notations: 1234 · 1234,56 · 1.234,56 · 1234.56 · € 90.000 · 1,5E+10.

    '1.234' is twelve hundred and thirty-four where commas are the decimal sign (a ';'-separated
    CSV, a workbook) and 1.234 in a ','-separated CSV. '1,234.56' (English) is refused.
    """
    compact = _SPACES.sub("", text.replace("€", ""))
    try:
        if _INTEGER.fullmatch(compact):
            return Decimal(compact)
        if _DECIMAL_COMMA.fullmatch(compact):
            return Decimal(compact.replace(",", "."))
        if _DUTCH_GROUPED.fullmatch(compact) and (
            decimal_comma or "," in compact or compact.count(".") > 1
        ):
            return Decimal(compact.replace(".", "").replace(",", "."))
        if _DECIMAL_POINT.fullmatch(compact):
            return Decimal(compact)
        if _EXPONENT.fullmatch(compact):
            return Decimal(compact.replace(",", "."))
    except InvalidOperation:
        raise UnreadableCellError(message) from None
    if _ENGLISH_GROUPED.fullmatch(compact):
        raise UnreadableCellError(ENGLISH_NUMBER)
    raise UnreadableCellError(message)


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise UnreadableCellError(TIME_IN_DATE)
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466 and float(value).is_integer():  # an Excel date serial
            return from_excel(value).date()
        raise UnreadableCellError(DATE_MESSAGE)
    return parse_date(str(value))


def parse_date(text: str) -> dt.date:
    """31-12-2020 · 31/12/2020 · 31.12.2020 · 2020-12-31 · 31 december 2020 · 31 dec 2020."""
    compact = " ".join(text.strip().casefold().split())
    if match := _ISO_DATE.fullmatch(compact):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DUTCH_DATE.fullmatch(compact):
        day, month, year = (int(part) for part in match.groups())
    elif (match := _WORDS_DATE.fullmatch(compact)) and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    elif _SHORT_YEAR_DATE.fullmatch(compact):
        raise UnreadableCellError(SHORT_YEAR)
    else:
        raise UnreadableCellError(DATE_MESSAGE)
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        raise UnreadableCellError(NO_SUCH_DATE)
    return dt.date(year, month, day)


def _shown(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else _as_text(value)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- validation ----------------------------------------------------------------------------


def _validate(incoming: list[Incoming], data: DataRoot, reference: Reference) -> list[Problem]:
    """The problems of the registers that would result, located in the upload."""
    with tempfile.TemporaryDirectory(prefix="vnon-check-") as folder:
        candidate = DataRoot(Path(folder))
        _candidate_files(candidate, data, incoming)
        try:
            load_registers(candidate, reference)
        except InvalidInputError as err:
            by_file = {inc.spec.file: inc for inc in incoming}
            return [_relocated(problem, by_file) for problem in err.problems]
    return []


def _candidate_files(candidate: DataRoot, data: DataRoot, incoming: list[Incoming]) -> None:
    candidate.seed_register.mkdir(parents=True)
    for name in versions.register_files():
        if (data.register / name).is_file():
            shutil.copyfile(data.register / name, candidate.seed_register / name)
    for inc in incoming:
        (candidate.seed_register / inc.spec.file).write_bytes(stored_csv(inc.frame))
    if data.demo.is_dir():
        shutil.copytree(data.demo, candidate.demo)


def _relocated(problem: Problem, by_file: dict[str, Incoming]) -> Problem:
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


# --- diff ----------------------------------------------------------------------------------


def stored_frame(content: bytes, spec: RegisterSpec, reference: Reference) -> pd.DataFrame:
    """A stored register file as text in stored notation (to compare it with an upload)."""
    read = read_tables(spec.file, content, Limits(max_bytes=1 << 40, max_rows=10**7))
    problems: list[Problem] = []
    inc = _incoming(read.tables[0], spec, reference, problems)
    if inc is None:
        return pd.DataFrame({header: [] for header in spec.columns.values()}, dtype=object)
    return inc.frame


def _diff(inc: Incoming, data: DataRoot, reference: Reference) -> RegisterDiff:
    path = data.register / inc.spec.file
    old = (
        stored_frame(path.read_bytes(), inc.spec, reference)
        if path.is_file()
        else inc.frame.iloc[0:0]
    )
    return diff_frames(inc.spec, old, inc.frame)


def diff_frames(spec: RegisterSpec, old: pd.DataFrame, new: pd.DataFrame) -> RegisterDiff:
    """Added, changed (old → new) and removed rows, matched by the register's key."""
    headers = list(spec.columns.values())
    keys = tuple(spec.columns[column] for column in rc.key_columns(spec))
    old, new = old[headers].reset_index(drop=True), new[headers].reset_index(drop=True)
    if not keys or old.duplicated(list(keys)).any() or new.duplicated(list(keys)).any():
        return _diff_rows(spec, old, new)
    old_index = {_row_key(row, keys): i for i, row in old.iterrows()}
    new_index = {_row_key(row, keys): i for i, row in new.iterrows()}
    added = new.loc[[i for key, i in new_index.items() if key not in old_index]]
    removed = old.loc[[i for key, i in old_index.items() if key not in new_index]]
    changes: list[Change] = []
    changed_rows = unchanged = 0
    for key, i in new_index.items():
        if key not in old_index:
            continue
        before, after = old.loc[old_index[key]], new.loc[i]
        row_changes = [
            Change(" / ".join(key), header, before[header], after[header])
            for header in headers
            if before[header] != after[header]
        ]
        changes.extend(row_changes)
        changed_rows += bool(row_changes)
        unchanged += not row_changes
    return RegisterDiff(
        spec.mart, spec.label, spec.file, keys, added.reset_index(drop=True),
        removed.reset_index(drop=True), tuple(changes), changed_rows, unchanged,
    )  # fmt: skip


def _row_key(row: pd.Series, keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(row[key]) for key in keys)


def _diff_rows(spec: RegisterSpec, old: pd.DataFrame, new: pd.DataFrame) -> RegisterDiff:
    """Without a usable key: rows compared whole (a changed row is one removed, one added)."""
    old_rows = Counter(map(tuple, old.to_numpy().tolist()))
    new_rows = Counter(map(tuple, new.to_numpy().tolist()))
    added = list((new_rows - old_rows).elements())
    removed = list((old_rows - new_rows).elements())
    columns = list(old.columns)
    return RegisterDiff(
        spec.mart, spec.label, spec.file, (),
        pd.DataFrame(added, columns=columns, dtype=object),
        pd.DataFrame(removed, columns=columns, dtype=object),
        (), 0, sum((old_rows & new_rows).values()),
    )  # fmt: skip


def compare_files(
    data: DataRoot, reference: Reference, files: dict[str, bytes]
) -> list[RegisterDiff]:
    """The diff of replacing the registers in use by `files` (e.g. before a rollback)."""
    diffs = []
    for spec in REGISTERS.values():
        if spec.file not in files:
            continue
        new = stored_frame(files[spec.file], spec, reference)
        path = data.register / spec.file
        old = stored_frame(path.read_bytes(), spec, reference) if path.is_file() else new.iloc[0:0]
        diffs.append(diff_frames(spec, old, new))
    return diffs


# --- apply and rollback --------------------------------------------------------------------


def apply(
    result: CheckResult,
    settings: Settings,
    user: str,
    progress: Progress | None = None,
    *,
    lock_held: bool = False,
) -> ApplyOutcome:
    """Apply a clean check as a new version, then rebuild the marts; all or nothing.

    Refused when another change landed after the check (the diff shown would be stale);
    `lock_held` for a caller that checked under the lock itself (the command line).
    """
    if not result.ok:
        raise ValueError("alleen een goedgekeurde controle kan worden toegepast")
    progress = progress or (lambda step: None)
    data = settings.data
    with contextlib.nullcontext() if lock_held else versions.locked(data):
        versions.recover_locked(data)
        progress("versie")
        info = versions.commit(
            data,
            result.files,
            action="import",
            source=result.file_name,
            user=user,
            expected_base=result.base,
            changes=result.totals(),
        )
        progress("marts")
        return ApplyOutcome(info, _rebuild(settings))


def rollback(
    settings: Settings,
    reference: Reference,
    target: str | None,
    user: str,
    progress: Progress | None = None,
) -> ApplyOutcome:
    """Make an earlier version (default: the one before the current) the registers in use."""
    progress = progress or (lambda step: None)
    data = settings.data
    with versions.locked(data):
        versions.recover_locked(data)
        target = target or versions.previous_version(data)
        target = _version_name(target)
        current = versions.current_version(data)
        if target == (current or versions.SEED):
            raise versions.VersionError(f"Versie {target} is al in gebruik.")
        files = versions.restore_files(data, target)
        progress("controle")
        _check_restorable(data, reference, files, target)
        totals = Counter()
        for diff in compare_files(data, reference, files):
            totals.update(diff.counts())
        progress("versie")
        info = versions.commit(
            data,
            files,
            action="rollback",
            source=target,
            user=user,
            changes={key: totals.get(key, 0) for key in ("added", "changed", "removed")},
            restored_from=target,
        )
        progress("marts")
        return ApplyOutcome(info, _rebuild(settings))


def rebuild_if_stale(settings: Settings) -> str | None:
    """Start-up recovery for the marts: rebuild when they lag behind the registers in use."""
    data = settings.data
    if not versions.marts_stale(data):
        return None
    try:
        with versions.locked(data, wait_seconds=0):
            if versions.marts_stale(data):
                return _rebuild(settings) or ""
    except versions.RegisterLockedError:
        return None  # an import is running; it rebuilds itself
    return None


def _version_name(text: str) -> str:
    text = text.strip()
    if text.isdigit():
        return f"v{int(text):04d}"
    return text


def _check_restorable(data: DataRoot, reference: Reference, files: dict[str, bytes], name: str):
    with tempfile.TemporaryDirectory(prefix="vnon-rollback-") as folder:
        candidate = DataRoot(Path(folder))
        candidate.seed_register.mkdir(parents=True)
        for file in versions.register_files():
            source = data.register / file
            content = files.get(file) or (source.read_bytes() if source.is_file() else None)
            if content is not None:
                (candidate.seed_register / file).write_bytes(content)
        if data.demo.is_dir():
            shutil.copytree(data.demo, candidate.demo)
        try:
            load_registers(candidate, reference)
        except InvalidInputError as err:
            raise InvalidInputError(
                [replace(p, file=f"{p.file} (versie {name})") for p in err.problems]
            ) from None


def _rebuild(settings: Settings) -> str | None:
    """Rebuild the marts; a failure is returned in Dutch (the registers are already switched)."""
    from etl.build import build  # imported here: the build pulls in the boundaries and shapes

    try:
        build(settings)
    except InvalidInputError as err:
        return err.report()
    except Exception as err:  # boundaries, disk: reported, and retried at the next start-up
        return f"De marts konden niet worden gebouwd ({type(err).__name__}: {err})."
    return None


# --- reports -------------------------------------------------------------------------------


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
    counts = diff.counts()
    lines = [
        f"{diff.label} ({diff.file}): {counts['added']} toegevoegd, "
        f"{counts['changed']} gewijzigd, {counts['removed']} verwijderd"
    ]
    shown = 0
    for _, row in diff.added.iterrows():
        lines.append(f"  + {_row_label(row, diff)}")
        shown += 1
    for change in diff.changed:
        lines.append(
            f"  ~ {change.key}, {change.column}: {_short(change.old)} → {_short(change.new)}"
        )
        shown += 1
    for _, row in diff.removed.iterrows():
        lines.append(f"  - {_row_label(row, diff)}")
        shown += 1
    if shown > limit:
        lines = [*lines[: limit + 1], f"  … en {shown - limit} meer"]
    return lines


def _short(text: str, length: int = 60) -> str:
    text = " ".join(str(text).split())
    if not text:
        return "(leeg)"
    return f"'{text[:length]}…'" if len(text) > length else f"'{text}'"


def _row_label(row: pd.Series, diff: RegisterDiff) -> str:
    if diff.key_headers:
        return " / ".join(str(row[key]) for key in diff.key_headers)
    return "; ".join(str(value) for value in row.to_numpy()[:3])
