"""The network's registers: every domain's declarations and rules, read and validated together.

Each domain module declares its registers (file, Dutch headers, schema) and the rules that span
them; reading, error reports, demo data and (later) the Excel template and import follow from
those declarations. Real registers live in `register/`, fictitious ones in `demo/`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from etl.contract.validation import SourceTable, check_table
from etl.core import cells
from etl.core.errors import InvalidInputError, Problem
from etl.core.settings import DataRoot
from etl.funding.registers import FUNDING_SPECS, funding_problems
from etl.governance.registers import GOVERNANCE_SPECS, governance_problems
from etl.pilots.registers import PILOT_SPECS, pilot_problems
from etl.reference.tables import Reference
from etl.registers.spec import Place, RegisterSpec, Rule, stage, unreadable_cells

REGISTERS: dict[str, RegisterSpec] = {
    spec.mart: spec for spec in (*GOVERNANCE_SPECS, *PILOT_SPECS, *FUNDING_SPECS)
}
RULES: tuple[Rule, ...] = (governance_problems, pilot_problems, funding_problems)
DEMO_FOLDER_LABEL = "demo/"
RawReader = Callable[[RegisterSpec], pd.DataFrame]  # a register's cells as text, or raise
Replacements = dict[str, pd.DataFrame | bytes]  # register file -> new cells or stored CSV


@dataclass(frozen=True)
class Registers:
    """The validated registers in mart shape (demo rows flagged `is_demo`), and their files."""

    tables: dict[str, pd.DataFrame]
    inputs: tuple[Path, ...]


def load_registers(data: DataRoot, reference: Reference) -> Registers:
    """Read and validate the real registers, then any demo registers; raise all problems.

    Demo registers are checked against the same schemas and rules, with the real registers
    standing in for the ones the demo folder does not have.
    """
    demo_specs = present_demo_specs(data)
    tables = check_registers(
        reference, folder_reader(data.register), folder_reader(data.demo), demo_specs
    )
    inputs = [data.register / spec.file for spec in REGISTERS.values()]
    inputs += [data.demo / spec.file for spec in demo_specs]
    return Registers(tables, tuple(inputs))


def check_replaced(data: DataRoot, reference: Reference, replacements: Replacements) -> None:
    """Validate the registers in use with some replaced, as `load_registers` would; raise.

    `replacements` maps a register file to its new cells as text (a frame with the Dutch
    headers) or to stored CSV bytes; nothing is written. Problems name the register file.
    """
    real = folder_reader(data.register)

    def read(spec: RegisterSpec) -> pd.DataFrame:
        if spec.file not in replacements:
            return real(spec)
        new = replacements[spec.file]
        if isinstance(new, bytes):
            return cells.raw_csv(new, spec.file, list(spec.columns.values()))
        return new

    check_registers(reference, read, folder_reader(data.demo), present_demo_specs(data))


def check_registers(
    reference: Reference, read_real: RawReader, read_demo: RawReader, demo_specs: list[RegisterSpec]
) -> dict[str, pd.DataFrame]:
    """Every register validated (schemas, then the rules across registers), demo rows added."""
    try:
        real = _check_folder(read_real, list(REGISTERS.values()), reference, is_demo=False)
    except FolderRefusedError as err:  # the demo registers in the same round, all said at once
        try:
            _check_folder(read_demo, demo_specs, reference, is_demo=True, base=err.tables)
        except InvalidInputError as demo_err:
            # Only the demo files' own: the real registers' problems are said once, above.
            files = {f"{DEMO_FOLDER_LABEL}{spec.file}" for spec in demo_specs}
            own = [p for p in demo_err.problems if p.file in files]
            raise InvalidInputError([*err.problems, *own]) from None
        raise InvalidInputError(err.problems) from None
    demo = _check_folder(read_demo, demo_specs, reference, is_demo=True, base=real)
    return {
        name: pd.concat([frame, demo[name]], ignore_index=True) if name in demo else frame
        for name, frame in real.items()
    }


def present_demo_specs(data: DataRoot) -> list[RegisterSpec]:
    """The demo-capable registers that have a file in the data root's `demo/`."""
    return [s for s in REGISTERS.values() if s.demo and (data.demo / s.file).is_file()]


def folder_reader(folder: Path) -> RawReader:
    """Reads a register's cells as text from its file in `folder`."""
    return lambda spec: cells.read_raw_csv(folder / spec.file, list(spec.columns.values()))


def _check_folder(
    read: RawReader,
    specs: list[RegisterSpec],
    reference: Reference,
    *,
    is_demo: bool,
    base: dict[str, pd.DataFrame] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every register of one folder against its schema, then the rules across registers, all
    in one round: a register with problems still lends its usable rows to the rules."""
    problems: list[Problem] = []
    label = DEMO_FOLDER_LABEL if is_demo else ""
    tables: dict[str, pd.DataFrame] = {}
    usable: dict[str, pd.DataFrame] = {}
    for spec in specs:
        try:
            tables[spec.mart] = check_register(read(spec), spec, reference, is_demo, label)
        except RegisterRefusedError as err:
            problems.extend(err.problems)
            usable[spec.mart] = err.usable
        except InvalidInputError as err:
            problems.extend(err.problems)
    if tables or usable:
        found = _rule_problems({**(base or {}), **tables, **usable}, reference, label)
        problems.extend(_not_yet_said(found, problems) if problems else found)
    if problems:
        raise FolderRefusedError(problems, {**tables, **usable})
    return tables


class FolderRefusedError(InvalidInputError):
    """A folder's problems, with every register that could be staged (for the demo round)."""

    def __init__(self, problems: list[Problem], tables: dict[str, pd.DataFrame]):
        super().__init__(problems)
        self.tables = tables


def _rule_problems(tables: dict[str, pd.DataFrame], reference: Reference, label: str):
    """The rules' problems; a rule that needs a register no rows of which could be read (or
    trips over a cell the schema refused) waits for the next round, the schema's word said."""
    place = Place(REGISTERS, label)
    found: list[Problem] = []
    for rule in RULES:
        try:
            found.extend(rule(tables, reference, place))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return found


def _not_yet_said(found: list[Problem], said: list[Problem]) -> list[Problem]:
    """The problems of `found` on a cell (file, row, column) no problem of `said` names."""
    cells = {(p.file, p.row, p.column) for p in said}
    return [p for p in found if (p.file, p.row, p.column) not in cells]


class RegisterRefusedError(InvalidInputError):
    """A register's schema problems, with its staged rows for the rules (`usable`): every row
    stays, so no reference to it goes missing; a cell the parsers could not read is empty."""

    def __init__(self, problems: list[Problem], usable: pd.DataFrame):
        super().__init__(problems)
        self.usable = usable


def load_register(
    path: Path, spec: RegisterSpec, reference: Reference, is_demo: bool = False, label: str = ""
) -> pd.DataFrame:
    """One register file, staged and checked against its schema (not yet against the others)."""
    raw = cells.read_raw_csv(path, list(spec.columns.values()))
    return check_register(raw, spec, reference, is_demo, label)


def check_register(
    raw: pd.DataFrame, spec: RegisterSpec, reference: Reference, is_demo: bool, label: str = ""
) -> pd.DataFrame:
    """One register's cells (text, Dutch headers) staged and checked against its schema."""
    districts = reference.districts
    names_or_codes = tuple(districts["district_code"]) + tuple(districts["name"])
    allowed = dict.fromkeys(spec.district_columns, names_or_codes)
    source = SourceTable(f"{label}{spec.file}", raw, spec.columns, allowed=allowed)
    staged = stage(raw, spec, districts)
    if spec.demo:
        staged = staged.assign(is_demo=is_demo)
    unreadable = unreadable_cells(raw, staged, spec, source.file)
    try:
        checked = check_table(staged, spec.schema, source)
    except InvalidInputError as err:
        # The schema's own word on a cell wins; unreadable cells it accepted are added.
        seen = {(problem.row, problem.column) for problem in err.problems}
        extra = [p for p in unreadable if (p.row, p.column) not in seen]
        problems = sorted([*err.problems, *extra], key=_in_file_order)
        raise RegisterRefusedError(problems, staged) from None
    if unreadable:
        raise RegisterRefusedError(unreadable, staged)
    return checked


def _in_file_order(problem: Problem) -> tuple[int, str]:
    return (problem.row or 0, problem.column or "")
