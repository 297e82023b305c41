"""The maps as `st_folium` sends them, rendered once per build and choice and then cached.

`st_folium` renders a folium map on every call, twice (the figure, then the map again), and its
widget key hashes the whole script: about half of a map page's rerun. Here the arguments it
passes to its component (script, header, links, widget key: its `json_args`) are made with one
render, kept per (build, demo, what the map shows), and sent unchanged on every later rerun, so
a change elsewhere on the page (a table, a what-if slider) builds and renders no map at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import branca
import folium
import folium.elements
import streamlit as st
import streamlit_folium

from dashboard.ui.reuse import build_key

# One entry per place, layer, year and filter a session has shown (about 80 kB each): room for
# every place of one layer, so clicking through the region stays fast, at most ~10 MB.
MAX_MAPS = 128
_NO_DEFAULTS = ("last_clicked", "last_object_clicked", "last_object_clicked_count")
D3_LINKS = (  # st_folium's, for a colour map (the house's maps have none)
    "https://d3js.org/d3.v4.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/d3/3.5.5/d3.min.js",
)


def rendered(fmap: folium.Map, key: str | None, returned_objects: Iterable[str]) -> dict:
    """The component's arguments for `fmap`, as `st_folium(fmap, key=key, returned_objects=…)`
    makes them (without height and width), from a single render of the figure."""
    fmap.get_root().render()
    # The order of st_folium: html and header before the script, which renames the elements.
    html = streamlit_folium._get_html(fmap)
    header = streamlit_folium._get_header(fmap)
    script = streamlit_folium._get_map_string(fmap)
    css_links, js_links = _links(fmap)
    returned = list(returned_objects)
    return {
        "script": script,
        "header": header,
        "html": html,
        "id": streamlit_folium.get_full_id(fmap),
        "key": streamlit_folium.generate_js_hash(script, key, False),
        "returned_objects": returned,
        "default": _defaults(fmap, returned),
        "css_links": css_links,
        "js_links": js_links,
    }


def _defaults(fmap: folium.Map, returned: list[str]) -> dict:
    """What the component returns before any click, restricted to `returned` as st_folium does."""
    southwest, northeast = fmap.get_bounds()
    everything = dict.fromkeys(_NO_DEFAULTS) | {
        "last_object_clicked_tooltip": None,
        "last_object_clicked_popup": None,
        "all_drawings": None,
        "last_active_drawing": None,
        "bounds": {
            "_southWest": {"lat": southwest[0], "lng": southwest[1]},
            "_northEast": {"lat": northeast[0], "lng": northeast[1]},
        },
        "zoom": fmap.options.get("zoom"),
        "last_circle_radius": None,
        "last_circle_polygon": None,
        "selected_layers": None,
        "selected_tags": None,
        "last_geocoder_result": None,
    }
    return {name: value for name, value in everything.items() if name in returned}


def _links(fmap: folium.Map) -> tuple[list[str], list[str]]:
    """The stylesheets and scripts the map's elements ask for, each once, in st_folium's order."""
    css: list[str] = []
    js: list[str] = []
    for element in _walk(fmap):
        if isinstance(element, branca.colormap.ColorMap):  # as st_folium: d3 for colour maps
            js[:0] = list(D3_LINKS)
        css.extend(href for _, href in getattr(element, "default_css", []))
        js.extend(src for _, src in getattr(element, "default_js", []))
    return list(dict.fromkeys(css)), list(dict.fromkeys(js))


def _walk(element):
    if isinstance(element, (branca.colormap.ColorMap, folium.elements.JSCSSMixin)):
        yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


@st.cache_data(show_spinner=False, max_entries=MAX_MAPS)
def _cached(
    key: tuple, widget_key: str | None, returned: tuple[str, ...], _build: Callable
) -> dict:
    del key  # what the map shows: the cache key only
    return rendered(_build(), widget_key, returned)


def show(
    key: tuple,
    build: Callable[[], folium.Map],
    marts,
    height: int,
    widget_key: str | None,
    returned_objects: Iterable[str],
):
    """Show the map `build` makes, built and rendered only the first time `key` is shown for
    these marts; returns what the map sends back (as `st_folium` does)."""
    returned = tuple(returned_objects)
    arguments = _cached((build_key(marts), *key), widget_key, returned, build)

    def remember() -> None:  # as st_folium: the last value also under the page's own key
        if widget_key is not None:
            st.session_state[widget_key] = st.session_state.get(arguments["key"], {})

    return streamlit_folium._component_func(**_ordered(arguments, height), on_change=remember)


def _ordered(arguments: dict, height: int) -> dict:
    """The arguments in st_folium's order (its `json_args` are these, serialised in order)."""
    return {
        "script": arguments["script"],
        "header": arguments["header"],
        "html": arguments["html"],
        "id": arguments["id"],
        "key": arguments["key"],
        "height": height,
        "width": None,  # use_container_width
        "returned_objects": arguments["returned_objects"],
        "default": arguments["default"],
        "zoom": None,
        "center": None,
        "feature_group": None,
        "return_on_hover": False,
        "layer_control": None,
        "pixelated": False,
        "css_links": arguments["css_links"],
        "js_links": arguments["js_links"],
        "wrap_longitude": False,
    }
