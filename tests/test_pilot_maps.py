"""The pilots map: classes and legend, unknown amounts never as € 0, escaped circles, payload."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from dashboard.data import read_marts
from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.maps import choropleth as maps
from dashboard.pilots import maps as pilot_maps
from dashboard.pilots.figures import COUNT_LAYER, SUBSIDY_LAYER
from dashboard.pilots.view import explore
from tests import map_text

from .demo_support import build_demo_root

HOSTILE = "<b>x</b>`${alert(1)}`\\"


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return read_marts(build_demo_root(tmp_path_factory.mktemp("pilot_maps")).processed)


def _figures(codes, n_pilots, n_origin, subsidy, unknown) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "municipality_code": codes,
            "name": codes,
            "district_code": ["VR04"] * len(codes),
            "n_pilots": n_pilots,
            "n_origin": n_origin,
            "n_adopted": [0] * len(codes),
            "subsidy_eur": subsidy,
            "subsidy_unknown": unknown,
        }
    )


def test_few_distinct_values_each_get_a_class_many_get_rounded_quantiles():
    assert pilot_maps.class_bounds(pd.Series([0, 1, 1, 2])).bounds == (1.0, 2.0)
    assert pilot_maps.class_bounds(pd.Series([0, 0])).bounds == ()
    bounds = pilot_maps.class_bounds(pd.Series(range(0, 21))).bounds
    assert bounds == (5.0, 9.0, 12.0, 16.0, 20.0)  # quantiles of 1…20, rounded
    assert pilot_maps.class_labels(pilot_maps.Classes((1.0, 2.0, 4.0)), money=False) == [
        "1",
        "2",
        "3–4",
    ]
    amounts = pd.Series([12_345.0, 40_000, 81_234, 150_000, 260_000, 500_000])
    money = pilot_maps.class_bounds(amounts, whole=False)
    assert all(b == round(b, -3) for b in money.bounds[:-1]) and money.bounds[-1] == 500_000
    labels = pilot_maps.class_labels(pilot_maps.Classes((50_000.0, 120_000.0)), money=True)
    assert labels == ["t/m €\xa050.000", "€\xa050.000 – €\xa0120.000"]
    cents = pilot_maps.class_labels(pilot_maps.Classes((1_234.56,)), money=True)
    assert cents == ["t/m €\xa01.235"]  # class bounds in whole euros


def test_count_overlay_colours_and_legend():
    figures = _figures(["GM1", "GM2", "GM3"], [0, 1, 3], [0, 1, 0], [None, None, None], [0, 1, 0])
    overlay = pilot_maps.pilot_overlay(figures, COUNT_LAYER)
    none, (first, second, *_) = palette.PILOT_NONE_COLOUR, palette.PILOT_CLASS_COLOURS
    assert overlay.colours == {"GM1": none, "GM2": first, "GM3": second}
    assert overlay.legend == [("1", first), ("2–3", second), ("geen pilot", none)]
    assert overlay.tooltip["Pilots"]["GM3"] == "3 (begonnen: 0, overgenomen: 0)"


def test_subsidy_overlay_shows_unknown_amounts_as_unknown_not_as_zero():
    figures = _figures(
        ["GM1", "GM2", "GM3"], [1, 1, 1], [1, 1, 0], [None, 50_000.0, None], [1, 0, 0]
    )
    overlay = pilot_maps.pilot_overlay(figures, SUBSIDY_LAYER)
    assert overlay.colours["GM1"] == palette.PILOT_UNKNOWN_COLOUR
    assert overlay.colours["GM2"] == palette.PILOT_CLASS_COLOURS[0]
    assert overlay.colours["GM3"] == palette.PILOT_NONE_COLOUR  # adopted only: nothing started here
    assert ("bedrag onbekend", palette.PILOT_UNKNOWN_COLOUR) in overlay.legend
    tooltip = overlay.tooltip["Subsidie (begonnen hier)"]
    assert tooltip == {"GM1": "onbekend", "GM2": "€\xa050.000", "GM3": "geen pilot begonnen"}


def test_circle_tooltips_are_escaped_for_html_and_the_template_literal(marts):
    frame = marts.pilots.copy()
    frame.loc[frame["pilot_id"] == "street-triage", "name"] = HOSTILE
    markers = pilot_maps.origin_markers(frame, marts.municipalities)
    (deventer,) = [m for m in markers if m["code"] == "GM0150"]
    assert "<b>x</b>" not in deventer["tooltip"] and "`" not in deventer["tooltip"]
    assert "${" not in deventer["tooltip"] and "\\" not in deventer["tooltip"]
    assert literal(HOSTILE) in deventer["tooltip"]
    assert deventer["tooltip"].startswith("<b>Deventer: herkomst van 2 pilots</b><br>")


def test_the_map_with_forty_demo_pilots_stays_small_self_hosted_and_plugin_free(marts):
    view = explore(marts, [[], [], [], []], "alle", "alle")
    shown = view.pilots
    fmap = pilot_maps.pilot_map(marts, view, SUBSIDY_LAYER, maps.MapAssets())
    html = fmap.get_root().render()
    assert maps.rendered_size(fmap) <= 160 * 1024
    assert html.count('"type": "Point"') == shown["origin_municipality_code"].nunique()
    assert html.count('"code": "GM') == 76
    assert fmap.default_js == [("leaflet", "/app/static/vendor/leaflet/leaflet.js")]
    assert not re.search(r"awesome|cdn\.|jsdelivr|unpkg|bootstrap", html, re.IGNORECASE)
    assert "Subsidie (pilots die er begonnen)" in html and "bedrag onbekend" in html
    assert "cirkel: hier begonnen pilots" in map_text.shown(
        html
    )  # the circles are in the legend too
    assert html.count('L.control({position: "topright"})') == 1  # clear of the municipalities


def test_a_circle_lists_six_pilots_and_counts_the_rest(marts):
    frame = marts.pilots.assign(origin_municipality_code="GM0150")
    (marker,) = pilot_maps.origin_markers(frame.head(9), marts.municipalities)
    assert marker["n"] == 9 and marker["tooltip"].count("<br>") == 7  # heading, six, 'en 3 meer'
    assert marker["tooltip"].endswith("<br>en 3 meer")
    (feature,) = pilot_maps.circle_features([marker])["features"]
    assert feature["properties"]["radius"] == 12.5  # 5 + 2,5 · √9


def test_circles_are_named_keyboard_stops_but_no_buttons(marts):
    view = explore(marts, [[], [], [], []], "alle", "alle")
    page = pilot_maps.pilot_map(marts, view, COUNT_LAYER, maps.MapAssets()).get_root().render()
    assert '["tooltip"], [""], false' in page  # read out as their tooltip; a click chooses nothing
    assert page.count(".fitBounds(") == 2  # FitWithRoom alone: at once, then with the room
