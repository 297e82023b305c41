"""The sections of the governance pages (Overleggen, Thema's, Veiligheidsveld) in Streamlit.

Each function draws one part of a page from the pure builders in `dashboard.governance`; the
pages call them in order. Choices live in the URL (`dashboard.display.url_params`).
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from dashboard.data import Marts
from dashboard.display import exports, svg, tables, url_params
from dashboard.governance import bodies, body_tables, card, gaps, graph, themes, workplan_chart
from dashboard.texts import overleggen as texts
from dashboard.texts import themas as themas_texts
from dashboard.texts import veiligheidsveld as gaps_texts
from dashboard.ui import frame as ui
from dashboard.ui import reuse, url


def body_filters(marts: Marts) -> tuple[pd.DataFrame, str | None]:
    """The sidebar filters and body select: the bodies that pass, and the chosen body if any."""
    chosen = [
        url.url_multiselect(f.label, f.options, f.param)
        for f in bodies.filters(marts.districts, marts.themes)
    ]
    shown = bodies.filter_bodies(marts.bodies, *chosen)
    choices = {"": texts.BODIES_SELECT_NONE, **bodies.body_choices(marts.bodies)}
    selected = url.url_select(
        texts.BODIES_SELECT, choices, url_params.BODY, texts.BODIES_UNKNOWN_BODY
    )
    return shown, selected or None


def body_network(shown: pd.DataFrame, marts: Marts, selected: str | None) -> bool:
    """The summary and the network, drawn on the server; the body is chosen in the sidebar.
    False when nothing is shown."""
    if shown.empty:
        st.info(texts.BODIES_EMPTY)
        return False
    st.caption(bodies.summary(shown, marts.bodies, marts.body_relations))
    picture = _network(shown, marts, selected)
    alt = bodies.graph_alt(shown, marts.body_relations)
    st.html(svg.image(picture, alt, graph.WIDTH))
    st.caption(alt)
    st.caption(texts.BODIES_GRAPH_CAPTION)
    relation_table(shown, marts)
    return True


# The routing of the edges takes most of a run: one picture per build, bodies shown and body
# chosen, shared read-only by every session.
def _network(shown: pd.DataFrame, marts: Marts, selected: str | None) -> str:
    key = reuse.key(marts, "bodies-graph", tables.frame_key(shown), selected)
    draw = partial(
        graph.body_graph, shown, marts.body_relations, selected, districts=marts.districts
    )
    return reuse.kept(key, draw)


def _sheets(shown: pd.DataFrame, marts: Marts) -> dict[str, pd.DataFrame]:
    """The table, relations and matrices of the bodies shown (`body_tables.export_sheets`)."""
    key = reuse.key(marts, "bodies-sheets", tables.frame_key(shown))
    make = partial(
        body_tables.export_sheets, shown, marts.body_relations, marts.districts, marts.themes
    )
    return reuse.kept(key, make)


def relation_table(shown: pd.DataFrame, marts: Marts) -> None:
    """The network's text alternative: every relation it draws as a sortable row."""
    st.header(texts.RELATIONS_HEADING)
    table = _sheets(shown, marts)[texts.BODIES_SHEETS["relations"]]
    if table.empty:
        st.info(texts.RELATIONS_NONE)
        return
    st.caption(texts.RELATIONS_INTRO)
    ui.show_table(table, height="content")


def body_card(selected: str | None, shown: pd.DataFrame, marts: Marts) -> None:
    """The card of the chosen body (also when the filters leave it out), else a hint."""
    st.header(texts.BODIES_CARD_HEADING)  # the card's name is an h3 under it
    if selected is None:
        st.info(texts.BODIES_CARD_HINT)
        return
    with st.container(border=True):
        if selected not in bodies.body_choices(shown):
            st.caption(texts.BODIES_OUTSIDE_FILTER)
        facts = card.body_card(
            selected, marts.bodies, marts.body_relations, marts.themes, marts.districts
        )
        st.markdown(card.card_markdown(facts))


def body_tabs(shown: pd.DataFrame, marts: Marts) -> None:
    """The table (with its downloads), the mandate matrix and the theme matrix, as tabs."""
    sheets = _sheets(shown, marts)
    table, mandates, theme_matrix = (
        sheets[texts.BODIES_SHEETS[key]] for key in ("bodies", "mandates", "themes")
    )
    st.header(texts.BODIES_TABLES_HEADING)
    tab_table, tab_mandates, tab_themes = st.tabs(
        [texts.BODIES_TAB_TABLE, texts.BODIES_TAB_MANDATES, texts.BODIES_TAB_THEMES]
    )
    with tab_table:
        ui.show_table(table, height="content")
        ui.downloads(
            texts.BODIES_FILE_STEM,
            texts.BODIES_DOWNLOAD_CSV,
            lambda: exports.csv_bytes(table),
            texts.BODIES_DOWNLOAD_EXCEL,
            lambda: exports.excel_bytes(sheets),
        )
    with tab_mandates:
        st.caption(texts.BODIES_MANDATE_CAPTION)
        ui.show_table(mandates, height="content")
    with tab_themes:
        st.caption(texts.BODIES_THEME_CAPTION)
        ui.show_table(theme_matrix, height="content")


def theme_choice(theme_frame: pd.DataFrame) -> str | None:
    """The theme chosen in the sidebar (kept in the URL), or None for all themes."""
    choice = url.url_select(
        themas_texts.THEMES_SELECT,
        themes.theme_options(theme_frame),
        url_params.THEME,
        themas_texts.THEMES_UNKNOWN,
    )
    return themes.chosen_theme(choice)


def theme_cards(marts: Marts, theme_id: str | None) -> None:
    """A card per theme shown, two side by side."""
    shown = themes.theme_ids(marts.themes, theme_id)
    st.header(themas_texts.THEMES_CARDS_HEADING)  # each card's name is an h3 under it
    columns = st.columns(min(len(shown), 2))
    for index, shown_id in enumerate(shown):
        with columns[index % len(columns)].container(border=True):
            st.markdown(themes.theme_card(marts.themes, marts.bodies, marts.workplan, shown_id))


def workplan(marts: Marts, theme_id: str | None) -> None:
    """The work programme (of the theme) as a timeline and a table, or a note that it is empty."""
    activities = themes.activities(marts.workplan, marts.themes, theme_id)
    st.header(themes.workplan_heading(marts.themes, marts.workplan, theme_id))
    if activities.empty:
        st.info(themas_texts.WORKPLAN_NONE)
        return
    st.caption(themas_texts.WORKPLAN_CAPTION)
    # Drawn on the server as SVG: no chart library for the browser to load.
    picture = workplan_chart.timeline(activities)
    st.html(svg.image(picture, workplan_chart.alt_text(activities), workplan_chart.WIDTH))
    ui.show_table(themes.workplan_table(activities), height="content")


def gap_districts(districts: pd.DataFrame) -> list[str]:
    """The districts chosen in the sidebar (kept in the URL); none means all."""
    return url.url_multiselect(
        gaps_texts.GAPS_DISTRICT_FILTER, gaps.district_options(districts), url_params.DISTRICT
    )


def gap_summary(results: list[gaps.RuleResult], districts: pd.DataFrame, chosen) -> None:
    """Which districts the findings are about, then the number of findings per rule."""
    if chosen:
        st.caption(gaps.filter_note(districts, chosen))
    st.header(gaps_texts.GAPS_SUMMARY_HEADING)
    ui.show_table(gaps.summary_table(results), gaps.SUMMARY_FORMATS)


def gap_rules(results: list[gaps.RuleResult], districts: pd.DataFrame) -> None:
    """Every rule of the checklist: its heading, what it checks, and its findings (or ✓)."""
    for number, result in enumerate(results, start=1):
        st.header(gaps.heading(number, result))
        st.write(result.explanation)
        if result.findings.empty:
            st.success(gaps_texts.GAPS_NONE)
        else:
            ui.show_table(gaps.findings_table(result.findings, districts), height="content")
