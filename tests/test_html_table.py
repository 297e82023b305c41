"""The table beside a map as plain HTML: Dutch notation, sorted the Dutch way, escaped, and
reachable and named for a keyboard and a screen reader."""

from __future__ import annotations

import math
from html.parser import HTMLParser

import pandas as pd

from dashboard.display import html_table, tables

FRAME = pd.DataFrame(
    {
        "Gemeente": ["Zwolle", "Ölst-Wijhe", "<b>Almelo</b>", None, "aalten"],
        "Inwoners": [127_497, 18_000, 72_629, math.nan, 27_121],
        "Vanaf": pd.to_datetime(["2019-01-01", None, "2020-05-04", "2018-01-01", "2019-06-01"]),
    }
)
FORMATS = {"Inwoners": tables.NUMBER, "Vanaf": tables.DATE}


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.starts: list[tuple[str, dict]] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.texts.append(data)


def _parsed(markup: str) -> _Cells:
    cells = _Cells()
    cells.feed(markup)
    return cells


def test_figures_sort_largest_first_and_empty_cells_last():
    rows = html_table.sorted_by(FRAME, "Inwoners")
    assert rows["Inwoners"].tolist()[:4] == [127_497, 72_629, 27_121, 18_000]
    assert math.isnan(rows["Inwoners"].iloc[-1])
    dates = html_table.sorted_by(FRAME, "Vanaf")["Vanaf"]
    assert dates.iloc[0] == pd.Timestamp("2020-05-04") and pd.isna(dates.iloc[-1])


def test_text_sorts_a_to_z_the_dutch_way_whatever_the_case_or_accents():
    frame = pd.DataFrame({"Gemeente": ["Zwolle", None, "Ölst-Wijhe", "almelo", "Aalten", "Epe"]})
    names = html_table.sorted_by(frame, "Gemeente")["Gemeente"].tolist()
    assert names[:5] == ["Aalten", "almelo", "Epe", "Ölst-Wijhe", "Zwolle"] and pd.isna(names[5])


def test_sorting_keeps_the_frame_it_was_given():
    before = FRAME.copy()
    html_table.sorted_by(FRAME, "Inwoners")
    pd.testing.assert_frame_equal(FRAME, before)


def test_the_select_names_the_direction_of_each_column():
    assert html_table.sort_options(FRAME) == {
        "Gemeente": "Gemeente (A–Z)",
        "Inwoners": "Inwoners (hoog naar laag)",
        "Vanaf": "Vanaf (hoog naar laag)",
    }


def test_cells_read_in_dutch_notation_and_are_escaped():
    markup = html_table.html_table(FRAME, FORMATS, "Gemeenten <in> Twente", 520)
    cells = _parsed(markup)
    assert "127.497" in cells.texts and "4 mei 2020" in cells.texts
    assert "<b>Almelo</b>" in cells.texts  # as text: the name's markup never becomes markup
    assert ("b", {}) not in cells.starts
    assert "nan" not in markup.lower() and "None" not in markup and "NaT" not in markup


def test_the_region_scrolls_by_keyboard_and_is_named_and_headers_are_real():
    markup = html_table.html_table(FRAME, FORMATS, "Gemeenten <in> Twente", 520)
    tag, region = _parsed(markup).starts[0]
    assert tag == "div" and region["role"] == "region" and region["tabindex"] == "0"
    assert region["aria-label"] == "Gemeenten <in> Twente"
    assert region["style"] == "max-height:520px"
    headers = [attrs for tag, attrs in _parsed(markup).starts if tag == "th"]
    assert [attrs["scope"] for attrs in headers] == ["col"] * 3
    assert [attrs.get("class") for attrs in headers] == [None, "figure", "figure"]


def test_figure_cells_are_marked_for_right_alignment():
    cells = _parsed(html_table.html_table(FRAME, FORMATS, "t", 100)).starts
    row = [attrs.get("class") for tag, attrs in cells if tag == "td"][:3]
    assert row == [None, "figure", "figure"]


def test_an_empty_frame_is_a_table_with_its_header_only():
    markup = html_table.html_table(FRAME.iloc[0:0], FORMATS, "leeg", 100)
    tags = [tag for tag, _ in _parsed(markup).starts]
    assert tags.count("th") == 3 and "td" not in tags


def test_the_sorted_column_tells_screen_readers_its_direction():
    figures = html_table.html_table(FRAME, FORMATS, "t", 100, sorted_column="Inwoners")
    names = html_table.html_table(FRAME, FORMATS, "t", 100, sorted_column="Gemeente")
    sorts = [
        [attrs.get("aria-sort") for tag, attrs in _parsed(markup).starts if tag == "th"]
        for markup in (figures, names, html_table.html_table(FRAME, FORMATS, "t", 100))
    ]
    assert sorts == [
        [None, "descending", None], ["ascending", None, None], [None, None, None]
    ]  # fmt: skip


def test_true_or_false_is_no_figure():
    frame = pd.DataFrame({"Gemeente": ["Epe", "Aalten"], "Actief": [True, False]})
    assert html_table.sort_options(frame)["Actief"] == "Actief (A–Z)"
    cells = _parsed(html_table.html_table(frame, {}, "t", 100)).starts
    assert [attrs.get("class") for tag, attrs in cells if tag == "td"] == [None] * 4
