"""Streamlit's frontend is told where its server is (dashboard/static/backend.js): on a page's
own path it connects at the app's root at once, without first probing the page's path."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.server.documents import house_head

from . import appserver

pytestmark = pytest.mark.browser

STREAMLIT_BUNDLE = Path(__import__("streamlit").__file__).parent / "static" / "static" / "js"
FAKE_ORIGIN = "http://vnon.test"  # answered by the test itself: no server, no name to resolve


def _backend_at(browser, path: str) -> str | None:
    """The BACKEND_BASE_URL the house head leaves for Streamlit on a document at `path`."""
    page = browser.new_page()
    document = f"<html><head>{house_head().decode()}</head><body></body></html>"
    page.route(
        f"{FAKE_ORIGIN}/**", lambda route: route.fulfill(body=document, content_type="text/html")
    )
    try:
        page.goto(FAKE_ORIGIN + path)
        return page.evaluate("() => (window.__streamlit || {}).BACKEND_BASE_URL || null")
    finally:
        page.close()


def test_streamlit_still_reads_the_backend_it_is_given():
    bundle = (next(STREAMLIT_BUNDLE.glob("index.*.js"))).read_text("utf-8")
    assert "window.__streamlit" in bundle and "BACKEND_BASE_URL" in bundle, (
        "Streamlit leest window.__streamlit.BACKEND_BASE_URL niet meer: werk backend.js bij"
    )


def test_a_page_path_names_the_root_one_level_up(browser):
    assert _backend_at(browser, "/kaart") == FAKE_ORIGIN + "/"
    assert _backend_at(browser, "/kaart/?district=VR05") == FAKE_ORIGIN + "/"
    assert _backend_at(browser, "/vnon/pilots") == FAKE_ORIGIN + "/vnon/"  # under a prefix


def test_the_root_and_other_paths_are_left_to_streamlit(browser):
    assert _backend_at(browser, "/") is None
    assert _backend_at(browser, "/vnon/") is None  # a prefix's root: no page to drop
    assert _backend_at(browser, "/kaarten") is None  # no page of this app


def test_the_map_page_connects_at_the_root_without_probing_its_own_path(server, session):
    page, requests, frames = session
    page.goto(server.base_url + "/kaart")
    page.locator("h1").first.wait_for()
    appserver.wait_for_map(page)
    assert frames.sockets == [server.base_url.replace("http", "ws", 1) + "/_stcore/stream"]
    assert not [url for url in requests.urls if "/kaart/_stcore/" in url]
    assert server.base_url + "/_stcore/health" in requests.urls
    assert appserver.error_count(page) == 0
