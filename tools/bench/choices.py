"""The warm rerun after a choice, per page, on the server (AppTest, no browser): the sidebar's
first select (the district; without one, the page's first) moved on an option, each rerun
timed."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests import appserver

REPO = appserver.REPO


def registered_pages() -> list[str]:
    """The page files that the navigation names (`pages/kaart.py`, …), in PAGE_LIST order."""
    from dashboard.site import PAGE_LIST

    return [
        f"pages/{name}.py" for name, _, _ in PAGE_LIST if (REPO / "pages" / f"{name}.py").is_file()
    ]


def _timed_choices(app, runs: int) -> tuple[list[float], bool]:
    """(ms of `runs` reruns each after a new choice, whether a select was there to choose)."""
    times = []
    for number in range(runs):
        if not app.selectbox:
            started = time.perf_counter()
            app.run()
            times.append((time.perf_counter() - started) * 1000)
            continue
        select = (app.sidebar.selectbox or app.selectbox)[0]
        index = (number + 1) % max(len(select.options), 1)
        started = time.perf_counter()
        select.select_index(index).run()
        times.append((time.perf_counter() - started) * 1000)
        if app.exception:
            raise RuntimeError(f"fout na keuze {index}: {app.exception[0].message}")
    return times, bool(app.selectbox)


def product_choices(data_dir: Path, runs: int) -> dict[str, tuple[list[float], bool]]:
    """Page file → (ms per rerun after a choice, whether it had a select), after one cold run."""
    from streamlit.logger import set_log_level
    from streamlit.testing.v1 import AppTest

    set_log_level("error")
    os.environ["VNON_DATA_DIR"] = str(data_dir)
    results = {}
    for page in registered_pages():
        app = AppTest.from_file(str(REPO / appserver.SCRIPT), default_timeout=60)
        app.switch_page(f"../{page}")  # relative to dashboard/navigation.py
        app.run()
        if app.exception:
            raise RuntimeError(f"pagina {page} toont een fout: {app.exception[0].message}")
        results[page] = _timed_choices(app, runs)
    return results


def naive_choices(folder: Path, data_dir: Path, runs: int) -> list[float]:
    """ms per rerun after a district choice in the naive app."""
    from streamlit.testing.v1 import AppTest

    os.environ["VNON_DATA_DIR"] = str(data_dir)
    app = AppTest.from_file(str(folder / "naive_app.py"), default_timeout=60)
    app.run()
    return _timed_choices(app, runs)[0]
