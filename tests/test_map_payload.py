"""The maps as st_folium sends them, from one render, built once per build and choice: a rerun
that changes no map (the same choice again, a what-if slider) builds and renders none."""

from __future__ import annotations

import json
import re

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.maps import choropleth, overlays
from dashboard.pilots import maps as pilot_maps
from dashboard.pilots.figures import SUBSIDY_LAYER
from dashboard.pilots.view import explore
from dashboard.ui import map_payload

from .demo_support import build_demo_root
from .page_support import open_page
from .table_text import html_tables, map_table_sort

RETURNED = ["last_active_drawing"]
# st_folium renders the figure twice, so each district label's icon is set twice in its script.
TWICE_SET_ICON = re.compile(r"([ \t]*marker_\w+\.setIcon\(\w+\);\n\n\n)\1")


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return build_demo_root(tmp_path_factory.mktemp("map_payload"))


@pytest.fixture(scope="module")
def marts(demo_root):
    return read_marts(demo_root.processed)


def _maps(marts):
    governance = overlays.choose(overlays.GOVERNANCE, marts)
    everything = explore(marts, [[], [], [], []], "alle", "alle")
    return [
        lambda: choropleth.marts_map(marts),
        lambda: choropleth.marts_map(
            marts, selected="VR05", municipality="GM0150", overlay=governance
        ),
        lambda: choropleth.marts_map(marts, selected="VR06", selectable=False),
        lambda: pilot_maps.pilot_map(marts, everything, SUBSIDY_LAYER),
    ]


@pytest.mark.parametrize("number", range(4))
def test_the_payload_is_st_folium_s_rendered_once(marts, monkeypatch, number):
    build = _maps(marts)[number]
    sent = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kw: sent.append(kw))
    streamlit_folium.st_folium(
        build(), key="k", height=500, use_container_width=True, returned_objects=RETURNED
    )
    (theirs,) = sent
    del theirs["on_change"]
    ours = map_payload._ordered(map_payload.rendered(build(), "k", RETURNED), 500)
    once = TWICE_SET_ICON.sub(r"\1", theirs["script"])
    assert once != theirs["script"]  # the labels: the double render shows
    assert ours["script"] == once and ours["script"].count('"code": "GM') == 76
    assert ours["key"] == streamlit_folium.generate_js_hash(once, "k", False)
    rest = {name: value for name, value in theirs.items() if name not in ("script", "key")}
    assert list(ours) == list(theirs)
    assert json.dumps({name: ours[name] for name in rest}) == json.dumps(rest)


class Builds:
    """Counts the district maps built (every map of the house is one, pilots' too)."""

    def __init__(self, monkeypatch):
        self.count = 0
        build = choropleth.district_map

        def counted(*args, **kwargs):
            self.count += 1
            return build(*args, **kwargs)

        monkeypatch.setattr(choropleth, "district_map", counted)
        map_payload._cached.clear()


def _page(root, monkeypatch, page: str, **query) -> AppTest:
    return open_page(root, monkeypatch, page, **query)


def _sent(app: AppTest) -> str:
    (component,) = app.get("component_instance")
    return component.proto.json_args


def test_kaart_builds_each_map_once_and_sends_the_same_bytes_again(built_root, monkeypatch):
    builds = Builds(monkeypatch)
    app = _page(built_root, monkeypatch, "kaart")
    first = _sent(app)
    assert builds.count == 1
    app.run()
    assert builds.count == 1 and _sent(app) == first
    app.sidebar.selectbox(key="select_laag").set_value(overlays.GOVERNANCE).run()
    assert builds.count == 2 and _sent(app) != first
    app.sidebar.selectbox(key="select_laag").set_value(overlays.DISTRICTS).run()
    assert builds.count == 2 and _sent(app) == first  # cached: byte for byte the first build
    app.sidebar.selectbox(key="place_district").set_value("VR05").run()
    assert builds.count == 3 and _sent(app) != first  # another place: zoomed, others muted


def test_sorting_kaart_s_table_builds_no_map_and_sends_the_same_bytes(built_root, monkeypatch):
    builds = Builds(monkeypatch)
    app = _page(built_root, monkeypatch, "kaart")
    first = _sent(app)
    map_table_sort(app).set_value("Gemeente").run()
    assert builds.count == 1 and _sent(app) == first
    assert html_tables(app)[0]["Gemeente"].iloc[0] == "Aalten"  # the table did change


def test_financiering_what_if_reruns_alone_and_builds_no_map(built_root, monkeypatch):
    builds = Builds(monkeypatch)
    app = _page(built_root, monkeypatch, "financiering")
    first = _sent(app)
    assert builds.count == 1
    # The what-if section is a fragment: in the browser a slider reruns it alone.
    assert len(app._fragment_storage._fragments) == 1
    app.select_slider[0].set_value(80).run()  # AppTest reruns the whole page: still no map
    assert builds.count == 1 and _sent(app) == first
    app.sidebar.selectbox(key="select_jaar").set_value("2021").run()
    assert builds.count == 2 and "2021" in _sent(app)
    app.sidebar.selectbox(key="select_jaar").set_value("2020").run()
    assert builds.count == 2 and _sent(app) == first


def test_pilots_filters_and_demo_data_each_have_their_map(demo_root, monkeypatch):
    builds = Builds(monkeypatch)
    app = _page(demo_root, monkeypatch, "pilots")
    real = _sent(app)
    assert builds.count == 1
    app.sidebar.toggle[0].set_value(True).run()  # demo data: forty more pilots, another map
    demo = _sent(app)
    assert builds.count == 2 and demo != real
    assert demo.count('\\"type\\": \\"Point\\"') > real.count('\\"type\\": \\"Point\\"')
    app.sidebar.multiselect(key="filter_status").set_value(["lopend"]).run()
    assert builds.count == 3 and _sent(app) != demo
    app.sidebar.multiselect(key="filter_status").set_value([]).run()
    assert builds.count == 3 and _sent(app) == demo


def test_kaart_year_slider_each_year_its_own_map_built_once(built_root, monkeypatch):
    builds = Builds(monkeypatch)
    app = _page(built_root, monkeypatch, "kaart", laag=overlays.CONTRIBUTION_STATUS)
    first = _sent(app)
    assert builds.count == 1
    app.select_slider(key="slider_jaar").set_value(2021).run()
    assert builds.count == 2 and _sent(app) != first and "Stand van de bijdrage 2021" in _sent(app)
    app.select_slider(key="slider_jaar").set_value(2020).run()
    assert builds.count == 2 and _sent(app) == first  # the year is in the key: cached
