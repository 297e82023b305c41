"""Sections and results made once per build and choice (`dashboard.ui.reuse`): a rerun with
the same choices builds no chart, graph or view again; another choice or another build does."""

from __future__ import annotations

from dataclasses import replace

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.ui import governance, pilots, reuse
from tests import pictures

from .conftest import REPO
from .demo_support import build_demo_root

APP = str(REPO / "dashboard" / "navigation.py")


class Calls:
    """Counts the calls of `module.name` (a builder the page calls), caches emptied first."""

    def __init__(self, monkeypatch, module, name: str):
        self.count = 0
        original = getattr(module, name)

        def counted(*args, **kwargs):
            self.count += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
        st.cache_data.clear()
        st.cache_resource.clear()


def _page(root, monkeypatch, page: str) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    app = AppTest.from_file(APP, default_timeout=60)
    app.switch_page(f"../pages/{page}.py")
    app.run()
    assert not app.exception
    return app


def _charts(app: AppTest) -> list[str]:
    """What every chart sent: plotly's spec, or the server-drawn picture (pictures.IMAGE)."""
    plotly = [chart.proto.spec for chart in app.get("plotly_chart")]
    drawn = [html.proto.body for html in app.get("html") if pictures.IMAGE.search(html.proto.body)]
    return plotly + drawn


def test_pilots_draws_its_charts_and_view_once_per_choice(tmp_path, monkeypatch):
    timelines = Calls(monkeypatch, pilots, "timeline")
    views = Calls(monkeypatch, pilots, "explore")
    app = _page(build_demo_root(tmp_path), monkeypatch, "pilots")
    first = _charts(app)
    assert timelines.count == 1 and views.count == 1 and first  # the timeline at least
    app.run()  # the same choices: every chart replayed as it was sent
    assert timelines.count == 1 and views.count == 1 and _charts(app) == first
    app.sidebar.toggle[0].set_value(True).run()  # demo data: other pilots, other charts
    demo = _charts(app)
    assert timelines.count == 2 and views.count == 2 and demo != first
    app.sidebar.multiselect(key="filter_status").set_value(["lopend"]).run()
    assert timelines.count == 3 and views.count == 3 and _charts(app) != demo
    app.sidebar.multiselect(key="filter_status").set_value([]).run()
    assert timelines.count == 3 and views.count == 3 and _charts(app) == demo


def test_overleggen_routes_its_graph_once_per_bodies_and_choice(built_root, monkeypatch):
    graphs = Calls(monkeypatch, governance.graph, "body_graph")
    app = _page(built_root, monkeypatch, "overleggen")
    first = _charts(app)
    assert graphs.count == 1
    app.run()
    assert graphs.count == 1 and _charts(app) == first
    app.sidebar.selectbox(key="place_district").set_value("VR05").run()
    assert graphs.count == 2 and _charts(app) != first
    app.sidebar.selectbox(key="place_district").set_value(None).run()
    assert graphs.count == 2 and _charts(app) == first


def test_every_key_starts_with_the_build_and_the_demo_switch(built_root):
    marts = read_marts(built_root.processed)
    rebuilt = replace(marts, manifest={**marts.manifest, "built_at": "2030-01-01T00:00:00+00:00"})
    assert reuse.key(marts, "x", 1) == reuse.key(marts, "x", 1)
    assert reuse.key(rebuilt, "x", 1) != reuse.key(marts, "x", 1)
    assert reuse.key(marts, "x", 2) != reuse.key(marts, "x", 1)
    assert reuse.key(marts, "x", 1)[0].endswith("-demo0")


@pytest.mark.parametrize("count", [1, 2])
def test_kept_makes_once_per_key(count):
    st.cache_resource.clear()
    made = []
    for _ in range(3):
        for number in range(count):
            reuse.kept(("test", number), lambda: made.append(1) or object())
    assert len(made) == count


def test_financiering_makes_its_year_sections_once_per_year(built_root, monkeypatch):
    from dashboard.funding import in_kind
    from dashboard.maps import overlays

    sections = Calls(monkeypatch, in_kind, "in_kind_table")
    layers = Calls(monkeypatch, overlays, "choose")
    app = _page(built_root, monkeypatch, "financiering")
    first = [table.value.to_numpy().tolist() for table in app.dataframe]
    assert sections.count == 1 and layers.count == 1
    app.select_slider[0].set_value(80).run()  # a what-if: every other section as it was
    assert sections.count == 1 and layers.count == 1
    assert [table.value.to_numpy().tolist() for table in app.dataframe][-2:] == first[-2:]
    app.sidebar.selectbox(key="select_jaar").set_value("2021").run()
    assert sections.count == 2 and layers.count == 2
    app.sidebar.selectbox(key="select_jaar").set_value("2020").run()
    assert sections.count == 2 and layers.count == 2
