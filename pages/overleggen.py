"""Overleggen: the governance bodies as a network by level, a body's card, table and matrices."""

import streamlit as st

from dashboard import bodies, exports, governance_graph, texts, ui

BODY_KEY = "overleg_choice"
EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLOT_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False}


def _body_to_url() -> None:
    chosen = st.session_state.get(BODY_KEY)
    if chosen:
        st.query_params[bodies.BODY_PARAM] = chosen
    else:
        st.query_params.pop(bodies.BODY_PARAM, None)


def _table(frame) -> None:
    """A full-height table whose first column (the body's name) stays in view."""
    pinned = {texts.MATRIX_BODY: st.column_config.TextColumn(pinned=True)}
    st.dataframe(frame, hide_index=True, height="content", column_config=pinned)


marts = ui.marts_or_stop()
chosen = [
    ui.url_multiselect(f.label, f.options, f.param)
    for f in bodies.filters(marts.districts, marts.themes)
]
shown = bodies.filter_bodies(marts.bodies, *chosen)
selected, warning = bodies.chosen_body(st.query_params.get(bodies.BODY_PARAM), marts.bodies)
if warning:
    st.warning(warning)
    del st.query_params[bodies.BODY_PARAM]
choices = {"": texts.BODIES_SELECT_NONE, **bodies.body_choices(marts.bodies)}
st.session_state[BODY_KEY] = selected or ""  # the URL leads, the widget follows
st.sidebar.selectbox(
    texts.BODIES_SELECT,
    list(choices),
    format_func=choices.get,
    key=BODY_KEY,
    on_change=_body_to_url,
)

st.title(texts.BODIES_HEADING)
st.write(texts.BODIES_INTRO)
if shown.empty:
    st.info(texts.BODIES_EMPTY)
else:
    st.caption(bodies.summary(shown, marts.bodies, marts.body_relations))
    figure = governance_graph.body_graph(
        shown, marts.body_relations, selected, districts=marts.districts
    )
    alt = bodies.graph_alt(shown, marts.body_relations)
    event = st.plotly_chart(
        figure, on_select="rerun", selection_mode="points", config=PLOT_CONFIG, alt=alt
    )
    clicked = bodies.clicked_body(event)
    if clicked is not None and clicked != selected:
        st.query_params[bodies.BODY_PARAM] = clicked
        st.rerun()
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

if not shown.empty:
    sheets = bodies.export_sheets(shown, marts.body_relations, marts.districts, marts.themes)
    table, mandates, themes = (
        sheets[texts.BODIES_SHEETS[k]] for k in ("bodies", "mandates", "themes")
    )
    tabs = st.tabs([texts.BODIES_TAB_TABLE, texts.BODIES_TAB_MANDATES, texts.BODIES_TAB_THEMES])
    with tabs[0]:
        _table(table)
        csv_column, excel_column = st.columns(2)
        csv_column.download_button(
            texts.BODIES_DOWNLOAD_CSV,
            exports.csv_bytes(table),
            f"{texts.BODIES_FILE_STEM}.csv",
            "text/csv",
            on_click="ignore",
        )
        excel_column.download_button(
            texts.BODIES_DOWNLOAD_EXCEL,
            exports.excel_bytes(sheets),
            f"{texts.BODIES_FILE_STEM}.xlsx",
            EXCEL,
            on_click="ignore",
        )
    with tabs[1]:
        st.caption(texts.BODIES_MANDATE_CAPTION)
        _table(mandates)
    with tabs[2]:
        st.caption(texts.BODIES_THEME_CAPTION)
        _table(themes)
