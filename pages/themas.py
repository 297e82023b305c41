"""Thema's en werkprogramma: per theme who holds it and works on it, and the work programme."""

import streamlit as st

from dashboard.texts import frame as frame_texts
from dashboard.texts import themas as texts
from dashboard.ui import frame as ui
from dashboard.ui import governance as sections
from dashboard.ui import place as place_ui

marts = ui.marts_or_stop()
theme_id = sections.theme_choice(marts.themes)

st.title(frame_texts.PAGE_THEMES)
st.write(texts.THEMES_INTRO)
place_ui.region_note(ui.place(marts))
sections.theme_cards(marts, theme_id)
sections.workplan(marts, theme_id)
