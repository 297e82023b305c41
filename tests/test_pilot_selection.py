"""The pilot filters: what the sidebar offers, the period, the pilots a selection keeps."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.pilots import exports, selection

from . import pilot_frames as frames


def _filter(**chosen) -> list[str]:
    shown = selection.filter_pilots(
        frames.pilots(), frames.sites(), frames.municipalities(), selection.Selection(**chosen)
    )
    return shown["pilot_id"].tolist()


def test_no_filter_keeps_every_pilot_by_start_date_unknown_last():
    assert _filter() == ["vervoer", "jong", "st"]


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ({"themes": ("jongeren",)}, ["jong"]),
        ({"districts": ("VR05",)}, ["st"]),  # adopted in Twente, started in IJsselland
        ({"districts": ("VR08",)}, ["vervoer", "jong"]),  # adopted in, started in Nijmegen
        ({"statuses": ("onbekend",)}, ["jong"]),
        ({"statuses": ("afgerond", "geborgd")}, ["vervoer", "st"]),
        ({"categories": ("onbekend",)}, ["jong"]),
        ({"first_year": 2019}, ["jong", "st"]),  # vervoer ended 2018; st has no known dates
        ({"last_year": 2018}, ["vervoer", "st"]),  # jong started 2020
        ({"first_year": 2017, "last_year": 2017}, ["vervoer", "st"]),
    ],
)
def test_filters(chosen, expected):
    assert _filter(**chosen) == expected


def test_the_sidebar_offers_themes_districts_statuses_and_categories_by_their_url_names():
    offered = selection.filters(frames.districts().iloc[::-1], frames.themes())
    assert [f.param for f in offered] == ["thema", "district", "status", "categorie"]
    assert offered[0].options == {"verward-gedrag": "Verward", "jongeren": "Jong"}
    assert list(offered[1].options)[:2] == ["VR04", "VR05"]  # by code, whatever the mart order
    assert offered[1].options["VR05"] == "Twente"
    assert offered[2].options["onbekend"] == "onbekend"
    assert offered[3].options["onbekend"] == "Geen categorie"


def test_a_reversed_period_is_read_the_right_way_round():
    chosen = selection.selection([[], [], [], []], "2020", "2017")
    assert (chosen.first_year, chosen.last_year) == (2017, 2020)
    assert selection.selection([[], [], [], []], "alle", "2018").first_year is None


def test_period_note_counts_pilots_without_a_start():
    chosen = selection.Selection(first_year=2019)
    assert selection.period_note(chosen, frames.pilots()).startswith("Binnen de gekozen periode")
    assert selection.period_note(chosen, frames.pilots()).endswith(
        "gelopen kunnen hebben: 1 pilot."
    )
    assert selection.period_note(selection.Selection(), frames.pilots()) is None


def test_year_options_cover_the_fixed_years_and_the_data():
    options = selection.year_options(frames.pilots(), frames.sites(), "Alle jaren")
    assert next(iter(options.items())) == ("alle", "Alle jaren")
    assert list(options)[1:3] == ["2015", "2016"] and list(options)[-1] == "2023"


def test_of_pilots_keeps_the_rows_of_the_shown_pilots():
    shown = frames.pilots().iloc[[0]]
    assert selection.of_pilots(frames.sites(), shown)["source"].tolist() == ["s1", "s2", "s3"]


def test_a_district_filter_keeps_a_regional_pilot_of_the_whole_region():
    regional = frames.pilots().iloc[[0]].assign(pilot_id="regio", origin_municipality_code=None)
    pilots = pd.concat([frames.pilots(), regional], ignore_index=True)
    sites = frames.sites()
    assert selection.is_regional(pilots, sites).tolist()[-1]
    assert not selection.is_regional(pilots, sites).tolist()[0]
    chosen = selection.Selection(districts=("VR99",))  # a district where nothing runs locally
    kept = selection.filter_pilots(pilots, sites, frames.municipalities(), chosen)
    assert kept["pilot_id"].tolist() == ["regio"]
    table = exports.pilot_table(
        kept, sites, frames.municipalities(), frames.districts(), frames.themes(), False
    )
    assert table.iloc[0].tolist()[4] == "hele regio (regionale pilot)"
