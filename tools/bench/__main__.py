"""`make bench`: issue 13's figures, the product beside a naive reference in the same run.

`.venv/bin/python -m tools.bench` from the repo's root (BENCH_QUICK=1: a smoke of about two
minutes, fewer repetitions). Builds the data into a temporary data root, then measures in four
blocks, each headed by /proc/loadavg: the ETL at N× registers, what a user waits for in
Chromium (product and naive app alternating), the server in one process (reruns after a choice,
st_folium's json_args, throughput of N replaying websocket clients) and `make serve` with two
replicas (25 sessions, memory, an upload, first-load bytes through the proxy). Prints Markdown
and writes bench-results/bench.md; a missed goal is printed, never an exit code.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dashboard.site import DEMO_PAGES
from etl.core import dutch
from tests import appserver
from tools.bench import browser, choices, etl, load, serve
from tools.bench.report import Block, Goal, Row, markdown, median, percentile

RESULTS = appserver.REPO / "bench-results" / "bench.md"
TOUR = ["", "kaart", "pilots", "financiering"]  # Overzicht → Kaart → Pilots → Financiering
TOUR_NAMES = {"": "Overzicht", "kaart": "Kaart", "pilots": "Pilots", "financiering": "Financiering"}
MAP_PAGES = ["kaart", "pilots", "financiering", "profiel"]
MB = 1_000_000


@dataclass(frozen=True)
class Plan:
    """How many repetitions: the full run (≤ 10 minutes here) or BENCH_QUICK's smoke."""

    pairs: int
    scales: tuple[int, ...]
    etl_runs: int
    choices: int
    clients: tuple[int, ...]
    rounds: int
    switches: int
    proxy_sessions: int

    @classmethod
    def from_env(cls) -> Plan:
        if os.environ.get("BENCH_QUICK", "").strip() not in ("", "0"):
            return cls(2, (1, 10, 100), 1, 3, (1, 5), 1, 2, 25)
        return cls(5, (1, 10, 100, 1000), 1, 8, (1, 5, 10, 25), 2, 3, 25)


class Run:
    """The blocks measured so far and the measurements that failed (each noted, never fatal)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.failures: list[str] = []

    def block(self, title: str, measure: Callable[[Block], None]) -> None:
        block = Block(title)  # the load is read now, before the block's first measurement
        self.blocks.append(block)
        print(f"… {title} (belasting {block.load})", file=sys.stderr, flush=True)
        try:
            measure(block)
        except Exception as err:
            traceback.print_exc()
            self.failures.append(f"{title}: {type(err).__name__}: {err}")


def etl_block(plan: Plan, workdir: Path, boundaries: Path) -> Callable[[Block], None]:
    goals = {100: Goal(2, " s"), 1000: Goal(5, " s")}

    def measure(block: Block) -> None:
        seconds = etl.scaled_builds(workdir, boundaries, plan.scales, plan.etl_runs)
        for times, values in seconds.items():
            what = f"`python -m etl build`, {times}× registers (mediaan van {len(values)})"
            block.rows.append(Row(what, median(values), " s", 2, goal=goals.get(times)))
        source = "tools/synthetic.py" if etl.SYNTHETIC.is_file() else "tools/bench/etl.py"
        block.notes.append(f"Synthetische registers van {source}.")

    return measure


def browser_block(plan: Plan, data_dir: Path, naive: Path, logs: Path):
    def measure(block: Block) -> None:
        from playwright.sync_api import sync_playwright

        chromium = appserver.chromium_path()
        if chromium is None:
            raise RuntimeError("Chromium ontbreekt (make browser)")
        product = lambda: appserver.start_app(data_dir, logs / "product.log")  # noqa: E731
        reference = lambda: browser.start_naive(naive, data_dir, logs / "naive.log")  # noqa: E731
        with sync_playwright() as playwright:
            chrome = appserver.launch_chromium(playwright, chromium)
            try:
                starts = browser.alternating_starts(
                    chrome,
                    lambda: browser.start_to_map(chrome, product, "/kaart"),
                    lambda: browser.start_to_map(chrome, reference, "/"),
                    plan.pairs,
                )
                ours, theirs = median(starts[0]), median(starts[1])
                pairs = f"mediaan van {plan.pairs} afwisselende paren"
                block.rows += [
                    Row(f"processtart → kaart getekend ({pairs})", ours, " s", 2, theirs,
                        Goal(1, "", 2), ratio_goal=True, note="doel op de verhouding"),
                    Row("processtart → kaart getekend, absoluut", ours, " s", 2,
                        goal=Goal(3.5, " s")),
                ]  # fmt: skip
                changes = _changes(chrome, plan, product, reference)
            finally:
                chrome.close()
        block.rows += [
            Row("districtkeuze → kaart opnieuw getekend (Kaart; mediaan)", median(changes[0]),
                " s", 2, median(changes[1])),
            Row("warme paginawissel Overzicht → Kaart (mediaan)", median(changes[2]), " s", 2),
        ]  # fmt: skip
        block.notes.append("Referentie: tools/naive_app.py (Streamlit + folium, niets gecachet).")

    return measure


def _changes(chrome, plan: Plan, product, reference):
    """(product district changes, naive district changes, product page switches) in seconds."""
    results = []
    for start, path, options in ((product, "/kaart", ["Twente", "IJsselland"]),
                                 (reference, "/", ["VR05", "VR04"])):  # fmt: skip
        server = start()
        page, _, frames = appserver.new_page(chrome)
        try:
            server.wait_healthy()
            page.goto(server.base_url + path)
            appserver.wait_for_map(page)
            results.append(browser.district_changes(page, options, plan.switches))
            if start is product:
                switches = browser.page_switches(page, frames, plan.switches)
        finally:
            page.context.close()
            server.stop()
    return results[0], results[1], switches


def server_block(
    plan: Plan, data_dir: Path, naive: Path, logs: Path, single: dict, single_memory: list
):
    def measure(block: Block) -> None:
        naive_ms = percentile(choices.naive_choices(naive, data_dir, plan.choices), 0.5)
        for page, (times, chose) in choices.product_choices(data_dir, plan.choices).items():
            what = f"rerun na een keuze, {page} (AppTest, p50 van {len(times)})"
            note = "" if chose else "geen keuzelijst: gewone rerun"
            reference = naive_ms if page == "pages/kaart.py" else None
            block.rows.append(Row(what, percentile(times, 0.5), " ms", 0, reference,
                                  Goal(100, " ms", 0), note=note))  # fmt: skip
        with appserver.running_app(data_dir, logs / "load.log") as server:
            first = load.load(server.base_url, 1, [*TOUR, "profiel"])  # warms the server too
            for run in first.runs:
                if run.page in MAP_PAGES:
                    block.rows.append(Row(f"st_folium json_args, {run.page}",
                                          run.map_bytes / 1024, " KiB", 1))  # fmt: skip
            for count in plan.clients:
                result = load.load(server.base_url, count, TOUR, plan.rounds)
                single[count] = result
                block.rows.append(Row(
                    f"doorvoer, {count} websocketclient(s) × {plan.rounds} rondes, "
                    f"{result.errors} fouten", result.per_second, " paginaruns/s", 1,
                    goal=Goal(15, "/s", 0, at_least=True)))  # fmt: skip
            single_memory.append(serve.rss_mib(server.process.pid))
            rss = single_memory[-1]
            block.rows.append(Row("geheugen van het ene proces (RSS)", rss, " MiB", 0))
        block.notes.append("Referentie bij Kaart: de naïeve app, rerun na een districtkeuze.")

    return measure


def proxy_block(plan: Plan, data_dir: Path, workdir: Path, single: dict, single_memory: list):
    def measure(block: Block) -> None:
        served = serve.start(data_dir, workdir / "serve" / "run")
        try:
            load.load(served.base_url, 2, TOUR, 1, serve.affinity_cookie)  # both replicas warm
            result = load.load(served.base_url, plan.proxy_sessions, TOUR, 1, serve.affinity_cookie)
            alone = single.get(max(single)) if single else None
            for page in TOUR:
                name = TOUR_NAMES[page]
                ref = alone.quantile(page, 0.95) if alone else None
                block.rows += [
                    Row(f"{name}, p50", result.quantile(page, 0.5), " s", 2),
                    Row(f"{name}, p95", result.quantile(page, 0.95), " s", 2, ref,
                        Goal(2, " s", 0, strict=True)),
                ]  # fmt: skip
            block.rows.append(Row("fouten", result.errors, "", 0, goal=Goal(0, "", 0)))
            for name, mib in sorted(serve.replica_memory(served.process.pid).items()):
                reference = single_memory[-1] if single_memory else None
                block.rows.append(Row(f"geheugen replica {name} (RSS)", mib, " MiB", 0, reference))
            status, seconds = serve.upload(served.base_url)
            note = "" if status == 204 else "geweigerd"
            block.rows.append(
                Row(f"upload 1 MiB (PUT, HTTP {status})", seconds, " s", 2, note=note)
            )
            _first_loads(block, served)
        finally:
            served.stop()
        reference = f"{max(single)} clients in één proces" if single else "geen"
        block.notes += [
            f"{plan.proxy_sessions} sessies tegelijk, elk {' → '.join(TOUR_NAMES.values())}; "
            f"referentie bij p95: {reference}; bij het geheugen: het ene proces na die load.",
            "De upload gaat als PUT naar Streamlit's uploadeindpunt binnen een sessie via de "
            "proxy, zonder aangemelde coördinator (het aanmelden is niet na te spelen).",
        ]

    return measure


def _first_loads(block: Block, served) -> None:
    """First-load bytes of each page of the tour through the proxy, in a fresh Chromium, with
    the demo data off and, on the pages that show demo rows, on: the websocket as nginx sent it
    (deflated), beside what Chromium inflated."""
    from playwright.sync_api import sync_playwright

    chromium = appserver.chromium_path()
    if chromium is None:
        raise RuntimeError("Chromium ontbreekt (make browser)")
    wire = serve.wire_counter(served.log_path)
    demo_pages = [(page, True) for page in TOUR if page in DEMO_PAGES]
    visits = [(page, False) for page in TOUR] + demo_pages
    with sync_playwright() as playwright:
        chrome = appserver.launch_chromium(playwright, chromium)
        try:
            for page, demo in visits:
                url = f"{served.base_url}/{page}" + ("?demo=1" if demo else "")
                http, ws = browser.first_load_bytes(chrome, url, browser.page_drawn, wire)
                _, inflated = browser.first_load_bytes(chrome, url, browser.page_drawn)
                name = TOUR_NAMES[page] + (" met demodata" if demo else "")
                what = (f"eerste bezoek {name}: HTTP gecomprimeerd + websocket "
                        f"(websocket {dutch.number(ws / MB, 2)} MB op de lijn, "
                        f"{dutch.number(inflated / MB, 2)} MB uitgepakt)")  # fmt: skip
                block.rows.append(Row(what, (http + ws) / MB, " MB", 2, goal=Goal(1.5, " MB")))
        finally:
            chrome.close()


def main() -> int:
    """Build, measure every block, print the report and write it to bench-results/bench.md."""
    plan = Plan.from_env()
    boundaries = appserver.default_boundaries()
    if not boundaries.is_file():
        print(f"Grenzenbestand ontbreekt: {boundaries} (zet VNON_BOUNDARIES)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="vnon-bench-"))
    run, single, single_memory = Run(), {}, []
    try:
        data_dir = appserver.build_data(workdir / "data", boundaries)
        naive = browser.naive_folder(workdir)
        run.block("ETL, heel proces", etl_block(plan, workdir, boundaries))
        in_browser = browser_block(plan, data_dir, naive, workdir)
        run.block("Chromium: wat een gebruiker wacht", in_browser)
        alone = server_block(plan, data_dir, naive, workdir, single, single_memory)
        run.block("Server, één proces", alone)
        served = proxy_block(plan, data_dir, workdir, single, single_memory)
        run.block("`make serve`, 2 replica's", served)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    kind = "snel (BENCH_QUICK=1)" if plan.pairs < 5 else "volledig"
    heading = [
        "# `make bench`: het product naast een naïeve referentie, in één run",
        "",
        f"Gemeten op {time.strftime('%Y-%m-%d %H:%M')}, {kind}, {os.cpu_count()} kernen, "
        f"Python {sys.version.split()[0]}, duur {time.perf_counter() - started:.0f} s.",
    ]
    text = markdown(run.blocks, heading, run.failures)
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(f"Weggeschreven naar {RESULTS.relative_to(appserver.REPO)}", file=sys.stderr)
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
