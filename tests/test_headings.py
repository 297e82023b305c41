"""Every page's headings in reading order: one h1 (the page title), then no level skipped;
and every chart on it has a text alternative.

Streamlit writes `st.title` as h1, `st.header` as h2, `st.subheader` as h3; Markdown headings
(`### …`) count at their own level. The sidebar is read first, as a screen reader meets it.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from streamlit.testing.v1 import AppTest

from . import pictures
from .conftest import REPO
from .demo_support import build_demo_root

APP = str(REPO / "dashboard" / "navigation.py")
PAGES = sorted(path.stem for path in (REPO / "pages").glob("*.py"))
LEVELS = {"title": 1, "header": 2, "subheader": 3}
# Elements whose body is Markdown, so a line "## …" in them is a heading.
MARKDOWN = {"markdown", "caption", "info", "warning", "success", "error"}
MARKDOWN_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(\S.*)$", re.MULTILINE)
HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.IGNORECASE | re.DOTALL)
# Views beyond a page's default that draw more headings (a chosen card, another layer).
EXTRA_VIEWS = {
    "kaart": ({"laag": "overleggen"}, {"laag": "bijdrage"}, {"laag": "bijdragestatus"}),
    "overleggen": ({"overleg": "bbg"},),
    "pilots": ({"pilot": "street-triage"},),
    "profiel": ({"district": "VR06", "gemeente": "GM0200"},),
    "themas": ({"thema": "intelligence"},),
}
VIEWS = [
    (page, demo, query)
    for page in PAGES
    for demo in (False, True)
    for query in ({}, {"district": "VR05"}, *EXTRA_VIEWS.get(page, ()))
]


def _walk(node):
    yield node
    children = getattr(node, "children", None) or {}
    for index in sorted(children):
        yield from _walk(children[index])


def headings(block) -> list[tuple[int, str]]:
    """The (level, text) of every heading in `block`, in the order of the page."""
    found = []
    for node in _walk(block):
        kind = getattr(node, "type", None)
        if kind in LEVELS:
            found.append((LEVELS[kind], node.value))
        elif kind in MARKDOWN:
            text = str(node.value)
            found += [(len(m[1]), m[2]) for m in MARKDOWN_HEADING.finditer(text)]
            found += [(int(m[1]), m[2]) for m in HTML_HEADING.finditer(text)]
        elif kind == "html":
            found += [(int(m[1]), m[2]) for m in HTML_HEADING.finditer(node.proto.body)]
    return found


def problems(found: list[tuple[int, str]]) -> list[str]:
    """What breaks the outline: not exactly one h1, an h1 not first, a level skipped."""
    wrong = []
    titles = [text for level, text in found if level == 1]
    if len(titles) != 1:
        wrong.append(f"{len(titles)} h1-koppen: {titles}")
    if found and found[0][0] != 1:
        wrong.append(f"de eerste kop is geen h1: {found[0]}")
    for (before, _), (level, text) in pairwise(found):
        if level > before + 1:
            wrong.append(f"sprong van h{before} naar h{level}: {text!r}")
    return wrong


def test_problems_finds_every_kind_of_broken_outline():
    assert problems([(1, "Titel"), (2, "Deel"), (3, "Stuk"), (2, "Deel")]) == []
    assert problems([(1, "Titel"), (3, "Stuk")]) == ["sprong van h1 naar h3: 'Stuk'"]
    assert problems([(2, "Deel"), (1, "Titel")]) == ["de eerste kop is geen h1: (2, 'Deel')"]
    assert problems([(1, "Een"), (1, "Twee")]) == ["2 h1-koppen: ['Een', 'Twee']"]
    assert problems([]) == ["0 h1-koppen: []"]


def test_headings_reads_markdown_and_html_headings_but_not_hashes_in_text():
    app = AppTest.from_string(
        "import streamlit as st\n"
        "st.title('Titel')\n"
        "st.markdown('Tekst met #hashtag\\n\\n### Kaart\\n\\n#### Detail')\n"
        "st.html('<h2>Los</h2>')\n"
        "st.caption('## Onder')\n"
        "st.header('Deel')\n"
        "st.subheader('Stuk')\n"
    ).run()
    assert headings(app.main) == [
        (1, "Titel"), (3, "Kaart"), (4, "Detail"), (2, "Los"), (2, "Onder"),
        (2, "Deel"), (3, "Stuk"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return build_demo_root(tmp_path_factory.mktemp("headings"))


@pytest.mark.parametrize(("page", "demo", "query"), VIEWS)
def test_every_page_has_one_h1_no_skipped_level_and_words_for_every_chart(
    page, demo, query, demo_root, monkeypatch
):
    monkeypatch.setenv("VNON_DATA_DIR", str(demo_root.root))
    app = AppTest.from_file(APP, default_timeout=60)
    app.switch_page(f"../pages/{page}.py")
    for key, value in (query | ({"demo": "1"} if demo else {})).items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    sidebar, main = headings(app.sidebar), headings(app.main)
    assert sidebar == []  # the frame (place choice, demo switch) adds no heading before the h1
    assert problems(main) == [], main
    # every chart carries a description for screen readers (`st.plotly_chart(alt=…)`, or the
    # alt of an SVG drawn on the server)
    assert all(chart.proto.alt.strip() for chart in app.get("plotly_chart"))
    assert all(alt.strip() for _, alt in pictures.on_page(app))
