"""Thema's en werkprogramma: per theme who holds it and works on it, and the work programme."""

import streamlit as st

from dashboard.governance import themes, workplan_chart
from dashboard.texts import frame as frame_texts
from dashboard.texts import themas as texts
from dashboard.ui import frame as ui

marts = ui.marts_or_stop()
choice = ui.url_select(
    texts.THEMES_SELECT, themes.theme_options(marts.themes), themes.THEME_PARAM,
    texts.THEMES_UNKNOWN,
)  # fmt: skip
theme_id = themes.chosen_theme(choice)

st.title(frame_texts.PAGE_THEMES)
st.write(texts.THEMES_INTRO)
shown = themes.theme_ids(marts.themes, theme_id)
columns = st.columns(min(len(shown), 2))
for index, shown_id in enumerate(shown):
    with columns[index % len(columns)].container(border=True):
        st.markdown(themes.theme_card(marts.themes, marts.bodies, marts.workplan, shown_id))

activities = themes.activities(marts.workplan, marts.themes, theme_id)
st.subheader(themes.workplan_heading(marts.themes, marts.workplan, theme_id))
if activities.empty:
    st.info(texts.WORKPLAN_NONE)
else:
    st.caption(texts.WORKPLAN_CAPTION)
    st.plotly_chart(
        workplan_chart.timeline(activities),
        config=workplan_chart.CONFIG,
        alt=workplan_chart.alt_text(activities),
    )
    ui.show_table(themes.workplan_table(activities), height="content")
