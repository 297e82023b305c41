"""The funding views: demo rows in place of real ones, key figures, tables, what-if, overlays."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from dashboard.funding import charts as funding_charts
from dashboard.funding import figures as funding
from dashboard.funding.figures import STATUS_COLOURS
from dashboard.maps import choropleth as maps
from dashboard.maps import overlays

NBSP = "\xa0"
DAY = pd.Timestamp("2019-01-01")
DISTRICTS = pd.DataFrame({"district_code": ["VR04", "VR05"], "name": ["IJsselland", "Twente"]})
MUNICIPALITIES = pd.DataFrame(
    {
        "municipality_code": ["GM0001", "GM0002", "GM0003"],
        "name": ["Aadorp", "<b>Beekdal</b>", "Cronje"],
        "district_code": ["VR04", "VR04", "VR05"],
        "inhabitants": [1655, 237, 100_000],
    }
)


def _row(code, year, expected, status, paid=None, demo=False, **extra):
    municipality = MUNICIPALITIES.set_index("municipality_code").loc[code]
    return {
        "municipality_code": code,
        "year": year,
        "name": municipality["name"],
        "district_code": municipality["district_code"],
        "inhabitants": municipality["inhabitants"],
        "inhabitants_date": DAY,
        "rate_eur": 0.07,
        "expected_eur": expected,
        "status": status,
        "paid_eur": paid,
        "paid_on": pd.Timestamp("2020-05-04") if paid is not None else pd.NaT,
        "note": extra.get("note"),
        "source": "test",
        "is_demo": demo,
    }


CONTRIBUTIONS = pd.DataFrame(
    [
        _row("GM0001", 2020, 115.85, "gevraagd"),
        _row("GM0002", 2020, 16.59, "gevraagd"),
        _row("GM0003", 2020, 7000.0, "gevraagd"),
        _row("GM0001", 2021, 115.85, "gevraagd"),
        _row("GM0002", 2021, 16.59, "gevraagd"),
        _row("GM0003", 2021, 7000.0, "gevraagd"),
        # Demo: three municipalities in 2020 further along; never added to the real rows.
        _row("GM0001", 2020, 115.85, "betaald", paid=115.85, demo=True),
        _row("GM0002", 2020, 16.59, "toegezegd", demo=True),
        _row("GM0003", 2020, 7000.0, "gefactureerd", paid=3500.0, demo=True),
    ]
)
REAL = CONTRIBUTIONS[~CONTRIBUTIONS["is_demo"]]
BUDGET = pd.DataFrame(
    {
        "year": [2020, 2020, 2021],
        "category": ["coördinatie", "projecten", "coördinatie"],
        "amount_eur": [5000.0, 2500.0, 7000.0],
    }
)


def _asked(contributions: pd.DataFrame, year: int) -> funding.YearRows:
    return funding.year_rows(contributions, year)


def test_demo_rows_stand_in_for_the_real_ones_never_beside_them():
    rows = funding.for_year(CONTRIBUTIONS, 2020)
    assert len(rows) == 3
    assert rows["status"].tolist() == ["betaald", "toegezegd", "gefactureerd"]
    assert funding.for_year(CONTRIBUTIONS, 2021)["status"].tolist() == ["gevraagd"] * 3


def test_key_figures_with_real_data_show_the_shortfall_and_nothing_committed():
    figures = funding.key_figures(_asked(REAL, 2020), BUDGET)
    assert figures.expected == f"€{NBSP}7.132,44"
    assert figures.budget == f"€{NBSP}7.500,00"
    assert (figures.difference_label, figures.difference) == ("Tekort", f"€{NBSP}367,56")
    assert (figures.committed, figures.committed_count) == (f"€{NBSP}0,00", "0 gemeenten")
    assert (figures.paid, figures.paid_count) == (f"€{NBSP}0,00", "0 gemeenten")
    assert figures.is_short
    assert figures.sentence.startswith(f"**Tekort van €{NBSP}367,56.**")
    assert "ze dekken 95,1% ervan" in figures.sentence
    labels = [label for label, _, _ in funding.metrics(figures)]
    assert labels == [
        "Gevraagd voor 2020", "Begroting 2020", "Tekort", "Toegezegd (0 gemeenten)",
        "Betaald (0 gemeenten)",
    ]  # fmt: skip


def test_key_figures_with_demo_on_count_committed_and_paid_once():
    figures = funding.key_figures(_asked(CONTRIBUTIONS, 2020), BUDGET)
    assert figures.expected == f"€{NBSP}7.132,44"  # not doubled by the demo rows
    assert (figures.committed, figures.committed_count) == (f"€{NBSP}7.132,44", "3 gemeenten")
    assert (figures.paid, figures.paid_count) == (f"€{NBSP}3.615,85", "2 gemeenten")


def test_surplus_and_exact_cover_read_as_such():
    assert funding.key_figures(_asked(REAL, 2021), BUDGET).difference_label == "Overschot"
    sentence = funding.budget_sentence(2022, 10_000, 10_000)
    assert sentence.startswith("**De begroting is gedekt.**")


def test_status_sentence_counts_the_statuses():
    assert funding.status_sentence(_asked(REAL, 2020)) == (
        "Stand van de bijdragen voor 2020 volgens het register: 3 × gevraagd."
    )
    assert funding.status_sentence(_asked(CONTRIBUTIONS, 2020)).endswith(
        "1 × toegezegd, 1 × gefactureerd, 1 × betaald."
    )


def test_district_table_sums_per_district_with_a_network_total():
    table = funding.district_table(_asked(CONTRIBUTIONS, 2020), DISTRICTS)
    assert table.to_dict("list") == {
        "District": ["IJsselland", "Twente", "Oost-Nederland"],
        "Gemeenten": ["2", "1", "3"],
        "Inwoners": ["1.892", "100.000", "101.892"],
        "Gevraagd": [f"€{NBSP}132,44", f"€{NBSP}7.000,00", f"€{NBSP}7.132,44"],
        "Toegezegd": [f"€{NBSP}132,44", f"€{NBSP}7.000,00", f"€{NBSP}7.132,44"],
        "Betaald": [f"€{NBSP}115,85", f"€{NBSP}3.500,00", f"€{NBSP}3.615,85"],
    }


def test_compact_district_table_and_the_table_per_status():
    compact = funding.district_table(_asked(CONTRIBUTIONS, 2020), DISTRICTS, compact=True)
    assert list(compact.columns) == ["District", "Gevraagd", "Toegezegd", "Betaald"]
    table = funding.status_table(_asked(CONTRIBUTIONS, 2020))
    assert table.values.tolist() == [
        ["Gevraagd", "0", f"€{NBSP}0,00"],
        ["Toegezegd", "1", f"€{NBSP}16,59"],
        ["Gefactureerd", "1", f"€{NBSP}7.000,00"],
        ["Betaald", "1", f"€{NBSP}115,85"],
        ["Afgewezen", "0", f"€{NBSP}0,00"],
        ["Onbekend", "0", f"€{NBSP}0,00"],
    ]


def test_status_counts_per_district():
    table = funding.status_counts(_asked(CONTRIBUTIONS, 2020), DISTRICTS)
    assert list(table.columns) == [
        "District", "Gevraagd", "Toegezegd", "Gefactureerd", "Betaald", "Afgewezen", "Onbekend",
    ]  # fmt: skip
    assert table.iloc[-1].tolist() == ["Oost-Nederland", "0", "1", "1", "1", "0", "0"]


def test_municipality_table_alphabetical_and_per_district():
    table = funding.municipality_table(_asked(CONTRIBUTIONS, 2020), DISTRICTS)
    assert table["Gemeente"].tolist() == ["<b>Beekdal</b>", "Aadorp", "Cronje"]
    row = table.iloc[1].tolist()
    assert row == [
        "Aadorp", "IJsselland", "1.655", f"€{NBSP}115,85", "betaald",
        f"€{NBSP}115,85", "4 mei 2020",
    ]  # fmt: skip
    one = funding.municipality_table(_asked(CONTRIBUTIONS, 2020), DISTRICTS, "VR05")
    assert one["Gemeente"].tolist() == ["Cronje"]


def test_year_options_put_2020_first():
    frame = pd.DataFrame({"year": [2023, 2021, 2020, 2022]})
    assert list(funding.year_options(frame)) == ["2020", "2021", "2022", "2023"]
    assert list(funding.year_options(pd.DataFrame({"year": [2025, 2024]}))) == ["2024", "2025"]


# --- What if ------------------------------------------------------------------------------


def test_what_if_at_the_register_rate_gives_the_register_total():
    scenario = funding.what_if(MUNICIPALITIES, 0.07, 0)
    assert (scenario.inhabitants, scenario.expected_cents) == (101_892, 713_244)


def test_what_if_rounds_people_then_cents_half_up():
    # 1.655 × 1,015 = 1.679,825 → 1.680; 237 × 1,015 = 240,555 → 241; 100.000 → 101.500
    scenario = funding.what_if(MUNICIPALITIES, 0.075, 1.5)
    assert scenario.inhabitants == 1680 + 241 + 101_500
    # 1.680 × 0,075 = 126,00; 241 × 0,075 = 18,075 → 18,08; 101.500 × 0,075 = 7.612,50
    assert scenario.expected_cents == 12_600 + 1_808 + 761_250
    shrink = funding.what_if(MUNICIPALITIES, 0.07, -2)
    assert shrink.inhabitants == 1622 + 232 + 98_000


def test_what_if_table_shows_the_scenario_beside_the_register():
    scenario = funding.what_if(MUNICIPALITIES, 0.075, 1.5)
    table = funding.what_if_table(_asked(REAL, 2020), BUDGET, scenario)
    assert list(table.columns) == [" ", "Register 2020", "Rekenvoorbeeld"]
    assert table.set_index(" ").to_dict("index") == {
        "Bijdrage per inwoner": {
            "Register 2020": f"€{NBSP}0,07", "Rekenvoorbeeld": f"€{NBSP}0,075",
        },
        "Groei van het aantal inwoners": {"Register 2020": "0%", "Rekenvoorbeeld": "+1,5%"},
        "Inwoners": {"Register 2020": "101.892", "Rekenvoorbeeld": "103.421"},
        "Gevraagde bijdragen": {
            "Register 2020": f"€{NBSP}7.132,44", "Rekenvoorbeeld": f"€{NBSP}7.756,58",
        },
        "Begroting": {"Register 2020": f"€{NBSP}7.500,00", "Rekenvoorbeeld": f"€{NBSP}7.500,00"},
        "Verschil met de begroting": {
            "Register 2020": f"− €{NBSP}367,56", "Rekenvoorbeeld": f"+ €{NBSP}256,58",
        },
    }  # fmt: skip
    assert (
        funding.key_figures(_asked(REAL, 2020), BUDGET).expected == f"€{NBSP}7.132,44"
    )  # unchanged


def test_what_if_steps_and_labels():
    assert funding.rate_step(0.07) == 70
    assert 72 in funding.rate_steps(0.072) and funding.rate_steps(0.07).count(70) == 1
    assert [funding.step_rate_label(s) for s in (70, 75, 100)] == [
        f"€{NBSP}0,07", f"€{NBSP}0,075", f"€{NBSP}0,10",
    ]  # fmt: skip
    assert [funding.step_growth_label(s) for s in (-20, 0, 15)] == ["−2,0%", "0%", "+1,5%"]


# --- Budget split -------------------------------------------------------------------------

POSTS = pd.DataFrame(
    {
        "year": [2020, 2020],
        "category": ["coördinatie", "projecten"],
        "budget_eur": [5000.0, 2500.0],
        "share": [2 / 3, 1 / 3],
        "expected_eur": [4754.96, 2377.48],
        "difference_eur": [-245.04, -122.52],
    }
)


def test_budget_table_has_a_total_and_signed_differences():
    table = funding.budget_table(POSTS, 2020)
    assert table.to_dict("list") == {
        "Post": ["Coördinatie", "Projecten", "Totaal"],
        "Begroting": [f"€{NBSP}5.000,00", f"€{NBSP}2.500,00", f"€{NBSP}7.500,00"],
        "Aandeel": ["66,7%", "33,3%", "100,0%"],
        "Gedekt door bijdragen": [f"€{NBSP}4.754,96", f"€{NBSP}2.377,48", f"€{NBSP}7.132,44"],
        "Verschil": [f"− €{NBSP}245,04", f"− €{NBSP}122,52", f"− €{NBSP}367,56"],
    }


def test_budget_chart_writes_the_amounts_on_the_bars():
    figure = funding_charts.budget_figure(POSTS, 2020)
    budget, covered = figure.data
    assert list(budget.y) == ["Coördinatie", "Projecten"]
    assert list(budget.x) == [5000.0, 2500.0]
    assert list(budget.text) == [f"€{NBSP}5.000,00", f"€{NBSP}2.500,00"]
    assert list(covered.text) == [f"€{NBSP}4.754,96", f"€{NBSP}2.377,48"]
    assert (budget.name, covered.name) == ("Begroting", "Gedekt door bijdragen")
    assert figure.layout.separators == ",."
    assert funding_charts.budget_alt(POSTS, 2020) == (
        f"Staafdiagram van de begroting 2020 per post: Coördinatie €{NBSP}5.000,00, "
        f"Projecten €{NBSP}2.500,00."
    )


# --- In kind and former funders -----------------------------------------------------------


def test_in_kind_capacity_per_district_is_one_line():
    in_kind = pd.DataFrame(
        {
            "partner": ["OM", "Politie", "Versterkingsgelden", "Versterkingsgelden"],
            "year": [2020] * 4,
            "district_code": [None, None, "VR04", "VR05"],
            "fte": [0.5, 0.5, 1.0, 1.0],
            "note": ["netwerk", "netwerk", "district", "district"],
        }
    )
    table = funding.in_kind_table(in_kind, DISTRICTS, 2020)
    assert table.values.tolist() == [
        ["OM", "het netwerk", "0,5"],
        ["Politie", "het netwerk", "0,5"],
        ["Versterkingsgelden", "ieder district", "1,0 per district"],
    ]
    assert funding.in_kind_notes(in_kind, 2020) == (
        "OM, Politie: netwerk Versterkingsgelden: district"
    )
    assert funding.in_kind_sentence(in_kind, 2020) == (
        "In 2020: 1,0 fte voor het netwerk zelf, en 2,0 fte vrij in te zetten capaciteit in de "
        "districten."
    )


# --- Overlays -----------------------------------------------------------------------------


def test_contribution_overlay_uses_colorbrewer_classes_with_a_euro_legend():
    rows = pd.DataFrame(
        [
            _row("GM0001", 2020, 1499.99, "gevraagd"),
            _row("GM0002", 2020, 1500.0, "gevraagd"),
            _row("GM0003", 2020, 12_371.17, "gevraagd"),
        ]
    )
    overlay = overlays.contribution_overlay(rows, 2020)
    assert overlay.key == "bijdrage"
    assert overlay.title == "Gevraagde bijdrage 2020"
    assert overlay.colours == {"GM0001": "#C6DBEF", "GM0002": "#9ECAE1", "GM0003": "#08519C"}
    assert overlay.legend == [
        (f"minder dan €{NBSP}1.500", "#C6DBEF"),
        (f"€{NBSP}1.500 tot €{NBSP}2.000", "#9ECAE1"),
        (f"€{NBSP}2.000 tot €{NBSP}3.000", "#6BAED6"),
        (f"€{NBSP}3.000 tot €{NBSP}5.000", "#3182BD"),
        (f"€{NBSP}5.000 of meer", "#08519C"),
    ]
    assert overlay.tooltip["Gevraagd 2020"]["GM0003"] == f"€{NBSP}12.371,17"
    assert overlay.tooltip["Status 2020"]["GM0001"] == "gevraagd"


def test_status_overlay_is_okabe_ito_and_its_legend_lists_the_statuses_shown():
    real = overlays.contribution_status_overlay(REAL, 2020)
    assert set(real.colours.values()) == {STATUS_COLOURS["gevraagd"]}
    assert real.legend == [("Gevraagd", "#56B4E9")]
    assert real.title == "Stand van de bijdrage 2020"
    demo = overlays.contribution_status_overlay(CONTRIBUTIONS, 2020)
    assert demo.colours == {"GM0001": "#009E73", "GM0002": "#0072B2", "GM0003": "#E69F00"}
    assert [label for label, _ in demo.legend] == ["Toegezegd", "Gefactureerd", "Betaald"]
    assert demo.tooltip["Betaald"] == {
        "GM0001": f"€{NBSP}115,85", "GM0002": "—", "GM0003": f"€{NBSP}3.500,00",
    }  # fmt: skip


def test_overlays_choose_the_funding_layers_for_a_year():
    class Marts:
        contributions = CONTRIBUTIONS

    assert overlays.choose("bijdrage", Marts, 2021).title == "Gevraagde bijdrage 2021"
    assert overlays.choose("bijdragestatus", Marts).title == "Stand van de bijdrage 2020"


def test_the_map_draws_the_status_overlay_with_legend_and_escaped_tooltips():
    cells = [box(6.0, 52.0, 6.1, 52.1), box(6.1, 52.0, 6.2, 52.1), box(6.2, 52.0, 6.3, 52.1)]
    shapes = gpd.GeoDataFrame(
        {"municipality_code": ["GM0001", "GM0002", "GM0003"], "geometry": cells}, crs=4326
    )
    district_shapes = gpd.GeoDataFrame(
        {"district_code": ["VR04", "VR05"], "geometry": [box(6.0, 52.0, 6.2, 52.1), cells[2]]},
        crs=4326,
    )
    overlay = overlays.contribution_status_overlay(CONTRIBUTIONS, 2020)
    features = maps.municipality_features(shapes, MUNICIPALITIES, DISTRICTS, overlay.tooltip)
    beekdal = features["features"][1]["properties"]
    assert beekdal["naam"] == "&lt;b&gt;Beekdal&lt;/b&gt;"
    assert [beekdal[f"extra_{n}"] for n in range(3)] == [
        "toegezegd", f"€{NBSP}16,59", "—",
    ]  # fmt: skip
    fmap = maps.district_map(shapes, MUNICIPALITIES, DISTRICTS, district_shapes, overlay=overlay)
    page = fmap.get_root().render()
    assert "Stand van de bijdrage 2020" in page  # the legend's title
    assert all(label in page for label in ("Toegezegd", "Gefactureerd", "Betaald"))
    assert "Status 2020" in page and "Gevraagd 2020" in page  # the tooltip's Dutch aliases
    assert "<b>Beekdal</b>" not in page


@pytest.mark.parametrize("status", list(STATUS_COLOURS))
def test_every_status_has_a_colour_and_a_dutch_label(status):
    from dashboard.texts import labels

    assert STATUS_COLOURS[status].startswith("#")
    assert labels.CONTRIBUTION_STATUS[status][0].isupper()
