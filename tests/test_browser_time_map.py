"""The year slider of Kaart in headless Chromium, without a mouse: reached by Tab, named in
Dutch, an arrow key moves the map to the next year and the link keeps it."""

from __future__ import annotations

import pytest

from dashboard.texts import kaart as texts

from . import appserver

pytestmark = pytest.mark.browser

TABS_TO_SLIDER = 40  # the sidebar's controls come first
LEGEND = ".leaflet-control[aria-label]"
FOCUSED = """() => { const a = document.activeElement;
  return a ? {type: a.getAttribute('type'), label: a.getAttribute('aria-label'),
              value: a.getAttribute('aria-valuetext') ?? a.getAttribute('aria-valuenow')}
           : null; }"""


def _legend(page) -> str:
    """The map's legend as read out (its aria-label), or '' while the map is being replaced."""
    try:
        labels = appserver.map_frame(page).eval_on_selector_all(
            LEGEND, "els => els.map(e => e.getAttribute('aria-label'))"
        )
    except Exception:  # the frame went away while it was read
        return ""
    return " ".join(label for label in labels if label)


def test_the_year_slider_by_keyboard_moves_the_map_to_the_next_year(server, session):
    page, _, frames = session
    page.goto(server.base_url + "/kaart?laag=bijdragestatus")
    page.wait_for_selector("h1")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)
    assert "Stand van de bijdrage 2020" in _legend(page)

    for _ in range(TABS_TO_SLIDER):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused and focused["type"] == "range":  # an input of role slider
            break
    else:
        raise AssertionError(f"the year slider is not within {TABS_TO_SLIDER} tab stops")
    assert focused["label"] == texts.MAP_YEAR_SLIDER and focused["value"] == "2020"

    page.keyboard.press("ArrowRight")
    appserver.wait_until(page, lambda: "jaar=2021" in page.url, 30, "year in the URL")
    appserver.wait_until(
        page, lambda: "Stand van de bijdrage 2021" in _legend(page), 30, "legend of 2021"
    )
    assert "De kaart toont de stand van de bijdragen in 2021." in page.inner_text("body")
    assert appserver.error_count(page) == 0
