"""Overzicht: key figures, the districts and their municipalities, and where the data comes from."""

import streamlit as st

from dashboard.texts import frame as frame_texts
from dashboard.texts import overzicht as texts
from dashboard.ui import frame as ui
from dashboard.ui import overview as overview_ui
from dashboard.ui import place as place_ui

marts = ui.marts_or_stop()

st.title(frame_texts.APP_TITLE)
st.write(texts.OVERVIEW_INTRO)
place_ui.region_note(ui.place(marts))
overview_ui.key_figure_metrics(marts.municipalities, marts.districts)
overview_ui.districts(marts.municipalities, marts.districts)
overview_ui.data_sources(marts)
