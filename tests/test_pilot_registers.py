"""The pilot registers: the seed from the Q&A and public facts, and every bad input as a Dutch,
row-precise error (file, row as Excel numbers it, column, value)."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.core.errors import InvalidInputError
from etl.reference.tables import load_reference
from etl.registers.catalogue import REGISTERS, load_registers

TWENTE = {
    "GM0141", "GM0147", "GM1774", "GM0153", "GM0158", "GM0163", "GM0164", "GM1735", "GM0168",
    "GM0173", "GM1742", "GM0183", "GM1700", "GM0189",
}  # fmt: skip
SEED = "Q&A Veiligheidsnetwerk Oost-Nederland, mei 2019, vraag 1"
SKIPR = (
    "https://www.skipr.nl/actueel/id36909-twentse-gemeenten-starten-streettriage-verwarde-personen"
    ".html (2018-12)"
)


@pytest.fixture
def reference(data_root):
    return load_reference(data_root.reference)


def _path(root, mart: str):
    return root.register / REGISTERS[mart].file


def _edit(root, mart: str, change) -> None:
    path = _path(root, mart)
    change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)


def _add(root, mart: str, **row) -> int:
    """Append a row (Dutch headers; the others empty); return its row number as Excel shows it."""
    frame = pd.read_csv(_path(root, mart), dtype=str, keep_default_na=False)
    frame = pd.concat([frame, pd.DataFrame([row])], ignore_index=True).fillna("")
    frame.to_csv(_path(root, mart), index=False)
    return len(frame) + 1


def _set(root, mart: str, row_number: int, header: str, value: str) -> None:
    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame.loc[row_number - 2, header] = value
        return frame

    _edit(root, mart, change)


def _problems(root, reference):
    with pytest.raises(InvalidInputError) as caught:
        load_registers(root, reference)
    return caught.value.problems


def _one(root, reference):
    (problem,) = _problems(root, reference)
    return problem


def test_street_triage_started_in_deventer_and_was_adopted_by_all_of_twente(data_root, reference):
    tables = load_registers(data_root, reference).tables
    pilot = tables["pilots"].set_index("pilot_id").loc["street-triage"]
    assert pilot["origin_municipality_code"] == "GM0150"
    assert pilot["theme_id"] == "verward-gedrag" and pilot["category"] == "triage"
    assert not pilot["is_demo"] and "vraag 1" in pilot["source"]
    # What no source says stays empty; 'continued from 2021' is after the register's May 2019.
    assert pd.isna(pilot["subsidy_eur"]) and pd.isna(pilot["start_date"])
    assert pd.isna(pilot["status"]) and pd.isna(pilot["lead_organisation"])
    # Funders and partners come from the public reference, which the row cites.
    assert [f.split(",")[0] for f in pilot["funders"]] == ["ZonMw", "Menzis"]
    assert "Dimence (Twente)" in pilot["partners"] and len(pilot["partners"]) == 6
    assert pilot["source"].startswith(SEED) and SKIPR in pilot["source"]
    sites = tables["pilot_sites"]
    sites = sites[sites["pilot_id"] == "street-triage"].set_index("municipality_code")
    assert sites.at["GM0150", "role"] == "herkomst"
    adopters = sites[sites["role"] == "overnemer"]
    assert set(adopters.index) == TWENTE
    assert sites["since"].isna().all()  # the Q&A dates neither the start nor the adoption
    assert sites["source"].str.startswith(SEED).all()
    assert not sites["is_demo"].any()
    results = tables["pilot_results"]  # the results the public reference reports
    assert set(results["pilot_id"]) == {"street-triage"} and len(results) == 4
    (counted,) = results.dropna(subset=["value"]).itertuples()
    assert (counted.value, counted.measured_on) == (2200, pd.Timestamp("2018-12-01"))
    assert SKIPR in counted.source


def test_the_seed_names_no_invented_pilot(data_root, reference):
    """The Q&A's forty pilots are not known one by one: only street triage is in the register."""
    pilots = load_registers(data_root, reference).tables["pilots"]
    assert pilots["pilot_id"].tolist() == ["street-triage"]


def test_end_before_start_is_named(data_root, reference):
    _set(data_root, "pilots", 2, "startdatum", "2018-06-01")
    _set(data_root, "pilots", 2, "einddatum", "2017-12-31")
    problem = _one(data_root, reference)
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "pilots.csv", 2, "einddatum", "2017-12-31",
    )  # fmt: skip
    assert problem.message == "de einddatum ligt vóór de startdatum (2018-06-01)"
    assert "pilots.csv, rij 2, kolom 'einddatum': waarde '2017-12-31'" in str(problem)


def test_a_site_outside_oost_nederland_is_refused(data_root, reference):
    row = _add(data_root, "pilot_sites", pilot="street-triage", gemeente="GM0363",
               rol="deelnemer", bron="test")  # fmt: skip
    problem = _one(data_root, reference)
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "pilot_locaties.csv", row, "gemeente", "GM0363",
    )  # fmt: skip
    assert problem.message.startswith("deze gemeente ligt niet in Oost-Nederland")


def test_an_origin_outside_oost_nederland_is_refused(data_root, reference):
    _set(data_root, "pilots", 2, "herkomstgemeente", "GM0344")
    outside, mismatch = _problems(data_root, reference)
    assert (outside.file, outside.row, outside.column, outside.value) == (
        "pilots.csv", 2, "herkomstgemeente", "GM0344",
    )  # fmt: skip
    assert "niet in Oost-Nederland" in outside.message
    assert (mismatch.file, mismatch.row, mismatch.value) == ("pilot_locaties.csv", 2, "GM0150")


def test_a_negative_amount_is_refused(data_root, reference):
    _set(data_root, "pilots", 2, "subsidie_eur", "-5000")
    problem = _one(data_root, reference)
    assert (problem.row, problem.column, problem.value) == (2, "subsidie_eur", "-5000")
    assert problem.message == "mag niet negatief zijn"


def test_an_unreadable_amount_or_date_is_not_silently_dropped(data_root, reference):
    _set(data_root, "pilots", 2, "subsidie_eur", "€ 12.500")
    _set(data_root, "pilot_sites", 3, "sinds", "januari 2019")
    problems = _problems(data_root, reference)
    assert [(p.file, p.row, p.column, p.value) for p in problems] == [
        ("pilots.csv", 2, "subsidie_eur", "€ 12.500"),
        ("pilot_locaties.csv", 3, "sinds", "januari 2019"),
    ]
    assert problems[0].message.startswith("is geen getal")
    assert problems[1].message == "is geen datum (JJJJ-MM-DD)"


def _date_adopters(root, since: str) -> None:
    """Give every adopter (the 14 of Twente) the same date: the shipped register has none."""

    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame.loc[frame["rol"] == "overnemer", "sinds"] = since
        return frame

    _edit(root, "pilot_sites", change)


def test_an_adopter_dated_before_its_origin_is_named(data_root, reference):
    _date_adopters(data_root, "2019-01-01")
    _set(data_root, "pilot_sites", 2, "sinds", "2019-06-01")  # Deventer, the origin
    problems = _problems(data_root, reference)
    assert len(problems) == 14  # every Twente adopter is dated January 2019
    first = problems[0]
    assert (first.file, first.row, first.column, first.value) == (
        "pilot_locaties.csv", 3, "sinds", "2019-01-01",
    )  # fmt: skip
    assert first.message == "overgenomen vóór de start in de herkomstgemeente GM0150 op 2019-06-01"


def test_an_adopter_is_checked_against_the_pilots_start_when_the_origin_has_no_date(
    data_root, reference
):
    _date_adopters(data_root, "2019-01-01")
    _set(data_root, "pilots", 2, "startdatum", "2019-02-01")
    problems = _problems(data_root, reference)
    assert len(problems) == 14 and {p.column for p in problems} == {"sinds"}


def test_unknown_dates_are_never_compared(data_root, reference):
    _date_adopters(data_root, "2019-06-01")
    _set(data_root, "pilot_sites", 3, "sinds", "")
    assert load_registers(data_root, reference).tables["pilot_sites"]["since"].isna().sum() == 2


@pytest.mark.parametrize("mart", ["pilot_sites", "pilot_results"])
def test_an_unknown_pilot_id_is_named(data_root, reference, mart):
    if mart == "pilot_results":
        _two_results(data_root)
    _set(data_root, mart, 3, "pilot", "straat-triage")
    problem = _one(data_root, reference)
    assert (problem.file, problem.row, problem.column, problem.value) == (
        REGISTERS[mart].file, 3, "pilot", "straat-triage",
    )  # fmt: skip
    assert problem.message == "onbekende pilot: dit id staat niet in pilots.csv"


@pytest.mark.parametrize(
    ("mart", "row", "header", "value", "allowed"),
    [
        ("pilots", 2, "status", "bezig", "gepland, lopend, afgerond, geborgd, gestopt"),
        ("pilots", 2, "categorie", "vervoer", "passend vervoer, triage, beoordelingslocaties"),
        ("pilot_sites", 4, "rol", "volger", "herkomst, overnemer, deelnemer"),
    ],
)
def test_an_unknown_vocabulary_value_lists_what_is_allowed(
    data_root, reference, mart, row, header, value, allowed
):
    _set(data_root, mart, row, header, value)
    problem = _one(data_root, reference)
    assert (problem.row, problem.column, problem.value) == (row, header, value)
    assert problem.message == f"onbekende waarde; toegestaan is: {allowed}"


def test_an_unknown_theme_is_named(data_root, reference):
    _set(data_root, "pilots", 2, "thema", "verwarring")
    problem = _one(data_root, reference)
    assert (problem.column, problem.value) == ("thema", "verwarring")
    assert problem.message == "onbekend thema: dit id staat niet in themas.csv"


def test_an_origin_site_elsewhere_than_the_pilots_origin_is_named(data_root, reference):
    _set(data_root, "pilot_sites", 2, "gemeente", "GM0193")
    problem = _one(data_root, reference)
    assert (problem.row, problem.column, problem.value) == (2, "gemeente", "GM0193")
    assert problem.message.startswith("de herkomst van deze pilot is GM0150")


def _two_results(root) -> None:
    """Two results of street triage, as a coordinator would add them (the seed reports none)."""
    for indicator in ("Meldingen", "Ervaring"):
        _add(root, "pilot_results", pilot="street-triage", indicator=indicator,
             resultaat="in woorden", bron="test")  # fmt: skip


def test_a_result_needs_a_number_or_words(data_root, reference):
    _two_results(data_root)
    _set(data_root, "pilot_results", 2, "resultaat", "")
    problem = _one(data_root, reference)
    assert (problem.file, problem.row, problem.column) == ("pilot_resultaten.csv", 2, "waarde")
    assert problem.message == "vul een waarde of een resultaat in woorden in"


def test_the_same_municipality_twice_for_a_pilot_is_refused(data_root, reference):
    _edit(data_root, "pilot_sites", lambda f: pd.concat([f, f.iloc[[5]]], ignore_index=True))
    problems = _problems(data_root, reference)
    assert [p.row for p in problems] == [7, 17]
    assert all("meer dan één keer" in p.message for p in problems)
