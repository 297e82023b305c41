"""The corpus of broken uploads (tests/fixtures/broken/): each gets its Dutch message, and the
registers, the marts and the history stay exactly as they were."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.__main__ import main
from etl.core.settings import DataRoot
from etl.reference.tables import load_reference
from etl.registers import checking
from etl.registers.tables import Limits

from .conftest import REPO

CORPUS = REPO / "tests" / "fixtures" / "broken"

# file -> what the report must say: (message fragment, row as Excel numbers it, column)
EXPECTED: dict[str, list[tuple[str, int | None, str | None]]] = {
    # wrong type: decided by content, whatever the name says
    "pdf_als_csv.csv": [("dit is een PDF-document", None, None)],
    "oud_excel.xls": [("oud Office-bestand (zoals .xls)", None, None)],
    "afbeelding.xlsx": [("dit is een PNG-afbeelding", None, None)],
    "binair.csv": [("geen tekstbestand", None, None)],
    "word.xlsx": [("Word-document, geen Excel-werkmap", None, None)],
    "opendocument.xlsx": [("OpenDocument-bestand", None, None)],
    # empty and truncated
    "leeg.csv": [("het bestand is leeg", None, None)],
    "afgebroken.xlsx": [("beschadigd of onvolledig", None, None)],
    "afgebroken.csv": [('rij 3: een aanhalingsteken (") wordt niet afgesloten', None, None)],
    # hostile workbooks
    "zipbom.xlsx": [("mogelijk een zip-bom", None, None)],
    "entiteiten.xlsx": [("XML-documenttype", None, None)],
    "macro.xlsx": [("bevat macro's", None, None)],
    "formule.xlsx": [("bevat een formule", 2, "startjaar")],
    "foutwaarde.xlsx": [("Excel-foutwaarde", 2, "eindjaar")],
    # headers
    "werkprogramma_koppen.csv": [
        ("onbekende kolom; dit register heeft de kolommen: id, titel", None, "begin"),
        ("onbekende kolom", None, "einde"),
        ("deze kolom ontbreekt", None, "startjaar"),
        ("deze kolom ontbreekt", None, "eindjaar"),
    ],
    "onbekend_register.csv": [("niet te bepalen welk register dit is", None, None)],
    "te_veel_kolommen.csv": [("te veel kolommen (100); hoogstens 60", None, None)],
    "extra_cellen.csv": [("meer cellen dan er kolomkoppen zijn", 3, None)],
    # keys and codes
    "dubbele_sleutel.csv": [
        ("komt meer dan één keer voor", 2, "id"),
        ("komt meer dan één keer voor", 3, "id"),
    ],
    "onbekende_codes.csv": [
        ("geen geldige CBS-gemeentecode", 2, "gemeente"),
        ("onbekende waarde; toegestaan is: herkomst, overnemer, deelnemer", 3, "rol"),
    ],
    # dates and numbers, Dutch and wrong notations ('1 maart 2020' in row 6 is fine)
    "datums.csv": [
        ("is geen bestaande datum", 2, "sinds"),
        ("is geen datum; schrijf dag-maand-jaar", 3, "sinds"),
        ("het jaar moet vier cijfers hebben", 4, "sinds"),
        ("is geen datum", 5, "sinds"),
    ],
    "begroting_getallen.csv": [
        ("is geen getal in Nederlandse notatie", 2, "bedrag_eur"),
        ("is geen getal; schrijf bijvoorbeeld 1234,56", 3, "bedrag_eur"),
        ("is geen geheel getal", 4, "jaar"),
    ],
    # encodings and sizes
    "gemengde_codering.csv": [("mengt twee tekensets (UTF-8 en Windows-1252)", None, None)],
    "enorme_cel.csv": [("de cel is te lang (20000 tekens); hoogstens 10000", 2, "titel")],
}
# How many problems each file gives in all (the report names no more than these).
COUNTS = {"datums.csv": 4, "begroting_getallen.csv": 3, "dubbele_sleutel.csv": 2}


def _snapshot(root: DataRoot) -> dict[str, bytes]:
    """Every file of the data root but the lock file (taking the lock is no change)."""
    return {
        str(path.relative_to(root.root)): path.read_bytes()
        for path in sorted(root.root.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


@pytest.fixture
def root(built_root, tmp_path) -> DataRoot:
    """A copy of a built data root: registers and marts as a deployment has them."""
    copy = DataRoot(tmp_path / "data")
    shutil.copytree(built_root.root, copy.root)
    return copy


def test_the_corpus_is_complete():
    on_disk = {path.name for path in CORPUS.iterdir() if path.suffix in {".csv", ".xlsx", ".xls"}}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_refused_with_its_message_and_changes_nothing(
    name, root, monkeypatch, capsys
):
    path = CORPUS / name
    result = checking.check(name, path.read_bytes(), root, load_reference(root.reference))
    assert not result.ok and not result.files
    for fragment, row, column in EXPECTED[name]:
        assert any(
            fragment in p.message and p.row == row and p.column == column and p.file == name
            for p in result.problems
        ), (fragment, row, column, [str(p) for p in result.problems])
    if name in COUNTS:
        assert len(result.problems) == COUNTS[name]

    before = _snapshot(root)
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    assert main(["import", str(path)]) == 1
    report = capsys.readouterr().err
    assert "Er is niets gewijzigd" in report and "Traceback" not in report
    assert EXPECTED[name][0][0] in report
    assert _snapshot(root) == before


def test_a_file_over_the_size_limit_is_refused(root):
    content = (CORPUS / "dubbele_sleutel.csv").read_bytes()
    result = checking.check(
        "groot.csv", content, root, load_reference(root.reference), Limits(max_bytes=100)
    )
    (problem,) = result.problems
    assert "het bestand is te groot" in problem.message and "hoogstens 0,0 MB" in problem.message


def test_the_size_limit_comes_from_the_environment(root, monkeypatch, capsys):
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    monkeypatch.setenv("VNON_MAX_UPLOAD_MB", "0.0001")
    assert main(["validate", str(CORPUS / "dubbele_sleutel.csv")]) == 1
    assert "het bestand is te groot" in capsys.readouterr().err


def test_too_many_rows_are_refused(root):
    header = "id,titel,thema,startjaar,eindjaar,status,bron\n"
    rows = "".join(f"a{i},Titel,,2019,2020,gepland,bron\n" for i in range(12))
    result = checking.check(
        "werkprogramma.csv",
        (header + rows).encode(),
        root,
        load_reference(root.reference),
        Limits(max_rows=10),
    )
    (problem,) = result.problems
    assert problem.message == "te veel rijen; hoogstens 10 per register"


def test_validate_reports_on_stderr_and_exits_non_zero(root, monkeypatch, capsys):
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    assert main(["validate", str(CORPUS / "datums.csv")]) == 1
    err = capsys.readouterr().err
    assert "datums.csv, rij 2, kolom 'sinds': waarde '31-02-2020'" in err
    assert main(["validate", str(Path(root.root) / "bestaat-niet.csv")]) == 1
    assert "Bestand niet gevonden" in capsys.readouterr().err
