"""Streamlit glue shared by the pages: data loading with Dutch errors, URL state, map assets."""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard import texts
from dashboard.data import DataUnavailableError, Marts, load_marts
from dashboard.maps import MapAssets

DISTRICT_PARAM = "district"
PENDING_DISTRICT = "_district_from_map"
ALL = "alle"
LOG = logging.getLogger("vnon.dashboard")


def marts_or_stop() -> Marts:
    """The marts, or a Dutch explanation on the page and nothing else."""
    try:
        return load_marts()
    except DataUnavailableError as err:
        st.error(f"{texts.DATA_ERROR_TITLE} {err}")
        st.stop()


def map_assets() -> MapAssets:
    """Leaflet as served by this app, under its configured base path."""
    base_path = (st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"/{base_path}" if base_path else ""
    return MapAssets(base_url=f"{prefix}/app/static/vendor/leaflet")


def district_choice(districts: pd.DataFrame) -> str | None:
    """The chosen district, bound to `?district=VR05` in the URL so a view can be shared."""
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    pending = st.session_state.pop(PENDING_DISTRICT, None)
    if pending in names:  # a click on the map, applied before the widget exists
        st.session_state[DISTRICT_PARAM] = pending
    choice = st.sidebar.selectbox(
        texts.MAP_DISTRICT_SELECT,
        [ALL, *sorted(names)],
        format_func=lambda code: texts.ALL_DISTRICTS if code == ALL else names[code],
        key=DISTRICT_PARAM,
        bind="query-params",
    )
    return None if choice == ALL else choice


def choose_district_on_next_run(code: str) -> None:
    """Select a district from outside the widget (a map click) and rerun the page."""
    st.session_state[PENDING_DISTRICT] = code
    st.rerun()


def clicked_district(returned: dict | None) -> str | None:
    """The district of the municipality the user last clicked on the map, if any."""
    feature = (returned or {}).get("last_active_drawing") or {}
    return (feature.get("properties") or {}).get("district_code")


def show_table(frame: pd.DataFrame, numeric: tuple[str, ...] = (), **options) -> None:
    """A read-only table whose Dutch-formatted number columns are right-aligned."""
    config = {column: st.column_config.TextColumn(alignment="right") for column in numeric}
    st.dataframe(frame, hide_index=True, column_config=config, **options)


def run_guarded(page) -> None:
    """Run a page; an unexpected error shows a Dutch message and is logged, never a traceback."""
    try:
        page.run()
    except Exception:
        LOG.exception("Pagina '%s' faalde", getattr(page, "title", "?"))
        st.error(texts.UNEXPECTED_ERROR)
