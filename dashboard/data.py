"""The dashboard's only reader: the marts (checked against their contract, cached per build),
and for the page Gegevensbeheer the reference data, the register versions and rollback diffs,
each cached on what it is read from (file times, the version in use)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from dashboard.marts import DataUnavailableError, Marts, read_marts, visible
from etl.core.settings import DataRoot, Settings, current_version_name
from etl.core.store import MANIFEST

# Only Gegevensbeheer reads the reference data, the versions and diffs: their import machinery
# (pandera, the register specifications) stays out of the warming and of every other page run.
if TYPE_CHECKING:
    from etl.reference.tables import Reference
    from etl.registers.diff import RegisterDiff
    from etl.registers.versions import VersionInfo

# The reader itself lives in dashboard.marts (no Streamlit); the app's pages import it from here.
__all__ = [
    "DataUnavailableError",
    "Marts",
    "data_key",
    "load_marts",
    "load_visible_marts",
    "read_marts",
    "visible",
]
READ_ATTEMPTS = 3


def _stamp(folder: Path, suffixes=(".parquet", ".json")) -> tuple[tuple, ...]:
    """Identity of the files read (a replaced file has a new inode): a new file, a new key."""
    return tuple(
        (path.name, *_identity(path))
        for path in sorted(folder.glob("*"))
        if path.suffix in suffixes
    )


def _identity(path: Path) -> tuple[int, int, int]:
    """(inode, modification time in ns, size); zeros for a file that is not there."""
    try:
        status = path.stat()
    except OSError:
        return (0, 0, 0)
    return (status.st_ino, status.st_mtime_ns, status.st_size)


def data_key(data: DataRoot) -> tuple:
    """What the marts are read from right now: the register version in use and the build's
    manifest (written last, replaced atomically). Two stats and one read of a tiny file, so
    every rerun can afford it; another replica's import changes it on the next rerun."""
    return (current_version_name(data.history), _identity(data.processed / MANIFEST))


# A resource, not cache_data: no copy of every mart on each rerun. The frames are shared and
# read-only by the house rule that transforms return new frames (assign, copy), never mutate.
@st.cache_resource(show_spinner=False, max_entries=4)
def _cached_marts(folder: str, key: tuple) -> Marts:
    """Read the build; read again when a rebuild replaced the manifest during the reading."""
    del key  # part of the cache key only
    manifest = Path(folder) / MANIFEST
    for _attempt in range(READ_ATTEMPTS):
        before = _identity(manifest)
        marts = read_marts(Path(folder))
        if _identity(manifest) == before:
            return marts
    return marts  # a rebuild every few milliseconds: the newest read, the next rerun reads again


def load_marts() -> Marts:
    """The current build's marts, read once per build (and per version in use)."""
    data = current_settings().data
    return _cached_marts(str(data.processed), data_key(data))


@st.cache_resource(show_spinner=False, max_entries=8)
def _cached_visible(folder: str, key: tuple, show_demo: bool) -> Marts:
    return visible(_cached_marts(folder, key), show_demo)


def load_visible_marts(show_demo: bool) -> Marts:
    """The current build's marts as a user sees them (`visible`), filtered once per build and
    demo switch rather than on every rerun; the same frames for every session."""
    data = current_settings().data
    return _cached_visible(str(data.processed), data_key(data), show_demo)


def current_settings() -> Settings:
    """The data root and boundaries of this process (`VNON_DATA_DIR`, `VNON_BOUNDARIES`)."""
    return Settings.from_env()


@st.cache_data(show_spinner=False, max_entries=2)
def _cached_reference(folder: str, stamp: tuple[tuple, ...]) -> Reference:
    del stamp  # part of the cache key only
    from etl.reference.tables import load_reference

    return load_reference(Path(folder))


def load_reference_data(settings: Settings) -> Reference:
    """The reference data (municipalities, districts), read once per change of its files."""
    folder = settings.data.reference
    return _cached_reference(str(folder), _stamp(folder, (".csv",)))


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_versions(root: str, key: tuple) -> list[VersionInfo]:
    del key  # part of the cache key only
    from etl.registers.versions import list_versions

    return list_versions(DataRoot(Path(root)))


def load_versions(settings: Settings) -> list[VersionInfo]:
    """The register versions, newest first; read again when the version in use or the set of
    versions changes."""
    data = settings.data
    return _cached_versions(str(data.root), _history_key(settings))


@st.cache_data(show_spinner=False, max_entries=16)
def _cached_preview(key: tuple, target: str, _settings: Settings, _reference: Reference):
    del key  # the data root, versions and reference: the cache key only
    # Only Gegevensbeheer previews a rollback: the import machinery stays out of the first run.
    from dashboard.registers import admin

    return admin.rollback_preview(_settings, _reference, target)


def load_rollback_preview(
    settings: Settings, reference: Reference, target: str
) -> list[RegisterDiff]:
    """What restoring `target` would change, computed once per version in use and target."""
    key = (*_history_key(settings), _stamp(settings.data.reference, (".csv",)))
    return _cached_preview(key, target, settings, reference)


def _history_key(settings: Settings) -> tuple:
    data = settings.data
    entries = tuple(sorted(p.name for p in data.history.iterdir())) if data.history.is_dir() else ()
    return (str(data.root), current_version_name(data.history), entries)
