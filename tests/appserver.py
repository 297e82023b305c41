"""Run the dashboard and look at it in headless Chromium, as a user does.

A plain module without tests, shared by `tests/test_browser.py` and `tools/bench/`: build the
data into a data root of one's own, start `streamlit run dashboard/app.py` on a free port of
127.0.0.1, drive Debian's Chromium with Playwright, and read what the page drew and sent.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:  # playwright is a dev dependency, imported only where a browser is driven
    from playwright.sync_api import Browser, Frame, Page, Playwright, Request, WebSocket

REPO = Path(__file__).resolve().parent.parent
APP = "dashboard/app.py"
SCRIPT = "dashboard/navigation.py"  # the Streamlit script behind the ASGI entry, for AppTest
LOCAL_HOST = "127.0.0.1"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# The flags of ../shared/tools/screenshots.py: no sandbox (root in a container), no GPU, no
# background traffic of Chromium itself.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Names do not resolve: requests that leave 127.0.0.1 fail, as on an intranet without internet.
OFFLINE_ARG = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
VIEWPORT = {"width": 1400, "height": 900}
MUNICIPALITIES = 76
DISTRICTS = 5
# The municipalities are interactive (tooltip, click); the district outlines are drawn on top.
MUNICIPALITY_PATHS = "path.leaflet-interactive"
ALL_PATHS = ".leaflet-overlay-pane path"
MAP_COMPONENT = "streamlit_folium"
ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'
# Folders below data/ that a build writes or caches: never copied into a fresh data root.
GENERATED = ("processed", "cache", "history")
HEALTH_TIMEOUT_S = 90.0
MAP_TIMEOUT_S = 60.0
ACTION_TIMEOUT_MS = 60_000  # navigation and clicks on a busy 2-core machine


def chromium_path() -> Path | None:
    """The Chromium to drive ($CHROMIUM, else Debian's), or None when it is not installed."""
    path = Path(os.environ.get("CHROMIUM", "").strip() or DEFAULT_CHROMIUM)
    return path if path.is_file() and os.access(path, os.X_OK) else None


def default_boundaries() -> Path:
    """$VNON_BOUNDARIES, else the 2019 CBS boundaries that lie beside the clone."""
    configured = os.environ.get("VNON_BOUNDARIES", "").strip()
    return Path(configured) if configured else REPO.parent / "shared/geo/gemeente_2019.topojson"


def copy_inputs(root: Path) -> Path:
    """A fresh data root holding a copy of the repo's inputs (reference, registers, …)."""
    ignore = shutil.ignore_patterns(*GENERATED, "__pycache__")
    shutil.copytree(REPO / "data", root, ignore=ignore)
    return root


def build_data(root: Path, boundaries: Path) -> Path:
    """Copy the inputs into `root`, write the demo registers (as `make data` does) and build
    the marts there, in this process."""
    from etl.build import build
    from etl.core.settings import DataRoot, Settings
    from etl.demo import write_demo

    copy_inputs(root)
    settings = Settings(DataRoot(root), boundaries, 2019, allow_download=False)
    write_demo(settings)
    build(settings)
    return root


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOCAL_HOST, 0))
        return probe.getsockname()[1]


@dataclass
class AppServer:
    """A running `streamlit run dashboard/app.py`, its address and its log."""

    process: subprocess.Popen
    base_url: str
    log: IO[str]

    def wait_healthy(self, timeout: float = HEALTH_TIMEOUT_S) -> None:
        """Block until /_stcore/health answers 200; fail with the log's tail otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit stopped with code {self.process.returncode}")
            if _answers(self.base_url + "/_stcore/health"):
                return
            time.sleep(0.05)
        raise TimeoutError(f"streamlit did not become healthy within {timeout:.0f} s")

    def stop(self) -> None:
        """Terminate the server (kill it if it lingers) and close its log."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.log.close()


def _answers(url: str) -> bool:
    """Whether `url` answers 200 right now."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start_app(
    data_dir: Path,
    log_path: Path,
    port: int | None = None,
    env: Mapping[str, str] | None = None,
    options: Sequence[str] = (),
) -> AppServer:
    """Start the dashboard on 127.0.0.1 reading `data_dir`; it is not yet healthy.

    `env` adds to the environment (settings such as VNON_COORDINATORS), `options` to the
    command line (`--secrets.files`, …).
    """
    port = port or free_port()
    command = [
        *(sys.executable, "-m", "streamlit", "run", APP),
        *("--server.headless", "true", "--server.address", LOCAL_HOST),
        *("--server.port", str(port), "--browser.gatherUsageStats", "false"),
        *options,
    ]
    env = dict(os.environ, **(env or {}), VNON_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    log = log_path.open("w", encoding="utf-8")
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    return AppServer(process, f"http://{LOCAL_HOST}:{port}", log)


@contextmanager
def running_app(data_dir: Path, log_path: Path, **settings: Any) -> Iterator[AppServer]:
    """A healthy dashboard for the duration of the block, always stopped afterwards.

    `settings` are `start_app`'s `port`, `env` and `options`.
    """
    server = start_app(data_dir, log_path, **settings)
    try:
        server.wait_healthy()
        yield server
    finally:
        server.stop()


def launch_chromium(playwright: Playwright, executable: Path) -> Browser:
    """Headless Chromium with the flags of screenshots.py, cut off from every other host."""
    args = [*CHROMIUM_ARGS, OFFLINE_ARG]
    return playwright.chromium.launch(executable_path=str(executable), args=args)


@dataclass
class RequestLog:
    """Every URL the page requested, including those that failed."""

    urls: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        """Record the page's requests from now on."""
        page.on("request", self._record)

    def _record(self, request: Request) -> None:
        self.urls.append(request.url)

    def foreign(self, allowed_hosts: tuple[str, ...] = ()) -> list[str]:
        """Requested URLs whose host is neither 127.0.0.1 nor one of the allowed hosts."""
        return [
            url
            for url in self.urls
            if not _is_local(url) and urlsplit(url).hostname not in allowed_hosts
        ]


def _is_local(url: str) -> bool:
    """Whether the URL points at this machine (or is inline data)."""
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob", "about"} or parts.hostname == LOCAL_HOST


@dataclass
class SentFrames:
    """Frames the browser sends over Streamlit's websocket: each rerun request is one."""

    count: int = 0
    sockets: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        """Listen before navigating, so the websocket of the page is seen from its start."""
        page.on("websocket", self._watch)

    def _watch(self, socket_: WebSocket) -> None:
        self.sockets.append(socket_.url)
        socket_.on("framesent", self._sent)

    def _sent(self, _payload: object) -> None:
        self.count += 1


def new_page(browser: Browser) -> tuple[Page, RequestLog, SentFrames]:
    """A fresh page in its own context, its requests and websocket frames recorded."""
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.set_default_timeout(ACTION_TIMEOUT_MS)
    requests, frames = RequestLog(), SentFrames()
    requests.attach(page)
    frames.attach(page)
    return page, requests, frames


def drawn_paths(page: Page) -> tuple[int, int]:
    """(municipality polygons, all vector paths) drawn by Leaflet in any frame of the page."""
    municipalities = all_paths = 0
    for frame in page.frames:
        try:
            municipalities += frame.locator(MUNICIPALITY_PATHS).count()
            all_paths += frame.locator(ALL_PATHS).count()
        except Exception:  # a frame that went away while counting
            continue
    return municipalities, all_paths


def map_is_drawn(page: Page) -> bool:
    """Whether all 76 municipalities and the 5 district outlines are on the map."""
    municipalities, all_paths = drawn_paths(page)
    return municipalities >= MUNICIPALITIES and all_paths >= MUNICIPALITIES + DISTRICTS


def wait_until(page: Page, condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Poll `condition` every 50 ms; the seconds it took, or TimeoutError naming `what`.

    Waiting through Playwright (not time.sleep) lets the page's events reach their listeners.
    """
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"{what}: not within {timeout:.0f} s")
        page.wait_for_timeout(50)
    return time.monotonic() - started


def wait_for_map(page: Page, timeout: float = MAP_TIMEOUT_S) -> float:
    """Block until the map is drawn; the seconds it took."""
    return wait_until(page, lambda: map_is_drawn(page), timeout, "map drawn")


def map_frame(page: Page) -> Frame:
    """The iframe of the st_folium component."""
    for frame in page.frames:
        if MAP_COMPONENT in frame.url:
            return frame
    raise LookupError("no st_folium frame on the page")


def map_view(page: Page) -> tuple[float, float, float]:
    """(zoom, latitude, longitude) of the Leaflet map that st_folium keeps in `window.map`."""
    view = map_frame(page).evaluate(
        "() => [window.map.getZoom(), window.map.getCenter().lat, window.map.getCenter().lng]"
    )
    return tuple(view)


def map_box(page: Page) -> dict[str, float]:
    """Where the map's iframe lies on the page, in CSS pixels."""
    box = page.locator(f'iframe[src*="{MAP_COMPONENT}"]').first.bounding_box()
    if box is None:
        raise LookupError("the map's iframe is not visible")
    return box


def pan_and_zoom(page: Page) -> None:
    """Zoom in with the mouse wheel over the map's centre, then drag the map aside."""
    box = map_box(page)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(600)  # let Leaflet finish its zoom animation
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y + 80, steps=12)
    page.mouse.up()


def click_on_map(page: Page, latitude: float, longitude: float) -> None:
    """Click the map at a place, found through Leaflet's own projection."""
    point = map_frame(page).evaluate(
        "([lat, lng]) => { const p = window.map.latLngToContainerPoint([lat, lng]);"
        " return [p.x, p.y]; }",
        [latitude, longitude],
    )
    box = map_box(page)
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])


def error_count(page: Page) -> int:
    """Streamlit exceptions and error boxes on the page."""
    return page.locator(ERROR_SELECTOR).count()


def wait_quiet(page: Page, frames: SentFrames, quiet: float = 1.0, timeout: float = 20.0) -> None:
    """Wait until the browser has sent nothing over the websocket for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    last, since = frames.count, time.monotonic()
    while time.monotonic() < deadline:
        page.wait_for_timeout(100)
        if frames.count != last:
            last, since = frames.count, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
    raise TimeoutError("the page kept talking to the server")
