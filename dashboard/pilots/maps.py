"""The pilots map: municipalities shaded by pilots or subsidy, a circle at every pilot's origin.

Pure: frames in, folium.Map out. The shading is an Overlay of the district map (ColorBrewer
sequential classes, legend and tooltip lines), so the map itself is the house's map; the circles
are plain Leaflet circle markers (no plugin, no icon font). Register text in the circles'
tooltips goes through `markup.literal`: folium puts a tooltip into HTML inside a JavaScript
template literal, where a backtick, `${…}` or a backslash could end or change it.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import folium
import numpy as np
import pandas as pd

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.maps import access
from dashboard.maps import choropleth as maps
from dashboard.maps.overlays import Overlay
from dashboard.pilots.figures import SUBSIDY_LAYER, subsidy_text
from dashboard.pilots.records import rows
from dashboard.texts import pilots as texts
from etl.core import dutch

CLASS_COLOURS = palette.PILOT_CLASS_COLOURS
MARKER_NAMES = 6  # pilot names listed in a circle's tooltip; the rest are counted


@dataclass(frozen=True)
class Classes:
    """Ascending upper bounds: class i holds the values above bound i-1 up to bound i."""

    bounds: tuple[float, ...]

    def index(self, value: float) -> int:
        return min(int(np.searchsorted(self.bounds, value, side="left")), len(self.bounds) - 1)


def class_bounds(values: pd.Series, n: int = len(CLASS_COLOURS), whole: bool = True) -> Classes:
    """At most `n` classes of the positive values: each value its own class when there are few,
    else quantile bounds rounded to whole numbers (counts) or two significant digits (money)."""
    positive = np.sort(pd.Series(values).dropna().to_numpy(dtype=float))
    positive = positive[positive > 0]
    if positive.size == 0:
        return Classes(())
    distinct = np.unique(positive)
    if distinct.size <= n:
        return Classes(tuple(float(v) for v in distinct))
    inner = np.quantile(positive, [(i + 1) / n for i in range(n - 1)])
    rounded = [float(round(v)) if whole else _two_digits(v) for v in inner]
    bounds = sorted({b for b in rounded if distinct[0] <= b < distinct[-1]} | {distinct[-1]})
    return Classes(tuple(float(b) for b in bounds))


def _two_digits(value: float) -> float:
    if value <= 0:
        return 0.0
    step = 10 ** (math.floor(math.log10(value)) - 1)
    return float(round(value / step) * step)


def class_labels(classes: Classes, money: bool) -> list[str]:
    """'1', '2', '3–4' for counts; 't/m € 50.000', '€ 50.000 – € 120.000' for money."""
    show = _euro if money else dutch.number
    labels, previous = [], None
    for bound in classes.bounds:
        if money:
            label = (
                texts.PILOTS_CLASS_UP_TO.format(high=show(bound))
                if previous is None
                else f"{show(previous)} – {show(bound)}"
            )
        else:
            low = 1.0 if previous is None else previous + 1
            label = show(bound) if low >= bound else f"{show(low)}–{show(bound)}"
        labels.append(label)
        previous = bound
    return labels


def _euro(value: float) -> str:
    return dutch.euro_short(round(value))  # class bounds in whole euros


def pilot_overlay(figures: pd.DataFrame, layer: str) -> Overlay:
    """Fill colour, legend and tooltip lines per municipality, by number of pilots or subsidy.

    `figures` is `figures.municipality_figures`. Subsidy counts where a pilot started (its
    origin); a municipality whose pilots have no known amount is grey 'onbekend', not € 0.
    """
    money = layer == SUBSIDY_LAYER
    values = figures["subsidy_eur"] if money else figures["n_pilots"]
    classes = class_bounds(values, whole=not money)
    names = ("municipality_code", "n_pilots", "n_origin", "n_adopted", "subsidy_eur")
    figures = figures.assign(_value=values)
    colours, counts, amounts = {}, {}, {}
    for code, n_pilots, n_origin, n_adopted, amount, unknown, value in rows(
        figures, *names, "subsidy_unknown", "_value"
    ):
        colours[code] = _colour(value, classes, unknown_amount=bool(money and n_origin))
        counts[code] = texts.PILOTS_TOOLTIP_COUNTS.format(
            n=dutch.number(n_pilots), origin=dutch.number(n_origin), adopted=dutch.number(n_adopted)
        )
        amounts[code] = (
            subsidy_text(amount, unknown) if n_origin else texts.PILOTS_TOOLTIP_NO_ORIGIN
        )
    legend = list(zip(class_labels(classes, money), CLASS_COLOURS, strict=False))
    if money:
        legend += [(texts.PILOTS_LEGEND_UNKNOWN, palette.PILOT_UNKNOWN_COLOUR)]
        legend += [(texts.PILOTS_LEGEND_NO_ORIGIN, palette.PILOT_NONE_COLOUR)]
    else:
        legend += [(texts.PILOTS_LEGEND_NONE, palette.PILOT_NONE_COLOUR)]
    tooltip = {texts.PILOTS_TOOLTIP_PILOTS: counts, texts.PILOTS_TOOLTIP_SUBSIDY: amounts}
    title = texts.PILOTS_LEGEND_SUBSIDY if money else texts.PILOTS_LEGEND_COUNT
    return Overlay(layer, title, colours, legend, tooltip)


def _colour(value: float, classes: Classes, unknown_amount: bool) -> str:
    """The class colour of a value; grey where pilots started without a known amount
    (`unknown_amount`, the value missing), white where there is nothing."""
    if unknown_amount and pd.isna(value):
        return palette.PILOT_UNKNOWN_COLOUR
    if pd.isna(value) or value <= 0:
        return palette.PILOT_NONE_COLOUR
    return CLASS_COLOURS[classes.index(value)]


def origin_markers(pilots: pd.DataFrame, municipalities: pd.DataFrame) -> list[dict]:
    """One circle per origin municipality: where, how many pilots, and (escaped) which."""
    places = {
        code: (name, lat, lon)
        for code, name, lat, lon in rows(municipalities, "municipality_code", "name", "lat", "lon")
    }
    by_origin: dict[str, list[str]] = {}
    for code, name in rows(pilots, "origin_municipality_code", "name"):
        if code in places:
            by_origin.setdefault(code, []).append(name)
    markers = []
    for code in sorted(by_origin):
        started = sorted(by_origin[code])
        listed = [literal(name) for name in started[:MARKER_NAMES]]
        if len(started) > MARKER_NAMES:
            rest = dutch.number(len(started) - MARKER_NAMES)
            listed.append(texts.PILOTS_MARKER_MORE.format(n=rest))
        place, lat, lon = places[code]
        heading = texts.PILOTS_MARKER_HEADING.format(
            place=literal(place), pilots=dutch.count(len(started), *texts.PILOT_WORDS)
        )
        markers.append(
            {
                "code": code,
                "lat": round(float(lat), 5),
                "lon": round(float(lon), 5),
                "n": len(started),
                "tooltip": f"<b>{heading}</b><br>" + "<br>".join(listed),
            }
        )
    return markers


def pilot_map(marts, view, layer: str, assets: maps.MapAssets | None = None) -> folium.Map:
    """The district map shaded by the pilot overlay, with a circle at each origin.

    `view` is a `view.View` (the shown pilots and their figures per municipality)."""
    pilots = view.pilots
    overlay = pilot_overlay(view.figures, layer)
    marker = (texts.PILOTS_LEGEND_MARKER, palette.PILOT_MARKER_FILL)
    overlay = dataclasses.replace(overlay, legend=[*overlay.legend, marker])
    fmap = maps.district_map(
        marts.municipality_shapes,
        marts.municipalities,
        marts.districts,
        marts.district_shapes,
        overlay=overlay,
        assets=assets,
        legend_position="topright",  # the district map leaves the legend its room
    )
    _add_circles(fmap, origin_markers(pilots, marts.municipalities))
    return fmap


def circle_features(markers: list[dict]) -> dict:
    """The origin circles as GeoJSON points, each with its radius and (escaped) tooltip."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [m["lon"], m["lat"]]},
                "properties": {
                    "radius": round(5 + 2.5 * math.sqrt(m["n"]), 1),
                    "tooltip": m["tooltip"],
                },
            }
            for m in markers
        ],
    }


def _add_circles(fmap: folium.Map, markers: list[dict]) -> None:
    """All circles as one GeoJSON layer of circle markers: one element to render, not two per
    circle (st_folium renders the map more than once per run)."""
    if not markers:
        return
    circles = folium.GeoJson(
        circle_features(markers),
        name=texts.PILOTS_LEGEND_MARKER,
        marker=folium.CircleMarker(
            radius=6,
            color=palette.PILOT_MARKER_LINE,
            weight=1.5,
            fill=True,
            fill_color=palette.PILOT_MARKER_FILL,
            fill_opacity=palette.MARKER_OPACITY,
        ),
        style_function=lambda feature: {"radius": feature["properties"]["radius"]},
        tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False, sticky=True),
        zoom_on_click=False,
    ).add_to(fmap)
    # A keyboard stop read out as its tooltip; a click on a circle chooses nothing.
    access.KeyboardShapes(circles, ["tooltip"], [""], selectable=False).add_to(fmap)
