"""Pilots: where pilots run, what they cost and achieved, and how they spread between places."""

import streamlit as st
from streamlit_folium import st_folium

from dashboard.display import exports
from dashboard.pilots import charts as pilot_charts
from dashboard.pilots import explorer as pilots
from dashboard.pilots import maps as pilot_maps
from dashboard.texts import pilots as texts
from dashboard.ui import frame as ui

CHART = pilot_charts.CONFIG

marts = ui.marts_or_stop()
filters = pilots.filters(marts.districts, marts.themes)
chosen = [ui.url_multiselect(f.label, f.options, f.param) for f in filters]
years = pilots.year_options(marts.pilots, marts.pilot_sites, texts.PILOTS_ALL_YEARS)
period = [ui.url_select(label, years, param, texts.PILOTS_UNKNOWN_YEAR)
          for label, param in pilots.PERIOD_SELECTS]  # fmt: skip
view = pilots.explore(marts, chosen, *period)

st.title(texts.PILOTS_HEADING)
st.write(texts.PILOTS_INTRO)
for column, fig in zip(st.columns(4), pilots.key_figures(view.pilots, view.sites), strict=True):
    column.metric(fig.label, fig.value, fig.note, "off", help=fig.help, delta_arrow="off")
st.caption(pilots.period_note(view.selection, view.pilots) or texts.PILOTS_QA_NOTE)
if view.pilots.empty:
    st.info(texts.PILOTS_EMPTY)
    st.stop()

st.header(texts.PILOTS_MAP_HEADING)
layer = ui.url_select(texts.PILOTS_LAYER, texts.PILOTS_LAYERS, pilots.LAYER_PARAM,
                      texts.PILOTS_UNKNOWN_LAYER, container=st.columns(3)[0])  # fmt: skip
map_column, table_column = st.columns(2)
with map_column:
    fmap = pilot_maps.pilot_map(marts, view, layer, ui.map_assets())
    st_folium(fmap, height=680, use_container_width=True, returned_objects=[])
table_column.caption(texts.PILOTS_MAP_CAPTION)
with table_column:
    figures = pilots.municipality_table(view.figures, marts.districts, layer)
    ui.show_table(figures, pilots.MUNICIPALITY_NUMBERS, height=600)

st.header(texts.PILOTS_DIFFUSION_HEADING)
figure_column, undated_column = st.columns([3, 2])
with figure_column:
    if view.years is None:
        st.info(texts.PILOTS_DIFFUSION_NONE)
    else:
        year = ui.url_slider(texts.PILOTS_YEAR, *view.years, pilots.YEAR_PARAM, view.years[1])
        st.caption(pilots.diffusion_caption(view.edges, year))
        st.plotly_chart(pilot_charts.diffusion(view.edges, year, marts), config=CHART,
                        alt=pilot_charts.diffusion_alt(view.edges, year))  # fmt: skip
with undated_column:
    st.subheader(texts.PILOTS_UNDATED_HEADING)
    undated = pilots.undated_edges(view.edges)
    if undated.empty:
        st.caption(texts.PILOTS_NONE)
    else:
        ui.show_table(undated, height=pilots.fitted_height(len(undated), 600))

st.header(texts.PILOTS_TIMELINE_HEADING)
st.caption(texts.PILOTS_TIMELINE_CAPTION)
st.plotly_chart(pilot_charts.timeline(view.pilots, view.sites, marts.municipalities),
                config=CHART, alt=pilot_charts.timeline_alt(view.pilots))  # fmt: skip

st.header(texts.PILOTS_RESULTS_HEADING)
if options := pilots.indicator_options(view.results):
    indicator = ui.url_select(texts.PILOTS_INDICATOR, options, pilots.INDICATOR_PARAM,
                              texts.PILOTS_UNKNOWN_INDICATOR, container=st)  # fmt: skip
    compared = pilots.indicator_results(view.results, view.pilots, indicator)
    if compared["value"].notna().any():
        st.plotly_chart(pilot_charts.results_chart(compared), config=CHART)
    st.markdown(pilots.words_markdown(compared))
    side_by_side = pilots.results_table(compared)
    height = pilots.fitted_height(len(side_by_side))
    ui.show_table(side_by_side, widths=pilots.RESULT_WIDTHS, height=height)
    st.subheader(texts.PILOTS_RESULTS_ALL)
    every = pilots.results_table(pilots.all_results(view.results, view.pilots))
    ui.show_table(every, widths=pilots.RESULT_WIDTHS, height=pilots.fitted_height(len(every)))
else:
    st.info(texts.PILOTS_RESULTS_NONE)

st.header(texts.PILOTS_CARD_HEADING)
selected = ui.url_select(texts.PILOTS_SELECT, pilots.pilot_choices(marts.pilots),
                         pilots.PILOT_PARAM, texts.PILOTS_UNKNOWN_PILOT, container=st)  # fmt: skip
if selected:
    st.container(border=True).markdown(pilots.pilot_card(selected, marts))
else:
    st.info(texts.PILOTS_CARD_HINT)

st.header(texts.PILOTS_TABLE_HEADING)
demo = ui.demo_on()
export = pilots.export_table(view, marts, demo)
ui.show_table(pilots.display_table(export), height=pilots.fitted_height(len(export), 600))
ui.downloads(
    texts.PILOTS_FILE_STEM, texts.PILOTS_DOWNLOAD_CSV, lambda: exports.csv_bytes(export),
    texts.PILOTS_DOWNLOAD_EXCEL,
    lambda: exports.excel_bytes(pilots.export_sheets(view, marts, demo)),
)  # fmt: skip
