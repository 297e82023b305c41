"""The dashboard's only reader: the marts (checked against their contract, cached per build),
and for the page Gegevensbeheer the reference data, the register versions and rollback diffs,
each cached on what it is read from (file times, the version in use)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.marts import DataUnavailableError, Marts, read_marts, visible
from etl.core.settings import DataRoot, Settings
from etl.reference.tables import Reference, load_reference
from etl.registers import versions
from etl.registers.diff import RegisterDiff

# The reader itself lives in dashboard.marts (no Streamlit); the app's pages import it from here.
__all__ = ["DataUnavailableError", "Marts", "load_marts", "read_marts", "visible"]


def _stamp(folder: Path, suffixes=(".parquet", ".json")) -> tuple[tuple[str, float], ...]:
    """Modification times of the files read: a new build (or file) gives a new cache key."""
    return tuple(
        (path.name, path.stat().st_mtime)
        for path in sorted(folder.glob("*"))
        if path.suffix in suffixes
    )


# A resource, not cache_data: no copy of every mart on each rerun. The frames are shared and
# read-only by the house rule that transforms return new frames (assign, copy), never mutate.
@st.cache_resource(show_spinner=False, max_entries=4)
def _cached_marts(folder: str, stamp: tuple[tuple[str, float], ...]) -> Marts:
    del stamp  # part of the cache key only
    return read_marts(Path(folder))


def load_marts() -> Marts:
    """The current build's marts, read once per build."""
    folder = current_settings().data.processed
    return _cached_marts(str(folder), _stamp(folder))


def current_settings() -> Settings:
    """The data root and boundaries of this process (`VNON_DATA_DIR`, `VNON_BOUNDARIES`)."""
    return Settings.from_env()


@st.cache_data(show_spinner=False, max_entries=2)
def _cached_reference(folder: str, stamp: tuple[tuple[str, float], ...]) -> Reference:
    del stamp  # part of the cache key only
    return load_reference(Path(folder))


def load_reference_data(settings: Settings) -> Reference:
    """The reference data (municipalities, districts), read once per change of its files."""
    folder = settings.data.reference
    return _cached_reference(str(folder), _stamp(folder, (".csv",)))


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_versions(root: str, key: tuple) -> list[versions.VersionInfo]:
    del key  # part of the cache key only
    return versions.list_versions(DataRoot(Path(root)))


def load_versions(settings: Settings) -> list[versions.VersionInfo]:
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
    return (str(data.root), versions.current_version(data), entries)
