"""End to end in headless Chromium: the map draws offline, pan and zoom stay in the browser,
and a click on a municipality chooses its district in the URL."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dashboard.data import read_marts
from dashboard.maps.choropleth import PDOK_TILES

from . import appserver
from .conftest import MUNICIPALITY_BOUNDARIES

pytestmark = pytest.mark.browser

PDOK_HOST = urlsplit(PDOK_TILES).hostname
TWENTE = "VR05"
QUIET_AFTER_PAN_ZOOM_MS = 1500


@pytest.fixture(scope="module")
def chromium() -> Path:
    """The browser to drive; missing, it fails the tests under CI and skips them elsewhere."""
    path = appserver.chromium_path()
    if path is None:
        wanted = os.environ.get("CHROMIUM") or appserver.DEFAULT_CHROMIUM
        reason = f"Chromium ontbreekt ({wanted}): installeer het Debian-pakket 'chromium'"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data root of this module, built from the repo's inputs and the shared boundaries."""
    if not MUNICIPALITY_BOUNDARIES.is_file():
        pytest.fail(f"De gedeelde grenzen ontbreken: {MUNICIPALITY_BOUNDARIES}")
    root = tmp_path_factory.mktemp("browser") / "data"
    return appserver.build_data(root, MUNICIPALITY_BOUNDARIES)


@pytest.fixture(scope="module")
def server(chromium: Path, data_dir: Path) -> Iterator[appserver.AppServer]:
    """The dashboard on a free port of 127.0.0.1, stopped when the module is done."""
    with appserver.running_app(data_dir, data_dir.parent / "streamlit.log") as running:
        yield running


@pytest.fixture(scope="module")
def browser(chromium: Path):
    """Headless Chromium for the module, cut off from every host but 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = appserver.launch_chromium(playwright, chromium)
        yield launched
        launched.close()


@pytest.fixture
def session(browser):
    """A fresh page with its requests and websocket frames recorded from before navigation."""
    page, requests, frames = appserver.new_page(browser)
    yield page, requests, frames
    page.context.close()


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
