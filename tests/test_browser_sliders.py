"""The sliders kept in the URL, in headless Chromium without a mouse: Kaart's year slider is
reached by Tab, named in Dutch, and an arrow key moves the map to the next year; the what-if's
rate slider on Financiering moves its table and its link, the map untouched."""

from __future__ import annotations

import pytest

from dashboard.texts import financiering as funding_texts
from dashboard.texts import kaart as texts

from . import accessibility, appserver

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


def _open(page, frames, url: str) -> None:
    """Open a page; judge it only once its heading is there, its map drawn and it is quiet."""
    page.goto(url)
    page.wait_for_selector("h1")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)


def test_the_year_slider_by_keyboard_moves_the_map_to_the_next_year(server, session):
    page, _, frames = session
    _open(page, frames, server.base_url + "/kaart?laag=bijdragestatus")
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


def _download_buttons(page, label: str) -> int:
    return page.locator('[data-testid="stDownloadButton"]', has_text=label).count()


def test_the_what_if_rate_by_keyboard_moves_its_table_and_link_not_the_map(server, session):
    page, _, frames = session
    _open(page, frames, server.base_url + "/financiering?wat_als=VR05")
    legend = _legend(page)
    factsheet = funding_texts.FUNDING_WHATIF_FACTSHEET.format(place="Twente")
    assert _download_buttons(page, factsheet) == 0  # the register's own rate: no what-if
    rate = page.get_by_role("slider", name=funding_texts.FUNDING_WHATIF_RATE)
    rate.focus()
    page.keyboard.press("ArrowRight")  # € 0,07 → € 0,075
    appserver.wait_until(page, lambda: "tarief=75" in page.url, 30, "rate in the URL")
    assert "wat_als=VR05" in page.url
    # The section reran: it now offers Twente's factsheet with this what-if.
    appserver.wait_until(
        page, lambda: _download_buttons(page, factsheet) == 1, 30, "the what-if's factsheet"
    )
    appserver.wait_quiet(page, frames)
    assert _legend(page) == legend  # the map is the same map
    assert appserver.error_count(page) == 0


def test_the_year_slider_passes_axe_and_speaks_dutch(server, session):
    page, _, frames = session
    _open(page, frames, server.base_url + "/kaart?laag=bijdragestatus&jaar=2022")
    violations, english = [], []
    for frame in page.frames:
        if frame.url in {"", "about:blank"}:
            continue
        violations += accessibility.axe_violations(frame, frame is page.main_frame)
        english += accessibility.english_on_screen(frame)
    assert violations == [], "\n".join(str(violation) for violation in violations)
    assert english == []
