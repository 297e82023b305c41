"""Key figures and tables of the overview, on tiny literal frames."""

from __future__ import annotations

import pandas as pd

from dashboard.display import tables
from dashboard.overview import figures as overview

MUNICIPALITIES = pd.DataFrame(
    {
        "municipality_code": ["GM0150", "GM0153", "GM0164"],
        "name": ["Deventer", "Enschede", "Hengelo"],
        "province": ["Overijssel"] * 3,
        "district_code": ["VR04", "VR05", "VR05"],
        "inhabitants": [99_957, 158_553, 81_158],
        "inhabitants_date": pd.to_datetime(["2019-01-01"] * 3),
        "area_km2": [134.37, 142.72, 61.8],
        "source": ["CBS"] * 3,
    }
)
DISTRICTS = pd.DataFrame(
    {
        "district_code": ["VR05", "VR04"],
        "name": ["Twente", "IJsselland"],
        "safety_region": ["Veiligheidsregio Twente", "Veiligheidsregio IJsselland"],
        "n_municipalities": [2, 1],
        "inhabitants": [239_711, 99_957],
        "reference_date": pd.to_datetime(["2019-01-01"] * 2),
        "source": ["CBS", "CBS"],
    }
)


def test_key_figures_are_formatted():
    figures = overview.key_figures(MUNICIPALITIES, DISTRICTS)
    assert figures == overview.KeyFigures("3", "339.668", "2", "1 januari 2019")


def test_district_summary_is_ordered_by_code_with_a_total():
    table = overview.district_summary(DISTRICTS)
    assert table["District"].tolist() == ["IJsselland", "Twente", "Totaal"]
    assert table["Inwoners"].tolist() == [99_957, 239_711, 339_668]
    assert table["Gemeenten"].tolist() == [1, 2, 3]
    shown = tables.shown(table, overview.FORMATS)
    assert shown["Inwoners"].tolist() == ["99.957", "239.711", "339.668"]


def test_inhabitants_sort_as_numbers_not_as_text():
    table = overview.municipality_table(MUNICIPALITIES, DISTRICTS, None, overview.MAP_TABLE_COLUMNS)
    ascending = table.sort_values("Inwoners")
    assert ascending["Gemeente"].tolist() == ["Hengelo", "Deventer", "Enschede"]
    assert tables.shown(ascending, overview.FORMATS)["Inwoners"].tolist() == [
        "81.158",
        "99.957",
        "158.553",
    ]


def test_municipality_table_of_one_district_largest_first():
    table = overview.municipality_table(MUNICIPALITIES, DISTRICTS, "VR05")
    assert table["Gemeente"].tolist() == ["Enschede", "Hengelo"]
    assert table["District"].tolist() == ["Twente", "Twente"]
    assert table["Oppervlakte (km²)"].tolist() == [142.72, 61.8]
    shown = tables.shown(table, overview.FORMATS)
    assert shown["Oppervlakte (km²)"].tolist() == ["142,72", "61,80"]


def test_municipality_table_with_chosen_columns():
    table = overview.municipality_table(MUNICIPALITIES, DISTRICTS, None, overview.MAP_TABLE_COLUMNS)
    assert list(table.columns) == ["Gemeente", "District", "Inwoners"]
    assert table.iloc[0].tolist() == ["Enschede", "Twente", 158_553]


def test_district_sentence():
    assert overview.district_sentence(DISTRICTS, "VR05") == "Twente: 2 gemeenten, 239.711 inwoners."


def test_source_table_names_source_and_reference_date():
    table = overview.source_table(MUNICIPALITIES, DISTRICTS)
    assert table.to_dict("records") == [
        {"Gegevens": "Gemeenten en inwoners", "Bron": "CBS", "Peildatum": "1 januari 2019"},
        {"Gegevens": "Districten", "Bron": "CBS", "Peildatum": "1 januari 2019"},
    ]
