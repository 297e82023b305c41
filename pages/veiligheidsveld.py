"""Veiligheidsveld in beeld: a checklist of what the registers do not (yet) say about the field."""

import streamlit as st

from dashboard.governance import gaps
from dashboard.texts import frame as frame_texts
from dashboard.texts import veiligheidsveld as texts
from dashboard.ui import frame as ui
from dashboard.ui import governance as sections
from dashboard.ui import place as place_ui

marts = ui.marts_or_stop()
chosen = sections.gap_districts(marts.districts)
results = gaps.check(
    marts.bodies, marts.body_relations, marts.themes, marts.districts, district_codes=chosen
)

st.title(frame_texts.PAGE_GAPS)
st.write(texts.GAPS_INTRO)
place_ui.district_note(ui.place(marts))
sections.gap_summary(results, marts.districts, chosen)
sections.gap_rules(results, marts.districts)
