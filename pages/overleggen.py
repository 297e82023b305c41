"""Overleggen: the governance bodies as a network by level, a body's card, table and matrices."""

import streamlit as st

from dashboard.display import exports
from dashboard.governance import bodies
from dashboard.governance import graph as governance_graph
from dashboard.texts import overleggen as texts
from dashboard.ui import frame as ui

EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLOT_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False}

marts = ui.marts_or_stop()
chosen = [
    ui.url_multiselect(f.label, f.options, f.param)
    for f in bodies.filters(marts.districts, marts.themes)
]
shown = bodies.filter_bodies(marts.bodies, *chosen)
choices = {"": texts.BODIES_SELECT_NONE, **bodies.body_choices(marts.bodies)}
selected = ui.url_select(texts.BODIES_SELECT, choices, bodies.BODY_PARAM, texts.BODIES_UNKNOWN_BODY)
selected = selected or None

st.title(texts.BODIES_HEADING)
st.write(texts.BODIES_INTRO)
if shown.empty:
    st.info(texts.BODIES_EMPTY)
    st.stop()
st.caption(bodies.summary(shown, marts.bodies, marts.body_relations))
figure = governance_graph.body_graph(
    shown, marts.body_relations, selected, districts=marts.districts
)
event = st.plotly_chart(
    figure,
    on_select="rerun",
    selection_mode="points",
    config=PLOT_CONFIG,
    alt=bodies.graph_alt(shown, marts.body_relations),
)
clicked = bodies.clicked_body(event)
if clicked is not None and clicked != selected:
    ui.choose(bodies.BODY_PARAM, clicked)
st.caption(texts.BODIES_GRAPH_CAPTION)

if selected is None:
    st.info(texts.BODIES_CARD_HINT)
else:
    with st.container(border=True):
        if selected not in bodies.body_choices(shown):
            st.caption(texts.BODIES_OUTSIDE_FILTER)
        card = bodies.body_card(
            selected, marts.bodies, marts.body_relations, marts.themes, marts.districts
        )
        st.markdown(bodies.card_markdown(card))

sheets = bodies.export_sheets(shown, marts.body_relations, marts.districts, marts.themes)
table, mandates, themes = (sheets[texts.BODIES_SHEETS[k]] for k in ("bodies", "mandates", "themes"))
tab_table, tab_mandates, tab_themes = st.tabs(
    [texts.BODIES_TAB_TABLE, texts.BODIES_TAB_MANDATES, texts.BODIES_TAB_THEMES]
)
with tab_table:
    ui.show_table(table, height="content")
    csv_column, excel_column = st.columns(2)
    # Callables: the files are made when someone clicks, not on every rerun.
    csv_column.download_button(
        texts.BODIES_DOWNLOAD_CSV, lambda: exports.csv_bytes(table),
        f"{texts.BODIES_FILE_STEM}.csv", "text/csv", on_click="ignore",
    )  # fmt: skip
    excel_column.download_button(
        texts.BODIES_DOWNLOAD_EXCEL, lambda: exports.excel_bytes(sheets),
        f"{texts.BODIES_FILE_STEM}.xlsx", EXCEL, on_click="ignore",
    )  # fmt: skip
with tab_mandates:
    st.caption(texts.BODIES_MANDATE_CAPTION)
    ui.show_table(mandates, height="content")
with tab_themes:
    st.caption(texts.BODIES_THEME_CAPTION)
    ui.show_table(themes, height="content")
