"""Warming at server start (issue 13): while the browser still fetches the page and its scripts,
a thread imports what the first script run needs and reads the marts into the app's cache.

`dashboard/app.py` starts it from its lifespan, after Streamlit's runtime has started (so the
marts land in the cache every session reads) and without holding up listening. The first script
run waits for it (`wait`, at the top of `dashboard/navigation.py`) before importing anything
itself: two threads importing the same modules at once can meet in Python's import locks and
hand one of them a half-initialised module. A failure here is logged; the first run then does
the work itself, as it would without warming.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import sys
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

LOG = logging.getLogger(__name__)  # under "dashboard": etl.core.logs sends it to stdout
# The modules of the frame, the start page (Overzicht) and the maps: between them pandas,
# pyarrow, geopandas, folium, branca and the marts reader. Not streamlit_folium, nor what imports
# it (dashboard.ui.maps, .map_payload, .funding): its component registers itself only when
# imported inside a script run, and a map page would wait for its iframe for ever.
MODULES = (
    "dashboard.ui.frame",
    "dashboard.ui.overview",
    "dashboard.ui.time_map",
    "dashboard.maps.choropleth",
    "folium",
    "folium.elements",
    "folium.plugins",  # streamlit_folium imports it: 75 templates compiled
    "branca",
)
WAIT_S = 60.0  # longer than any warming seen; then the first run goes on by itself
# While warming, the server's event loop hands the browser its ~60 scripts, a few GIL turns
# each. At Python's 5 ms switch interval every turn waited up to 5 ms behind an import: the
# scripts came ~0,2 s later than from an idle server. At 0,5 ms they come nearly as fast; the
# warming itself takes a little longer, and the interval is Python's own again once it is done.
WARM_SWITCH_S = 0.0005
_threads: list[threading.Thread] = []
_warming = threading.Lock()  # one warming at a time: each restores the interval it found


def start() -> threading.Thread:
    """Start warming in a daemon thread (once per process) and return it."""
    if not _threads:
        _threads.append(threading.Thread(target=warm, name="vnon-warmup", daemon=True))
        _threads[0].start()
    return _threads[0]


def warm() -> bool:
    """Import MODULES and fill the marts cache as a first visit sees them (no demo rows); False,
    logged, on failure."""
    with _warming:
        return _warm()


def _warm() -> bool:
    started, switch = time.perf_counter(), sys.getswitchinterval()
    sys.setswitchinterval(min(switch, WARM_SWITCH_S))
    try:
        for name in MODULES:
            importlib.import_module(name)
        # streamlit_folium's declare_component, in the script run, finds its caller's module with
        # inspect.getmodule, whose first call resolves the file of every module loaded (~0,1 s)
        inspect.getmodule(inspect.currentframe())
        from dashboard.data import load_visible_marts  # after the frame: pandas is in by now

        load_visible_marts(False)  # the demo switch is off until a user turns it on
    except Exception:  # no data yet, a broken build: the first run explains it on the page
        LOG.warning(
            "Opwarmen bij de start mislukt; de eerste paginaweergave doet het werk", exc_info=True
        )
        return False
    finally:
        sys.setswitchinterval(switch)
    LOG.info("Opgewarmd in %.2f s: modules en marts klaar", time.perf_counter() - started)
    return True


def wait(timeout: float = WAIT_S) -> None:
    """Until warming has finished (at once when it never started: AppTest, a bare script)."""
    for thread in _threads:
        thread.join(timeout)
        if thread.is_alive():
            LOG.warning("Opwarmen duurt langer dan %.0f s; de paginaweergave gaat door", timeout)


@asynccontextmanager
async def lifespan(_app) -> AsyncIterator[None]:
    """The app's lifespan: warming starts once Streamlit's runtime runs."""
    start()
    yield
