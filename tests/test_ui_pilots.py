"""The section helpers of the page Pilots that need no running app (the page has its AppTest)."""

from __future__ import annotations

import pytest

from dashboard.ui import pilots as sections


@pytest.mark.parametrize(
    ("rows", "most", "height"),
    [
        (3, 400, "content"),
        (10, 400, "content"),
        (11, 400, 400),
        (13, 600, "content"),
        (17, 600, 600),
    ],
)
def test_a_table_is_as_tall_as_its_rows_up_to_a_scrolling_box(rows, most, height):
    assert sections.fitted_height(rows, most) == height
