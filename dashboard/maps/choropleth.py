"""Folium maps of the municipalities and districts (pure: frames in, folium.Map out)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

import folium
import geopandas as gpd
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.display.palette import MUTED, MUTED_BORDER, OUTLINE
from dashboard.maps import access
from dashboard.maps.assets import MapAssets
from dashboard.maps.overlays import Overlay, district_overlay
from dashboard.texts import kaart as texts
from etl.core import dutch
from etl.reference.names import district_names

T = TypeVar("T")
PDOK_TILES = (
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png"
)
PDOK_ATTRIBUTION = 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>'
LEGEND_STYLE = (
    f"background:{palette.LEGEND_BACKGROUND};padding:6px 10px;"
    f"border:1px solid {palette.LEGEND_BORDER};border-radius:4px;"
    f"font:13px/1.5 sans-serif;color:{palette.LEGEND_TEXT}"
)
SWATCH = (
    '<span style="display:inline-block;width:14px;height:14px;margin-right:6px;'
    f'vertical-align:-2px;border:1px solid {palette.SWATCH_BORDER};background:{{colour}}"></span>'
)
DISTRICT_LABEL = (  # hidden from screen readers: the tables beside the maps name the districts
    f'<div aria-hidden="true" style="font:600 12px sans-serif;color:{palette.LABEL_TEXT};'
    f"background:{palette.LABEL_BACKGROUND};padding:1px 4px;border-radius:3px;"
    'white-space:nowrap;transform:translate(-50%,-50%);display:inline-block">{name}</div>'
)


class Legend(MacroElement):
    """A legend drawn by Leaflet itself (branca's legends pull d3 from a CDN)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "vnon-legend");
            div.setAttribute("role", "group");
            div.setAttribute("aria-label", {{ this.title|tojson }});
            div.style.cssText = {{ this.style|tojson }};
            div.innerHTML = {{ this.body|tojson }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, title: str, entries: list[tuple[str, str]], position: str = "bottomright"):
        super().__init__()
        self._name = "Legend"
        self.title = title
        self.position = position  # a Leaflet control corner, e.g. "topright"
        self.style = LEGEND_STYLE
        rows = [f"<strong>{literal(title)}</strong>"] + [
            SWATCH.format(colour=colour) + literal(label)  # colours come from the palette
            for label, colour in entries
        ]
        self.body = "<br>".join(rows)


class CreditOnTiles(MacroElement):
    """Credit the tiles' maker only once a tile is drawn: offline, no credit for absent tiles."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function (map, tiles, credit) {
            map.attributionControl.removeAttribution(credit);
            tiles.once("tileload", function () { map.attributionControl.addAttribution(credit); });
        })({{ this._parent.get_name() }}, {{ this.tiles.get_name() }}, {{ this.credit|tojson }});
        {% endmacro %}"""
    )

    def __init__(self, tiles: folium.TileLayer, credit: str):
        super().__init__()
        self._name = "CreditOnTiles"
        self.tiles = tiles
        self.credit = credit


class MetricScale(MacroElement):
    """A scale bar in kilometres only (Leaflet's default adds miles)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        L.control.scale({imperial: false, metric: true}).addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )


def municipality_features(
    shapes: gpd.GeoDataFrame,
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
    extra: dict[str, dict[str, str]] | None = None,
) -> dict:
    """GeoJSON of the municipalities with only the (escaped) properties the map shows.

    `extra` adds tooltip lines: alias -> municipality_code -> text, stored as `extra_0`, ….
    """
    extra = extra or {}
    names = district_names(districts)
    geometries = _geometries(shapes, "municipality_code")
    table = pd.DataFrame({"municipality_code": shapes["municipality_code"]}).merge(
        municipalities[["municipality_code", "name", "district_code", "inhabitants"]],
        on="municipality_code",
        how="inner",
        validate="one_to_one",
    )
    features = []
    for row in table.itertuples(index=False):
        properties = {
            "code": row.municipality_code,
            "district_code": row.district_code,
            "naam": literal(row.name),
            "district": literal(names.get(row.district_code, "")),
            "inwoners": dutch.number(row.inhabitants),
        }
        for number, values in enumerate(extra.values()):
            properties[f"extra_{number}"] = literal(values.get(row.municipality_code, ""))
        features.append(
            {
                "type": "Feature",
                "properties": properties,
                "geometry": geometries[row.municipality_code],
            }
        )
    return {"type": "FeatureCollection", "features": features}


def district_features(district_shapes: gpd.GeoDataFrame) -> dict:
    """GeoJSON of the district outlines, with the district code as their only property."""
    geometries = _geometries(district_shapes, "district_code")
    features = [
        {"type": "Feature", "properties": {"district_code": code}, "geometry": geometry}
        for code, geometry in geometries.items()
    ]
    return {"type": "FeatureCollection", "features": features}


# The shapes of a build are the same frame on every run (the app keeps the marts per build and
# never mutates a frame), so what is derived from their geometry alone is made once per frame:
# shapely's export and geopandas' coordinate-system checks were half of building a map. The
# results are shared, read-only (each map gets its own features and properties).
_PER_FRAME: dict[tuple[int, str], tuple[weakref.ref, object]] = {}


def _once(shapes: gpd.GeoDataFrame, what: str, make: Callable[[gpd.GeoDataFrame], T]) -> T:
    """`make(shapes)`, made once per frame `shapes` and `what`, forgotten with the frame."""
    key = (id(shapes), what)
    known = _PER_FRAME.get(key)
    if known is not None and known[0]() is shapes:
        return known[1]
    made = make(shapes)
    _PER_FRAME[key] = (weakref.ref(shapes, lambda _: _PER_FRAME.pop(key, None)), made)
    return made


def _geometries(shapes: gpd.GeoDataFrame, code: str) -> dict[str, dict]:
    """Code → GeoJSON geometry of each shape, in the frame's order."""
    return _once(
        shapes,
        f"geometry:{code}",
        lambda frame: {
            value: geometry.__geo_interface__
            for value, geometry in zip(frame[code], frame.geometry, strict=True)
        },
    )


def district_map(
    shapes: gpd.GeoDataFrame,
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
    district_shapes: gpd.GeoDataFrame,
    *,
    selected: str | None = None,
    municipality: str | None = None,
    overlay: Overlay | None = None,
    assets: MapAssets | None = None,
    legend_position: str = "bottomright",
    selectable: bool = True,
) -> folium.Map:
    """The municipalities coloured by the overlay (default: by district), outlined per district,
    the selected district in focus and the others muted, the chosen `municipality` outlined.

    The district outlines take clicks on their line only (they have no fill), so a click inside
    chooses a municipality and a click on an outline its district. Every municipality is a
    keyboard stop named after its tooltip; with `selectable`, Enter or Space clicks it."""
    assets = assets or MapAssets()
    overlay = overlay or district_overlay(municipalities, districts)
    aliases = [*texts.MAP_TOOLTIP_ALIASES, *overlay.tooltip]
    fmap = access.ZoomableMap(tiles=None, control_scale=False, zoom_snap=0.25, zoom_control=False)
    fmap.default_js, fmap.default_css = assets.js, assets.css
    access.DutchControls().add_to(fmap)
    tiles = folium.TileLayer(PDOK_TILES, attr=PDOK_ATTRIBUTION, name="PDOK BRT", max_zoom=19)
    tiles.add_to(fmap)
    CreditOnTiles(tiles, PDOK_ATTRIBUTION).add_to(fmap)

    fields = ["naam", "district", "inwoners"] + [f"extra_{n}" for n in range(len(overlay.tooltip))]
    shown = folium.GeoJson(
        municipality_features(shapes, municipalities, districts, overlay.tooltip),
        name=texts.MAP_LAYER_MUNICIPALITIES,
        style_function=lambda f: _municipality_style(f, selected, municipality, overlay),
        highlight_function=lambda _: {"weight": 3, "color": OUTLINE},
        tooltip=folium.GeoJsonTooltip(
            fields=fields, aliases=[literal(alias) for alias in aliases], sticky=True
        ),
        zoom_on_click=False,
    ).add_to(fmap)
    access.KeyboardShapes(shown, fields, aliases, selectable).add_to(fmap)
    folium.GeoJson(
        district_features(district_shapes),
        name=texts.MAP_LAYER_DISTRICTS,
        style_function=lambda feature: _district_style(feature, selected),
    ).add_to(fmap)
    _add_district_labels(fmap, districts, district_shapes)
    Legend(overlay.title, overlay.legend, legend_position).add_to(fmap)
    MetricScale().add_to(fmap)
    access.FitWithRoom(_bounds(shapes, municipalities, selected), PDOK_ATTRIBUTION).add_to(fmap)
    return fmap


def marts_map(marts, **options) -> folium.Map:
    """`district_map` of the marts' municipalities and districts; options as there."""
    shapes = (marts.municipality_shapes, marts.municipalities, marts.districts)
    return district_map(*shapes, marts.district_shapes, **options)


def _municipality_style(
    feature: dict, selected: str | None, municipality: str | None, overlay: Overlay
) -> dict:
    properties = feature["properties"]
    if selected is not None and properties["district_code"] != selected:
        return {
            "fillColor": MUTED,
            "fillOpacity": palette.MUTED_OPACITY,
            "color": MUTED_BORDER,
            "weight": 1,
        }
    if municipality is not None and properties["code"] == municipality:
        return {
            "fillColor": overlay.colours.get(properties["code"], MUTED),
            "fillOpacity": palette.CHOSEN_FILL_OPACITY,
            "color": palette.CHOSEN_MUNICIPALITY,
            "weight": 4,
        }
    return {
        "fillColor": overlay.colours.get(properties["code"], MUTED),
        "fillOpacity": palette.FILL_OPACITY,
        "color": palette.MUNICIPALITY_BORDER,
        "weight": 1,
    }


def _district_style(feature: dict, selected: str | None) -> dict:
    is_selected = feature["properties"]["district_code"] == selected
    weight = 4 if is_selected else 2
    return {
        "fill": False,
        "color": OUTLINE,
        "weight": weight,
        "opacity": palette.DISTRICT_LINE_OPACITY,
    }


def _add_district_labels(fmap: folium.Map, districts, district_shapes) -> None:
    """Name each district on the map, so colour is never the only cue."""
    names = district_names(districts)
    points = _once(district_shapes, "labels", _label_points)
    for code, point in points.items():
        label = DISTRICT_LABEL.format(name=literal(names.get(code, code)))
        folium.Marker(
            [point.y, point.x],
            icon=folium.DivIcon(html=label, icon_size=(0, 0)),
            interactive=False,
            keyboard=False,  # Leaflet's default makes every label a tab stop and a button
        ).add_to(fmap)


def _label_points(district_shapes: gpd.GeoDataFrame) -> dict[str, object]:
    """Each district's code → a point inside it, where its name is drawn."""
    return district_shapes.set_index("district_code").geometry.representative_point().to_dict()


def _bounds(shapes: gpd.GeoDataFrame, municipalities, selected: str | None) -> list[list[float]]:
    if selected is not None:
        codes = municipalities.loc[municipalities["district_code"] == selected, "municipality_code"]
        chosen = shapes[shapes["municipality_code"].isin(codes)]
        shapes = chosen if not chosen.empty else shapes
    west, south, east, north = shapes.total_bounds
    return [[float(south), float(west)], [float(north), float(east)]]


def rendered_size(fmap: folium.Map) -> int:
    """Bytes of the map's rendered page: an upper bound of what st_folium sends."""
    return len(fmap.get_root().render().encode("utf-8"))
