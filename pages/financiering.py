"""Financiering: what municipalities and districts are asked, have committed and paid."""

import streamlit as st

from dashboard.funding.rows import year_rows
from dashboard.texts import financiering as texts
from dashboard.ui import frame as ui
from dashboard.ui import funding as funding_ui
from dashboard.ui import place as place_ui

marts = ui.marts_or_stop()
place = ui.place(marts)
year = funding_ui.year_choice(marts.contributions)
layer = funding_ui.layer_choice()
asked = year_rows(marts.contributions, year)  # with demo on: demo rows replace real ones

st.title(texts.FUNDING_HEADING)
st.write(texts.FUNDING_INTRO)
place_ui.region_note(place)  # the whole region's figures; the place's are on its profile
funding_ui.key_figure_metrics(asked, marts.budget_lines)
funding_ui.map_and_tables(marts, asked, layer, place)
funding_ui.budget(marts.budget_category_comparison, year)
funding_ui.what_if(marts, asked)
funding_ui.municipalities(marts, asked)
funding_ui.in_kind_and_former(marts, year)
funding_ui.sources_caption(marts)
