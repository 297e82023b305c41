"""Profiel: what a district or municipality is asked and pays, which pilots run there and
which bodies decide for it, on one screen; the place is kept in the URL."""

import streamlit as st

from dashboard.profile import tables
from dashboard.profile.build import profile
from dashboard.ui import frame as ui
from dashboard.ui import profile as profile_ui

marts = ui.marts_or_stop()
place = ui.place(marts)
shown = profile(marts, place)

st.title(tables.heading(place))
profile_ui.factsheet_download(marts, place, ui.demo_on())
profile_ui.map_and_funding(marts, shown)
profile_ui.pilots_and_bodies(shown)
profile_ui.activities(shown)
profile_ui.sources(shown)
