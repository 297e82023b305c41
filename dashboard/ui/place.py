"""The one place choice of the app on screen: the sidebar selects and the breadcrumb.

The place lives in the URL (`?district=VR06&gemeente=GM0200`); `dashboard.ui.url` keeps it
across page switches, `dashboard.profile.place` turns the codes into a `Place`.
"""

from __future__ import annotations

import streamlit as st

from dashboard.data import DataUnavailableError, load_marts
from dashboard.display import tables, url_params
from dashboard.display.markup import literal
from dashboard.profile.place import REGION, Level, Place, resolve, url_codes
from dashboard.texts import frame as texts
from dashboard.ui import url

DISTRICT_KEY = "place_district"
MUNICIPALITY_KEY = "place_municipality"
ALL_MUNICIPALITIES = ""


def current(municipalities, districts) -> Place:
    """The place the URL names (no widgets, no messages): what every page filters by."""
    return resolve(*url_codes(url.place_in_url()), municipalities, districts).place


def chosen() -> Place:
    """The place the URL names, for a page that reads no marts; without marts: the region."""
    try:
        marts = load_marts()
    except DataUnavailableError:
        return REGION
    return current(marts.municipalities, marts.districts)


def place_choice(page) -> Place:
    """Read the place once per run, explain a bad code, draw the sidebar selects and the
    breadcrumb of `page`. Without marts (their error is the page's to show): the region."""
    try:
        marts = load_marts()
    except DataUnavailableError:
        return REGION
    municipalities, districts = marts.municipalities, marts.districts
    resolved = resolve(*url_codes(url.place_in_url()), municipalities, districts)
    if resolved.problems:
        st.warning(" ".join(resolved.problems))
        url.set_place(resolved.place.params())  # the bad code leaves the URL (and the session)
    place = resolved.place
    if place.level is Level.MUNICIPALITY and url_params.DISTRICT not in st.query_params:
        url.set_place(place.params())  # a link with only `gemeente` shows its district too
    st.sidebar.markdown(f"**{texts.PLACE_HEADING}**")
    _district_select(place, districts)
    _municipality_select(place, municipalities)
    if len(st.query_params.get_all(url_params.DISTRICT)) > 1:
        st.sidebar.caption(texts.PLACE_SEVERAL_DISTRICTS)
    breadcrumb(place, page)
    return place


def _district_select(place: Place, districts) -> None:
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    options = {url_params.ALL_VALUES: texts.ALL_DISTRICTS} | {c: names[c] for c in sorted(names)}
    st.session_state[DISTRICT_KEY] = place.district_code or url_params.ALL_VALUES
    st.sidebar.selectbox(
        texts.PLACE_DISTRICT_SELECT,
        list(options),
        format_func=options.__getitem__,
        key=DISTRICT_KEY,
        on_change=_district_to_url,
        help=texts.PLACE_HELP,
    )


def _district_to_url() -> None:
    code = st.session_state.get(DISTRICT_KEY, url_params.ALL_VALUES)
    url.set_place({} if code == url_params.ALL_VALUES else {url_params.DISTRICT: code})


def _municipality_select(place: Place, municipalities) -> None:
    first = (
        texts.ALL_MUNICIPALITIES_OF.format(district=place.district_name)
        if place.district_code
        else texts.ALL_MUNICIPALITIES
    )
    key = tables.frame_key(municipalities)
    names, districts = _municipalities_of(key, place.district_code, municipalities)
    options = {ALL_MUNICIPALITIES: first} | names
    st.session_state[MUNICIPALITY_KEY] = place.municipality_code or ALL_MUNICIPALITIES
    st.sidebar.selectbox(
        texts.PLACE_MUNICIPALITY_SELECT,
        list(options),
        format_func=options.__getitem__,
        key=MUNICIPALITY_KEY,
        on_change=_municipality_to_url,
        args=(place, districts),
    )


# Every page draws this select: its options are made once per set of municipalities and district.
@st.cache_resource(show_spinner=False, max_entries=32)
def _municipalities_of(
    key: tuple, district_code: str | None, _municipalities
) -> tuple[dict[str, str], dict[str, str]]:
    """(code → name, code → district) of the district's municipalities (all: None), by name."""
    del key  # the municipalities' content: the cache key only
    shown = _municipalities
    if district_code:
        shown = shown[shown["district_code"] == district_code]
    shown = shown.sort_values("name")
    codes = shown["municipality_code"]
    names = dict(zip(codes, shown["name"], strict=True))
    return names, dict(zip(codes, shown["district_code"], strict=True))


def _municipality_to_url(place: Place, districts: dict[str, str]) -> None:
    code = st.session_state.get(MUNICIPALITY_KEY, ALL_MUNICIPALITIES)
    if code == ALL_MUNICIPALITIES:
        up = place.parent if place.level is Level.MUNICIPALITY else place
        url.set_place(up.params())
    else:
        url.set_place({url_params.DISTRICT: districts[code], url_params.MUNICIPALITY: code})


def breadcrumb(place: Place, page) -> None:
    """ "Oost-Nederland › Noord- en Oost-Gelderland › Apeldoorn": every level above the place a
    link to the same page with that level chosen, the URL's other parameters kept."""
    kept = {
        name: st.query_params.get_all(name)
        for name in st.query_params
        if name not in url.PLACE_PARAMS
    }
    row = st.container(horizontal=True, gap="small", vertical_alignment="center")
    row.caption(texts.BREADCRUMB_LABEL, width="content")
    for crumb in place.trail[:-1]:
        chosen = crumb.params() or {url_params.DISTRICT: url_params.ALL_VALUES}  # the region
        row.page_link(page, label=literal(crumb.name), query_params=kept | chosen)
        row.caption(texts.BREADCRUMB_SEPARATOR, width="content")
    row.markdown(f"**{literal(place.name)}**", width="content")


def district_note(place: Place) -> None:
    """On a page that filters by district: say that a municipality is shown by its district."""
    if place.level is Level.MUNICIPALITY:
        st.caption(
            texts.PLACE_DISTRICT_ONLY.format(
                district=literal(place.district_name), municipality=literal(place.name)
            )
        )


def region_note(place: Place) -> None:
    """On a page that shows the whole region: say so, and that the choice is kept."""
    if place.level is not Level.REGION:
        st.caption(texts.PLACE_REGION_ONLY.format(place=literal(place.name)))
