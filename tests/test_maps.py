"""The district map builder: all municipalities, small payload, escaped text, own Leaflet."""

from __future__ import annotations

import html
import re

import pytest

from dashboard.data import read_marts
from dashboard.display.markup import literal
from dashboard.display.palette import DISTRICT_COLOURS, MUTED
from dashboard.maps import choropleth as maps
from dashboard.maps import overlays
from tests import map_text

HOSTILE_NAME = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def _render(marts, municipalities=None, **options) -> str:
    fmap = maps.district_map(
        marts.municipality_shapes,
        marts.municipalities if municipalities is None else municipalities,
        marts.districts,
        marts.district_shapes,
        **options,
    )
    return fmap.get_root().render()


def test_every_municipality_is_on_the_map_with_dutch_tooltip_values(marts):
    features = maps.municipality_features(
        marts.municipality_shapes, marts.municipalities, marts.districts
    )["features"]
    codes = {feature["properties"]["code"] for feature in features}
    assert codes == set(marts.municipalities["municipality_code"])
    assert len(codes) == 76
    deventer = next(f["properties"] for f in features if f["properties"]["code"] == "GM0150")
    assert deventer == {
        "code": "GM0150", "district_code": "VR04", "naam": "Deventer",
        "district": "IJsselland", "inwoners": "99.957",
    }  # fmt: skip


def test_payload_stays_within_the_budget(marts):
    fmap = maps.district_map(
        marts.municipality_shapes, marts.municipalities, marts.districts, marts.district_shapes
    )
    assert maps.rendered_size(fmap) <= 150 * 1024


def test_markup_in_a_name_arrives_escaped(marts):
    municipalities = marts.municipalities.copy()
    municipalities.loc[municipalities["municipality_code"] == "GM0150", "name"] = HOSTILE_NAME
    features = maps.municipality_features(
        marts.municipality_shapes, municipalities, marts.districts
    )["features"]
    (deventer,) = [f["properties"] for f in features if f["properties"]["code"] == "GM0150"]
    assert deventer["naam"] == literal(HOSTILE_NAME)  # shown as typed, never run
    assert html.unescape(deventer["naam"]) == HOSTILE_NAME and "<" not in deventer["naam"]
    page = _render(marts, municipalities)
    assert "\\u0026#60;img src\\u0026#61;x" in page  # JSON-encoded '&#60;img src&#61;x'
    assert "<img src=x" not in page


def test_scripts_and_styles_come_from_the_app_itself(marts):
    page = _render(marts, assets=maps.MapAssets(base_url="/basis/app/static/vendor/leaflet"))
    links = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page)
    assert links and all(link.startswith("/basis/app/static/vendor/leaflet/") for link in links)
    assert "cdn" not in page.lower() and "d3js" not in page


def test_scale_is_metric_only(marts):
    page = _render(marts)
    assert "imperial: false" in page
    assert "L.control.scale()" not in page


def test_legend_names_every_district_with_its_colour(marts):
    page = _render(marts)
    shown = map_text.shown(page)  # labels reach the map through markup.literal
    for code, name in zip(marts.districts["district_code"], marts.districts["name"], strict=True):
        assert name in shown
        assert DISTRICT_COLOURS[code] in page


def _focused_codes(page: str) -> set[str]:
    """The municipality codes the styler gives a district colour (not the muted grey)."""
    styler = re.search(
        r"_styler\(feature\) \{\s*switch\(feature\.properties\.code\)(.*?)\n\s*\}", page, re.S
    )
    assert styler, "no municipality styler in the page"
    focused = set()
    for cases, style in re.findall(
        r"((?:case \"GM\d{4}\": )+)\s*return (\{[^}]*\})", styler.group(1)
    ):
        if MUTED not in style:
            focused |= set(re.findall(r"GM\d{4}", cases))
    return focused


def test_choosing_a_district_mutes_the_others(marts):
    twente = set(marts.municipalities.query("district_code == 'VR05'")["municipality_code"])
    assert _focused_codes(_render(marts, selected="VR05")) == twente


def test_choosing_a_district_zooms_to_it(marts):
    everything = maps.district_map(
        marts.municipality_shapes, marts.municipalities, marts.districts, marts.district_shapes
    )
    twente = maps.district_map(
        marts.municipality_shapes, marts.municipalities, marts.districts, marts.district_shapes,
        selected="VR05",
    )  # fmt: skip
    (south, west), (north, east) = (
        twente.location_bounds if hasattr(twente, "location_bounds") else _fit(twente)
    )
    (s_all, w_all), (n_all, e_all) = _fit(everything)
    assert s_all < south < north < n_all and w_all < west < east <= e_all


def _fit(fmap) -> list[list[float]]:
    fits = [child for child in fmap._children.values() if type(child).__name__ == "FitBounds"]
    assert len(fits) == 1
    return fits[0].bounds


def test_overlay_tooltip_lines_are_escaped(marts):
    overlay = overlays.Overlay(
        "proef", "Proef", {}, [("a", "#000000")], {"DVO": {"GM0150": HOSTILE_NAME}}
    )
    features = maps.municipality_features(
        marts.municipality_shapes, marts.municipalities, marts.districts, overlay.tooltip
    )["features"]
    (deventer,) = [f["properties"] for f in features if f["properties"]["code"] == "GM0150"]
    assert html.unescape(deventer["extra_0"]) == HOSTILE_NAME and "<" not in deventer["extra_0"]
    page = _render(marts, overlay=overlay)
    assert "<img src=x" not in page and "DVO" in page


def test_the_map_of_the_marts_passes_its_options_on(marts):
    twente = set(marts.municipalities.query("district_code == 'VR05'")["municipality_code"])
    page = maps.marts_map(marts, selected="VR05").get_root().render()
    assert _focused_codes(page) == twente
