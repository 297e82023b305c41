"""Spreadsheet-safe cells and sheet names (etl.core.spreadsheet)."""

from __future__ import annotations

import pytest

from etl.core import spreadsheet


def test_neutralised_leaves_ordinary_text_alone():
    assert spreadsheet.neutralised("Twente") == "Twente"
    assert spreadsheet.neutralised("a=b") == "a=b"
    assert spreadsheet.neutralised("=b") == "'=b"


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_neutralised_and_unguarded_are_each_others_inverse(text):
    assert spreadsheet.neutralised(text) == "'" + text
    assert spreadsheet.unguarded(spreadsheet.neutralised(text)) == text


def test_unguarded_keeps_an_apostrophe_the_user_meant():
    assert spreadsheet.unguarded("'s-Heerenberg") == "'s-Heerenberg"
    assert spreadsheet.unguarded("'") == "'"


def test_cell_text_drops_control_characters_and_guards_formulas():
    assert spreadsheet.cell_text("a\x07b") == "ab"
    assert spreadsheet.cell_text("\x07=b") == "'=b"


def test_sheet_titles_are_valid_and_unique_regardless_of_case():
    assert spreadsheet.sheet_title("a/b:c*d?[e]\\f") == "a b c d  e  f"
    assert spreadsheet.sheet_title("'Thema's'") == "Thema's"
    assert len(spreadsheet.sheet_title("x" * 40)) == spreadsheet.SHEET_NAME_LENGTH
    used: set[str] = set()
    names = [spreadsheet.unique_sheet_title(name, used) for name in ("x" * 40, "X" * 40, "", "")]
    assert names == ["x" * 31, "X" * 27 + " (2)", "Blad", "Blad (2)"]
    assert used == {"x" * 31, "x" * 27 + " (2)", "blad", "blad (2)"}


def test_the_excel_mime_type():
    assert spreadsheet.EXCEL_MIME.endswith("spreadsheetml.sheet")


def test_the_forbidden_characters_are_those_openpyxl_refuses():
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for code in range(0x3000):
        character = chr(code)
        ours = bool(spreadsheet.ILLEGAL_CHARACTERS.match(character))
        assert ours == bool(ILLEGAL_CHARACTERS_RE.match(character)), hex(code)
