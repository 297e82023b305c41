"""Where the app serves Leaflet itself, apart from the map builders: the frame of every page
names it without loading folium."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MapAssets:
    """Where the app serves Leaflet itself, so maps draw on an intranet or offline."""

    base_url: str = "/app/static/vendor/leaflet"

    @property
    def js(self) -> list[tuple[str, str]]:
        return [("leaflet", f"{self.base_url}/leaflet.js")]

    @property
    def css(self) -> list[tuple[str, str]]:
        return [("leaflet_css", f"{self.base_url}/leaflet.css")]
