"""End to end in headless Chromium with an English browser: a grid's number column sorts by
value (Inwoners ascending: 527.147 … 3.228.403, never 3.228.403 first as text would), the grid
is sent its cells in Dutch notation, and so is the HTML table beside the map, which its own
select sorts — whatever the browser's language."""

from __future__ import annotations

import pytest

from dashboard.data import read_marts
from dashboard.texts import frame as frame_texts
from etl.core import dutch

from . import appserver

pytestmark = pytest.mark.browser

TABLE = '[data-testid="stDataFrame"]'
HEADER_PIXELS = 35  # the grid's header row
LAST_COLUMN_CLICK = 50  # pixels left of the grid's right edge: in the header of the last column
TABLE_TIMEOUT_S = 60


@pytest.fixture
def english(browser):
    """A page in an English browser (Streamlit's own number formats would follow it), with the
    websocket frames it receives kept."""
    context = browser.new_context(viewport=appserver.VIEWPORT, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(appserver.ACTION_TIMEOUT_MS)
    received: list[bytes] = []
    page.on(
        "websocket",
        lambda socket_: socket_.on(
            "framereceived",
            lambda payload: received.append(
                payload if isinstance(payload, bytes) else payload.encode()
            ),
        ),
    )
    yield page, received
    context.close()


def _inhabitants_table(page):
    """The first grid on the page, once its accessible table has the column 'Inwoners'."""
    grid = page.locator(TABLE).first
    appserver.wait_until(
        page,
        lambda: bool(_column(grid, "Inwoners")),
        TABLE_TIMEOUT_S,
        "the table with Inwoners",
    )
    return grid


def _column(grid, header: str) -> list[str]:
    """The cells of one column as the grid's accessible table has them (its rendered rows)."""
    # A sorted column's header also holds its arrow icon's text.
    headers = [
        text.strip().endswith(header) for text in grid.locator("thead th").all_text_contents()
    ]
    if not any(headers):
        return []
    index = headers.index(True) + 1
    return grid.locator(f"tbody td[aria-colindex='{index}']").all_text_contents()


def test_inhabitants_sort_as_numbers_and_read_dutch_in_an_english_browser(server, english):
    page, received = english
    assert page.evaluate("navigator.language") == "en-US"
    page.goto(server.base_url + "/")  # the start page: its district summary is a grid
    grid = _inhabitants_table(page)
    first = _column(grid, "Inwoners")
    assert first and all(cell.isdigit() for cell in first), first  # values, not text

    box = grid.locator("canvas").first.bounding_box()  # the grid draws itself on a canvas
    assert box is not None
    # Inwoners is the last column: click its header left of the column menu's button.
    page.mouse.click(box["x"] + box["width"] - LAST_COLUMN_CLICK, box["y"] + HEADER_PIXELS / 2)
    seen: list[list[str]] = []

    def resorted() -> bool:  # while the grid redraws, its accessible table is briefly empty
        seen.append(_column(grid, "Inwoners"))
        return len(seen[-1]) == len(first) and seen[-1] != first

    appserver.wait_until(page, resorted, TABLE_TIMEOUT_S, "the table sorted by Inwoners")
    ascending = [int(cell) for cell in seen[-1]]
    assert ascending == sorted(map(int, first))  # numeric order: the total of 3.228.403 last

    sent = b"".join(received)
    for value in ascending:
        assert dutch.number(value).encode() in sent  # '3.228.403' (Dutch) beside the value
        assert f"{value:,}".encode() not in sent  # never '3,228,403' (the browser's English)


def test_the_table_beside_the_map_reads_dutch_and_sorts_by_its_select(server, english, data_dir):
    page, _ = english
    page.goto(server.base_url + "/kaart")
    appserver.wait_for_map(page)
    table = page.locator(".vnon-table").first
    inhabitants = read_marts(data_dir / "processed").municipalities["inhabitants"].astype(int)
    largest = dutch.number(int(inhabitants.max()))
    assert table.locator("tbody tr").count() == len(inhabitants) == 76
    assert table.locator("tbody tr").first.locator("td.figure").last.inner_text() == largest
    assert f"{int(inhabitants.max()):,}" not in table.inner_text()  # never English notation

    select = page.get_by_test_id("stSelectbox").filter(has_text=frame_texts.TABLE_SORT).first
    select.click()
    page.get_by_role("option", name=frame_texts.SORT_ALPHABETICAL.format(column="Gemeente")).click()
    appserver.wait_until(
        page,
        lambda: table.locator("tbody tr").first.locator("td").first.inner_text() == "Aalten",
        TABLE_TIMEOUT_S,
        "the table sorted by name",
    )

    page.emulate_media(media="print")  # the paper has the whole table and no select
    assert not select.is_visible()
    assert table.evaluate("region => region.scrollHeight <= region.clientHeight + 1")
    assert table.locator("tbody tr").last.is_visible()
