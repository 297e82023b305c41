"""The display tables per district, per status and per municipality."""

from __future__ import annotations

from dashboard.display import tables
from dashboard.funding import tables as funding

from .funding_samples import CONTRIBUTIONS, DISTRICTS, NBSP, asked


def test_district_table_sums_per_district_with_a_network_total():
    table = funding.district_table(asked(CONTRIBUTIONS, 2020), DISTRICTS)
    assert table.to_dict("list") == {
        "District": ["IJsselland", "Twente", "Oost-Nederland"],
        "Gemeenten": [2, 1, 3],
        "Inwoners": [1_892, 100_000, 101_892],
        "Gevraagd": [132.44, 7000.0, 7132.44],
        "Toegezegd": [132.44, 7000.0, 7132.44],
        "Betaald": [115.85, 3500.0, 3615.85],
    }
    assert tables.shown(table, funding.FORMATS).to_dict("list") == {
        "District": ["IJsselland", "Twente", "Oost-Nederland"],
        "Gemeenten": ["2", "1", "3"],
        "Inwoners": ["1.892", "100.000", "101.892"],
        "Gevraagd": [f"€{NBSP}132,44", f"€{NBSP}7.000,00", f"€{NBSP}7.132,44"],
        "Toegezegd": [f"€{NBSP}132,44", f"€{NBSP}7.000,00", f"€{NBSP}7.132,44"],
        "Betaald": [f"€{NBSP}115,85", f"€{NBSP}3.500,00", f"€{NBSP}3.615,85"],
    }


def test_compact_district_table_and_the_table_per_status():
    compact = funding.district_table(asked(CONTRIBUTIONS, 2020), DISTRICTS, compact=True)
    assert list(compact.columns) == ["District", "Gevraagd", "Toegezegd", "Betaald"]
    table = funding.status_table(asked(CONTRIBUTIONS, 2020))
    assert table["Gemeenten"].tolist() == [0, 1, 1, 1, 0, 0]
    assert tables.shown(table, funding.FORMATS).values.tolist() == [
        ["Gevraagd", "0", f"€{NBSP}0,00"],
        ["Toegezegd", "1", f"€{NBSP}16,59"],
        ["Gefactureerd", "1", f"€{NBSP}7.000,00"],
        ["Betaald", "1", f"€{NBSP}115,85"],
        ["Afgewezen", "0", f"€{NBSP}0,00"],
        ["Onbekend", "0", f"€{NBSP}0,00"],
    ]


def test_status_counts_per_district():
    table = funding.status_counts(asked(CONTRIBUTIONS, 2020), DISTRICTS)
    assert list(table.columns) == [
        "District", "Gevraagd", "Toegezegd", "Gefactureerd", "Betaald", "Afgewezen", "Onbekend",
    ]  # fmt: skip
    assert table.iloc[-1].tolist() == ["Oost-Nederland", 0, 1, 1, 1, 0, 0]


def test_municipality_table_alphabetical_and_per_district():
    table = funding.municipality_table(asked(CONTRIBUTIONS, 2020), DISTRICTS)
    assert table["Gemeente"].tolist() == ["<b>Beekdal</b>", "Aadorp", "Cronje"]
    assert table.iloc[1, 2:4].tolist() == [1_655, 115.85]
    assert table["Betaald"].isna().tolist() == [True, False, False]  # not paid: empty, not € 0
    row = tables.shown(table, funding.FORMATS).iloc[1].tolist()
    assert row == [
        "Aadorp", "IJsselland", "1.655", f"€{NBSP}115,85", "betaald",
        f"€{NBSP}115,85", "4 mei 2020",
    ]  # fmt: skip
    one = funding.municipality_table(asked(CONTRIBUTIONS, 2020), DISTRICTS, "VR05")
    assert one["Gemeente"].tolist() == ["Cronje"]
