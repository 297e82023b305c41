"""What makes the house's maps usable without a mouse and at any zoom of the browser.

Pure: each piece is a folium element added to a map; nothing here reads data. The municipalities
become keyboard stops with their name read out (Enter or Space chooses one, as a click does),
the zoom buttons speak Dutch, the page may be zoomed, and the first view leaves room for the
legend and the other controls so they never lie over the region.
"""

from __future__ import annotations

import re
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from dashboard.display import palette
from dashboard.texts import kaart as texts

# folium's own header forbids zooming the page (maximum-scale, user-scalable=no; WCAG 1.4.4).
VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
_FOLIUM_VIEWPORT = re.compile(r'<meta\s+name="viewport"[^>]*>', re.DOTALL)
LEAFLET_DIR = Path(__file__).resolve().parent.parent / "static" / "vendor" / "leaflet"
LEAFLET_FILES = ("leaflet.js", "leaflet.css")
ROOM = 8  # pixels between the region and the map's edge or a control
FOCUS_PANE = "vnonFocus"  # above the shapes, below the labels; takes no clicks


class ZoomableMap(folium.Map):
    """A folium map whose page may be zoomed: folium's viewport header replaced on every render
    (st_folium renders the map more than once)."""

    def render(self, **kwargs) -> None:
        super().render(**kwargs)
        header = self.get_root().header
        rendered = header._children[self.get_name()].render()
        header.add_child(Element(_FOLIUM_VIEWPORT.sub(VIEWPORT, rendered)), name=self.get_name())


def leaflet_missing(folder: Path | None = None) -> bool:
    """Whether the app lacks its own Leaflet (then every map would stay blank); by default in
    the folder the app serves it from."""
    folder = folder or LEAFLET_DIR
    return not all((folder / name).is_file() for name in LEAFLET_FILES)


class DutchControls(MacroElement):
    """Zoom buttons and the Leaflet credit in Dutch; the map itself named as a region; the
    map and its links show the keyboard's focus in black on white."""

    _template = Template(
        """{% macro header(this, kwargs) %}
        <style>
        .leaflet-container a:focus-visible {
            outline: 3px solid {{ this.ring }}; outline-offset: 1px;
            box-shadow: 0 0 0 5px {{ this.halo }};
        }
        .leaflet-container:focus-visible {
            outline: 3px solid {{ this.ring }}; outline-offset: -3px;
            box-shadow: inset 0 0 0 6px {{ this.halo }};
        }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map) {
            L.control.zoom({zoomInTitle: {{ this.zoom_in|tojson }},
                            zoomOutTitle: {{ this.zoom_out|tojson }}}).addTo(map);
            map.attributionControl.setPrefix({{ this.prefix|tojson }});
            var box = map.getContainer();
            box.setAttribute("role", "region");
            box.setAttribute("aria-label", {{ this.label|tojson }});
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self):
        super().__init__()
        self._name = "DutchControls"
        self.zoom_in, self.zoom_out = texts.MAP_ZOOM_IN, texts.MAP_ZOOM_OUT
        self.prefix = (
            f'<a href="https://leafletjs.com" title="{texts.MAP_LEAFLET_TITLE}">Leaflet</a>'
        )
        self.label = texts.MAP_REGION_LABEL
        self.ring, self.halo = palette.FOCUS_RING, palette.FOCUS_HALO


class KeyboardShapes(MacroElement):
    """Every shape of a GeoJson layer a keyboard stop named by its properties (the first field
    alone, the others as 'alias: value'); with `selectable`, a button that Enter or Space clicks.

    The click is Leaflet's own event, so st_folium returns the shape as after a mouse click. The
    focused shape gets a black ring in a white halo, drawn in a pane above all shapes so no
    neighbour hides it."""

    _template = Template(
        r"""{% macro header(this, kwargs) %}
        <style>.vnon-shape:focus, .vnon-shape:focus-visible { outline: none; }</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map, layer, fields, aliases, selectable, ring) {
            var name = {{ this.pane|tojson }};
            var pane = map.getPane(name) || map.createPane(name);
            pane.style.zIndex = 450;
            pane.style.pointerEvents = "none";
            function text(markup) {  // a line break in a tooltip reads as a comma
                markup = (markup || "").replace(/<br\s*\/?>/gi, ", ");
                return new DOMParser().parseFromString(markup, "text/html")
                    .documentElement.textContent.trim();
            }
            var focused = null;
            layer.eachLayer(function (shape) {
                var el = shape.getElement();
                if (!el) { return; }
                var values = shape.feature.properties, parts = [text(values[fields[0]])];
                for (var i = 1; i < fields.length; i++) {
                    var value = text(values[fields[i]]);
                    if (value) { parts.push(aliases[i] + ": " + value); }
                }
                el.setAttribute("tabindex", "0");
                el.setAttribute("role", selectable ? "button" : "img");
                el.setAttribute("aria-label", parts.join(", "));
                L.DomUtil.addClass(el, "vnon-shape");
                L.DomEvent.on(el, "focus", function () {
                    focused = L.featureGroup(ring.map(function (style) {
                        return L.geoJSON(shape.toGeoJSON(), {
                            pane: name, interactive: false, style: style,
                            pointToLayer: function (point, latlng) {
                                return L.circleMarker(latlng, {radius: shape.getRadius()});
                            }
                        });
                    })).addTo(map);
                });
                L.DomEvent.on(el, "blur", function () {
                    if (focused) { map.removeLayer(focused); focused = null; }
                });
                if (!selectable) { return; }
                L.DomEvent.on(el, "keydown", function (event) {
                    if (event.key !== "Enter" && event.key !== " ") { return; }
                    L.DomEvent.preventDefault(event);
                    shape.fire("click", {latlng: shape.getCenter(), originalEvent: event}, true);
                });
            });
        })({{ this._parent.get_name() }}, {{ this.layer.get_name() }},
           {{ this.fields|tojson }}, {{ this.aliases|tojson }}, {{ this.selectable|tojson }},
           {{ this.ring|tojson }});
        {% endmacro %}"""
    )

    def __init__(
        self, layer: folium.GeoJson, fields: list[str], aliases: list[str], selectable: bool
    ):
        super().__init__()
        self._name = "KeyboardShapes"
        self.layer, self.fields, self.aliases = layer, fields, aliases
        self.selectable = selectable
        self.pane = FOCUS_PANE
        halo = {"color": palette.FOCUS_HALO, "weight": 7, "opacity": 1, "fill": False}
        self.ring = [halo, {"color": palette.FOCUS_RING, "weight": 3, "opacity": 1, "fill": False}]


class FitWithRoom(MacroElement):
    """Fit the map to `bounds` so that no control (legend, zoom, scale, credit) lies over them;
    the map's container gets `data-fitted` once it is done.

    Every corner's controls are measured once drawn, with `credit` shown as it will be once a
    tile arrives; the region keeps out of each corner's box, above or below it or beside it,
    whichever of all those choices leaves the largest zoom."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function (map, bounds, credit, room) {
          function fit() {
            if (credit) { map.attributionControl.addAttribution(credit); }
            var size = map.getSize(), frame = map.getContainer().getBoundingClientRect();
            var boxes = [];
            ["topleft", "topright", "bottomleft", "bottomright"].forEach(function (name) {
                var top = name.indexOf("top") === 0, left = name.indexOf("left") > 0;
                var w = 0, h = 0;  // from the corner's edges to the far side of its controls
                Array.prototype.forEach.call(map._controlCorners[name].children, function (c) {
                    var r = c.getBoundingClientRect();
                    if (!r.width || !r.height) { return; }
                    w = Math.max(w, left ? r.right - frame.left : frame.right - r.left);
                    h = Math.max(h, top ? r.bottom - frame.top : frame.bottom - r.top);
                });
                if (w && h) { boxes.push({top: top, left: left, w: w + room, h: h + room}); }
            });
            if (credit) { map.attributionControl.removeAttribution(credit); }
            var best = {zoom: -Infinity, pad: {top: 0, bottom: 0, left: 0, right: 0}};
            for (var choice = 0; choice < (1 << boxes.length); choice++) {
                var pad = {top: room, bottom: room, left: room, right: room};
                boxes.forEach(function (box, i) {
                    if (choice & (1 << i)) {
                        var side = box.left ? "left" : "right";
                        pad[side] = Math.max(pad[side], box.w);
                    } else {
                        var edge = box.top ? "top" : "bottom";
                        pad[edge] = Math.max(pad[edge], box.h);
                    }
                });
                var room_x = size.x - pad.left - pad.right, room_y = size.y - pad.top - pad.bottom;
                if (room_x < size.x / 3 || room_y < size.y / 3) { continue; }  // too little left
                var zoom = map.getBoundsZoom(bounds, false,
                    L.point(pad.left + pad.right, pad.top + pad.bottom));
                if (zoom > best.zoom) { best = {zoom: zoom, pad: pad}; }
            }
            map.fitBounds(bounds, {paddingTopLeft: [best.pad.left, best.pad.top],
                                   paddingBottomRight: [best.pad.right, best.pad.bottom]});
            map.getContainer().setAttribute("data-fitted", "1");
          }
          // Controls lie in their corners only once leaflet.css applies, which st_folium
          // loads alongside this script: until then the map shows the region without room.
          map.fitBounds(bounds);
          (function wait(tries) {
            var styled = getComputedStyle(map._controlCorners.topleft).position === "absolute";
            if (styled) { fit(); } else if (tries > 0) { setTimeout(wait, 50, tries - 1); }
          })(200);
        })({{ this._parent.get_name() }}, {{ this.bounds|tojson }}, {{ this.credit|tojson }},
           {{ this.room|tojson }});
        {% endmacro %}"""
    )

    def __init__(self, bounds: list[list[float]], credit: str | None = None, room: int = ROOM):
        super().__init__()
        self._name = "FitWithRoom"
        self.bounds, self.credit, self.room = bounds, credit, room


def unavailable(shapes, folder: Path | None = None) -> str | None:
    """Why no map can be drawn (Leaflet or the municipalities' shapes missing), or None."""
    if leaflet_missing(folder):
        return texts.MAP_NO_LEAFLET
    if shapes is None or shapes.empty:
        return texts.MAP_NO_SHAPES
    return None


# Before every map a link past it, hidden until it has the keyboard's focus; neither it nor the
# place it leads to adds white space to the page.
SKIP_STYLE = f"""<style>
[data-testid="stElementContainer"]:has(.vnon-skip) {{ margin-bottom: -1rem; }}
[data-testid="stElementContainer"]:has(.vnon-skip:focus) {{ margin-bottom: 0; }}
[data-testid="stElementContainer"]:has(.vnon-skip-target) {{ margin-top: -1rem; }}
.vnon-skip {{ position: absolute; left: -10000px; }}
.vnon-skip:focus {{
    position: static; display: inline-block; padding: 2px 6px;
    color: {palette.LEGEND_TEXT}; background: {palette.FOCUS_HALO};
    outline: 3px solid {palette.FOCUS_RING}; outline-offset: 2px;
}}
.vnon-skip-target:focus {{ outline: none; }}
</style>"""


def skip_link(target: str) -> str:
    """The link before a map, to the element `skip_target(target)` right after it."""
    return f'<a class="vnon-skip" href="#{target}">{texts.MAP_SKIP_LINK}</a>'


def skip_target(target: str) -> str:
    """Where the skip link lands: focusable by the link only, not a tab stop of its own."""
    return f'<div class="vnon-skip-target" id="{target}" tabindex="-1"></div>'
