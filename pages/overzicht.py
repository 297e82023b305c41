"""Overzicht: key figures, the districts and their municipalities, and where the data comes from."""

import streamlit as st

from dashboard.overview import figures as overview
from dashboard.texts import frame as frame_texts
from dashboard.texts import overzicht as texts
from dashboard.ui import frame as ui
from etl.core import dutch

marts = ui.marts_or_stop()
figures = overview.key_figures(marts.municipalities, marts.districts)

st.title(frame_texts.APP_TITLE)
st.write(texts.OVERVIEW_INTRO)
columns = st.columns(3)
columns[0].metric(texts.METRIC_MUNICIPALITIES, figures.municipalities)
columns[1].metric(
    texts.METRIC_INHABITANTS,
    figures.inhabitants,
    help=texts.METRIC_INHABITANTS_HELP.format(date=figures.inhabitants_date),
)
columns[2].metric(texts.METRIC_DISTRICTS, figures.districts)

st.subheader(texts.HEADING_DISTRICTS)
ui.show_table(overview.district_summary(marts.districts), overview.NUMBER_HEADERS)
for code in sorted(marts.districts["district_code"]):
    with st.expander(overview.district_sentence(marts.districts, code)):
        table = overview.municipality_table(
            marts.municipalities, marts.districts, code, overview.DISTRICT_TABLE_COLUMNS
        )
        ui.show_table(table, overview.NUMBER_HEADERS)

st.subheader(texts.HEADING_SOURCES)
st.table(overview.source_table(marts.municipalities, marts.districts), hide_index=True)
st.caption(texts.SOURCES_BOUNDARIES.format(source=marts.manifest["boundaries"]["source"]))
for note in marts.manifest["boundaries"].get("notes", []):
    st.caption(texts.SOURCES_NOTE.format(note=note))
st.caption(texts.SOURCES_BUILT_AT.format(moment=dutch.moment(marts.manifest["built_at"])))
