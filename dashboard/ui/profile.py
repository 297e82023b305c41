"""The sections of the page Profiel: the map beside the funding, the pilots beside the bodies,
the work programme, each with its source and reference date, and the factsheet to take along.

The place itself is chosen by the app frame (sidebar, breadcrumb, map click, link)."""

from __future__ import annotations

import streamlit as st

from dashboard.display.markup import literal
from dashboard.factsheet import names, sheet
from dashboard.profile import tables
from dashboard.profile.highlight import place_overlay
from dashboard.profile.model import Profile
from dashboard.profile.place import Place
from dashboard.texts import factsheet as factsheet_texts
from dashboard.texts import profiel as texts
from dashboard.ui import maps as maps_ui

MAP_HEIGHT = 300  # the lists under the map start within a 900 pixel high screen
OPEN_RESULTS = 2  # up to this many pilots, their results are shown unfolded


def map_and_funding(marts, profile: Profile) -> None:
    """Left the map with the place highlighted; right what it is asked, has committed and paid."""
    place = profile.place
    map_column, funding_column = st.columns([5, 6])
    with map_column:
        overlay = place_overlay(marts.municipalities, marts.districts, place)
        maps_ui.district_map(marts, overlay, place, height=MAP_HEIGHT)
        st.caption(literal(tables.caption(profile, texts.SOURCE_MAP)))
    with funding_column:
        st.header(texts.FUNDING_HEADING)
        st.write(literal(tables.summary(profile)))
        if profile.funding:
            _static_table(tables.funding_table(profile), tables.FUNDING_NUMBERS)
            if note := tables.funding_note(profile):
                st.caption(note)
        else:
            st.info(texts.NO_FUNDING.format(place=literal(place.name)))
        shown = (texts.SOURCE_CONTRIBUTIONS, texts.SOURCE_BUDGET, texts.SOURCE_STATUSES)
        st.caption(literal(tables.caption(profile, *shown)))


def pilots_and_bodies(profile: Profile) -> None:
    """The pilots that run in the place and the bodies that decide for it, side by side."""
    name = literal(profile.place.name)
    pilots, bodies = st.columns(2)
    with pilots:
        st.header(texts.PILOTS_HEADING)
        _list(tables.pilot_table(profile), texts.NO_PILOTS.format(place=name))
        if results := tables.results_markdown(profile):
            # a few pilots: their results open beside the bodies; many: folded
            with st.expander(texts.RESULTS_EXPANDER, expanded=len(profile.pilots) <= OPEN_RESULTS):
                st.markdown(results)
        st.caption(literal(tables.caption(profile, texts.SOURCE_PILOTS)))
    with bodies:
        st.header(texts.BODIES_HEADING)
        _list(tables.body_table(profile), texts.NO_BODIES.format(place=name))
        st.caption(literal(tables.caption(profile, texts.SOURCE_BODIES)))


def activities(profile: Profile) -> None:
    """The work programme: regional, so the same for every place."""
    st.header(texts.ACTIVITIES_HEADING)
    _list(tables.activity_table(profile), "")
    st.caption(literal(tables.caption(profile, texts.SOURCE_WORKPLAN)))


def _static_table(table, numbers: tuple[str, ...] = ()) -> None:
    """A small table as plain HTML: every cell readable at once, in print and by screen readers;
    amounts right-aligned."""
    st.markdown(tables.markdown_table(table, numbers))


def _list(table, empty: str) -> None:
    if table.empty:
        st.info(empty)
        return
    _static_table(table)


def sources(profile: Profile) -> None:
    """What the registers do not know, every source with its reference date, the build moment."""
    if profile.notes:
        st.header(texts.NOTES_HEADING)
        for note in profile.notes:
            st.write(literal(note))
    st.header(texts.SOURCES_HEADING)
    _static_table(tables.source_table(profile))
    st.caption(texts.BUILT_AT.format(moment=profile.built_at))


def factsheet_download(marts, place: Place, show_demo: bool) -> None:
    """The factsheet of the place as a PDF, real data only, made when someone clicks; with demo
    data on, a note beside it says that the factsheet holds real data only."""
    note = sheet.download_note(show_demo)
    st.download_button(
        factsheet_texts.DOWNLOAD_LABEL,
        lambda: sheet.factsheet(marts, place),
        names.file_name(place),
        "application/pdf",
        on_click="ignore",
        help=note,
    )
    if note:
        st.caption(note)
