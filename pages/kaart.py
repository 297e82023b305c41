"""Kaart: the municipalities coloured by district; choose a district in the sidebar or by click."""

import streamlit as st
from streamlit_folium import st_folium

from dashboard import maps, overlays, overview, texts, ui

marts = ui.marts_or_stop()
selected = ui.district_choice(marts.districts)
layer = ui.url_select(
    texts.MAP_OVERLAY_SELECT, texts.MAP_OVERLAYS, "laag", texts.MAP_UNKNOWN_OVERLAY
)
overlay = overlays.choose(layer, marts)

st.title(texts.MAP_HEADING)
st.caption(texts.MAP_CAPTION)
map_column, table_column = st.columns([3, 2])
with map_column:
    fmap = maps.district_map(
        marts.municipality_shapes,
        marts.municipalities,
        marts.districts,
        marts.district_shapes,
        selected=selected,
        overlay=overlay,
        assets=ui.map_assets(),
    )
    returned = st_folium(
        fmap, height=620, use_container_width=True, returned_objects=["last_active_drawing"]
    )
clicked = ui.clicked_district(returned)
if clicked is not None and clicked != selected:
    ui.choose(ui.DISTRICT_PARAM, clicked)

with table_column:
    st.subheader(overview.map_table_heading(marts.districts, selected))
    if selected is not None:
        st.write(overview.district_sentence(marts.districts, selected))
    columns = overview.MAP_TABLE_COLUMNS_ONE_DISTRICT if selected else overview.MAP_TABLE_COLUMNS
    table = overview.municipality_table(marts.municipalities, marts.districts, selected, columns)
    ui.show_table(table, overview.NUMBER_HEADERS, height=520)

if layer == overlays.GOVERNANCE:
    st.subheader(texts.MAP_TABLE_GOVERNANCE)
    st.caption(texts.MAP_GOVERNANCE_CAPTION)
    ui.show_table(overlays.governance_table(marts.districts, marts.bodies))
