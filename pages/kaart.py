"""Kaart: the municipalities coloured by district; choose a district in the sidebar or by click."""

import streamlit as st
from streamlit_folium import st_folium

from dashboard.funding import figures as funding
from dashboard.maps import choropleth as maps
from dashboard.maps import overlays
from dashboard.overview import figures as overview
from dashboard.texts import financiering as financiering_texts
from dashboard.texts import kaart as texts
from dashboard.ui import frame as ui

marts = ui.marts_or_stop()
selected = ui.district_choice(marts.districts)
layer = ui.url_select(
    texts.MAP_OVERLAY_SELECT, texts.MAP_OVERLAYS, "laag", texts.MAP_UNKNOWN_OVERLAY
)
year = None  # the funding layers show one year, kept in the URL like on Financiering
if layer in overlays.FUNDING_LAYERS:
    years = funding.year_options(marts.contributions)
    year = int(ui.url_select(financiering_texts.FUNDING_YEAR_SELECT, years, funding.YEAR_PARAM,
                             financiering_texts.FUNDING_UNKNOWN_YEAR))  # fmt: skip
overlay = overlays.choose(layer, marts, year)

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

if year is not None:
    st.subheader(financiering_texts.FUNDING_KAART_HEADING.format(year=year))
    st.caption(financiering_texts.FUNDING_KAART_CAPTION)
    asked = funding.year_rows(marts.contributions, year)  # demo rows replace real ones
    ui.show_table(funding.district_table(asked, marts.districts), funding.NUMBER_HEADERS)
    if layer == overlays.CONTRIBUTION_STATUS:
        st.subheader(financiering_texts.FUNDING_STATUS_COUNTS_HEADING.format(year=year))
        ui.show_table(funding.status_counts(asked, marts.districts), funding.NUMBER_HEADERS)
    st.subheader(financiering_texts.FUNDING_KAART_MUNICIPALITIES.format(year=year))
    rows = funding.municipality_table(asked, marts.districts, selected)
    ui.show_table(rows, funding.NUMBER_HEADERS, height=420)
