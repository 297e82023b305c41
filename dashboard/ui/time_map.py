"""The year of Kaart's layers through time: a slider on the page above the map, the year in
the URL (`?jaar=`), and beside the map the pilots of that year as a table."""

from __future__ import annotations

import streamlit as st

from dashboard.display import url_params
from dashboard.maps import time_layers
from dashboard.pilots import figures
from dashboard.texts import kaart as texts
from dashboard.ui import url
from dashboard.ui.frame import show_table


def year_choice(marts, layer: str) -> int | None:
    """The year `layer` is shown in (None: a layer without time, or without any year), chosen
    by a slider over the years its data has; under it, what the map shows in that year."""
    if layer not in time_layers.TIME_LAYERS:
        return None
    years = time_layers.layer_years(layer, marts)
    year = None
    if years:
        default = time_layers.default_year(layer, years)
        year = url.url_step_slider(texts.MAP_YEAR_SLIDER, years, url_params.YEAR, default)
    for note in time_layers.year_notes(layer, marts, years, year):
        st.caption(note)
    return year


def pilot_municipalities(marts, year: int | None, district: str | None) -> None:
    """Beside the map under the pilot layer: the municipalities with pilots in the year (no
    year: no pilot is dated, and all are listed)."""
    st.header(time_layers.pilot_title(year))
    shown = time_layers.pilot_figures(marts, year)
    if district is not None:
        shown = shown[shown["district_code"] == district]
    table = figures.municipality_table(shown, marts.districts)
    if table.empty:
        none = texts.MAP_PILOTS_NONE_AT_ALL if year is None else texts.MAP_PILOTS_NONE
        st.info(none.format(year=year))
    else:
        show_table(table, figures.MUNICIPALITY_FORMATS, narrow=True, height=520)
    st.caption(texts.MAP_PILOTS_SOURCE)
