"""The app's Streamlit settings that page runs depend on for their speed (issue 13): no full
garbage collection after each run, no watching of source files; the production settings on top
(deploy/streamlit.toml) turn neither back on."""

from __future__ import annotations

import tomllib

from .conftest import REPO


def _settings(path: str) -> dict:
    return tomllib.loads((REPO / path).read_text(encoding="utf-8"))


def test_no_garbage_collection_after_every_run_and_no_file_watcher():
    app = _settings(".streamlit/config.toml")
    assert app["runner"]["postScriptGC"] is False
    assert app["server"]["fileWatcherType"] == "none"
    production = _settings("deploy/streamlit.toml")
    assert production.get("runner", {}).get("postScriptGC", False) is False
    assert production["server"].get("fileWatcherType", "none") == "none"
