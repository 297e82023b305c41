"""The registers validated in memory: replaced registers checked as the build would, no files."""

from __future__ import annotations

import tempfile

import pandas as pd
import pytest

from etl.core import cells
from etl.core.errors import InvalidInputError
from etl.reference.tables import load_reference
from etl.registers import checking
from etl.registers.catalogue import REGISTERS, check_replaced

from .conftest import REPO

REFERENCE = load_reference(REPO / "data" / "reference")
WORKPLAN = REGISTERS["workplan"]


def _workplan(data_root) -> pd.DataFrame:
    return cells.read_raw_csv(data_root.register / WORKPLAN.file, list(WORKPLAN.columns.values()))


def _no_temporary_folders(monkeypatch) -> None:
    def refused(*args, **kwargs):
        raise AssertionError("a temporary folder was made")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", refused)
    monkeypatch.setattr(tempfile, "mkdtemp", refused)


def test_the_registers_in_use_pass_and_a_replacement_is_checked_like_a_file(data_root):
    check_replaced(data_root, REFERENCE, {})
    raw = _workplan(data_root)
    doubled = pd.concat([raw, raw.iloc[[0]]], ignore_index=True)
    with pytest.raises(InvalidInputError) as err:
        check_replaced(data_root, REFERENCE, {WORKPLAN.file: doubled})
    problems = err.value.problems
    assert {problem.file for problem in problems} == {WORKPLAN.file}
    assert {problem.row for problem in problems} == {2, len(raw) + 2}  # the header is row 1


def test_a_replacement_may_be_stored_csv_bytes(data_root):
    content = (data_root.register / WORKPLAN.file).read_bytes()
    check_replaced(data_root, REFERENCE, {WORKPLAN.file: content})
    with pytest.raises(InvalidInputError, match="deze kolom ontbreekt"):
        check_replaced(data_root, REFERENCE, {WORKPLAN.file: b"id\nx\n"})


def test_rules_across_registers_see_the_replacement(data_root):
    raw = _workplan(data_root)
    theme_header = WORKPLAN.columns["theme_id"]
    unknown = raw.assign(**{theme_header: "geen-thema"})
    with pytest.raises(InvalidInputError) as err:
        check_replaced(data_root, REFERENCE, {WORKPLAN.file: unknown})
    assert {problem.column for problem in err.value.problems} == {theme_header}


def test_an_upload_is_checked_without_a_temporary_data_folder(data_root, monkeypatch):
    _no_temporary_folders(monkeypatch)
    before = sorted(path.name for path in data_root.root.rglob("*"))
    content = (data_root.register / WORKPLAN.file).read_text().replace(",onbekend,", ",lopend,", 1)
    result = checking.check(WORKPLAN.file, content.encode(), data_root, REFERENCE)
    assert result.ok and result.totals()["changed"] == 1
    bad = content.replace(",onbekend,", ",misschien,", 1)
    result = checking.check(WORKPLAN.file, bad.encode(), data_root, REFERENCE)
    assert [problem.value for problem in result.problems] == ["misschien"]
    assert sorted(path.name for path in data_root.root.rglob("*")) == before
