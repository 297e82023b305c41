#!/usr/bin/env python3
"""`make bench`: the performance figures of DESIGN §7, measured here beside their budgets.

Run from the repo's root with the project's Python: `.venv/bin/python tools/bench.py`. Builds the
data into a temporary data root (the repo's inputs, the boundaries of $VNON_BOUNDARIES or those
beside the clone), measures, prints a Markdown table and writes it to bench-results/bench.md.
"""

from __future__ import annotations

import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import appserver  # noqa: E402  (needs the repo root on sys.path)

RESULTS = REPO / "bench-results" / "bench.md"
BUILD_RUNS = 5
SCRIPT_RUNS = 10
BROWSER_RUNS = 3
PAN_ZOOM_QUIET_MS = 1500
NOT_MEASURED = "niet gemeten"


@dataclass(frozen=True)
class Row:
    """One line of the table: what was measured, the figure (None: not measured), the budget."""

    what: str
    measured: float | None
    budget: float
    unit: str
    decimals: int = 1
    note: str = ""

    def cells(self) -> list[str]:
        """The four cells of the table, in Dutch notation."""
        budget = f"≤ {_dutch(self.budget)}{self.unit}" if self.budget else "0"
        if self.measured is None:
            return [self.what, f"{NOT_MEASURED} ({self.note})" if self.note else NOT_MEASURED,
                    budget, "n.v.t."]  # fmt: skip
        measured = f"{_dutch(self.measured, self.decimals)}{self.unit}"
        within = "ja" if self.measured <= self.budget else "nee"
        return [self.what, measured, budget, within]


def _dutch(value: float, decimals: int | None = None) -> str:
    """1234.5 → '1.234,5' (Dutch notation, via the dashboard's own formatter)."""
    from etl.core import dutch

    return dutch.number(value, decimals)


def _guarded(what: str, measure: Callable[[], object], failures: list[str]) -> object | None:
    """Run one measurement; a failure is reported and noted, and the others still run."""
    try:
        return measure()
    except Exception as err:
        traceback.print_exc()
        failures.append(f"{what}: {err}")
        return None


# --- (a) the ETL ------------------------------------------------------------------------------


def build_seconds(data_dir: Path, boundaries: Path, runs: int = BUILD_RUNS) -> float:
    """Median wall time of `python -m etl build` as a whole process, inputs already in place."""
    env = dict(os.environ, VNON_DATA_DIR=str(data_dir), VNON_BOUNDARIES=str(boundaries))
    command = [sys.executable, "-m", "etl", "build"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# --- (b) page scripts under AppTest -----------------------------------------------------------


def registered_pages() -> list[str]:
    """The page files of pages/ that the entry script names (`pages/kaart.py`, …).

    AppTest runs the default page for a file the navigation does not know: that would be
    measured under the wrong name, so unregistered files are left out.
    """
    from dashboard.site import PAGE_LIST

    return [
        f"pages/{name}.py" for name, _, _ in PAGE_LIST if (REPO / "pages" / f"{name}.py").is_file()
    ]


def script_ms(data_dir: Path, runs: int = SCRIPT_RUNS) -> dict[str, float]:
    """Median ms of a warm rerun per page: one cold run, then `runs` timed reruns."""
    from streamlit.logger import set_log_level
    from streamlit.testing.v1 import AppTest

    set_log_level("error")  # bare-mode warnings of AppTest are noise here
    os.environ["VNON_DATA_DIR"] = str(data_dir)
    app = AppTest.from_file(str(REPO / appserver.SCRIPT), default_timeout=60)
    pages = registered_pages()
    if not pages:
        raise RuntimeError("geen pagina's gevonden in PAGE_LIST van dashboard/site.py")
    return {page: _page_ms(app, page, runs) for page in pages}


def _page_ms(app, page: str, runs: int) -> float:
    """Median ms of `runs` warm reruns of one page, after one cold run without errors."""
    app.switch_page(f"../{page}")  # relative to dashboard/navigation.py
    app.run()
    if app.exception or app.error:
        raise RuntimeError(f"pagina {page} toont een fout")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        app.run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


# --- (c) map payload --------------------------------------------------------------------------


def payload_kib_oost(data_dir: Path) -> float:
    """KiB of the rendered map of the 76 municipalities, from the built marts."""
    from dashboard.data import read_marts
    from dashboard.maps.choropleth import district_map, rendered_size

    marts = read_marts(data_dir / "processed")
    fmap = district_map(
        marts.municipality_shapes, marts.municipalities, marts.districts, marts.district_shapes
    )
    return rendered_size(fmap) / 1024


def payload_kib_all_nl(boundaries: Path) -> float:
    """KiB of the same map for all municipalities of the file, simplified as the ETL does,
    all in one stand-in district (VR05)."""
    import pandas as pd

    from dashboard.maps.choropleth import district_map, rendered_size
    from etl.geo.boundaries import from_file, read_boundary_file
    from etl.geo.shapes import district_shapes, for_display, municipality_shapes

    frame = read_boundary_file(boundaries)
    municipalities = pd.DataFrame(
        {"municipality_code": frame["statcode"], "name": frame["statnaam"]}
    ).assign(district_code="VR05", inhabitants=0)
    districts = pd.DataFrame({"district_code": ["VR05"], "name": ["Nederland"]})
    shapes_rd = municipality_shapes(from_file(boundaries, list(frame["statcode"]), 2019))
    outline = for_display(district_shapes(shapes_rd, municipalities))
    fmap = district_map(for_display(shapes_rd), municipalities, districts, outline)
    return rendered_size(fmap) / 1024


def factsheet_seconds(data_dir: Path) -> tuple[float, float]:
    """(median seconds per factsheet of the five districts, marts loaded; seconds of
    `python -m dashboard.factsheet --alle` as a whole process, 82 sheets)."""
    from dashboard.factsheet import sheet
    from dashboard.marts import read_marts

    marts = read_marts(data_dir / "processed")
    times = []
    for code in sorted(marts.districts["district_code"]):
        place = sheet.place_for(marts, district_code=code)
        started = time.perf_counter()
        sheet.factsheet(marts, place)
        times.append(time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "VNON_DATA_DIR": str(data_dir)}
        started = time.perf_counter()
        command = [sys.executable, "-m", "dashboard.factsheet", "--alle", folder]
        subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)
        whole = time.perf_counter() - started
    return statistics.median(times), whole


# --- (d)–(f) in headless Chromium -------------------------------------------------------------


def cold_start_seconds(browser, data_dir: Path, log: Path, runs: int = BROWSER_RUNS) -> float:
    """Median seconds from starting the streamlit process to the map drawn on /kaart.

    The browser is already running; each run starts a new server and opens a new page.
    """
    times = []
    for _ in range(runs):
        page, _, _ = appserver.new_page(browser)
        started = time.perf_counter()
        server = appserver.start_app(data_dir, log)
        try:
            server.wait_healthy()
            page.goto(server.base_url + "/kaart")
            appserver.wait_for_map(page)
            times.append(time.perf_counter() - started)
        finally:
            server.stop()
            page.context.close()
    return statistics.median(times)


def warm_session(browser, server: appserver.AppServer, runs: int = BROWSER_RUNS):
    """(median seconds of a warm switch Overzicht → Kaart, frames sent by pan and zoom)."""
    page, _, frames = appserver.new_page(browser)
    try:
        page.goto(server.base_url + "/")
        _switch_to_map(page)  # the first visit of the map page: not counted
        times = []
        for _ in range(runs):
            _switch_to_overview(page, frames)
            started = time.perf_counter()
            _switch_to_map(page)
            times.append(time.perf_counter() - started)
        return statistics.median(times), _pan_zoom_frames(page, frames)
    finally:
        page.context.close()


def profile_seconds(browser, server: appserver.AppServer) -> float:
    """Seconds from opening the start page to Twente's profile drawn, in three actions: the
    page Profiel, the district select, Twente (what a mayor does before a meeting)."""
    page, _, _ = appserver.new_page(browser)
    try:
        started = time.perf_counter()
        page.goto(server.base_url + "/")
        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Profiel").click()
        page.get_by_role("heading", name="Profiel van Oost-Nederland").wait_for()
        page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first.click()
        page.get_by_role("option", name="Twente", exact=True).click()
        page.get_by_role("heading", name="Profiel van Twente").wait_for()
        appserver.wait_for_map(page)
        return time.perf_counter() - started
    finally:
        page.context.close()


def _nav_link(page, url_path: str):
    return page.locator(f'[data-testid="stSidebarNav"] a[href$="{url_path}"]').first


def _switch_to_map(page) -> None:
    """Click 'Kaart' in the sidebar and wait until the map is drawn."""
    _nav_link(page, "/kaart").click(timeout=30_000)
    appserver.wait_for_map(page)


def _switch_to_overview(page, frames) -> None:
    """Back to 'Overzicht' in the same session, until the map is gone and the page is quiet."""
    appserver.wait_quiet(page, frames)
    _nav_link(page, "/").click(timeout=30_000)
    appserver.wait_until(page, lambda: appserver.drawn_paths(page) == (0, 0), 30, "map gone")
    appserver.wait_quiet(page, frames)


def _pan_zoom_frames(page, frames) -> int:
    """Frames sent to the server while zooming with the wheel and dragging the map."""
    appserver.wait_quiet(page, frames)
    before = frames.count
    appserver.pan_and_zoom(page)
    page.wait_for_timeout(PAN_ZOOM_QUIET_MS)
    return frames.count - before


def browser_figures(chromium: Path, data_dir: Path, log_dir: Path):
    """(cold start s, warm switch s, pan/zoom frames, start → profile s), in one Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = appserver.launch_chromium(playwright, chromium)
        try:
            cold = cold_start_seconds(browser, data_dir, log_dir / "cold.log")
            with appserver.running_app(data_dir, log_dir / "warm.log") as server:
                warm, frames = warm_session(browser, server)
                profile = profile_seconds(browser, server)
        finally:
            browser.close()
    return cold, warm, frames, profile


# --- the table --------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| wat | gemeten | budget | binnen budget |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def rows_for(figures: dict[str, object], browser_note: str) -> list[Row]:
    """The table's rows from the measured figures (missing ones: not measured)."""
    scripts = figures.get("scripts") or dict.fromkeys(registered_pages(), None)
    cold, warm, frames, profile = figures.get("browser") or (None, None, None, None)
    sheet, every = figures.get("factsheets") or (None, None)
    return [
        Row(f"`python -m etl build`, heel proces (mediaan van {BUILD_RUNS})",
            figures.get("build"), 3, " s", 2),
        *[Row(f"paginascript {name}, warme rerun (AppTest, mediaan van {SCRIPT_RUNS})",
              ms, 200, " ms", 0) for name, ms in scripts.items()],
        Row("kaartpayload, 76 gemeenten", figures.get("payload_76"), 150, " KiB"),
        Row("kaartpayload, 355 gemeenten (heel NL)", figures.get("payload_355"), 500, " KiB"),
        Row("reruns door pannen en zoomen (wiel + slepen)", frames, 0, "", 0, browser_note),
        Row(f"processtart → kaart getekend, headless Chromium (mediaan van {BROWSER_RUNS})",
            cold, 4.5, " s", 2, browser_note),
        Row(f"warme paginawissel Overzicht → Kaart (mediaan van {BROWSER_RUNS})",
            warm, 0.75, " s", 2, browser_note),
        Row("startpagina → profiel van Twente getekend (3 handelingen, warme server)",
            profile, 10, " s", 2, browser_note),
        Row("factsheet per district, marts geladen (mediaan van 5)", sheet, 1, " s", 2),
        Row("`python -m dashboard.factsheet --alle`, 82 factsheets, heel proces",
            every, 82, " s", 1),
    ]  # fmt: skip


def measure_all(data_dir: Path, boundaries: Path, chromium: Path | None, failures: list[str]):
    """Every figure of §7; a measurement that fails is left out and named in `failures`."""
    figures = {
        "build": _guarded("etl build", lambda: build_seconds(data_dir, boundaries), failures),
        "scripts": _guarded("paginascripts", lambda: script_ms(data_dir), failures),
        "payload_76": _guarded("payload 76", lambda: payload_kib_oost(data_dir), failures),
        "payload_355": _guarded("payload 355", lambda: payload_kib_all_nl(boundaries), failures),
        "factsheets": _guarded("factsheets", lambda: factsheet_seconds(data_dir), failures),
    }
    if chromium is not None:
        run = functools.partial(browser_figures, chromium, data_dir, data_dir.parent)
        figures["browser"] = _guarded("browser", run, failures)
    return figures


def report(rows: list[Row], failures: list[str]) -> str:
    """The Markdown text: heading, conditions, table, failures."""
    moment = time.strftime("%Y-%m-%d %H:%M")
    lines = [
        "# Prestaties naast de budgetten van DESIGN §7",
        "",
        f"Gemeten op {moment}, {os.cpu_count()} processorkernen, Python {sys.version.split()[0]}.",
        "",
        table(rows),
    ]
    if failures:
        lines += ["", "Mislukte metingen:", *[f"- {failure}" for failure in failures]]
    return "\n".join(lines) + "\n"


def main() -> int:
    """Build, measure, print the table and write it to bench-results/bench.md."""
    boundaries = appserver.default_boundaries()
    if not boundaries.is_file():
        print(f"Grenzenbestand ontbreekt: {boundaries} (zet VNON_BOUNDARIES)", file=sys.stderr)
        return 2
    chromium = appserver.chromium_path()
    browser_note = "" if chromium else "Chromium ontbreekt"
    failures: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="vnon-bench-"))
    try:
        data_dir = appserver.build_data(workdir / "data", boundaries)
        rows = rows_for(measure_all(data_dir, boundaries, chromium, failures), browser_note)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    text = report(rows, failures)
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(f"Weggeschreven naar {RESULTS.relative_to(REPO)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
