"""What an import or rollback would change in a register: added, changed and removed rows.

Rows are matched by the register's key (etl.registers.columns.key_columns) and compared in
stored notation; without a usable key whole rows are compared.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from etl.core.settings import DataRoot
from etl.reference.tables import Reference
from etl.registers import columns as rc
from etl.registers.catalogue import REGISTERS
from etl.registers.incoming import Incoming, stored_frame
from etl.registers.spec import RegisterSpec


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


def diff_upload(inc: Incoming, data: DataRoot, reference: Reference) -> RegisterDiff:
    """The diff of an uploaded register against the one in use (all added when there is none)."""
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
        spec.mart,
        spec.label,
        spec.file,
        keys,
        added.reset_index(drop=True),
        removed.reset_index(drop=True),
        tuple(changes),
        changed_rows,
        unchanged,
    )


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
        spec.mart,
        spec.label,
        spec.file,
        (),
        pd.DataFrame(added, columns=columns, dtype=object),
        pd.DataFrame(removed, columns=columns, dtype=object),
        (),
        0,
        sum((old_rows & new_rows).values()),
    )


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
