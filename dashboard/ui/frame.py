"""Streamlit glue shared by the pages: data loading with Dutch errors, URL state, map assets."""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard.data import DataUnavailableError, Marts, load_marts, visible
from dashboard.maps.choropleth import MapAssets
from dashboard.texts import frame as texts
from dashboard.texts import kaart as kaart_texts
from etl.core import spreadsheet

DISTRICT_PARAM = "district"
ALL = "alle"
DEMO_PARAM = "demo"
DEMO_KEY = "show_demo"
LOG = logging.getLogger("vnon.dashboard")


def marts_or_stop() -> Marts:
    """The marts as this user sees them, or a Dutch explanation on the page and nothing else."""
    try:
        return visible(load_marts(), demo_on())
    except DataUnavailableError as err:
        st.error(f"{texts.DATA_ERROR_TITLE} {err}")
        st.stop()


def demo_switch() -> bool:
    """The sidebar switch for demo data, kept in the URL (`?demo=1`) and across pages.

    Page links drop the URL's parameters, so the session remembers the choice and puts it back.
    """
    if st.query_params.get(DEMO_PARAM) == "1":
        st.session_state[DEMO_KEY] = True
    on = st.sidebar.toggle(
        texts.DEMO_TOGGLE, key=DEMO_KEY, help=texts.DEMO_TOGGLE_HELP, on_change=_demo_to_url
    )
    if on:
        st.query_params[DEMO_PARAM] = "1"
        st.warning(texts.DEMO_BANNER)
    return on


def _demo_to_url() -> None:
    if st.session_state.get(DEMO_KEY):
        st.query_params[DEMO_PARAM] = "1"
    else:
        st.query_params.pop(DEMO_PARAM, None)


def demo_on() -> bool:
    return bool(st.session_state.get(DEMO_KEY, False))


def map_assets() -> MapAssets:
    """Leaflet as served by this app, under its configured base path."""
    base_path = (st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"/{base_path}" if base_path else ""
    return MapAssets(base_url=f"{prefix}/app/static/vendor/leaflet")


def district_choice(districts: pd.DataFrame) -> str | None:
    """The district in the URL (`?district=VR05`), mirrored by a sidebar select writing to it."""
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    options = {ALL: texts.ALL_DISTRICTS} | {code: names[code] for code in sorted(names)}
    choice = url_select(
        kaart_texts.MAP_DISTRICT_SELECT, options, DISTRICT_PARAM, kaart_texts.MAP_UNKNOWN_DISTRICT
    )
    return None if choice == ALL else choice


def url_select(
    label: str, options: dict[str, str], param: str, unknown_message: str, container=None
) -> str:
    """One value kept in the URL (`?param=value`), mirrored by a sidebar select writing to it.

    `options` maps each stored value to its Dutch label; the first is the default, which
    leaves the URL clean. An unknown value in the URL is explained and replaced by the default.
    `container` puts the select elsewhere than the sidebar (e.g. `st` for the page itself).
    """
    default = next(iter(options))
    value = st.query_params.get(param, default)
    if value not in options:
        st.warning(unknown_message.format(value=value))
        del st.query_params[param]
        value = default
    key = f"select_{param}"
    st.session_state[key] = value  # the URL leads, the widget follows
    (container or st.sidebar).selectbox(
        label,
        list(options),
        format_func=lambda option: options[option],
        key=key,
        on_change=_value_to_url,
        args=(key, param, default),
    )
    return value


def _value_to_url(key: str, param: str, default: str) -> None:
    value = st.session_state.get(key, default)
    if value == default:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = value


def choose(param: str, value: str) -> None:
    """Set a URL-bound choice from outside its widget (a click on a map or graph) and rerun."""
    st.query_params[param] = value
    st.rerun()


def url_multiselect(label: str, options: dict[str, str], param: str) -> list[str]:
    """Values kept in the URL (`?param=a&param=b`), mirrored by a sidebar multiselect.

    `options` maps each stored value to its Dutch label; unknown values in the URL are dropped.
    """
    key = f"filter_{param}"
    chosen = [value for value in st.query_params.get_all(param) if value in options]
    st.session_state[key] = chosen  # the URL leads, the widget follows
    st.sidebar.multiselect(
        label,
        list(options),
        format_func=lambda value: options[value],
        key=key,
        on_change=_values_to_url,
        args=(key, param),
        placeholder=texts.FILTER_PLACEHOLDER,
    )
    return chosen


def _values_to_url(key: str, param: str) -> None:
    values = st.session_state.get(key) or []
    if values:
        st.query_params[param] = values
    else:
        st.query_params.pop(param, None)


def url_slider(label: str, first: int, last: int, param: str, default: int, **options) -> int:
    """A whole number kept in the URL (`?param=2019`), mirrored by a slider on the page.

    A value that is not a number falls back to the default, one out of range is brought
    within it; the default leaves the URL clean. With a single possible value no slider is
    drawn (a slider needs two ends).
    """
    try:
        value = int(st.query_params.get(param, default))
    except ValueError:
        value = default
    value = min(max(value, first), last)
    if first >= last:
        return value
    key = f"slider_{param}"
    st.session_state[key] = value  # the URL leads, the widget follows
    st.slider(
        label, first, last, step=1, key=key, on_change=_number_to_url,
        args=(key, param, default), **options,
    )  # fmt: skip
    return value


def _number_to_url(key: str, param: str, default: int) -> None:
    value = st.session_state.get(key, default)
    if value == default:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = str(value)


def clicked_district(returned: dict | None) -> str | None:
    """The district of the municipality the user last clicked on the map, if any."""
    feature = (returned or {}).get("last_active_drawing") or {}
    return (feature.get("properties") or {}).get("district_code")


def show_table(
    frame: pd.DataFrame,
    numeric: tuple[str, ...] = (),
    widths: dict[str, str] | None = None,
    **options,
) -> None:
    """A read-only table whose Dutch-formatted number columns are right-aligned.

    `widths` sets a column's width ('small', 'medium' or 'large') by its header.
    """
    config = {
        column: st.column_config.Column(width=width) for column, width in (widths or {}).items()
    }
    config |= {column: st.column_config.TextColumn(alignment="right") for column in numeric}
    st.dataframe(frame, hide_index=True, column_config=config, **options)


EXCEL_MIME = spreadsheet.EXCEL_MIME  # the name the pages use


def downloads(stem: str, csv_label: str, csv_file, excel_label: str, excel_file) -> None:
    """A CSV and an Excel download side by side. `csv_file` and `excel_file` are callables,
    so the files are made when someone clicks, not on every rerun."""
    csv_column, excel_column = st.columns(2)
    csv_column.download_button(csv_label, csv_file, f"{stem}.csv", "text/csv", on_click="ignore")
    excel_column.download_button(
        excel_label, excel_file, f"{stem}.xlsx", EXCEL_MIME, on_click="ignore"
    )


def run_guarded(page) -> None:
    """Run a page; an unexpected error shows a Dutch message and is logged, never a traceback."""
    try:
        page.run()
    except Exception:
        LOG.exception("Pagina '%s' faalde", getattr(page, "title", "?"))
        st.error(texts.UNEXPECTED_ERROR)
