"""The sections of the page Overzicht: key figures, districts with their municipalities, and
where the data comes from."""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard.display import tables
from dashboard.overview import figures as overview
from dashboard.texts import overzicht as texts
from dashboard.ui import reuse
from dashboard.ui.frame import show_table
from etl.core import dutch


def key_figure_metrics(municipalities, districts) -> None:
    """Municipalities, inhabitants (with their reference date) and districts, side by side."""
    figures = overview.key_figures(municipalities, districts)
    columns = st.columns(3)
    columns[0].metric(texts.METRIC_MUNICIPALITIES, figures.municipalities)
    columns[1].metric(
        texts.METRIC_INHABITANTS,
        figures.inhabitants,
        help=texts.METRIC_INHABITANTS_HELP.format(date=figures.inhabitants_date),
    )
    columns[2].metric(texts.METRIC_DISTRICTS, figures.districts)


def districts(municipalities, districts) -> None:
    """The districts with a total, then each district's municipalities in an expander."""
    key = ("overview-districts", tables.frame_key(municipalities), tables.frame_key(districts))
    reuse.drawn(key, partial(_districts, municipalities, districts))


def _districts(municipalities, districts) -> None:
    st.header(texts.HEADING_DISTRICTS)
    show_table(overview.district_summary(districts), overview.FORMATS)
    for code in sorted(districts["district_code"]):
        with st.expander(overview.district_sentence(districts, code)):
            table = overview.municipality_table(
                municipalities, districts, code, overview.DISTRICT_TABLE_COLUMNS
            )
            show_table(table, overview.FORMATS)


def data_sources(marts) -> None:
    """Which source each reference table and the boundaries come from, and when data was built."""
    reuse.drawn(reuse.key(marts, "overview-sources"), partial(_data_sources, marts))


def _data_sources(marts) -> None:
    st.header(texts.HEADING_SOURCES)
    st.table(overview.source_table(marts.municipalities, marts.districts), hide_index=True)
    boundaries = marts.manifest["boundaries"]
    st.caption(texts.SOURCES_BOUNDARIES.format(source=boundaries["source"]))
    for note in boundaries.get("notes", []):
        st.caption(texts.SOURCES_NOTE.format(note=note))
    st.caption(texts.SOURCES_BUILT_AT.format(moment=dutch.moment(marts.manifest["built_at"])))
