"""The district map builder: all municipalities, small payload, escaped text, own Leaflet."""

from __future__ import annotations

import html
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.display.palette import DISTRICT_COLOURS, MUTED
from dashboard.maps import access, overlays
from dashboard.maps import choropleth as maps
from dashboard.texts import kaart as texts
from tests import map_text

from .conftest import REPO

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
    fits = [child for child in fmap._children.values() if type(child).__name__ == "FitWithRoom"]
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


def test_the_map_frame_may_be_zoomed_after_every_render(marts):
    fmap = maps.district_map(
        marts.municipality_shapes, marts.municipalities, marts.districts, marts.district_shapes
    )
    for _ in range(2):  # st_folium renders the map more than once
        fmap.get_root().render()
        header = fmap.get_root().header.render()
        viewports = re.findall(r'<meta\s+name="viewport"[^>]*>', header)
        assert viewports == [access.VIEWPORT]
    assert "user-scalable" not in fmap.get_root().render()


def test_every_municipality_is_a_named_keyboard_stop_that_enter_clicks(marts):
    page = _render(marts)
    keyboard = page[page.index("vnon-shape") :]
    fields = '["naam", "district", "inwoners"]'
    assert f'{fields}, ["Gemeente", "District", "Inwoners"], true' in keyboard
    assert 'fire("click"' in keyboard and 'event.key !== "Enter"' in keyboard
    assert 'setAttribute("tabindex", "0")' in keyboard
    assert '"Inwoners"], false' in _render(marts, selectable=False)  # no button without a click


def test_the_focus_ring_is_black_in_a_white_halo_above_the_shapes(marts):
    page = _render(marts)
    assert (
        json.dumps(
            [
                {"color": palette.FOCUS_HALO, "weight": 7, "opacity": 1, "fill": False},
                {"color": palette.FOCUS_RING, "weight": 3, "opacity": 1, "fill": False},
            ],
            sort_keys=True,  # as jinja's tojson writes them
        )
        in page
    )
    assert f'"{access.FOCUS_PANE}"' in page and "pane.style.zIndex = 450" in page
    assert f"outline: 3px solid {palette.FOCUS_RING}" in page  # the map itself and its links


def test_district_labels_are_no_tab_stops_and_hidden_from_screen_readers(marts):
    page = _render(marts)
    labels = re.findall(r"L\.marker\(\s*\[[^]]+\],\s*(\{[^}]*\})", page)
    assert len(labels) == len(marts.districts)
    assert all(json.loads(options.replace(",\n}", "}"))["keyboard"] is False for options in labels)
    assert page.count('aria-hidden=\\"true\\"') == len(marts.districts)


def test_zoom_buttons_and_the_leaflet_credit_speak_dutch(marts):
    page = _render(marts)
    assert '"zoomControl": false' in page  # Leaflet's English buttons are not made
    assert '{zoomInTitle: "Inzoomen",' in page and 'zoomOutTitle: "Uitzoomen"}' in page
    assert texts.MAP_LEAFLET_TITLE in page and "A JavaScript library" not in page


def test_the_first_view_leaves_room_for_the_controls_and_the_tiles_credit(marts):
    fmap = maps.district_map(
        marts.municipality_shapes, marts.municipalities, marts.districts, marts.district_shapes
    )
    (fit,) = [c for c in fmap._children.values() if isinstance(c, access.FitWithRoom)]
    assert fit.credit == maps.PDOK_ATTRIBUTION and fit.room > 0
    assert not [c for c in fmap._children.values() if type(c).__name__ == "FitBounds"]
    names = [type(child).__name__ for child in fmap._children.values()]
    assert names.index("FitWithRoom") > names.index("Legend")  # measured once it is drawn
    assert names.index("FitWithRoom") > names.index("MetricScale")


def test_a_map_without_leaflet_or_shapes_says_so_in_dutch(marts, tmp_path):
    assert access.unavailable(marts.municipality_shapes) is None  # make setup put Leaflet here
    assert access.unavailable(marts.municipality_shapes, tmp_path) == texts.MAP_NO_LEAFLET
    (tmp_path / "leaflet.js").write_text("")
    assert access.leaflet_missing(tmp_path)  # the stylesheet too
    (tmp_path / "leaflet.css").write_text("")
    assert not access.leaflet_missing(tmp_path)
    empty = marts.municipality_shapes.iloc[0:0]
    assert access.unavailable(empty, tmp_path) == texts.MAP_NO_SHAPES
    assert access.unavailable(None, tmp_path) == texts.MAP_NO_SHAPES


def test_the_skip_link_leads_to_a_focusable_place_after_the_map():
    link, target = access.skip_link("na-kaart"), access.skip_target("na-kaart")
    assert link == f'<a class="vnon-skip" href="#na-kaart">{texts.MAP_SKIP_LINK}</a>'
    assert 'id="na-kaart"' in target and 'tabindex="-1"' in target
    assert ".vnon-skip:focus" in access.SKIP_STYLE and palette.FOCUS_RING in access.SKIP_STYLE


@pytest.fixture
def page_app(built_root, monkeypatch):
    """A page of the app on the built marts: `page_app("kaart")` runs pages/kaart.py."""
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))

    def run(page: str) -> AppTest:
        app = AppTest.from_file(str(REPO / "dashboard" / "navigation.py"), default_timeout=60)
        app.switch_page(f"../pages/{page}.py")
        app.run()
        assert not app.exception
        return app

    return run


def test_the_map_page_sends_a_zoomable_frame_between_a_skip_link_and_its_target(page_app):
    app = page_app("kaart")
    (component,) = app.get("component_instance")
    header = json.loads(component.proto.json_args)["header"]
    assert access.VIEWPORT in header and "user-scalable" not in header
    bodies = [element.proto.body for element in app.get("html")]
    assert any(access.skip_link("na-district_map") in body for body in bodies)
    assert access.skip_target("na-district_map") in bodies


@pytest.mark.parametrize("page", ["kaart", "pilots", "financiering"])
def test_without_leaflet_a_page_says_so_where_the_map_would_be(
    page_app, monkeypatch, tmp_path, page
):
    monkeypatch.setattr(access, "LEAFLET_DIR", tmp_path)  # an empty folder: no Leaflet
    app = page_app(page)
    assert texts.MAP_NO_LEAFLET in [warning.value for warning in app.warning]
    assert not app.get("component_instance")


def test_geometry_is_made_once_per_shapes_frame_and_forgotten_with_it(marts):
    """The GeoJSON geometry of a build's shapes is made once per frame, whichever map asks
    (another frame, e.g. a rebuild, gets its own), and leaves with its frame."""
    shapes = marts.municipality_shapes.copy()
    first = maps._geometries(shapes, "municipality_code")
    assert maps._geometries(shapes, "municipality_code") is first
    assert len(first) == 76
    assert all(g["type"] in ("Polygon", "MultiPolygon") for g in first.values())
    other = shapes.copy()
    assert maps._geometries(other, "municipality_code") is not first
    assert maps._geometries(other, "municipality_code") == first
    one = maps.marts_map(marts, selected="VR05").get_root().render()
    two = maps.marts_map(marts, selected="VR06").get_root().render()
    assert one.count('"code": "GM') == two.count('"code": "GM') == 76  # each map its own features
    entries = len(maps._PER_FRAME)
    del shapes, first
    assert len(maps._PER_FRAME) == entries - 1
