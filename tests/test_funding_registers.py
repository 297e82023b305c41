"""Bad funding input: each mistake a Dutch, row-precise problem (rows as Excel numbers them)."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.core.errors import InvalidInputError
from etl.reference.tables import load_reference
from etl.registers.catalogue import load_registers

STATUSES = "bijdragen.csv"
BUDGET = "begroting.csv"
RATES = "bijdrageregeling.csv"
IN_KIND = "inzet_in_natura.csv"


@pytest.fixture
def reference(data_root):
    return load_reference(data_root.reference)


def _set(root, file: str, row: int, values: dict[str, str], folder: str = "register") -> None:
    """Put `values` (Dutch header -> text) into Excel row `row` of a register file."""
    path = root.root / folder / file
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for header, value in values.items():
        frame.loc[row - 2, header] = value
    frame.to_csv(path, index=False)


def _problems(root, reference):
    with pytest.raises(InvalidInputError) as caught:
        load_registers(root, reference)
    return [(p.file, p.row, p.column, p.value, p.message) for p in caught.value.problems]


def _row_of(root, code: str, year: int) -> int:
    frame = pd.read_csv(root.register / STATUSES, dtype=str)
    match = frame.index[(frame["gemeente_code"] == code) & (frame["jaar"] == str(year))]
    return int(match[0]) + 2


def test_unknown_status_lists_the_allowed_statuses(data_root, reference):
    row = _row_of(data_root, "GM0153", 2020)
    _set(data_root, STATUSES, row, {"status": "beloofd"})
    assert _problems(data_root, reference) == [
        (STATUSES, row, "status", "beloofd",
         "onbekende waarde; toegestaan is: gevraagd, toegezegd, gefactureerd, betaald, "
         "afgewezen, onbekend"),
    ]  # fmt: skip


def test_paid_more_than_asked_names_the_expected_amount(data_root, reference):
    # Enschede: 158.986 inwoners × € 0,07 = € 11.129,02
    row = _row_of(data_root, "GM0153", 2021)
    _set(data_root, STATUSES, row, {"status": "betaald", "betaald_eur": "11129.03",
                                    "betaald_op": "2021-04-01"})  # fmt: skip
    assert _problems(data_root, reference) == [
        (STATUSES, row, "betaald_eur", 11129.03,
         "het betaalde bedrag is hoger dan de gevraagde bijdrage van €\xa011.129,02 "
         "(158.986 inwoners × €\xa00,07)"),
    ]  # fmt: skip
    _set(data_root, STATUSES, row, {"betaald_eur": "11129.02"})
    load_registers(data_root, reference)  # exactly the amount asked is fine


def test_paid_without_a_date_and_a_date_without_an_amount(data_root, reference):
    first, second = _row_of(data_root, "GM0150", 2020), _row_of(data_root, "GM0164", 2020)
    _set(data_root, STATUSES, first, {"status": "gefactureerd", "betaald_eur": "1000"})
    _set(data_root, STATUSES, second, {"betaald_op": "2020-03-01"})
    assert sorted(_problems(data_root, reference), key=lambda p: p[1]) == sorted(
        [
            (STATUSES, first, "betaald_op", None,
             "er is een betaald bedrag maar geen betaaldatum; vul 'betaald_op' in (JJJJ-MM-DD)"),
            (STATUSES, second, "betaald_eur", None,
             "er is een betaaldatum maar geen betaald bedrag; vul 'betaald_eur' in"),
        ],
        key=lambda p: p[1],
    )  # fmt: skip


def test_status_paid_needs_an_amount(data_root, reference):
    row = _row_of(data_root, "GM0150", 2022)
    _set(data_root, STATUSES, row, {"status": "betaald"})
    ((file, at, column, _, message),) = _problems(data_root, reference)
    assert (file, at, column) == (STATUSES, row, "betaald_eur")
    assert message.startswith("status 'betaald' zonder betaald bedrag")


def test_unknown_municipality_code(data_root, reference):
    _set(data_root, STATUSES, 2, {"gemeente_code": "GM0363", "gemeente": "Amsterdam"})
    assert _problems(data_root, reference) == [
        (STATUSES, 2, "gemeente_code", "GM0363",
         "onbekende gemeente: deze CBS-code hoort niet bij de 76 gemeenten van Oost-Nederland "
         "in de referentiegegevens"),
    ]  # fmt: skip


def test_malformed_municipality_code(data_root, reference):
    _set(data_root, STATUSES, 3, {"gemeente_code": "Borne"})
    ((file, row, column, value, message),) = _problems(data_root, reference)
    assert (file, row, column, value) == (STATUSES, 3, "gemeente_code", "Borne")
    assert message.startswith("is geen geldige CBS-gemeentecode")


def test_name_that_does_not_belong_to_the_code(data_root, reference):
    row = _row_of(data_root, "GM0153", 2020)
    _set(data_root, STATUSES, row, {"gemeente": "Hengelo"})
    assert _problems(data_root, reference) == [
        (STATUSES, row, "gemeente", "Hengelo",
         "deze naam hoort niet bij GM0153; volgens de referentiegegevens is dat 'Enschede'"),
    ]  # fmt: skip


def test_negative_amounts_are_refused(data_root, reference):
    _set(data_root, BUDGET, 3, {"bedrag_eur": "-50000"})
    row = _row_of(data_root, "GM0150", 2020)
    _set(data_root, STATUSES, row, {"betaald_eur": "-10", "betaald_op": "2020-02-02"})
    _set(data_root, IN_KIND, 2, {"fte": "-0.5"})
    problems = {(p[0], p[1], p[2]): p[4] for p in _problems(data_root, reference)}
    assert problems == {
        (BUDGET, 3, "bedrag_eur"): "mag niet negatief zijn",
        (STATUSES, row, "betaald_eur"): "mag niet negatief zijn",
        (IN_KIND, 2, "fte"): "mag niet negatief zijn",
    }


def test_unknown_budget_category_and_a_line_twice(data_root, reference):
    _set(data_root, BUDGET, 2, {"categorie": "catering"})
    _set(data_root, BUDGET, 5, {"categorie": "intelligence"})  # row 4 is 2020 intelligence
    assert _problems(data_root, reference) == [
        (BUDGET, 2, "categorie", "catering",
         "onbekende waarde; toegestaan is: coördinatie, communicatie/administratie, "
         "intelligence, projecten"),
        (BUDGET, 4, None, 2020,
         "deze regel staat meer dan één keer in het register (zelfde sleutel)"),
        (BUDGET, 5, None, 2020,
         "deze regel staat meer dan één keer in het register (zelfde sleutel)"),
    ]  # fmt: skip


def test_amounts_in_whole_cents_only(data_root, reference):
    _set(data_root, BUDGET, 5, {"bedrag_eur": "70000.125"})
    assert _problems(data_root, reference) == [
        (BUDGET, 5, "bedrag_eur", "70000.125",
         "een bedrag heeft hoogstens twee decimalen (hele centen)"),
    ]  # fmt: skip


def test_year_without_a_rate_and_a_rate_without_population_figures(data_root, reference):
    row = _row_of(data_root, "GM0150", 2023)
    _set(data_root, STATUSES, row, {"jaar": "2024"})
    _set(data_root, RATES, 3, {"peildatum_inwoners": "2020-01-01"})
    assert _problems(data_root, reference) == [
        (RATES, 3, "peildatum_inwoners", "2020-01-01",
         "voor deze peildatum staan niet voor alle gemeenten inwonertallen in de "
         "referentiegegevens (beschikbaar: 2019-01-01)"),
        (STATUSES, row, "jaar", 2024,
         "voor dit jaar staat geen bijdrage per inwoner in bijdrageregeling.csv"),
    ]  # fmt: skip


def test_unknown_district_for_in_kind_capacity(data_root, reference):
    frame = pd.read_csv(data_root.register / IN_KIND, dtype=str, keep_default_na=False)
    row = int(frame.index[frame["district"] == "VR05"][0]) + 2
    _set(data_root, IN_KIND, row, {"district": "Achterhoek"})
    ((file, at, column, value, message),) = _problems(data_root, reference)
    assert (file, at, column, value) == (IN_KIND, row, "district", "Achterhoek")
    assert message.startswith("onbekende waarde; toegestaan is: VR04")


def test_the_demo_register_is_checked_by_the_same_rules(data_root, reference):
    data_root.demo.mkdir()
    frame = pd.read_csv(data_root.register / STATUSES, dtype=str, keep_default_na=False)
    frame.iloc[:3].to_csv(data_root.demo / STATUSES, index=False)
    _set(data_root, STATUSES, 3, {"betaald_eur": "5"}, folder="demo")
    assert _problems(data_root, reference) == [
        (f"demo/{STATUSES}", 3, "betaald_op", None,
         "er is een betaald bedrag maar geen betaaldatum; vul 'betaald_op' in (JJJJ-MM-DD)"),
    ]  # fmt: skip
