"""Key figures and figures per municipality: unknown subsidies never counted as € 0."""

from __future__ import annotations

import pandas as pd

from dashboard.display import tables
from dashboard.pilots import figures as pilot_figures
from dashboard.texts import pilots as texts

from . import pilot_frames as frames


def test_key_figures_say_unknown_rather_than_zero():
    figures = pilot_figures.key_figures(frames.pilots(), frames.sites())
    assert [(f.label, f.value) for f in figures] == [
        ("Pilots", "3"),
        ("Subsidie", "€\xa0150.000"),
        ("Gemeenten bereikt", "5"),
        ("Overnames", "3"),
    ]
    assert figures[1].note == "+ 1 pilot met onbekend bedrag"
    assert "bekend voor 2 van de 3 pilots" in figures[1].help
    assert "Waarvan 1 fictief" in figures[0].help
    assert "van 1 is het jaar onbekend" in figures[3].help
    unknown = pilot_figures.key_figures(frames.pilots().iloc[[0]], frames.sites())
    assert unknown[1].value == "onbekend" and unknown[1].note is None


def test_reached_pairs_each_pilot_with_its_origin_and_sites():
    reached = pilot_figures.reached(frames.pilots(), frames.sites())
    assert ("st", "GM0150") in reached and ("st", "GM0164") in reached
    assert len(reached) == 6  # every origin is also a herkomst site: counted once


def test_municipality_figures_count_pilots_and_subsidy_where_they_started():
    figures = pilot_figures.municipality_figures(
        frames.pilots(), frames.sites(), frames.municipalities()
    )
    by_code = figures.set_index("municipality_code")
    assert by_code["n_pilots"].to_dict() == {
        "GM0150": 1,
        "GM0153": 1,
        "GM0164": 1,
        "GM0202": 1,
        "GM0268": 2,
    }
    assert by_code.at["GM0268", "n_origin"] == 1 and by_code.at["GM0268", "n_adopted"] == 1
    assert by_code.at["GM0202", "subsidy_eur"] == 120000.0
    assert pd.isna(by_code.at["GM0150", "subsidy_eur"])  # street triage: amount unknown
    assert by_code.at["GM0150", "subsidy_unknown"] == 1
    table = pilot_figures.municipality_table(figures, frames.districts())
    assert table.columns.tolist() == list(texts.PILOTS_MUNICIPALITY_COLUMNS.values())
    by_name = tables.shown(table, pilot_figures.MUNICIPALITY_FORMATS).set_index(
        "Gemeente (district)"
    )
    assert by_name.loc["Deventer (IJsselland)", ["Subsidie", "Bedrag onbekend"]].tolist() == [
        "",
        "1",
    ]  # an unknown amount is counted beside the sum, never read as € 0
    assert by_name.at["Arnhem (Gelderland-Midden)", "Subsidie"] == "€\xa0120.000"
    assert by_name.loc["Enschede (Twente)", ["Subsidie", "Bedrag onbekend"]].tolist() == [
        "",
        "0",
    ]  # nothing started here
    assert table["Pilots"].dtype == "int64"
    assert table.columns[1] == "Pilots" and table.iloc[0, 0] == "Nijmegen (Gelderland-Zuid)"
    money = pilot_figures.municipality_table(
        figures, frames.districts(), pilot_figures.SUBSIDY_LAYER
    )
    assert money.columns[1:3].tolist() == ["Subsidie", "Bedrag onbekend"]
    assert money["Gemeente (district)"].tolist()[:2] == [
        "Arnhem (Gelderland-Midden)",
        "Nijmegen (Gelderland-Zuid)",
    ]
    assert pd.isna(money["Subsidie"].tolist()[-1])


def test_subsidy_text_says_how_many_amounts_are_unknown():
    assert pilot_figures.subsidy_text(120_000.0, 0) == "€\xa0120.000"
    assert pilot_figures.subsidy_text(12.5, 2) == "€\xa012,50 (+ 2 onbekend)"
    assert pilot_figures.subsidy_text(float("nan"), 1) == "onbekend"
    assert pilot_figures.subsidy_text(float("nan"), 0) == ""
