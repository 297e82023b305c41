"""Streamlit glue shared by the pages: data loading with Dutch errors, URL state, map assets."""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard import texts
from dashboard.data import DataUnavailableError, Marts, load_marts
from dashboard.maps import MapAssets

DISTRICT_PARAM = "district"
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
    """The district in the URL (`?district=VR05`), mirrored by a sidebar select writing to it."""
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    value = st.query_params.get(DISTRICT_PARAM)
    if value is not None and value not in names:
        st.warning(texts.MAP_UNKNOWN_DISTRICT.format(value=value))
        del st.query_params[DISTRICT_PARAM]
        value = None
    st.session_state[DISTRICT_PARAM] = value or ALL  # the URL leads, the widget follows
    st.sidebar.selectbox(
        texts.MAP_DISTRICT_SELECT,
        [ALL, *sorted(names)],
        format_func=lambda code: texts.ALL_DISTRICTS if code == ALL else names[code],
        key=DISTRICT_PARAM,
        on_change=_district_to_url,
    )
    return value


def _district_to_url() -> None:
    code = st.session_state.get(DISTRICT_PARAM, ALL)
    if code == ALL:
        st.query_params.pop(DISTRICT_PARAM, None)
    else:
        st.query_params[DISTRICT_PARAM] = code


def choose_district(code: str) -> None:
    """Select a district from outside the widget (a map click) and draw the page again."""
    st.query_params[DISTRICT_PARAM] = code
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
