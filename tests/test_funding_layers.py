"""The funding layers of the district map: classes, colours, legends, escaped tooltips."""

from __future__ import annotations

import html

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from dashboard.display.palette import AMOUNT_COLOURS, STATUS_COLOURS
from dashboard.maps import choropleth as maps
from dashboard.maps import overlays

from .funding_samples import CONTRIBUTIONS, DISTRICTS, MUNICIPALITIES, NBSP, REAL, row


def test_contribution_overlay_uses_colorbrewer_classes_with_a_euro_legend():
    rows = pd.DataFrame(
        [
            row("GM0001", 2020, 1499.99, "gevraagd"),
            row("GM0002", 2020, 1500.0, "gevraagd"),
            row("GM0003", 2020, 12_371.17, "gevraagd"),
        ]
    )
    overlay = overlays.contribution_overlay(rows, 2020)
    assert overlay.key == "bijdrage"
    assert overlay.title == "Gevraagde bijdrage 2020"
    lightest, light, middle, dark, darkest = AMOUNT_COLOURS
    assert overlay.colours == {"GM0001": lightest, "GM0002": light, "GM0003": darkest}
    assert overlay.legend == [
        (f"minder dan €{NBSP}1.500", lightest),
        (f"€{NBSP}1.500 tot €{NBSP}2.000", light),
        (f"€{NBSP}2.000 tot €{NBSP}3.000", middle),
        (f"€{NBSP}3.000 tot €{NBSP}5.000", dark),
        (f"€{NBSP}5.000 of meer", darkest),
    ]
    assert overlay.tooltip["Gevraagd 2020"]["GM0003"] == f"€{NBSP}12.371,17"
    assert overlay.tooltip["Status 2020"]["GM0001"] == "gevraagd"


def test_status_overlay_is_okabe_ito_and_its_legend_lists_the_statuses_shown():
    real = overlays.contribution_status_overlay(REAL, 2020)
    assert set(real.colours.values()) == {STATUS_COLOURS["gevraagd"]}
    assert real.legend == [("Gevraagd", STATUS_COLOURS["gevraagd"])]
    assert real.title == "Stand van de bijdrage 2020"
    demo = overlays.contribution_status_overlay(CONTRIBUTIONS, 2020)
    paid, promised, invoiced = (STATUS_COLOURS[s] for s in ("betaald", "toegezegd", "gefactureerd"))
    assert demo.colours == {"GM0001": paid, "GM0002": promised, "GM0003": invoiced}
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
    assert html.unescape(beekdal["naam"]) == "<b>Beekdal</b>" and "<" not in beekdal["naam"]
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
