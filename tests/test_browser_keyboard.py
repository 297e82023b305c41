"""The maps in headless Chromium without a mouse: every municipality a named tab stop that Enter
chooses, a link past the map, a visible focus, Dutch controls, and legends off the region."""

from __future__ import annotations

import pytest

from dashboard.display import palette
from dashboard.texts import kaart as texts

from . import appserver

pytestmark = pytest.mark.browser

TWENTE = "VR05"
TABS_TO_MAP = 30  # the sidebar and the page's own controls come first
SHAPES = "path.vnon-shape"
# What has the focus: in the page, and inside the map's iframe when that is the page's.
FOCUSED = """() => { const a = document.activeElement;
  return a ? {tag: a.tagName, cls: String(a.className.baseVal ?? a.className),
              label: a.getAttribute('aria-label'), text: (a.textContent || '').trim()} : null; }"""


def _open(page, frames, server, path: str) -> None:
    """Open a page and wait until its map is drawn and fitted around its controls."""
    page.goto(server.base_url + path)
    appserver.wait_for_map(page)
    appserver.map_frame(page).wait_for_selector(".leaflet-container[data-fitted]", state="attached")
    appserver.wait_quiet(page, frames)


def _focused(page) -> tuple[dict, dict | None]:
    """(focus in the page, focus inside the map or None)."""
    outer = page.evaluate(FOCUSED)
    inner = appserver.map_frame(page).evaluate(FOCUSED) if outer["tag"] == "IFRAME" else None
    return outer, inner


def _tab_to(page, wanted, limit: int) -> int:
    """Press Tab until `wanted(outer, inner)` holds; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if wanted(*_focused(page)):
            return presses
    raise AssertionError(f"not reached within {limit} tab stops")


def _on_shape(_outer, inner) -> bool:
    return inner is not None and "vnon-shape" in inner["cls"]


def test_enter_on_a_twente_municipality_chooses_its_district(server, session):
    page, _, frames = session
    _open(page, frames, server, "/kaart")
    to_map = _tab_to(page, _on_shape, TABS_TO_MAP)
    assert to_map <= TABS_TO_MAP

    presses = _tab_to(
        page, lambda _o, inner: _on_shape(_o, inner) and "Twente" in inner["label"], 80
    )
    assert presses <= appserver.MUNICIPALITIES, "every municipality is one tab stop, no more"
    _, inner = _focused(page)
    assert inner["label"].split(",")[0] and "District: Twente" in inner["label"]

    sent_before = frames.count
    page.keyboard.press("Enter")
    appserver.wait_until(page, lambda: f"district={TWENTE}" in page.url, 30, "district in URL")
    assert frames.count > sent_before
    appserver.wait_quiet(page, frames)
    assert appserver.error_count(page) == 0


def test_every_municipality_is_named_and_the_labels_take_no_focus(server, session):
    page, _, frames = session
    _open(page, frames, server, "/kaart")
    frame = appserver.map_frame(page)
    shapes = frame.evaluate(
        f"""() => [...document.querySelectorAll({SHAPES!r})].map(p =>
            [p.getAttribute('tabindex'), p.getAttribute('role'), p.getAttribute('aria-label')])"""
    )
    assert len(shapes) == appserver.MUNICIPALITIES
    assert all(tab == "0" and role == "button" and label.strip() for tab, role, label in shapes)
    assert len({label for *_, label in shapes}) == appserver.MUNICIPALITIES

    labels = frame.evaluate(
        """() => [...document.querySelectorAll('.leaflet-marker-icon')].map(m => [m.tabIndex,
            m.getAttribute('role'), m.querySelector('[aria-hidden="true"]') !== null])"""
    )
    assert len(labels) == appserver.DISTRICTS
    assert all(tab < 0 and role is None and hidden for tab, role, hidden in labels)


def test_dutch_controls_and_a_zoomable_frame(server, session):
    page, _, frames = session
    _open(page, frames, server, "/kaart")
    frame = appserver.map_frame(page)
    titles = frame.evaluate(
        """() => [...document.querySelectorAll('.leaflet-control-zoom a')].map(a =>
            [a.title, a.getAttribute('aria-label')])"""
    )
    assert titles == [[texts.MAP_ZOOM_IN] * 2, [texts.MAP_ZOOM_OUT] * 2]
    credit = frame.evaluate(
        "() => document.querySelector('.leaflet-control-attribution').innerHTML"
    )
    assert "JavaScript library" not in credit and texts.MAP_LEAFLET_TITLE in credit
    viewports = frame.evaluate(
        """() => [...document.querySelectorAll('meta[name="viewport"]')].map(m => m.content)"""
    )
    assert viewports, "the map's frame has no viewport"
    assert all("user-scalable" not in v and "maximum-scale" not in v for v in viewports)


def test_the_focused_municipality_gets_a_ring_above_its_neighbours(server, session):
    page, _, frames = session
    _open(page, frames, server, "/kaart")
    _tab_to(page, _on_shape, TABS_TO_MAP)
    frame = appserver.map_frame(page)
    ring = frame.evaluate(
        """() => [...document.querySelectorAll('.leaflet-vnonFocus-pane path')].map(p =>
            [p.getAttribute('stroke'), Number(p.getAttribute('stroke-width'))])"""
    )
    assert ring == [[palette.FOCUS_HALO, 7], [palette.FOCUS_RING, 3]]
    page.keyboard.press("Tab")  # on to the next: one ring at a time
    assert frame.locator(".leaflet-vnonFocus-pane path").count() == 2


def test_the_skip_link_shows_when_focused_and_jumps_past_the_map(server, session):
    page, _, frames = session
    _open(page, frames, server, "/kaart")
    link = page.get_by_role("link", name=texts.MAP_SKIP_LINK)
    assert link.bounding_box() is None or link.bounding_box()["x"] < 0, "hidden until focused"
    _tab_to(page, lambda outer, _i: outer["text"] == texts.MAP_SKIP_LINK, TABS_TO_MAP)
    box = link.bounding_box()
    assert box is not None and box["x"] >= 0 and box["width"] > 0, "visible with the focus"

    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    outer, _ = _focused(page)
    assert outer["tag"] != "IFRAME", "the Tab after the skip link lands past the map"


@pytest.mark.parametrize("path", ["/kaart", "/pilots", "/financiering"])
def test_no_control_lies_over_a_municipality(server, session, path):
    page, _, frames = session
    _open(page, frames, server, path)
    overlaps = appserver.map_frame(page).evaluate(
        f"""() => {{
        const inside = (a, b) => a.left < b.right && b.left < a.right
                                 && a.top < b.bottom && b.top < a.bottom;
        const controls = [...document.querySelectorAll('.leaflet-control')]
            .map(c => c.getBoundingClientRect()).filter(r => r.width && r.height);
        return [...document.querySelectorAll({SHAPES!r})].filter(p => {{
            const r = p.getBoundingClientRect();
            return controls.some(c => inside(c, r));
        }}).map(p => p.getAttribute('aria-label'));
        }}"""
    )
    assert overlaps == []
