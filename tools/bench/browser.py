"""What a user waits for, in headless Chromium: process start → map drawn (the product and the
naive app alternating), a district change → map redrawn, a warm page switch, and the bytes a
first visit costs over the wire (HTTP bodies as sent, compressed, plus websocket frames)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests import appserver

REPO = appserver.REPO
NAIVE = REPO / "tools" / "naive_app.py"
LEAFLET = REPO / "dashboard" / "static" / "vendor" / "leaflet"
QUIET_S = 1.5
FIRST_LOAD_TIMEOUT_S = 60.0
FILLS = "() => Array.from(document.querySelectorAll('path.leaflet-interactive'))" \
    ".map(p => p.getAttribute('fill') + p.getAttribute('fill-opacity')).join()"  # fmt: skip


def naive_folder(workdir: Path) -> Path:
    """A folder with the naive app and a copy of the vendored Leaflet under static/."""
    folder = workdir / "naive"
    (folder / "static" / "vendor").mkdir(parents=True, exist_ok=True)
    shutil.copy(NAIVE, folder / NAIVE.name)
    shutil.copytree(LEAFLET, folder / "static" / "vendor" / "leaflet", dirs_exist_ok=True)
    return folder


def start_naive(folder: Path, data_dir: Path, log_path: Path) -> appserver.AppServer:
    """`streamlit run naive_app.py` on a free port of 127.0.0.1; not yet healthy."""
    port = appserver.free_port()
    command = [
        *(sys.executable, "-m", "streamlit", "run", str(folder / NAIVE.name)),
        *("--server.headless", "true", "--server.address", appserver.LOCAL_HOST),
        *("--server.port", str(port), "--browser.gatherUsageStats", "false"),
        *("--server.enableStaticServing", "true"),
    ]
    env = {**appserver.os.environ, "VNON_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
    log = log_path.open("w", encoding="utf-8")
    process = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    return appserver.AppServer(process, f"http://{appserver.LOCAL_HOST}:{port}", log)


def start_to_map(browser, start: Callable[[], appserver.AppServer], path: str) -> float:
    """Seconds from starting a server process to the 76 municipalities drawn at `path`."""
    page, _, _ = appserver.new_page(browser)
    started = time.perf_counter()
    server = start()
    try:
        server.wait_healthy()
        page.goto(server.base_url + path)
        appserver.wait_for_map(page)
        return time.perf_counter() - started
    finally:
        server.stop()
        page.context.close()


def alternating_starts(browser, product, naive, pairs: int) -> tuple[list[float], list[float]]:
    """`pairs` cold starts of each, alternating who goes first (the machine's load drifts)."""
    products, naives = [], []
    for number in range(pairs):
        order = [(products, product), (naives, naive)]
        for times, run in order if number % 2 == 0 else reversed(order):
            times.append(run())
    return products, naives


def _fills(page) -> str:
    """The fill colours of the municipalities, '' while no frame shows a map."""
    fills = []
    for frame in page.frames:
        try:
            fills.append(frame.evaluate(FILLS) if _has_map(frame) else "")
        except Exception:  # the map's iframe was replaced while we looked
            return ""
    return "".join(fills)


def _has_map(frame) -> bool:
    try:
        return frame.locator(appserver.MUNICIPALITY_PATHS).count() > 0
    except Exception:  # a frame that went away
        return False


def district_changes(page, options: list[str], runs: int) -> list[float]:
    """Seconds from choosing a district in the sidebar to the map redrawn in its colours, on a
    page whose map is drawn; the options are chosen in turn."""
    times = []
    for number in range(runs):
        before = _fills(page)
        started = time.perf_counter()
        page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first.click()
        page.get_by_role("option", name=options[number % len(options)], exact=True).click()
        appserver.wait_until(
            page,
            lambda before=before: appserver.map_is_drawn(page) and _fills(page) not in ("", before),
            appserver.MAP_TIMEOUT_S,
            "map redrawn",
        )
        times.append(time.perf_counter() - started)
    return times


def page_switches(page, frames, runs: int) -> list[float]:
    """Seconds of a warm switch Overzicht → Kaart until the map is drawn, in one session."""
    link = page.locator('[data-testid="stSidebarNav"] a[href$="/kaart"]').first
    home = page.locator('[data-testid="stSidebarNav"] a[href$="/"]').first
    times = []
    for _ in range(runs):
        appserver.wait_quiet(page, frames)
        home.click()
        appserver.wait_until(page, lambda: appserver.drawn_paths(page) == (0, 0), 30, "map gone")
        appserver.wait_quiet(page, frames)
        started = time.perf_counter()
        link.click()
        appserver.wait_for_map(page)
        times.append(time.perf_counter() - started)
    return times


def page_drawn(page) -> None:
    """Until the page's heading shows and, on a page with a map, the map is drawn."""
    page.locator("h1").first.wait_for(timeout=FIRST_LOAD_TIMEOUT_S * 1000)
    if page.locator(f'iframe[src*="{appserver.MAP_COMPONENT}"]').count():
        appserver.wait_for_map(page)


def first_load_bytes(
    browser,
    url: str,
    ready: Callable | None = None,
    wire: Callable[[list[str]], int] | None = None,
) -> tuple[int, int]:
    """(HTTP bytes as sent over the wire, websocket bytes received) of a first visit in a
    fresh context, until `ready(page)` returns (the page drawn) and the network has then been
    quiet for QUIET_S seconds.

    Chromium reports a websocket's messages inflated: without `wire` their payload is counted
    (more than the wire carries once permessage-deflate is on); with it, `wire(keys)` gives the
    bytes the socket(s) with those handshake keys took on the wire, asked once they are closed.
    """
    page, _, _ = appserver.new_page(browser)
    counts = {"http": 0, "ws": 0, "last": time.monotonic()}
    keys: list[str] = []

    def finished(event: dict) -> None:
        counts["http"] += int(event.get("encodedDataLength", 0))
        counts["last"] = time.monotonic()

    def frame(event: dict) -> None:
        counts["ws"] += len(event.get("response", {}).get("payloadData", "")) * 3 // 4
        counts["last"] = time.monotonic()

    def handshake(event: dict) -> None:
        headers = {name.lower(): value for name, value in event["request"]["headers"].items()}
        keys.append(headers.get("sec-websocket-key", ""))

    try:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", finished)
        cdp.on("Network.webSocketFrameReceived", frame)
        cdp.on("Network.webSocketWillSendHandshakeRequest", handshake)
        page.goto(url)
        if ready is not None:
            ready(page)
        deadline = time.monotonic() + FIRST_LOAD_TIMEOUT_S
        while time.monotonic() - counts["last"] < QUIET_S and time.monotonic() < deadline:
            page.wait_for_timeout(100)
    finally:
        page.context.close()
    return counts["http"], counts["ws"] if wire is None else wire(keys)
