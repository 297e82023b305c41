"""Shared fixtures: a temporary data root with the shipped reference data, built marts, and
for the browser tests Chromium, the app on 127.0.0.1 and a fresh page (one per module)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from etl.build import build
from etl.core.settings import DataRoot, Settings
from tests import appserver

REPO = Path(__file__).resolve().parent.parent
SHARED_GEO = Path(os.environ.get("VNON_SHARED", REPO.parent / "shared")) / "geo"
MUNICIPALITY_BOUNDARIES = SHARED_GEO / "gemeente_2019.topojson"


@pytest.fixture
def data_root(tmp_path: Path) -> DataRoot:
    """A fresh data root holding a copy of the repo's reference files."""
    root = DataRoot(tmp_path / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    return root


@pytest.fixture
def settings(data_root: DataRoot) -> Settings:
    """Settings for the temporary root, reading the shared 2019 boundaries, never the network."""
    if not MUNICIPALITY_BOUNDARIES.is_file():
        pytest.fail(f"De gedeelde grenzen ontbreken: {MUNICIPALITY_BOUNDARIES}")
    return Settings(
        data=data_root,
        boundaries_file=MUNICIPALITY_BOUNDARIES,
        boundary_year=2019,
        allow_download=False,
    )


@pytest.fixture(scope="session")
def built_root(tmp_path_factory: pytest.TempPathFactory) -> DataRoot:
    """One build of the shipped reference data, shared by read-only tests."""
    root = DataRoot(tmp_path_factory.mktemp("built") / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    build(Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False))
    return root


# --- the browser tests: each module gets its own data root, server and browser -------------


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
