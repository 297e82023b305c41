"""Streamlit glue shared by the pages: data loading with Dutch errors, the demo switch, map
assets, tables and downloads. The URL-bound widgets live in `dashboard.ui.url`."""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard.data import DataUnavailableError, Marts, load_visible_marts
from dashboard.display import html_table, tables, url_params
from dashboard.maps.assets import MapAssets
from dashboard.profile.place import Place
from dashboard.texts import frame as texts
from dashboard.ui import place as place_ui
from etl.core import spreadsheet

DEMO_KEY = "show_demo"
TABLE_CACHE_ENTRIES = 256
MAP_TABLE_PX = 520  # a table beside a map: as high as the map, less its controls
MAP_TABLE_SORT_KEY = "map_table_sort"  # print.css hides the select by its class
LOG = logging.getLogger("vnon.dashboard")


def marts_or_stop() -> Marts:
    """The marts as this user sees them, or a Dutch explanation on the page and nothing else."""
    try:
        return load_visible_marts(demo_on())
    except DataUnavailableError as err:
        st.error(f"{texts.DATA_ERROR_TITLE} {err}")
        st.stop()


def place(marts: Marts) -> Place:
    """The one place chosen for the whole app (region, district or municipality), from the URL.

    The sidebar selects and the breadcrumb are drawn by the app frame before the page runs."""
    return place_ui.current(marts.municipalities, marts.districts)


def demo_switch(banner: bool = True) -> bool:
    """The sidebar switch for demo data, kept in the URL (`?demo=1`) and across pages; when on,
    the demo banner on a page that shows demo rows (`banner`).

    Page links drop the URL's parameters, so the session remembers the choice and puts it back.
    """
    if st.query_params.get(url_params.DEMO) == "1":
        st.session_state[DEMO_KEY] = True
    on = st.sidebar.toggle(
        texts.DEMO_TOGGLE, key=DEMO_KEY, help=texts.DEMO_TOGGLE_HELP, on_change=_demo_to_url
    )
    if on:
        st.query_params[url_params.DEMO] = "1"
    if on and banner:
        st.warning(texts.DEMO_BANNER)
    return on


def _demo_to_url() -> None:
    if st.session_state.get(DEMO_KEY):
        st.query_params[url_params.DEMO] = "1"
    else:
        st.query_params.pop(url_params.DEMO, None)


def demo_on() -> bool:
    return bool(st.session_state.get(DEMO_KEY, False))


def map_assets() -> MapAssets:
    """Leaflet as served by this app, under its configured base path."""
    base_path = (st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"/{base_path}" if base_path else ""
    return MapAssets(base_url=f"{prefix}/app/static/vendor/leaflet")


def clicked_properties(returned: dict | None) -> dict:
    """The properties of the feature the user last clicked on the map (empty: no click)."""
    feature = (returned or {}).get("last_active_drawing") or {}
    return feature.get("properties") or {}


def show_table(
    frame: pd.DataFrame,
    formats: tables.Formats | None = None,
    right: tuple[str, ...] = (),
    widths: dict[str, int] | None = None,
    narrow: bool = False,
    **options,
) -> None:
    """A read-only table that keeps its numbers (so a column sorts by value), each column shown
    as `formats` says (Dutch notation, `dashboard.display.tables`); `right` right-aligns text
    columns that hold figures. Every column is as wide as its header and its longest cell (a
    `narrow` table beside a map: its header), or as `widths` says.
    """
    formats = formats or {}
    key = (tables.frame_key(frame), tables.formats_key(formats))
    settings = (right, tuple((widths or {}).items()), narrow, tuple(options.items()))
    _drawn_table(key, settings, frame, formats)


# The element, not only the frame, is cached: on a hit Streamlit replays the recorded table
# (its Arrow data and every cell's Dutch text) without formatting, styling or serialising it
# again, which was half of a page run. The key is the table's content, so a new build or
# another choice draws anew; bounded, as tables of 600 rows are a few hundred kB each.
@st.cache_data(show_spinner=False, max_entries=TABLE_CACHE_ENTRIES)
def _drawn_table(key: tuple, settings: tuple, _frame: pd.DataFrame, _formats) -> None:
    del key  # the frame's and the formats' identity: the cache key only
    right, widths, narrow, options = settings
    _draw_table(_frame, _formats, right, dict(widths), narrow, **dict(options))


def _draw_table(frame, formats, right, widths, narrow, **options) -> None:
    sized = tables.widths(frame, formats, cells=not narrow) | widths
    config = {
        column: st.column_config.Column(
            width=sized.get(column), alignment=_alignment(column, right)
        )
        for column in frame.columns
    }
    st.dataframe(
        tables.for_grid(frame, formats),
        hide_index=True,
        column_config=config,
        placeholder="",  # an empty cell stays empty, never 'None' (see dashboard.display.tables)
        **options,
    )


def show_map_table(frame: pd.DataFrame, formats: tables.Formats, label: str, sort: str) -> None:
    """A table beside a map as plain HTML (`html_table`), 520 px high at most, with a select
    above it that sorts it by any column (`sort`: the one it starts sorted by). `label` names
    its scrolling region for screen readers."""
    options = html_table.sort_options(frame)
    chosen = st.selectbox(
        texts.TABLE_SORT,
        list(options),
        index=list(options).index(sort),
        format_func=options.get,
        # Keyed on the columns, not the place: the order chosen stays when the district changes.
        key=f"{MAP_TABLE_SORT_KEY}_{'_'.join(frame.columns)}",
    )
    rows = html_table.sorted_by(frame, chosen)
    st.html(html_table.html_table(rows, formats, label, MAP_TABLE_PX, sorted_column=chosen))


def _alignment(column: str, right: tuple[str, ...]) -> str | None:
    return "right" if column in right else None


EXCEL_MIME = spreadsheet.EXCEL_MIME  # the name the pages use


def downloads(
    stem: str, csv_label: str, csv_file, excel_label: str, excel_file, excel_stem: str = ""
) -> None:
    """A CSV and an Excel download side by side. `csv_file` and `excel_file` are callables,
    so the files are made when someone clicks, not on every rerun. The workbook is named
    `excel_stem` when it holds more than the CSV (default: the same `stem`)."""
    csv_column, excel_column = st.columns(2)
    csv_column.download_button(csv_label, csv_file, f"{stem}.csv", "text/csv", on_click="ignore")
    excel_name = f"{excel_stem or stem}.xlsx"
    excel_column.download_button(excel_label, excel_file, excel_name, EXCEL_MIME, on_click="ignore")


def run_guarded(page) -> None:
    """Run a page; an unexpected error shows a Dutch message and is logged, never a traceback."""
    try:
        page.run()
    except Exception:
        LOG.exception("Pagina '%s' faalde", getattr(page, "title", "?"))
        st.error(texts.UNEXPECTED_ERROR)
