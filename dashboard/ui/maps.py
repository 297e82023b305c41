"""The district map on a page: drawn from the marts, served with the app's own Leaflet.

`st_folium` gets only the objects the page reads, so pan and zoom never rerun the script.
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from dashboard.maps import choropleth, overlays
from dashboard.maps.overlays import Overlay
from dashboard.overview import figures as overview
from dashboard.texts import kaart as texts
from dashboard.ui.frame import clicked_district, map_assets, show_table


def district_map(
    marts, overlay: Overlay, selected: str | None = None, height: int = 560, clicks: bool = False
) -> str | None:
    """Draw the municipalities coloured by `overlay`; with `clicks`, the district last clicked."""
    fmap = choropleth.marts_map(marts, selected=selected, overlay=overlay, assets=map_assets())
    returned_objects = ["last_active_drawing"] if clicks else []
    returned = st_folium(
        fmap, height=height, use_container_width=True, returned_objects=returned_objects
    )
    return clicked_district(returned) if clicks else None


def municipality_panel(marts, selected: str | None) -> None:
    """Beside the map: the municipalities of the chosen district (or all) with their figures."""
    st.subheader(overview.map_table_heading(marts.districts, selected))
    if selected is not None:
        st.write(overview.district_sentence(marts.districts, selected))
    columns = overview.MAP_TABLE_COLUMNS_ONE_DISTRICT if selected else overview.MAP_TABLE_COLUMNS
    table = overview.municipality_table(marts.municipalities, marts.districts, selected, columns)
    show_table(table, overview.NUMBER_HEADERS, height=520)


def governance_tables(marts, layer: str) -> None:
    """Under the governance layer: its figures as a table, so colour is never the only cue."""
    if layer != overlays.GOVERNANCE:
        return
    st.subheader(texts.MAP_TABLE_GOVERNANCE)
    st.caption(texts.MAP_GOVERNANCE_CAPTION)
    show_table(overlays.governance_table(marts.districts, marts.bodies))
