"""End to end in headless Chromium: the map draws offline, pan and zoom stay in the browser,
and a click on a municipality chooses its district in the URL."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dashboard.data import read_marts
from dashboard.maps.choropleth import PDOK_TILES

from . import appserver

pytestmark = pytest.mark.browser

PDOK_HOST = urlsplit(PDOK_TILES).hostname
TWENTE = "VR05"
QUIET_AFTER_PAN_ZOOM_MS = 1500


def _open_map(page, frames, server: appserver.AppServer) -> None:
    """Open /kaart and wait until the map is drawn and the page has stopped talking."""
    page.goto(server.base_url + "/kaart")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)


def _save_screenshot(page, folder: Path, name: str) -> Path:
    """Screenshot into the test's folder, and also into $VNON_SHOTS when that is set."""
    shot = folder / name
    page.screenshot(path=str(shot), full_page=True)
    if shots := os.environ.get("VNON_SHOTS", "").strip():
        Path(shots).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(shots) / name)
    return shot


def _point_in_district(data_dir: Path, district: str) -> tuple[float, float]:
    """(lat, lon) well inside the largest municipality of a district."""
    marts = read_marts(data_dir / "processed")
    codes = marts.municipalities.loc[
        marts.municipalities["district_code"] == district, "municipality_code"
    ]
    shapes = marts.municipality_shapes[marts.municipality_shapes["municipality_code"].isin(codes)]
    largest = shapes.geometry.iloc[shapes.to_crs("EPSG:28992").area.argmax()]
    point = largest.representative_point()
    return point.y, point.x


def test_map_draws_with_leaflet_from_the_app_itself(server, session, tmp_path):
    page, requests, frames = session
    _open_map(page, frames, server)

    municipalities, all_paths = appserver.drawn_paths(page)
    assert municipalities >= appserver.MUNICIPALITIES
    assert all_paths >= appserver.MUNICIPALITIES + appserver.DISTRICTS
    # Only the optional PDOK background tiles may come from elsewhere: scripts, styles, fonts
    # and icons are the app's own, so the page works on an intranet.
    assert requests.foreign(allowed_hosts=(PDOK_HOST,)) == []
    leaflet = [url for url in requests.urls if url.endswith("/vendor/leaflet/leaflet.js")]
    assert leaflet, "Leaflet werd niet door de app zelf geleverd"
    assert all(url.startswith(server.base_url + "/app/static/") for url in leaflet)
    assert _save_screenshot(page, tmp_path, "kaart.png").stat().st_size > 0
    assert appserver.error_count(page) == 0


def test_pan_and_zoom_send_nothing_to_the_server(server, session):
    page, _, frames = session
    _open_map(page, frames, server)
    assert frames.sockets, "the Streamlit websocket was not seen"
    assert frames.count >= 1, "the page's own rerun request was not counted"

    zoom, lat, lon = appserver.map_view(page)
    sent_before = frames.count
    appserver.pan_and_zoom(page)
    page.wait_for_timeout(QUIET_AFTER_PAN_ZOOM_MS)

    new_zoom, new_lat, new_lon = appserver.map_view(page)
    assert new_zoom > zoom, "the wheel did not zoom the map"
    assert (new_lat, new_lon) != (lat, lon), "the drag did not move the map"
    assert frames.count - sent_before == 0


def test_clicking_a_twente_municipality_puts_its_district_in_the_url(server, session, data_dir):
    page, _, frames = session
    _open_map(page, frames, server)
    assert f"district={TWENTE}" not in page.url

    sent_before = frames.count
    appserver.click_on_map(page, *_point_in_district(data_dir, TWENTE))
    appserver.wait_until(page, lambda: f"district={TWENTE}" in page.url, 30, "district in URL")

    assert frames.count > sent_before, "a click must reach the server (a rerun)"
    appserver.wait_quiet(page, frames)
    assert appserver.error_count(page) == 0
