"""Reading and validating the reference files: the happy path and every bad input in Dutch."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.core.errors import InvalidInputError
from etl.reference.tables import DISTRICTS_FILE, MUNICIPALITIES_FILE, load_reference


def _edit(root, file: str, change) -> None:
    """Rewrite a reference file with `change(frame) -> frame` applied to its text cells."""
    path = root.reference / file
    change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)


def _cell(index: int, column: str, value: str):
    """A change that puts `value` in one cell (index 0 is Excel's row 2)."""

    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame.loc[index, column] = value
        return frame

    return change


def _report(root) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        load_reference(root.reference)
    return caught.value


def test_reference_holds_76_municipalities_in_five_districts(data_root):
    reference = load_reference(data_root.reference)
    per_district = reference.municipalities.groupby("district_code").size().to_dict()
    assert per_district == {"VR04": 11, "VR05": 14, "VR06": 22, "VR07": 15, "VR08": 14}
    assert reference.municipalities["inhabitants"].sum() == 3_228_403
    assert (
        reference.municipalities.set_index("municipality_code").at["GM0150", "name"] == "Deventer"
    )
    districts = reference.districts.set_index("district_code")
    assert districts.at["VR05", "name"] == "Twente"
    assert districts["n_municipalities"].to_dict() == per_district
    assert districts["inhabitants"].sum() == 3_228_403
    assert (reference.municipalities["inhabitants_date"] == pd.Timestamp("2019-01-01")).all()


def test_unknown_district_names_row_column_value_and_allowed_names(data_root):
    _edit(
        data_root,
        MUNICIPALITIES_FILE,
        _cell(3, "district", "Achterhoek"),
    )
    (problem,) = _report(data_root).problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        MUNICIPALITIES_FILE,
        5,
        "district",
        "Achterhoek",
    )
    assert "onbekende waarde" in problem.message and "Twente" in problem.message
    assert "rij 5, kolom 'district': waarde 'Achterhoek'" in str(problem)


def test_duplicate_code_names_both_rows(data_root):
    _edit(
        data_root,
        MUNICIPALITIES_FILE,
        _cell(10, "gemeente_code", "GM0202"),
    )
    problems = _report(data_root).problems
    assert [(p.row, p.column) for p in problems] == [(2, "gemeente_code"), (12, "gemeente_code")]
    assert all("meer dan één keer" in p.message for p in problems)


@pytest.mark.parametrize("code", ["G0150", "GM150", "gm0150", "GM01500", ""])
def test_malformed_code_is_refused(data_root, code):
    _edit(data_root, MUNICIPALITIES_FILE, _cell(7, "gemeente_code", code))
    (problem,) = _report(data_root).problems
    assert (problem.row, problem.column) == (9, "gemeente_code")
    assert "CBS-gemeentecode" in problem.message or "leeg" in problem.message


def test_missing_column_is_named(data_root):
    _edit(data_root, MUNICIPALITIES_FILE, lambda f: f.drop(columns="inwoners"))
    error = _report(data_root)
    assert [(p.file, p.column, p.row) for p in error.problems] == [
        (MUNICIPALITIES_FILE, "inwoners", None)
    ]
    assert "kolom 'inwoners'" in error.report() and "ontbreekt" in error.report()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("-5", "mag niet negatief zijn"), ("veel", "is geen geheel getal"),
     ("12,5", "is geen geheel getal"), ("", "mag niet leeg zijn")],
)  # fmt: skip
def test_bad_inhabitants_are_refused(data_root, value, expected):
    _edit(data_root, MUNICIPALITIES_FILE, _cell(0, "inwoners", value))
    (problem,) = _report(data_root).problems
    assert (problem.row, problem.column, problem.message) == (2, "inwoners", expected)


def test_all_problems_of_both_files_come_in_one_report(data_root):
    _edit(data_root, MUNICIPALITIES_FILE, _cell(0, "inwoners", "-1"))
    _edit(data_root, DISTRICTS_FILE, _cell(1, "district_code", "VR99"))
    error = _report(data_root)
    assert {p.file for p in error.problems} == {MUNICIPALITIES_FILE, DISTRICTS_FILE}
    assert error.report().startswith("De invoer is afgekeurd")


def test_missing_file_is_named(data_root):
    (data_root.reference / DISTRICTS_FILE).unlink()
    (problem,) = _report(data_root).problems
    assert problem.file == DISTRICTS_FILE and "ontbreekt" in problem.message


def test_many_equal_errors_are_grouped(data_root):
    _edit(data_root, MUNICIPALITIES_FILE, lambda f: f.assign(provincie="Utrecht"))
    report = _report(data_root).report()
    assert "76 keer" in report and "kolom 'provincie'" in report
    assert len(report.splitlines()) == 2
