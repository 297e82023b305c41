"""Kaart: the municipalities coloured by district; choose a place in the sidebar or by a click."""

import streamlit as st

from dashboard.display import url_params
from dashboard.funding.rows import year_rows
from dashboard.maps import overlays, sources, time_layers
from dashboard.texts import kaart as texts
from dashboard.ui import frame as ui
from dashboard.ui import funding as funding_ui
from dashboard.ui import maps as maps_ui
from dashboard.ui import time_map, url

marts = ui.marts_or_stop()
place = ui.place(marts)
layer = url.url_select(
    texts.MAP_OVERLAY_SELECT, texts.MAP_OVERLAYS, url_params.LAYER, texts.MAP_UNKNOWN_OVERLAY
)

st.title(texts.MAP_HEADING)
st.caption(texts.MAP_CAPTION)
year = time_map.year_choice(marts, layer)  # the layers through time: a slider, `?jaar=`
overlay = time_layers.overlay(layer, marts, year)
funding = layer in overlays.FUNDING_LAYERS
asked = year_rows(marts.contributions, year) if funding else None
map_column, table_column = st.columns([3, 2])
with map_column:
    maps_ui.district_map(marts, overlay, place, height=620)
with table_column:  # under a funding layer: what each municipality is asked and has paid
    if asked is not None:
        funding_ui.map_municipalities(marts, asked, place.district_code)
    elif layer == time_layers.PILOTS:
        time_map.pilot_municipalities(marts, year, place.district_code)
    else:
        maps_ui.municipality_panel(marts, place)
st.caption(sources.sources_text(marts.municipalities, marts.districts, marts.manifest))

maps_ui.governance_tables(marts, layer)
if asked is not None:
    funding_ui.map_tables(marts, asked, layer)
    funding_ui.sources_caption(marts)
