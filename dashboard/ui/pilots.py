"""The sections of the page Pilots: widgets kept in the URL, figures, tables and downloads.

Streamlit glue only: each section reads its choices, calls the pure builders of
`dashboard.pilots` and renders what they return, in the order the page shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

from dashboard.display import exports, svg, tables, url_params
from dashboard.pilots import (
    card,
    chart_text,
    comparison,
    diffusion,
    diffusion_chart,
    figures,
    maps,
    results,
    selection,
)
from dashboard.pilots import exports as pilot_exports
from dashboard.pilots.results_chart import WIDTH as RESULTS_WIDTH
from dashboard.pilots.results_chart import results_chart
from dashboard.pilots.timeline_chart import WIDTH as TIMELINE_WIDTH
from dashboard.pilots.timeline_chart import timeline
from dashboard.pilots.view import View, explore
from dashboard.texts import exports as exports_texts
from dashboard.texts import pilots as texts
from dashboard.ui import frame, reuse, url
from dashboard.ui.maps import can_draw, clickable_map

if TYPE_CHECKING:
    import pandas as pd

ROW_PIXELS = 35  # a table row in st.dataframe, the header included
MAP_HEIGHT, TALL_TABLE = 680, 600


def fitted_height(rows: int, most: int = 400) -> int | str:
    """A table's height: just its rows when they fit in `most` pixels, else a scrolling box."""
    return "content" if (rows + 1) * ROW_PIXELS <= most else most


def chosen_view(marts) -> View:
    """The sidebar's filters and period, kept in the URL, and what they leave to show."""
    chosen = [
        url.url_multiselect(f.label, f.options, f.param)
        for f in selection.filters(marts.districts, marts.themes)
    ]
    years = selection.year_options(marts.pilots, marts.pilot_sites, texts.PILOTS_ALL_YEARS)
    period = [
        url.url_select(label, years, param, texts.PILOTS_UNKNOWN_YEAR)
        for label, param in selection.PERIOD_SELECTS
    ]
    choices = (repr(chosen), *period)
    return reuse.kept(
        reuse.key(marts, "pilots-view", *choices), lambda: explore(marts, chosen, *period)
    )


def key_figures(view: View) -> None:
    """Heading, introduction and the four key figures; the page stops when nothing is left."""
    shown = (tables.frame_key(view.pilots), tables.frame_key(view.sites), repr(view.selection))
    reuse.drawn(("pilots-figures", *shown), partial(_key_figures, view))
    if view.pilots.empty:
        st.info(texts.PILOTS_EMPTY)
        st.stop()


def _key_figures(view: View) -> None:
    st.title(texts.PILOTS_HEADING)
    st.write(texts.PILOTS_INTRO)
    shown = figures.key_figures(view.pilots, view.sites)
    for column, fig in zip(st.columns(4), shown, strict=True):
        column.metric(fig.label, fig.value, fig.note, "off", help=fig.help, delta_arrow="off")
    registered = figures.real_pilots(view.pilots)
    note = selection.period_note(view.selection, view.pilots)
    st.caption(note or texts.PILOTS_QA_NOTE.format(registered=registered))


def map_section(marts, view: View) -> None:
    """The map in the chosen layer (`?laag=`), and beside it the same figures as a table."""
    st.header(texts.PILOTS_MAP_HEADING)
    layer = url.url_select(
        texts.PILOTS_LAYER,
        texts.PILOTS_LAYERS,
        url_params.LAYER,
        texts.PILOTS_UNKNOWN_LAYER,
        container=st.columns(3)[0],
    )
    map_column, table_column = st.columns(2)
    with map_column:  # a click on a municipality chooses it (and so its district's pilots)
        if can_draw(marts):
            assets = frame.map_assets()
            key = ("pilots", repr(view.selection), layer, assets.base_url)
            build = partial(maps.pilot_map, marts, view, layer, assets)
            clickable_map(build, key, marts, frame.place(marts), MAP_HEIGHT, "pilot_map")
    table_column.caption(texts.PILOTS_MAP_CAPTION)
    with table_column:
        key = reuse.key(marts, "pilots-map-table", repr(view.selection), layer)
        make = partial(figures.municipality_table, view.figures, marts.districts, layer)
        table = reuse.kept(key, make)
        frame.show_table(table, figures.MUNICIPALITY_FORMATS, narrow=True, height=TALL_TABLE)


def diffusion_section(marts, view: View) -> None:
    """The adoptions up to the year of the slider (`?jaar=`), and those of unknown year."""
    st.header(texts.PILOTS_DIFFUSION_HEADING)
    figure_column, undated_column = st.columns([3, 2])
    with figure_column:
        if view.years is None:
            st.info(texts.PILOTS_DIFFUSION_NONE)
        else:
            year = url.url_slider(texts.PILOTS_YEAR, *view.years, url_params.YEAR, view.years[1])
            key = reuse.key(marts, "pilots-diffusion", repr(view.selection), year)
            reuse.drawn(key, partial(_diffusion, marts, view, year))
            table = partial(chart_text.diffusion_table, view.edges, year)
            _chart_data(texts.PILOTS_DIFFUSION_DATA, "pilots-diffusion-data", table)
    with undated_column:
        st.subheader(texts.PILOTS_UNDATED_HEADING)
        key = reuse.key(marts, "pilots-undated", repr(view.selection))
        undated = reuse.kept(key, partial(diffusion.undated_edges, view.edges))
        if undated.empty:
            st.caption(texts.PILOTS_NONE)
        else:
            frame.show_table(undated, narrow=True, height=fitted_height(len(undated), TALL_TABLE))


def _diffusion(marts, view: View, year: int) -> None:
    st.caption(diffusion.diffusion_caption(view.edges, year))
    figure = diffusion_chart.diffusion(view.edges, year, marts)
    alt = diffusion_chart.diffusion_alt(view.edges, year)
    st.html(svg.image(figure, alt, diffusion_chart.WIDTH))


def timeline_section(marts, view: View) -> None:
    """Every shown pilot from start to end, with its adoptions."""
    key = reuse.key(marts, "pilots-timeline", repr(view.selection))
    reuse.drawn(key, partial(_timeline, marts, view))
    table = partial(chart_text.timeline_table, view.pilots, view.sites)
    _chart_data(texts.PILOTS_TIMELINE_DATA, "pilots-timeline-data", table)


def _timeline(marts, view: View) -> None:
    st.header(texts.PILOTS_TIMELINE_HEADING)
    st.caption(texts.PILOTS_TIMELINE_CAPTION)
    figure = timeline(view.pilots, view.sites, marts.municipalities)
    st.html(svg.image(figure, chart_text.timeline_alt(view.pilots), TIMELINE_WIDTH))


def results_section(marts, view: View) -> None:
    """One indicator (`?indicator=`) compared across pilots, then every result of them."""
    st.header(texts.PILOTS_RESULTS_HEADING)
    options = results.indicator_options(view.results)
    if not comparison.can_compare(view.results):
        _too_few_to_compare(view)
        return
    if note := comparison.demo_note(view.results, view.pilots):
        st.caption(note)
    indicator = url.url_select(
        texts.PILOTS_INDICATOR,
        options,
        url_params.INDICATOR,
        texts.PILOTS_UNKNOWN_INDICATOR,
        container=st,
    )
    key = reuse.key(marts, "pilots-results", repr(view.selection), indicator)
    reuse.drawn(key, partial(_results, view, indicator))


def _results(view: View, indicator: str) -> None:
    compared = results.indicator_results(view.results, view.pilots, indicator)
    if compared["value"].notna().any():
        alt = chart_text.results_alt(compared, indicator)
        st.html(svg.image(results_chart(compared), alt, RESULTS_WIDTH))
    st.markdown(results.words_markdown(compared))
    _results_table(results.results_table(compared))
    st.subheader(texts.PILOTS_RESULTS_ALL)
    _results_table(results.results_table(results.all_results(view.results, view.pilots)))


def _too_few_to_compare(view: View) -> None:
    """Fewer than two pilots with results: what would be compared, how to add pilots, and the
    results there are."""
    st.info(comparison.too_few_note(view.results, view.pilots))
    st.markdown(comparison.how_to_add())
    if not view.results.empty:
        st.subheader(texts.PILOTS_RESULTS_ALL)
        _results_table(results.results_table(results.all_results(view.results, view.pilots)))


def _chart_data(label: str, key: str, make: Callable[[], pd.DataFrame]) -> None:
    """The values a chart draws, folded under it: the chart's text alternative to read. Made
    and sent only once opened (issue 13: a first visit carries no folded table)."""
    folded = st.expander(label, key=key, on_change="rerun")
    if folded.open:
        with folded:
            table = make()
            frame.show_table(table, height=fitted_height(len(table)))


def _results_table(table) -> None:
    height = fitted_height(len(table))
    frame.show_table(table, results.RESULT_FORMATS, widths=results.RESULT_WIDTHS, height=height)


def card_section(marts) -> None:
    """The card of the pilot chosen (`?pilot=`), or a hint to choose one."""
    st.header(texts.PILOTS_CARD_HEADING)
    selected = url.url_select(
        texts.PILOTS_SELECT,
        card.pilot_choices(marts.pilots),
        url_params.PILOT,
        texts.PILOTS_UNKNOWN_PILOT,
        container=st,
    )
    if selected:
        st.container(border=True).markdown(card.pilot_card(selected, marts))
    else:
        st.info(texts.PILOTS_CARD_HINT)


def table_section(marts, view: View) -> None:
    """The shown pilots as a table, and as CSV and Excel downloads made on click."""
    st.header(texts.PILOTS_TABLE_HEADING)
    demo = frame.demo_on()
    key = reuse.key(marts, "pilots-table", repr(view.selection))
    table = reuse.kept(key, partial(pilot_exports.screen_table, view, marts, demo))
    shown = pilot_exports.display_table(table)
    frame.show_table(
        shown, pilot_exports.DISPLAY_FORMATS, height=fitted_height(len(shown), TALL_TABLE)
    )
    frame.downloads(
        texts.PILOTS_FILE_STEM,
        texts.PILOTS_DOWNLOAD_CSV,
        lambda: exports.csv_bytes(pilot_exports.export_table(view, marts)),
        texts.PILOTS_DOWNLOAD_EXCEL,
        lambda: exports.excel_bytes(pilot_exports.export_sheets(view, marts)),
    )
    if demo:
        st.caption(exports_texts.DOWNLOAD_REAL_ONLY)
