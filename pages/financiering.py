"""Financiering: what municipalities and districts are asked, have committed and paid."""

import datetime as dt

import streamlit as st
from streamlit_folium import st_folium

from dashboard.funding import charts as funding_charts
from dashboard.funding import exports as funding_exports
from dashboard.funding import figures as funding
from dashboard.maps import choropleth as maps
from dashboard.maps import overlays
from dashboard.texts import financiering as texts
from dashboard.texts import kaart as kaart_texts
from dashboard.ui import frame as ui

EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLOT_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False}
NUMBERS = funding.NUMBER_HEADERS

marts = ui.marts_or_stop()
contributions, districts = marts.contributions, marts.districts
posts = marts.budget_category_comparison
years = funding.year_options(contributions)
year_param, unknown_year = funding.YEAR_PARAM, texts.FUNDING_UNKNOWN_YEAR
year = int(ui.url_select(texts.FUNDING_YEAR_SELECT, years, year_param, unknown_year))
layers, unknown_layer = texts.FUNDING_LAYERS, texts.FUNDING_UNKNOWN_LAYER
layer = ui.url_select(kaart_texts.MAP_OVERLAY_SELECT, layers, "laag", unknown_layer)

asked = funding.year_rows(contributions, year)  # with demo on: demo rows replace real ones

st.title(texts.FUNDING_HEADING)
st.write(texts.FUNDING_INTRO)
figures = funding.key_figures(asked, marts.budget_lines)
metrics = funding.metrics(figures)
for row in (metrics[:3], metrics[3:]):  # three wide, so amounts in cents are never cut off
    for column, (label, value, help_text) in zip(st.columns(3), row, strict=False):
        column.metric(label, value, help=help_text)
(st.warning if figures.is_short else st.success)(figures.sentence)
st.caption(funding.status_sentence(asked))

map_column, table_column = st.columns(2)  # half each: the tables' amounts fit
with map_column:
    overlay = overlays.choose(layer, marts, year)
    shapes = (marts.municipality_shapes, marts.municipalities, districts, marts.district_shapes)
    fmap = maps.district_map(*shapes, overlay=overlay, assets=ui.map_assets())
    st_folium(fmap, height=560, use_container_width=True, returned_objects=[])  # reads nothing
    st.caption(texts.FUNDING_MAP_CAPTION)
with table_column:
    st.subheader(texts.FUNDING_DISTRICT_HEADING.format(year=year))
    ui.show_table(funding.district_table(asked, districts, compact=True), NUMBERS)
    st.subheader(texts.FUNDING_STATUS_HEADING.format(year=year))
    ui.show_table(funding.status_table(asked), NUMBERS)
st.subheader(texts.FUNDING_STATUS_COUNTS_HEADING.format(year=year))
ui.show_table(funding.status_counts(asked, districts), NUMBERS)

st.subheader(texts.FUNDING_BUDGET_HEADING.format(year=year))
alt = funding_charts.budget_alt(posts, year)
st.plotly_chart(funding_charts.budget_figure(posts, year), config=PLOT_CONFIG, alt=alt)
ui.show_table(funding.budget_table(posts, year), NUMBERS)
st.caption(texts.FUNDING_BUDGET_CAPTION)

st.subheader(texts.FUNDING_WHATIF_HEADING)
st.caption(texts.FUNDING_WHATIF_CAPTION)
inputs, result = st.columns([2, 3])
own = funding.rate_step(funding.register_rate(asked))
rates, growths = funding.rate_steps(own / 1000), funding.GROWTH_STEPS
rate = inputs.select_slider(texts.FUNDING_WHATIF_RATE, rates, own, funding.step_rate_label)
growth = inputs.select_slider(texts.FUNDING_WHATIF_GROWTH, growths, 0, funding.step_growth_label)
scenario = funding.what_if(marts.municipalities, rate / 1000, growth / 10)
with result:
    ui.show_table(funding.what_if_table(asked, marts.budget_lines, scenario), NUMBERS)

st.subheader(texts.FUNDING_MUNICIPALITIES_HEADING.format(year=year))
ui.show_table(funding.municipality_table(asked, districts), NUMBERS, height=420)
csv_column, excel_column = st.columns(2)
# Callables: the files are made when someone clicks, not on every rerun; real registers only.
csv_column.download_button(
    texts.FUNDING_DOWNLOAD_CSV.format(year=year),
    lambda: funding_exports.contributions_csv(contributions, districts, year),
    f"{texts.FUNDING_FILE_STEM}_{year}.csv", "text/csv", on_click="ignore",
)  # fmt: skip
excel_column.download_button(
    texts.FUNDING_DOWNLOAD_EXCEL,
    lambda: funding_exports.overview_workbook(
        contributions, districts, marts.budget_lines, marts.contribution_rates, dt.date.today()),
    f"{texts.FUNDING_FILE_STEM}.xlsx", EXCEL, on_click="ignore",
)  # fmt: skip
if ui.demo_on():
    st.caption(texts.FUNDING_DOWNLOAD_REAL_ONLY)

in_kind_column, former_column = st.columns(2)
with in_kind_column:
    st.subheader(texts.FUNDING_IN_KIND_HEADING.format(year=year))
    st.write(funding.in_kind_sentence(marts.in_kind_contributions, year))
    ui.show_table(funding.in_kind_table(marts.in_kind_contributions, districts, year), NUMBERS)
    st.caption(funding.in_kind_notes(marts.in_kind_contributions, year))
with former_column:
    st.subheader(texts.FUNDING_FORMER_HEADING)
    st.caption(funding.former_funders_basis(marts.former_funders))
    ui.show_table(funding.former_funders_table(marts.former_funders, districts), NUMBERS)
st.caption(funding.sources_text(marts.contribution_rates, marts.budget_lines, marts.municipalities))
