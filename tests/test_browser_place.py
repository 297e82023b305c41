"""End to end in headless Chromium: the place chosen on Kaart stays chosen on every page, a
permalink restores it in a fresh browser, a click chooses a municipality, and print drops the
sidebar."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from dashboard.data import read_marts
from dashboard.site import PAGE_LIST

from . import appserver

pytestmark = pytest.mark.browser

NOG = "Noord- en Oost-Gelderland"
SIDEBAR = '[data-testid="stSidebar"]'
NAV_LINK = '[data-testid="stSidebarNav"] a'
PLACE_TIMEOUT_S = 40


def _breadcrumb(page) -> str:
    """The text of the breadcrumb row (the horizontal block that starts with 'U bent hier')."""
    row = page.locator('[data-testid="stMain"] [data-testid="stHorizontalBlock"]').filter(
        has_text="U bent hier"
    )
    return row.first.inner_text() if row.count() else ""


def _place_select(page, label: str) -> str:
    """What a sidebar select shows (its label and its chosen option)."""
    select = page.locator(f'{SIDEBAR} [data-testid="stSelectbox"]').filter(has_text=label).first
    shown = select.locator("input")
    return select.inner_text() + " " + (shown.first.input_value() if shown.count() else "")


def _wait_for_place(page, last: str, district: str) -> None:
    appserver.wait_until(
        page,
        lambda: _breadcrumb(page).strip().endswith(last) and district in _breadcrumb(page),
        PLACE_TIMEOUT_S,
        f"breadcrumb ending in {last}",
    )


def test_a_district_chosen_on_kaart_stays_chosen_on_every_page(server, session):
    page, _, frames = session
    page.goto(server.base_url + "/kaart")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)
    page.locator(f'{SIDEBAR} [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name=NOG).click()
    appserver.wait_until(page, lambda: "district=VR06" in page.url, 30, "district in URL")
    _wait_for_place(page, NOG, "Oost-Nederland")

    for number, (name, title, _) in enumerate(PAGE_LIST):
        if name == "kaart":
            continue
        path = "/" if number == 0 else f"/{name}"  # the start page lives at the root
        page.locator(NAV_LINK).filter(has_text=title).first.click()
        appserver.wait_until(page, lambda p=path: urlsplit(page.url).path == p, 30, f"page {name}")
        _wait_for_place(page, NOG, "Oost-Nederland")
        # the session puts the place back; the browser's address follows a moment later
        appserver.wait_until(page, lambda: "district=VR06" in page.url, 30, f"URL of {name}")
        assert NOG in _place_select(page, "District"), name
        appserver.wait_until(page, lambda: page.locator("h1").count() >= 1, 30, f"h1 of {name}")
        assert appserver.error_count(page) == 0, name


def test_a_permalink_restores_the_place_in_a_fresh_browser(server, session):
    page, _, _ = session
    page.goto(server.base_url + "/overleggen?district=VR06&gemeente=GM0200")
    _wait_for_place(page, "Apeldoorn", NOG)
    assert "Apeldoorn" in _place_select(page, "Gemeente")
    # The district crumb goes one level up and keeps the page.
    page.locator('[data-testid="stPageLink"]').filter(has_text=NOG).first.click()
    _wait_for_place(page, NOG, "Oost-Nederland")
    appserver.wait_until(page, lambda: "gemeente=" not in page.url, 30, "address without gemeente")
    assert "/overleggen?district=VR06" in page.url
    assert appserver.error_count(page) == 0


def test_clicking_a_municipality_chooses_it(server, session, data_dir):
    page, _, frames = session
    page.goto(server.base_url + "/kaart?district=VR06")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)
    marts = read_marts(data_dir / "processed")
    shape = marts.municipality_shapes.set_index("municipality_code").geometry["GM0200"]
    point = shape.representative_point()
    appserver.click_on_map(page, point.y, point.x)
    appserver.wait_until(page, lambda: "gemeente=GM0200" in page.url, 30, "municipality in URL")
    _wait_for_place(page, "Apeldoorn", NOG)


def _display(page, test_id: str) -> str:
    return page.evaluate(
        f"getComputedStyle(document.querySelector('[data-testid={test_id}]')).display"
    )


def test_print_drops_the_sidebar_and_the_toolbar(server, session):
    page, _, _ = session
    page.goto(server.base_url + "/financiering?district=VR05")
    _wait_for_place(page, "Twente", "Oost-Nederland")
    assert _display(page, "stSidebar") != "none"
    page.emulate_media(media="print")
    assert _display(page, "stSidebar") == "none" and _display(page, "stHeader") == "none"
    width = page.evaluate(
        "document.querySelector('[data-testid=\"stMainBlockContainer\"]').offsetWidth"
    )
    assert width >= appserver.VIEWPORT["width"] - 40  # the main block takes the whole page


def test_clicking_the_district_outline_goes_one_level_up(server, session, data_dir):
    page, _, frames = session
    page.goto(server.base_url + "/kaart?district=VR06&gemeente=GM0200")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)
    marts = read_marts(data_dir / "processed")
    outline = marts.district_shapes.set_index("district_code").geometry["VR06"].boundary
    point = outline.interpolate(0.3, normalized=True)  # on the chosen district's thick line
    appserver.click_on_map(page, point.y, point.x)
    appserver.wait_until(page, lambda: "gemeente=" not in page.url, 30, "one level up")
    assert "district=VR06" in page.url
    _wait_for_place(page, NOG, "Oost-Nederland")


def test_kadaster_is_not_credited_when_no_tile_is_drawn(server, session):
    page, _, frames = session  # the browser is offline: PDOK's tiles never load
    page.goto(server.base_url + "/kaart")
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)
    credit = appserver.map_frame(page).locator(".leaflet-control-attribution").inner_text()
    assert "Leaflet" in credit and "Kadaster" not in credit
