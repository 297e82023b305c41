"""Veiligheidsveld in beeld: a checklist of what the registers do not (yet) say about the field."""

import streamlit as st

from dashboard.governance import gaps
from dashboard.texts import frame as frame_texts
from dashboard.texts import veiligheidsveld as texts
from dashboard.ui import frame as ui

marts = ui.marts_or_stop()
chosen = ui.url_multiselect(
    texts.GAPS_DISTRICT_FILTER, gaps.district_options(marts.districts), ui.DISTRICT_PARAM
)
results = gaps.check(
    marts.bodies, marts.body_relations, marts.themes, marts.districts, district_codes=chosen
)

st.title(frame_texts.PAGE_GAPS)
st.write(texts.GAPS_INTRO)
if chosen:
    st.caption(gaps.filter_note(marts.districts, chosen))
st.subheader(texts.GAPS_SUMMARY_HEADING)
ui.show_table(gaps.summary_table(results), gaps.SUMMARY_NUMBER_HEADERS)

for number, result in enumerate(results, start=1):
    st.subheader(gaps.heading(number, result))
    st.write(result.explanation)
    if result.findings.empty:
        st.success(texts.GAPS_NONE)
    else:
        ui.show_table(gaps.findings_table(result.findings, marts.districts), height="content")
