"""Overleggen: the governance bodies as a network by level, a body's card, table and matrices."""

import streamlit as st

from dashboard.texts import overleggen as texts
from dashboard.ui import frame as ui
from dashboard.ui import governance as sections
from dashboard.ui import place as place_ui

marts = ui.marts_or_stop()
shown, selected = sections.body_filters(marts)

st.title(texts.BODIES_HEADING)
st.write(texts.BODIES_INTRO)
place_ui.district_note(ui.place(marts))
if not sections.body_network(shown, marts, selected):
    st.stop()
sections.body_card(selected, shown, marts)
sections.body_tabs(shown, marts)
