"""N concurrent Streamlit sessions replaying what a browser sends, against a server of 127.0.0.1.

A browser opens `/_stcore/stream` (subprotocol `streamlit`) and asks for each page with a
`rerun_script` BackMsg naming the page (its URL path as `page_name`, its `page_script_hash` once
the server's navigation message told it) and the query string; the server answers with deltas
until `script_finished`. Each session here does the same over a list of pages, one page after
the other; every loop is bounded in count and time, and only loopback is ever contacted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tools.bench import report

STREAM_PATH = "/_stcore/stream"
SUBPROTOCOL = "streamlit"
MAP_COMPONENT = "streamlit_folium"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
PAGE_TIMEOUT_S = 60.0
FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


def stream_url(base_url: str) -> str:
    """ws://host:port/_stcore/stream for http://host:port; refused for anything off loopback."""
    parts = urlsplit(base_url)
    if parts.hostname not in LOOPBACK:
        raise ValueError(f"alleen 127.0.0.1 is een doel, niet {parts.hostname}")
    scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}{STREAM_PATH}"


def rerun_message(page_name: str, page_script_hash: str = "", query_string: str = "") -> bytes:
    """The BackMsg a browser sends to run a page: as the frontend, the URL path (the start
    page: '') and, when known, the page's script hash."""
    message = BackMsg()
    state = message.rerun_script
    state.query_string = query_string
    state.page_name = page_name
    state.page_script_hash = page_script_hash
    return message.SerializeToString()


def page_hashes(message: ForwardMsg) -> dict[str, str]:
    """URL path → page script hash, from the server's navigation message (else empty)."""
    if message.WhichOneof("type") != "navigation":
        return {}
    return {page.url_pathname: page.page_script_hash for page in message.navigation.app_pages}


def map_payload_bytes(message: ForwardMsg) -> int:
    """Bytes of `json_args` that an st_folium element carries (what the map costs on the wire)."""
    if message.WhichOneof("type") != "delta" or message.delta.WhichOneof("type") != "new_element":
        return 0
    element = message.delta.new_element
    if element.WhichOneof("type") != "component_instance":
        return 0
    instance = element.component_instance
    return len(instance.json_args.encode()) if MAP_COMPONENT in instance.component_name else 0


def shows_error(message: ForwardMsg) -> bool:
    """Whether the message draws a Streamlit exception box."""
    if message.WhichOneof("type") != "delta" or message.delta.WhichOneof("type") != "new_element":
        return False
    return message.delta.new_element.WhichOneof("type") == "exception"


@dataclass
class PageRun:
    """One page asked for and answered: seconds to `script_finished`, bytes received, the
    map's `json_args` bytes, and what went wrong (None: nothing)."""

    page: str
    seconds: float
    received: int = 0
    map_bytes: int = 0
    error: str | None = None


@dataclass
class LoadResult:
    """Every page run of one load test and its wall time."""

    sessions: int
    wall_seconds: float
    runs: list[PageRun] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(run.error is not None for run in self.runs)

    @property
    def per_second(self) -> float:
        """Page runs answered without error per second of wall time."""
        good = len(self.runs) - self.errors
        return good / self.wall_seconds if self.wall_seconds > 0 else 0.0

    def quantile(self, page: str, share: float) -> float | None:
        """The `share` percentile in seconds of a page's successful runs."""
        times = [r.seconds for r in self.runs if r.page == page and r.error is None]
        return report.percentile(times, share)


async def _run_page(socket, page: str, hashes: dict[str, str]) -> PageRun:
    """Ask for `page` and read until the run finished; the hashes learnt are kept."""
    started = time.perf_counter()
    run = PageRun(page, 0.0)
    await socket.send(rerun_message(page, hashes.get(page, "")))
    while True:
        data = await asyncio.wait_for(socket.recv(), PAGE_TIMEOUT_S)
        run.received += len(data)
        message = ForwardMsg()
        message.ParseFromString(data)
        hashes.update(page_hashes(message))
        run.map_bytes += map_payload_bytes(message)
        if shows_error(message):
            run.error = "foutmelding op de pagina"
        if message.WhichOneof("type") == "script_finished":
            if message.script_finished not in FINISHED and run.error is None:
                run.error = f"script_finished {message.script_finished}"
            if message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                break
    run.seconds = time.perf_counter() - started
    return run


async def session(url: str, pages: Sequence[str], rounds: int, cookie: str | None) -> list[PageRun]:
    """One browser-like session: connect, then every page `rounds` times in order."""
    from websockets.asyncio.client import connect

    headers = {"Cookie": cookie} if cookie else None
    runs: list[PageRun] = []
    hashes: dict[str, str] = {}
    try:
        async with connect(
            url, subprotocols=[SUBPROTOCOL], additional_headers=headers, max_size=None
        ) as socket:
            for _ in range(rounds):
                for page in pages:
                    runs.append(await _run_page(socket, page, hashes))
    except Exception as err:  # a refused or broken session is one error, the others go on
        runs.append(PageRun(pages[len(runs) % len(pages)], 0.0, error=type(err).__name__))
    return runs


async def _load(url: str, count: int, pages: Sequence[str], rounds: int, cookies) -> LoadResult:
    started = time.perf_counter()
    batches = await asyncio.gather(*(session(url, pages, rounds, cookies(n)) for n in range(count)))
    result = LoadResult(count, time.perf_counter() - started)
    result.runs = [run for batch in batches for run in batch]
    return result


def load(
    base_url: str,
    sessions: int,
    pages: Sequence[str],
    rounds: int = 1,
    cookies=lambda _n: None,
) -> LoadResult:
    """`sessions` sessions at once, each asking for `pages` `rounds` times; `cookies(n)` gives
    session n's Cookie header (an affinity cookie through the proxy)."""
    return asyncio.run(_load(stream_url(base_url), sessions, pages, rounds, cookies))
