"""The Kaart layers that move through time: which years each has data for, its overlay in one
year, and what the page says about that year.

The years come from the marts (contributions per year; pilot starts, adoptions and ends), never
from a fixed range. The pilot layer is the pilots page's count layer, of the pilots running in
the year (`dashboard.pilots.by_year`).
"""

from __future__ import annotations

import dataclasses

from dashboard.funding.rows import DEFAULT_YEAR
from dashboard.maps import overlays
from dashboard.maps.overlays import Overlay
from dashboard.pilots import by_year
from dashboard.pilots.figures import COUNT_LAYER, municipality_figures
from dashboard.pilots.maps import pilot_overlay
from dashboard.texts import kaart as texts
from dashboard.texts import pilots as pilot_texts
from etl.core import dutch

PILOTS = "pilots"
TIME_LAYERS = (*overlays.FUNDING_LAYERS, PILOTS)


def layer_years(layer: str, marts) -> list[int]:
    """The years `layer` has data for, in order; [] for a layer without time (or no dates)."""
    if layer in overlays.FUNDING_LAYERS:
        return sorted({int(year) for year in marts.contributions["year"]})
    if layer == PILOTS:
        return by_year.known_years(marts.pilots, marts.pilot_sites)
    return []


def default_year(layer: str, years: list[int]) -> int:
    """The year shown without `?jaar=`: 2020 for funding (as on Financiering), else the last
    year (the pilots as they stand)."""
    if layer in overlays.FUNDING_LAYERS and DEFAULT_YEAR in years:
        return DEFAULT_YEAR
    return years[0] if layer in overlays.FUNDING_LAYERS else years[-1]


def pilots_in(marts, year: int) -> by_year.YearPilots:
    return by_year.in_year(marts.pilots, marts.pilot_sites, year)


def pilot_figures(marts, year: int | None):
    """Per municipality: the pilots running there in `year` (`figures.municipality_figures`);
    with no year (no pilot dated), every pilot where it is known to be."""
    if year is None:
        return municipality_figures(marts.pilots, marts.pilot_sites, marts.municipalities)
    shown = pilots_in(marts, year)
    return municipality_figures(shown.pilots, shown.sites, marts.municipalities)


def pilot_title(year: int | None) -> str:
    """'Pilots in 2021'; without a year 'Pilots (jaar onbekend)'."""
    if year is None:
        return texts.MAP_PILOTS_UNDATED_LEGEND
    return texts.MAP_PILOTS_LEGEND.format(year=year)


def overlay(layer: str, marts, year: int | None) -> Overlay:
    """The overlay of `layer` in `year` (a layer without time ignores the year)."""
    if layer != PILOTS:
        return overlays.choose(layer, marts, year)
    figures = pilot_figures(marts, year)  # no year: no pilot is dated, all of them are shown
    title = pilot_title(year)
    return dataclasses.replace(
        pilot_overlay(figures, COUNT_LAYER), key=PILOTS, title=title, year=year
    )


def year_notes(layer: str, marts, years: list[int], year: int | None) -> list[str]:
    """What the page says under the slider: the year shown (the map's text alternative), one
    year only, or what has no year and so is not on the map."""
    if layer == PILOTS and not years:
        return [texts.MAP_YEAR_NONE]
    notes = [texts.MAP_YEAR_SHOWN.format(what=texts.MAP_YEAR_WHAT[layer], year=year)]
    if len(years) == 1:
        notes.append(texts.MAP_YEAR_ONLY_ONE.format(year=year))
    if layer == PILOTS:
        shown = pilots_in(marts, year)
        if shown.undated_pilots or shown.undated_sites:
            pilots = dutch.count(shown.undated_pilots, *pilot_texts.PILOT_WORDS)
            sites = dutch.count(shown.undated_sites, *texts.MAP_PILOTS_SITE_WORDS)
            notes.append(texts.MAP_PILOTS_UNDATED.format(pilots=pilots, sites=sites))
    return notes
