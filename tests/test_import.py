"""Template → fill → import → the dashboard shows it; a bad import changes nothing; Dutch CSV;
the diff; export → import gives the registers back (hypothesis)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.display.exports import csv_bytes
from etl.__main__ import main
from etl.build import build
from etl.reference.tables import load_reference
from etl.registers import applying, checking, incoming, parsing, report, versions
from etl.registers import columns as rc
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import readable
from etl.registers.workbook import export_bytes, registers_workbook, sheet_name, template_bytes

from .conftest import REPO

REFERENCE = load_reference(REPO / "data" / "reference")
WORKPLAN = sheet_name(REGISTERS["workplan"])


def _snapshot(root) -> dict[str, bytes]:
    return {
        str(path.relative_to(root.root)): path.read_bytes()
        for path in sorted(root.root.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


@pytest.fixture
def cli(settings, monkeypatch):
    """`python -m etl VERB` in this process, on the test's data root."""
    monkeypatch.setenv("VNON_DATA_DIR", str(settings.data.root))
    monkeypatch.setenv("VNON_BOUNDARIES", str(settings.boundaries_file))
    return main


def _save(book, path):
    book.save(path)
    return path


def _fill_template(tmp_path):
    book = openpyxl.load_workbook(io.BytesIO(template_bytes(REFERENCE)))
    sheet = book[WORKPLAN]
    sheet.append(
        [
            "netwerkdag",
            "Netwerkdag Oost-Nederland",
            "ondermijning",
            2020,
            2021,
            "Gepland",
            "Coördinator, januari 2020",
        ]
    )
    sheet.append(
        [
            "cyber-oefening",
            "Cyberoefening met de districten",
            "cybercrime",
            "2021",
            "2.022",
            "lopend",
            "Coördinator",
        ]
    )
    return _save(book, tmp_path / "ingevuld.xlsx")


def test_template_filled_and_imported_is_what_the_dashboard_shows(settings, cli, tmp_path, capsys):
    build(settings)
    bodies_before = len(read_marts(settings.data.processed).bodies)
    path = _fill_template(tmp_path)
    assert cli(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Werkprogramma (werkprogramma.csv): 2 toegevoegd, 0 gewijzigd, 13 verwijderd" in out
    assert (
        "Bladen zonder rijen zijn overgeslagen; die registers blijven zoals ze zijn: 'Overleggen'"
        in out
    )
    workplan = read_marts(settings.data.processed).workplan.set_index("activity_id")
    assert workplan.loc["netwerkdag", "status"] == "gepland"  # the vocabulary's spelling
    assert workplan.loc["cyber-oefening", "end_year"] == 2022
    assert len(workplan) == 2
    assert len(read_marts(settings.data.processed).bodies) == bodies_before  # empty sheet: kept
    app = AppTest.from_file(str(REPO / "pages" / "themas.py"), default_timeout=60).run()
    assert not app.exception
    assert "Netwerkdag Oost-Nederland" in app.dataframe[-1].value.to_string()


def test_a_second_import_with_one_error_changes_nothing_and_names_row_and_column(
    settings, cli, tmp_path, capsys
):
    build(settings)
    assert cli(["import", str(_fill_template(tmp_path))]) == 0
    exported = tmp_path / "export.xlsx"
    assert cli(["export", str(exported)]) == 0
    book = openpyxl.load_workbook(exported)
    book[WORKPLAN]["E3"] = "2O22"  # the letter O
    book[WORKPLAN]["B2"] = "Netwerkdag 2020"
    _save(book, exported)
    before = _snapshot(settings.data)
    capsys.readouterr()
    assert cli(["import", str(exported)]) == 1
    err = capsys.readouterr().err
    assert "Er is niets gewijzigd" in err
    assert "export.xlsx, blad 'Werkprogramma', rij 3, kolom 'eindjaar': waarde '2O22'" in err
    assert "is geen geheel getal" in err
    assert _snapshot(settings.data) == before


def _dutch_csv(spec, frame: pd.DataFrame) -> bytes:
    """A stored register as Dutch Excel saves it: ';', decimal comma, d-m-yyyy, Windows-1252."""
    frame = frame.copy()
    for column in spec.numbers:
        header = spec.columns[column]
        frame[header] = frame[header].map(
            lambda v: (
                ""
                if v == ""
                else f"{Decimal(v):,}".replace(",", " ").replace(".", ",").replace(" ", ".")
            )
        )
    for column in spec.dates:
        header = spec.columns[column]
        frame[header] = frame[header].map(
            lambda v: "" if v == "" else dt.date.fromisoformat(v).strftime("%-d-%-m-%Y")
        )
    text = frame.to_csv(sep=";", index=False, lineterminator="\r\n")
    return text.encode("cp1252")


def test_dutch_excel_csv_of_every_register_reads_back_unchanged(data_root):
    for spec in REGISTERS.values():
        stored = (data_root.register / spec.file).read_bytes()
        frame = incoming.stored_frame(stored, spec, REFERENCE)
        try:
            content = _dutch_csv(spec, frame)
        except UnicodeEncodeError:
            continue  # text Windows-1252 cannot hold
        result = checking.check(spec.file, content, data_root, REFERENCE)
        assert not result.problems, [str(p) for p in result.problems]
        assert content.isascii() or "Windows-1252" in " ".join(result.notes)
        assert not result.has_changes, spec.label


def test_dutch_excel_csv_imports_with_decimal_comma_and_windows_1252(settings, cli, tmp_path):
    if "budget_lines" not in REGISTERS:
        pytest.skip("geen begroting gedeclareerd")
    spec = REGISTERS["budget_lines"]
    stored = (settings.data.register / spec.file).read_bytes()
    frame = incoming.stored_frame(stored, spec, REFERENCE)
    frame.loc[0, spec.columns["amount_eur"]] = "95000.5"
    path = tmp_path / "Begroting 2020.csv"
    path.write_bytes(_dutch_csv(spec, frame))
    assert b"95.000,5" in path.read_bytes() and b";co\xf6rdinatie;" in path.read_bytes()
    assert cli(["import", str(path)]) == 0
    budget = read_marts_table(settings, "budget_lines")
    first = budget.iloc[0]
    assert (first["category"], first["amount_eur"]) == ("coördinatie", 95000.5)


def read_marts_table(settings, name: str) -> pd.DataFrame:
    return pd.read_parquet(settings.data.processed / f"{name}.parquet")


def test_a_csv_is_recognised_by_its_headers_or_its_file_name(data_root):
    stored = (data_root.register / "werkprogramma.csv").read_text()
    renamed = stored.replace("id,titel,thema", " ID , Titel,THEMA", 1)
    result = checking.check("export (3).csv", renamed.encode(), data_root, REFERENCE)
    assert result.recognised == [("export (3).csv", "Werkprogramma", 13)]
    assert not result.problems and not result.has_changes
    typo = stored.replace("titel", "tittel", 1)
    result = checking.check("Werkprogramma (2).csv", typo.encode(), data_root, REFERENCE)
    assert [(p.column, p.message[:15]) for p in result.problems] == [
        ("tittel", "onbekende kolom"),
        ("titel", "deze kolom ontb"),
    ]


def test_diff_names_added_changed_and_removed_rows_by_key(data_root):
    frame = pd.read_csv(data_root.register / "relaties.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "toelichting"] = "Nieuwe toelichting"
    frame = frame.drop(index=1)
    frame.loc[len(frame) + 5] = ["werkgroep", "bbg", "rapporteert aan", "", "Test"]
    result = checking.check(
        "relaties.csv", frame.to_csv(index=False).encode(), data_root, REFERENCE
    )
    assert result.ok, [str(p) for p in result.problems]
    (diff,) = result.diffs
    assert diff.key_headers == ("van", "naar", "relatie")
    assert diff.counts() == {"added": 1, "changed": 1, "removed": 1}
    (change,) = diff.changed
    assert (change.key, change.column, change.new) == (
        "rvo / bbg / geeft opdracht aan",
        "toelichting",
        "Nieuwe toelichting",
    )
    assert diff.removed.iloc[0]["van"] == "bbg"
    text = report.describe(result)
    assert "+ werkgroep / bbg / rapporteert aan" in text and "- bbg / rvo" in text


def _unbuilt(settings) -> None:
    """A rebuild that builds nothing: this test looks at the registers only."""


def test_an_apply_after_another_change_is_refused(settings, tmp_path):
    data = settings.data
    content = (data.register / "werkprogramma.csv").read_text().replace(",onbekend,", ",lopend,", 1)
    first = checking.check("werkprogramma.csv", content.encode(), data, REFERENCE)
    second = checking.check(
        "werkprogramma.csv", content.replace("lopend", "afgerond", 1).encode(), data, REFERENCE
    )
    applying.apply(first, settings, "test", rebuild=_unbuilt)
    with pytest.raises(versions.VersionError, match="gewijzigd sinds"):
        applying.apply(second, settings, "test", rebuild=_unbuilt)


def test_a_workbook_with_one_sheet_replaces_only_that_register(data_root):
    book = openpyxl.Workbook()
    book.active.title = "Thema's"
    themes = pd.read_csv(data_root.register / "themas.csv", dtype=str, keep_default_na=False)
    book.active.append(list(themes.columns))
    for row in themes.itertuples(index=False):
        book.active.append(list(row))
    book.active["B2"] = "Ondermijning en georganiseerde criminaliteit"
    book.create_sheet("Mijn aantekeningen")
    buffer = io.BytesIO()
    book.save(buffer)
    result = checking.check("themas.xlsx", buffer.getvalue(), data_root, REFERENCE)
    assert result.ok and list(result.files) == ["themas.csv"]
    assert "Blad 'Mijn aantekeningen' is overgeslagen" in " ".join(result.notes)
    assert result.totals() == {"added": 0, "changed": 1, "removed": 0}


def test_an_untouched_template_is_refused(data_root):
    result = checking.check("sjabloon.xlsx", template_bytes(REFERENCE), data_root, REFERENCE)
    (problem,) = result.problems
    assert problem.message == checking.ALL_SHEETS_EMPTY


def test_export_then_import_gives_no_changes(data_root):
    result = checking.check("export.xlsx", export_bytes(data_root, REFERENCE), data_root, REFERENCE)
    assert result.ok and not result.has_changes
    assert [label for _, label, _ in result.recognised] == [
        spec.label for spec in REGISTERS.values() if _has_rows(data_root, spec)
    ]  # a register without rows (the pilot results since the audit) is an empty sheet, skipped


def _has_rows(data_root, spec) -> bool:
    return len((data_root.register / spec.file).read_text().splitlines()) > 1


def test_cross_register_problems_point_into_the_upload(data_root):
    content = (data_root.register / "werkprogramma.csv").read_text()
    content = content.replace(",jongeren,2019,2020,", ",wietteelt,2019,2020,", 1)
    result = checking.check("werkprogramma.csv", content.encode(), data_root, REFERENCE)
    (problem,) = result.problems
    assert (problem.column, problem.value) == ("thema", "wietteelt")
    assert "onbekend thema" in problem.message


# --- export → import round trip of generated registers (hypothesis) --------------------------

TEXT = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"),
        include_characters="\n",
    ),
    max_size=40,
).map(lambda text: parsing.clean_text(text))
# A text starting with ' and a formula sign loses the ' on import, as in a spreadsheet.
TEXT = TEXT.filter(lambda t: not (len(t) > 1 and t[0] == "'" and t[1] in "=+-@"))
ITEM = TEXT.map(lambda t: " ".join(t.replace(";", " ").split())).filter(bool)


def _cell(info: rc.ColumnInfo):
    if info.choices:
        choice = st.sampled_from(info.choices)
        return choice if info.required else st.one_of(st.just(""), choice)
    if info.kind == rc.LIST:
        return st.lists(ITEM, max_size=4).map("; ".join)
    if info.kind == rc.WHOLE:
        return st.integers(-(10**9), 10**9).map(str)
    if info.kind == rc.NUMBER:  # up to 15 significant digits: what a spreadsheet keeps
        return st.builds(
            lambda digits, places: parsing.format_number(Decimal(digits).scaleb(-places)),
            st.integers(-(10**15) + 1, 10**15 - 1),
            st.integers(0, 6),
        )
    if info.kind == rc.DATE:
        return st.dates(dt.date(1901, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    return TEXT


@st.composite
def _register(draw, spec):
    infos = rc.column_infos(spec, REFERENCE)
    row = st.tuples(*(_cell(info) for info in infos)).map(list)
    rows = draw(st.lists(row, min_size=1, max_size=6))
    rows = [r for r in rows if any(r)] or [[draw(TEXT.filter(bool))] + [""] * (len(infos) - 1)]
    return rows


def _frame(spec, rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(spec.columns.values()), dtype=object)


ROUND_TRIP = hypothesis_settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.mark.parametrize("mart", list(REGISTERS))
@ROUND_TRIP
@given(data=st.data())
def test_generated_registers_survive_export_and_import_as_xlsx(mart, data):
    spec = REGISTERS[mart]
    rows = data.draw(_register(spec))
    content = registers_workbook(REFERENCE, {mart: rows})
    incoming, kind, _, problems = checking.parse_upload("r.xlsx", content, REFERENCE)
    assert kind == "xlsx" and not problems, [str(p) for p in problems]
    (back,) = [inc for inc in incoming if inc.spec.mart == mart]
    pd.testing.assert_frame_equal(back.frame, _frame(spec, rows))


def _typed(spec, rows) -> pd.DataFrame:
    """A page's table: numbers, dates and lists typed (as dashboard.display.exports gets them)."""
    frame = _frame(spec, rows)
    for column, header in spec.columns.items():
        values = frame[header]
        if column in spec.whole_numbers:
            frame[header] = values.map(lambda v: int(v) if v else None).astype(object)
        elif column in spec.numbers:
            frame[header] = values.map(lambda v: float(v) if v else None).astype(object)
        elif column in spec.dates:
            frame[header] = values.map(lambda v: dt.date.fromisoformat(v) if v else None)
        elif column in spec.lists:
            frame[header] = values.map(lambda v: v.split("; ") if v else [])
    return frame


@pytest.mark.parametrize("mart", list(REGISTERS))
@ROUND_TRIP
@given(data=st.data())
def test_generated_registers_survive_the_dutch_csv_download_and_import(mart, data):
    spec = REGISTERS[mart]
    rows = data.draw(_register(spec))
    content = csv_bytes(_typed(spec, rows))  # ';', decimal comma, BOM, formula guard
    incoming, kind, _, problems = checking.parse_upload(spec.file, content, REFERENCE)
    assert kind == "csv" and not problems, [str(p) for p in problems]
    (back,) = incoming
    pd.testing.assert_frame_equal(back.frame, _frame(spec, rows))


def test_seed_copy_is_untouched_by_imports(settings, cli, tmp_path):
    seed = {p.name: p.read_bytes() for p in settings.data.seed_register.iterdir()}
    build(settings)
    assert cli(["import", str(_fill_template(tmp_path))]) == 0
    assert {p.name: p.read_bytes() for p in settings.data.seed_register.iterdir()} == seed
    assert settings.data.register == settings.data.history / "v0002"
    shutil.rmtree(settings.data.history)
    assert settings.data.register == settings.data.seed_register


def test_the_command_line_diff_writes_amounts_and_dates_in_dutch(data_root):
    frame = pd.read_csv(data_root.register / "begroting.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "bedrag_eur"] = "6996.99"
    result = checking.check(
        "begroting.csv", frame.to_csv(index=False).encode(), data_root, REFERENCE
    )
    assert result.ok, [str(p) for p in result.problems]
    text = report.describe(result)
    assert "bedrag_eur: '90.000' → '6.996,99'" in text
    assert "6996.99" not in text
    budget = REGISTERS["budget_lines"]
    assert readable(budget, "amount_eur", "52000.0") == "52.000"  # never '52000,0'
    assert readable(budget, "amount_eur", "6996.9") == "6.996,90"
    rates = REGISTERS["contribution_rates"]
    assert readable(rates, "rate_eur", "0.075") == "0,075"
    pilots = REGISTERS["pilots"]
    assert readable(pilots, "start_date", "2020-03-01") == "01-03-2020"
    assert readable(pilots, "pilot_id", "2020-03-01") == "2020-03-01"  # text stays as stored
