"""The district map on a page: drawn from the marts, served with the app's own Leaflet.

Each map is built and rendered once per build and choice (`dashboard.ui.map_payload`); the
component gets only the objects the page reads (the last click), so pan and zoom never rerun
the script. A click on a municipality chooses it; a click on a district outline its district
(or, on the chosen district's outline, the region); from the keyboard, Enter or Space on a
municipality does what a click does. A link before each map skips it; where no map can be drawn
(Leaflet or the shapes missing), a Dutch warning stands in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import folium
import streamlit as st

from dashboard.display import exports
from dashboard.maps import access, choropleth, overlays
from dashboard.maps.overlays import Overlay
from dashboard.overview import figures as overview
from dashboard.profile.place import REGION, Place, after_click
from dashboard.texts import kaart as texts
from dashboard.ui import map_payload, url
from dashboard.ui.frame import (
    clicked_properties,
    downloads,
    map_assets,
    show_map_table,
    show_table,
)


def district_map(
    marts, overlay: Overlay, place: Place = REGION, height: int = 560, clicks: bool = True
) -> None:
    """Draw the municipalities coloured by `overlay`, the place in focus; with `clicks`, a click
    chooses a place (in the URL) and reruns."""
    if not can_draw(marts):
        return
    assets = map_assets()
    shown = (place.district_code, place.municipality_code)
    # The layer and its year lead the key: each year of a layer through time is its own map.
    key = ("district", overlay.key, overlay.year, repr(overlay), *shown, assets.base_url, clicks)

    build = partial(
        choropleth.marts_map,
        marts,
        selected=shown[0],
        municipality=shown[1],
        overlay=overlay,
        assets=assets,
        selectable=clicks,
    )
    clickable_map(build, key, marts, place, height, "district_map" if clicks else None)


def clickable_map(
    build: Callable[[], folium.Map], key: tuple, marts, place: Place, height: int, name: str | None
) -> None:
    """Show the map `build` makes (built once per `key`, all that it shows, and build of the
    marts); with a `name`, a click on it chooses a place.

    The widget's key holds the place, so a new place starts from a map without a click: an old
    click never comes back to undo a choice made elsewhere (sidebar, breadcrumb)."""
    target = f"na-{name or 'kaart'}"
    st.html(access.SKIP_STYLE + access.skip_link(target))
    returned = map_payload.show(
        key,
        build,
        marts,
        height,
        widget_key=f"{name}_{place.level}_{place.code}" if name else None,
        returned_objects=["last_active_drawing"] if name else [],
    )
    st.html(access.skip_target(target))
    if name is None:
        return
    chosen = after_click(clicked_properties(returned), place, marts.municipalities, marts.districts)
    if chosen is not None:
        url.choose_place(chosen.params())


def can_draw(marts) -> bool:
    """Whether a map can be drawn; if not, a Dutch warning says why where the map would be."""
    problem = access.unavailable(marts.municipality_shapes)
    if problem is not None:
        st.warning(problem)
    return problem is None


def municipality_panel(marts, place: Place) -> None:
    """Beside the map: the municipalities of the chosen district (or all) with their figures."""
    selected = place.district_code
    heading = overview.map_table_heading(marts.districts, selected)
    st.header(heading)
    if selected is not None:
        st.write(overview.district_sentence(marts.districts, selected))
    columns = overview.MAP_TABLE_COLUMNS_ONE_DISTRICT if selected else overview.MAP_TABLE_COLUMNS
    table = overview.municipality_table(marts.municipalities, marts.districts, selected, columns)
    show_map_table(table, overview.FORMATS, heading, sort=overview.MAP_TABLE_SORT)
    stem = "-".join(filter(None, (texts.MAP_TABLE_FILE_STEM, selected)))
    downloads(
        stem,
        texts.MAP_TABLE_DOWNLOAD_CSV,
        lambda: exports.csv_bytes(table),
        texts.MAP_TABLE_DOWNLOAD_EXCEL,
        lambda: exports.excel_bytes({texts.MAP_TABLE_FILE_STEM: table}),
    )


def governance_tables(marts, layer: str) -> None:
    """Under the governance layer: its figures as a table, so colour is never the only cue."""
    if layer != overlays.GOVERNANCE:
        return
    st.header(texts.MAP_TABLE_GOVERNANCE)
    st.caption(texts.MAP_GOVERNANCE_CAPTION)
    show_table(overlays.governance_table(marts.districts, marts.bodies))
