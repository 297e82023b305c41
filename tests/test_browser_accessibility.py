"""WCAG 2.1 AA in headless Chromium: axe-core finds nothing on any page, in the main document or
in any iframe, with and without demo data and with a district chosen; every document says
`lang="nl"` from its first byte; no English of Streamlit, Leaflet or argparse reaches the screen."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from dashboard.site import PAGE_LIST, START_PAGE

from . import accessibility, appserver
from .demo_support import build_demo_root

pytestmark = pytest.mark.browser

VIEWS = {"zonder demo": "", "met demo": "?demo=1", "met district": "?district=VR05"}
SETTLE_S = 1.5  # the page has sent nothing for this long: its last rerun has been drawn
MAP_WAIT_S = 45.0


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped registers and the demo registers: the demo switch has content to show."""
    return Path(build_demo_root(tmp_path_factory.mktemp("toegankelijk")).root)


def _path(name: str) -> str:
    """The page's address: Streamlit serves the start page at `/`."""
    return "/" if name == START_PAGE else f"/{name}"


def _open(page, frames, server, name: str, query: str) -> None:
    """Open a page and wait until it has drawn everything, its maps included."""
    page.goto(server.base_url + _path(name) + query)
    # On a loaded machine the page may still be running when the socket first goes quiet.
    page.locator("h1").first.wait_for(timeout=60_000)
    appserver.wait_quiet(page, frames, quiet=SETTLE_S, timeout=60)
    if page.locator(f'iframe[src*="{appserver.MAP_COMPONENT}"]').count():
        appserver.wait_until(
            page, lambda: appserver.drawn_paths(page)[0] > 0, MAP_WAIT_S, "map drawn"
        )
        appserver.wait_quiet(page, frames, quiet=SETTLE_S, timeout=60)


@pytest.mark.parametrize("query", VIEWS.values(), ids=VIEWS.keys())
@pytest.mark.parametrize("name", [name for name, _, _ in PAGE_LIST])
def test_every_document_passes_axe_speaks_dutch_and_shows_no_english(server, session, name, query):
    page, _, frames = session
    _open(page, frames, server, name, query)
    assert appserver.error_count(page) == 0

    violations, languages, english = [], {}, []
    for frame in page.frames:
        if frame.url in {"", "about:blank"}:
            continue
        is_page = frame is page.main_frame
        violations += accessibility.axe_violations(frame, is_page)
        languages[frame.url] = accessibility.document_language(frame)
        english += accessibility.english_on_screen(frame)
    assert violations == [], "\n".join(str(violation) for violation in violations)
    assert set(languages.values()) == {"nl"}, languages
    assert english == []
    titles = [frame.get_attribute("title") for frame in page.locator("iframe").all()]
    assert all(title and appserver.MAP_COMPONENT not in title for title in titles), titles


def test_the_table_toolbar_gives_way_to_the_dutch_downloads(server, session):
    page, _, frames = session
    _open(page, frames, server, "financiering", "")  # its grids (Kaart's table is HTML)
    table = page.locator('[data-testid="stDataFrame"]').first
    table.hover()
    page.wait_for_timeout(300)
    toolbars = page.locator('[data-testid="stElementToolbar"]')
    assert toolbars.count() >= 1  # Streamlit still draws it: hidden, not missing
    assert not any(toolbar.is_visible() for toolbar in toolbars.all())
    downloads = page.locator('[data-testid="stDownloadButton"]').all_inner_texts()
    assert any("CSV" in text for text in downloads) and any("Excel" in text for text in downloads)


def test_documents_say_dutch_before_any_script_runs(server):
    for name in ("kaart", "gegevensbeheer"):
        with urllib.request.urlopen(server.base_url + _path(name)) as response:
            start = response.read(2048).decode("utf-8", "replace")
        assert '<html lang="nl">' in start
        assert "<title>Veiligheidslandschap Oost" in start


def test_the_start_page_under_its_own_name_is_the_start_page(server, session):
    page, _, frames = session
    page.goto(server.base_url + f"/{START_PAGE}?district=VR05")
    appserver.wait_quiet(page, frames, quiet=SETTLE_S, timeout=60)
    assert page.url.rstrip("/").endswith("?district=VR05") or "/?district=VR05" in page.url
    assert f"/{START_PAGE}" not in page.url
    assert accessibility.english_on_screen(page.main_frame) == []
    assert appserver.error_count(page) == 0


def test_the_english_list_finds_english_and_lets_dutch_pass():
    assert accessibility.has_english("Download as CSV")
    assert accessibility.has_english("button[aria-label]: Help for Kaartlaag")
    assert accessibility.has_english("5MB per file • XLSX, CSV")
    assert not accessibility.has_english("Maximaal 5 MB per bestand • XLSX, CSV")
    assert not accessibility.has_english("Zoeken in de registers; de kaart inzoomen")


# Streamlit's own English as its 1.67 bundle renders it (the uploader only shows after sign-in),
# each with the Dutch that dashboard/static/nl.js must put in its place.
STREAMLIT_TEXTS = {
    "Drag and drop a file here": "Sleep een bestand hierheen",
    "5MB per file": "Maximaal 5\u00a0MB per bestand",
    "41.5KB": "41,5\u00a0kB",
    "Upload": "Uploaden",
    "Help for Kaartlaag": "Uitleg bij Kaartlaag",
    "Choose an option": "Kies een optie",
    "No results": "Geen resultaten",
    "Show password": "Wachtwoord tonen",
    "Running...": "Bezig…",
    "Main menu": "Hoofdmenu",
    "Skip to main content": "Naar de hoofdinhoud",
    "App pages": "Pagina's",
    "Clear all": "Alles wissen",
    "View 3 more": "Nog 3 tonen",
}
STREAMLIT_BUNDLE = Path(__import__("streamlit").__file__).parent / "static" / "static" / "js"


def test_streamlit_texts_are_put_into_dutch_as_they_appear(browser):
    from dashboard.server.documents import house_head

    bundle = "".join(path.read_text("utf-8") for path in STREAMLIT_BUNDLE.glob("*.js"))
    for english in ("Drag and drop a file here", "per file", "Help for ", "View less"):
        assert english in bundle, f"Streamlit zegt niet meer {english!r}: werk nl.js bij"
    page = browser.new_page()
    page.set_content(f"<html><head>{house_head().decode()}</head><body><main></main></body></html>")
    page.evaluate(
        """texts => {
          const main = document.querySelector('main');
          for (const text of texts) {  // added after load, as React adds them
            const span = document.createElement('span'); span.textContent = text;
            const button = document.createElement('button');
            button.setAttribute('aria-label', text);
            const input = document.createElement('input');
            input.setAttribute('placeholder', text);
            main.append(span, button, input);
          }
          const frame = document.createElement('iframe');
          frame.title = 'streamlit_folium.st_folium'; main.append(frame);
        }""",
        list(STREAMLIT_TEXTS),
    )
    page.wait_for_timeout(100)
    shown = page.evaluate(
        "() => [...document.querySelectorAll('main span')].map(s => s.textContent)"
    )
    labels = page.evaluate(
        "() => [...document.querySelectorAll('main button')].map(b => b.getAttribute('aria-label'))"
    )
    assert shown == list(STREAMLIT_TEXTS.values()) == labels
    assert page.locator("main iframe").get_attribute("title") == "Interactieve kaart"
    page.locator("main span").first.evaluate("span => { span.firstChild.nodeValue = 'Search'; }")
    page.wait_for_timeout(100)
    assert page.locator("main span").first.text_content() == "Zoeken"  # React rewrites text too
    assert accessibility.english_on_screen(page.main_frame) == []
    page.close()


FOCUS_STYLE = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  let ground = 'rgba(0, 0, 0, 0)';
  for (let node = element; node && ground.endsWith(', 0)'); node = node.parentElement)
    ground = getComputedStyle(node).backgroundColor;
  const name = element.getAttribute('aria-label') || element.textContent.trim().slice(0, 40);
  if (ground.endsWith(', 0)')) ground = 'rgb(255, 255, 255)';
  return {name, width: parseFloat(style.outlineWidth), line: style.outlineStyle,
          colour: style.outlineColor, ground};
}"""
FOCUS_STOPS = 20  # the skip link, the sidebar's pages and selects, the page's first controls


def _hex(css_colour: str) -> str:
    """'rgb(11, 83, 148)' → '#0B5394'."""
    channels = [
        int(float(part)) for part in css_colour[css_colour.index("(") + 1 : -1].split(",")[:3]
    ]
    return "#" + "".join(f"{channel:02X}" for channel in channels)


def test_keyboard_focus_is_seen_with_three_to_one(server, session):
    from dashboard.display.contrast import ratio

    page, _, frames = session
    _open(page, frames, server, "financiering", "")
    seen = []
    for _ in range(FOCUS_STOPS):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        if focus is None:
            continue
        seen.append(focus["name"])
        assert focus["line"] != "none" and focus["width"] >= 2, focus
        assert ratio(_hex(focus["colour"]), _hex(focus["ground"])) >= 3, focus
    assert len(seen) >= FOCUS_STOPS // 2 and "Naar de hoofdinhoud" in seen, seen
