"""The sections of the page Financiering (and the funding tables under the Kaart page's
funding layers): widgets around the pure builders of `dashboard.funding`."""

from __future__ import annotations

import datetime as dt
from functools import partial

import streamlit as st

from dashboard.display import svg, url_params
from dashboard.display.markup import literal
from dashboard.display.tables import frame_key
from dashboard.factsheet import names
from dashboard.funding import charts, exports, in_kind, key_figures, sources, tables
from dashboard.funding import what_if as scenarios
from dashboard.funding import what_if_places as places
from dashboard.funding.budget import budget_table
from dashboard.funding.rows import YearRows, year_options
from dashboard.funding.tables import FORMATS, STATUS_COUNT_FORMATS
from dashboard.maps import overlays
from dashboard.profile.place import REGION, Place
from dashboard.texts import financiering as texts
from dashboard.texts import kaart as kaart_texts
from dashboard.ui import reuse
from dashboard.ui.frame import demo_on, downloads, show_table
from dashboard.ui.maps import district_map
from dashboard.ui.url import url_select, url_step_slider


def year_choice(contributions) -> int:
    """The year in the URL (`?jaar=2021`), 2020 by default, mirrored by a sidebar select."""
    years = year_options(contributions)
    chosen = url_select(
        texts.FUNDING_YEAR_SELECT, years, url_params.YEAR, texts.FUNDING_UNKNOWN_YEAR
    )
    return int(chosen)


def layer_choice() -> str:
    """The funding layer of the map in the URL (`?laag=bijdragestatus`)."""
    return url_select(
        kaart_texts.MAP_OVERLAY_SELECT,
        texts.FUNDING_LAYERS,
        url_params.LAYER,
        texts.FUNDING_UNKNOWN_LAYER,
    )


def key_figure_metrics(asked: YearRows, budget_lines) -> None:
    """The five key figures, whether the budget is covered, and the statuses in one line."""
    key = ("funding-figures", asked.year, frame_key(asked.rows), frame_key(budget_lines))
    reuse.drawn(key, partial(_key_figure_metrics, asked, budget_lines))


def _key_figure_metrics(asked: YearRows, budget_lines) -> None:
    figures = key_figures.key_figures(asked, budget_lines)
    metrics = key_figures.metrics(figures)
    for row in (metrics[:3], metrics[3:]):  # three wide, so amounts in cents are never cut off
        for column, (label, value, help_text) in zip(st.columns(3), row, strict=False):
            column.metric(label, value, help=help_text)
    (st.warning if figures.is_short else st.success)(figures.sentence)
    st.caption(key_figures.status_sentence(asked))


def map_and_tables(marts, asked: YearRows, layer: str, place: Place = REGION) -> None:
    """The funding map (half the width, so the tables' amounts fit), the place in focus and
    chosen by a click; the tables beside it."""
    map_column, table_column = st.columns(2)
    overlay_key = reuse.key(marts, "funding-overlay", layer, asked.year)
    overlay = reuse.kept(overlay_key, partial(overlays.choose, layer, marts, asked.year))
    with map_column:
        district_map(marts, overlay, place)
        st.caption(texts.FUNDING_MAP_CAPTION)
    with table_column:
        key = reuse.key(marts, "funding-year-tables", asked.year)
        reuse.drawn(key, partial(_year_tables, marts, asked))


def _year_tables(marts, asked: YearRows) -> None:
    st.header(texts.FUNDING_DISTRICT_HEADING.format(year=asked.year))
    show_table(tables.district_table(asked, marts.districts, compact=True), FORMATS, narrow=True)
    st.header(texts.FUNDING_STATUS_HEADING.format(year=asked.year))
    show_table(tables.status_table(asked), FORMATS, narrow=True)
    status_counts(asked, marts.districts)


def status_counts(asked: YearRows, districts) -> None:
    st.header(texts.FUNDING_STATUS_COUNTS_HEADING.format(year=asked.year))
    show_table(tables.status_counts(asked, districts), STATUS_COUNT_FORMATS)


def budget(category_comparison, year: int) -> None:
    """The budget posts of the year as a bar chart and as a table."""
    key = ("funding-budget", frame_key(category_comparison), year)
    reuse.drawn(key, partial(_budget, category_comparison, year))


def _budget(category_comparison, year: int) -> None:
    st.header(texts.FUNDING_BUDGET_HEADING.format(year=year))
    # Drawn on the server as SVG: no chart library for the browser to load.
    alt = charts.budget_alt(category_comparison, year)
    st.html(svg.image(charts.budget_figure(category_comparison, year), alt, charts.WIDTH))
    show_table(budget_table(category_comparison, year), FORMATS)
    st.caption(texts.FUNDING_BUDGET_CAPTION)


@st.fragment
def what_if(marts, asked: YearRows) -> None:
    """For the region, a district or a municipality: two sliders (rate, growth) and the what-if
    sum beside the register's figures, with the difference; all three kept in the URL. When the
    what-if differs from the register, the place's factsheet can carry it.

    A fragment: moving a slider reruns this section alone, never the map or the other tables."""
    st.header(texts.FUNDING_WHATIF_HEADING)
    st.caption(texts.FUNDING_WHATIF_CAPTION)
    inputs, result = st.columns([2, 3])
    towns, districts = marts.municipalities, marts.districts
    chosen = url_select(
        texts.FUNDING_WHATIF_PLACE,
        places.place_options(towns, districts),
        url_params.WHAT_IF_PLACE,
        texts.FUNDING_WHATIF_UNKNOWN_PLACE,
        container=inputs,
    )
    place = places.chosen_place(chosen, towns, districts)
    choice = _what_if_choice(inputs, asked)
    codes = places.place_codes(towns, place)
    table = scenarios.place_table(marts.contributions, towns, marts.budget_lines, codes, choice)
    with result:
        st.subheader(texts.FUNDING_WHATIF_TABLE.format(place=literal(place.name), year=asked.year))
        show_table(table, right=tuple(table.columns[1:]), narrow=True)
        if choice.differs_from(asked):
            _what_if_factsheet(marts, place, choice)


def _what_if_choice(inputs, asked: YearRows) -> scenarios.Choice:
    """The rate and growth sliders (in the URL), the register's rate without growth by default."""
    own = scenarios.rate_step(scenarios.register_rate(asked))
    with inputs:
        rate = url_step_slider(
            texts.FUNDING_WHATIF_RATE,
            scenarios.rate_steps(own / 1000),
            url_params.WHAT_IF_RATE,
            own,
            format_func=scenarios.step_rate_label,
        )
        growth = url_step_slider(
            texts.FUNDING_WHATIF_GROWTH,
            list(scenarios.GROWTH_STEPS),
            url_params.WHAT_IF_GROWTH,
            0,
            format_func=scenarios.step_growth_label,
        )
    return scenarios.Choice(asked.year, rate, growth)


def _what_if_factsheet(marts, place: Place, choice: scenarios.Choice) -> None:
    """The place's factsheet (real data only) with this what-if in a marked section of its own."""
    st.download_button(
        texts.FUNDING_WHATIF_FACTSHEET.format(place=literal(place.name)),
        lambda: _factsheet(marts, place, choice),
        names.what_if_file_name(place),
        "application/pdf",
        on_click="ignore",
        help=texts.FUNDING_WHATIF_FACTSHEET_HELP,
    )


def _factsheet(marts, place: Place, choice: scenarios.Choice) -> bytes:
    # Made on click only: the typesetter stays out of the page's first run.
    from dashboard.factsheet import sheet

    return sheet.factsheet(marts, place, what_if=choice)


def municipalities(marts, asked: YearRows) -> None:
    """Every municipality's contribution, and the downloads (real registers only)."""
    year = asked.year
    st.header(texts.FUNDING_MUNICIPALITIES_HEADING.format(year=year))
    key = reuse.key(marts, "funding-municipalities", year)
    table = reuse.kept(key, partial(tables.municipality_table, asked, marts.districts))
    show_table(table, FORMATS, height=420)
    downloads(
        f"{texts.FUNDING_FILE_STEM}_{year}",
        texts.FUNDING_DOWNLOAD_CSV.format(year=year),
        lambda: exports.contributions_csv(marts.contributions, marts.districts, year),
        texts.FUNDING_DOWNLOAD_EXCEL,
        lambda: exports.overview_workbook(
            marts.contributions,
            marts.districts,
            marts.budget_lines,
            marts.contribution_rates,
            dt.date.today(),
        ),
        excel_stem=texts.FUNDING_FILE_STEM,
    )
    if demo_on():
        st.caption(texts.FUNDING_DOWNLOAD_REAL_ONLY)


def in_kind_and_former(marts, year: int) -> None:
    """The capacity given in kind in the year, beside the funders of 2015–2019."""
    reuse.drawn(
        reuse.key(marts, "funding-in-kind", year), partial(_in_kind_and_former, marts, year)
    )


def _in_kind_and_former(marts, year: int) -> None:
    in_kind_column, former_column = st.columns(2)
    given = marts.in_kind_contributions
    with in_kind_column:
        st.header(texts.FUNDING_IN_KIND_HEADING.format(year=year))
        st.write(in_kind.in_kind_sentence(given, year))
        table = in_kind.in_kind_table(given, marts.districts, year)
        show_table(table, right=in_kind.FIGURES, narrow=True)
        st.caption(in_kind.in_kind_notes(given, year))
    with former_column:
        st.header(texts.FUNDING_FORMER_HEADING)
        st.caption(sources.former_funders_basis(marts.former_funders))
        former = sources.former_funders_table(marts.former_funders, marts.districts)
        show_table(former, FORMATS, narrow=True)


def sources_caption(marts) -> None:
    """Where the rate, the budget and the inhabitants come from."""
    rates, budget_lines = marts.contribution_rates, marts.budget_lines
    st.caption(sources.sources_text(rates, budget_lines, marts.municipalities))


def map_municipalities(marts, asked: YearRows, selected: str | None) -> None:
    """Beside the map under a funding layer on Kaart: what each municipality (of the chosen
    district) is asked, has committed and has paid in the year."""
    st.header(texts.FUNDING_KAART_MUNICIPALITIES.format(year=asked.year))
    rows = tables.municipality_table(asked, marts.districts, selected)
    show_table(rows, FORMATS, narrow=True, height=520)


def map_tables(marts, asked: YearRows, layer: str) -> None:
    """Under a funding layer on Kaart: the year's figures per district."""
    st.header(texts.FUNDING_KAART_HEADING.format(year=asked.year))
    st.caption(texts.FUNDING_KAART_CAPTION)
    show_table(tables.district_table(asked, marts.districts), FORMATS)
    if layer == overlays.CONTRIBUTION_STATUS:
        status_counts(asked, marts.districts)
