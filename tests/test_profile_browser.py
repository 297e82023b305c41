"""In headless Chromium at 1400×900: from the start page to a district's profile in three
actions, with the mayor's answers (map, funding, pilots, bodies) on the first screen."""

from __future__ import annotations

import pytest

from . import appserver

pytestmark = pytest.mark.browser

NBSP = "\xa0"
ANSWERS = ("Bijdrage per jaar", "Pilots", "Overleggen die besluiten")


def _top(page, text: str) -> float:
    box = page.get_by_role("heading", name=text, exact=True).first.bounding_box()
    assert box is not None, f"'{text}' is niet zichtbaar"
    return box["y"]


def test_three_actions_from_the_start_page_to_the_profile_of_twente(server, session):
    page, _, frames = session
    page.goto(server.base_url)
    page.get_by_role("heading", name="Veiligheidslandschap Oost-Nederland").first.wait_for()
    appserver.wait_quiet(page, frames)

    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Profiel").click()  # 1
    page.get_by_role("heading", name="Profiel van Oost-Nederland").wait_for()
    page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first.click()  # 2
    page.get_by_role("option", name="Twente", exact=True).click()  # 3
    page.get_by_role("heading", name="Profiel van Twente").wait_for()
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)

    assert "district=VR05" in page.url
    assert page.get_by_text(f"€{NBSP}44.049,88").first.is_visible()
    assert page.get_by_text("629.284 inwoners (1 januari 2019) in 14 gemeenten.").is_visible()
    for answer in ANSWERS:
        assert _top(page, answer) < appserver.VIEWPORT["height"], answer
    map_box = appserver.map_box(page)
    assert map_box["y"] < appserver.VIEWPORT["height"] / 2
    assert appserver.error_count(page) == 0


def test_a_permalink_opens_the_profile_of_apeldoorn_in_a_fresh_browser(server, session):
    page, _, frames = session
    page.goto(server.base_url + "/profiel?gemeente=GM0200")
    page.get_by_role("heading", name="Profiel van Apeldoorn").wait_for()
    appserver.wait_for_map(page)
    appserver.wait_quiet(page, frames)
    assert "district=VR06" in page.url and "gemeente=GM0200" in page.url
    assert page.get_by_text(f"€{NBSP}11.371,15").first.is_visible()
    assert appserver.error_count(page) == 0
