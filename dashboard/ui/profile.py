"""The sections of the page Profiel: the place choice, the map beside the funding, the pilots
beside the bodies, the work programme, each with its source and reference date."""

from __future__ import annotations

import streamlit as st

from dashboard.display import url_params
from dashboard.display.markup import literal
from dashboard.profile import tables
from dashboard.profile.highlight import place_overlay
from dashboard.profile.model import Profile
from dashboard.profile.place import Place, resolve
from dashboard.texts import profiel as texts
from dashboard.ui import maps as maps_ui

DISTRICT_KEY = "profile_district"
MUNICIPALITY_KEY = "profile_municipality"
MAP_HEIGHT = 300  # the lists under the map start within a 900 pixel high screen
OPEN_RESULTS = 2  # up to this many pilots, their results are shown unfolded


def place_choice(marts) -> Place:
    """The place in the URL (`?district=…&gemeente=…`), with a note for a wrong code, and two
    selects in the sidebar that write to the URL. One function, so the frame's helper can take its
    place in one line."""
    resolved = resolve(
        st.query_params.get(url_params.DISTRICT),
        st.query_params.get(url_params.MUNICIPALITY),
        marts.municipalities,
        marts.districts,
    )
    for problem in resolved.problems:
        st.warning(problem)
    place = resolved.place
    wanted = place.params()  # a corrected or dropped code leaves the URL too
    for param in (url_params.DISTRICT, url_params.MUNICIPALITY):
        if param not in wanted:
            st.query_params.pop(param, None)
        elif st.query_params.get(param) != wanted[param]:
            st.query_params[param] = wanted[param]
    districts = {"": texts.CHOOSE_ALL_DISTRICTS} | dict(
        zip(marts.districts["district_code"], marts.districts["name"], strict=True)
    )
    towns = marts.municipalities.sort_values("name")
    if place.district_code:
        towns = towns[towns["district_code"] == place.district_code]
    whole = texts.CHOOSE_WHOLE_DISTRICT if place.district_code else texts.CHOOSE_ALL_MUNICIPALITIES
    municipalities = {"": whole} | dict(zip(towns["municipality_code"], towns["name"], strict=True))
    st.session_state[DISTRICT_KEY] = place.district_code or ""
    st.session_state[MUNICIPALITY_KEY] = place.municipality_code or ""
    _select(texts.CHOOSE_DISTRICT, districts, DISTRICT_KEY, _district_to_url)
    _select(texts.CHOOSE_MUNICIPALITY, municipalities, MUNICIPALITY_KEY, _municipality_to_url)
    return place


def _select(label: str, options: dict[str, str], key: str, to_url) -> None:
    """A sidebar select that follows the URL and writes to it when someone chooses."""
    st.sidebar.selectbox(label, list(options), format_func=options.get, key=key, on_change=to_url)


def _district_to_url() -> None:
    st.query_params.pop(url_params.MUNICIPALITY, None)
    if code := st.session_state.get(DISTRICT_KEY):
        st.query_params[url_params.DISTRICT] = code
    else:
        st.query_params.pop(url_params.DISTRICT, None)


def _municipality_to_url() -> None:
    if code := st.session_state.get(MUNICIPALITY_KEY):
        st.query_params[url_params.MUNICIPALITY] = code
    else:
        st.query_params.pop(url_params.MUNICIPALITY, None)


def map_and_funding(marts, profile: Profile) -> None:
    """Left the map with the place highlighted; right what it is asked, has committed and paid."""
    place = profile.place
    map_column, funding_column = st.columns([5, 6])
    with map_column:
        overlay = place_overlay(marts.municipalities, marts.districts, place)
        maps_ui.district_map(marts, overlay, place.district_code, height=MAP_HEIGHT)
        st.caption(literal(tables.caption(profile, texts.SOURCE_MAP)))
    with funding_column:
        st.subheader(texts.FUNDING_HEADING)
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
        st.subheader(texts.PILOTS_HEADING)
        _list(tables.pilot_table(profile), texts.NO_PILOTS.format(place=name))
        if results := tables.results_markdown(profile):
            # a few pilots: their results open beside the bodies; many: folded
            with st.expander(texts.RESULTS_EXPANDER, expanded=len(profile.pilots) <= OPEN_RESULTS):
                st.markdown(results)
        st.caption(literal(tables.caption(profile, texts.SOURCE_PILOTS)))
    with bodies:
        st.subheader(texts.BODIES_HEADING)
        _list(tables.body_table(profile), texts.NO_BODIES.format(place=name))
        st.caption(literal(tables.caption(profile, texts.SOURCE_BODIES)))


def activities(profile: Profile) -> None:
    """The work programme: regional, so the same for every place."""
    st.subheader(texts.ACTIVITIES_HEADING)
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
        st.subheader(texts.NOTES_HEADING)
        for note in profile.notes:
            st.write(literal(note))
    st.subheader(texts.SOURCES_HEADING)
    _static_table(tables.source_table(profile))
    st.caption(texts.BUILT_AT.format(moment=profile.built_at))
