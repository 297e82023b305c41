"""What a page shows, made once per build, demo switch and choice, then reused by every session.

`kept` keeps a pure result (a view, a figure) and hands every session the same object, so the
frames in it are read-only (the house rule: transforms return new frames, never mutate).
`drawn` records the elements a static section draws (no widgets in it) and replays them on a
later run with the same key, without building or serialising them again. Every key starts
with what the data are (`source`: the build of the marts, or a frame's content), so a new
build, or another replica's import, is shown at the next run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from dashboard.ui.frame import demo_on

T = TypeVar("T")
# Per page a few results and sections per choice, each tens of kB: a few MB at most.
MAX_RESULTS = 256
MAX_SECTIONS = 256


def build_key(marts) -> str:
    """What the marts are: the build (its manifest) and whether demo rows are in them."""
    manifest = json.dumps(marts.manifest, sort_keys=True, default=str)
    return hashlib.sha256(manifest.encode("utf-8")).hexdigest()[:16] + f"-demo{int(demo_on())}"


@st.cache_resource(show_spinner=False, max_entries=MAX_RESULTS)
def _kept(key: tuple, _make: Callable[[], T]) -> T:
    del key  # the data, what is made and the choices: the cache key only
    return _make()


def key(marts, what: str, *choices) -> tuple:
    """The key of `what` made of the marts and `choices` (hashable: all else it depends on)."""
    return (build_key(marts), what, *choices)


def kept(key: tuple, make: Callable[[], T]) -> T:
    """`make()`, made once per `key` (`reuse.key(…)`, or a key of the frames it reads)."""
    return _kept(key, make)


@st.cache_data(show_spinner=False, max_entries=MAX_SECTIONS)
def _drawn(key: tuple, _draw: Callable[[], None]) -> None:
    del key  # the data, the section and the choices: the cache key only
    _draw()


def drawn(key: tuple, draw: Callable[[], None]) -> None:
    """Run `draw` (elements only, no widgets) once per `key` (as `kept`'s); later runs replay
    what it drew into the current container."""
    _drawn(key, draw)
