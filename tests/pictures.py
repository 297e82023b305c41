"""The SVG pictures drawn on the server (dashboard/display/svg.py), read back for the tests: from
a string, or from the <img> elements a page shows through st.html."""

from __future__ import annotations

import re
from urllib.parse import unquote
from xml.etree import ElementTree

SVG = "{http://www.w3.org/2000/svg}"
IMAGE = re.compile(r'<img src="data:image/svg\+xml,([^"]+)" alt="([^"]+)"')


def parse(picture: str) -> ElementTree.Element:
    return ElementTree.fromstring(picture)


def decoded(address: str) -> str:
    """The SVG's text from the part of a data: address after the comma, as IMAGE finds it."""
    return unquote(address)


def on_page(app) -> list[tuple[ElementTree.Element, str]]:
    """(the SVG, the <img>'s alt as written) of every server-drawn picture on an AppTest page."""
    found = []
    for element in app.get("html"):
        for data, alt in IMAGE.findall(element.proto.body):
            found.append((parse(decoded(data)), alt))
    return found


def words(picture: ElementTree.Element) -> list[str]:
    """Every text of the picture, in drawing order."""
    return [text.text for text in picture.iter(SVG + "text")]


def bars(picture: ElementTree.Element) -> list[tuple[str, float, float]]:
    """(title, x, width) of every box with a title (a bar; legend swatches have none)."""
    return [
        (rect.find(SVG + "title").text, float(rect.get("x")), float(rect.get("width")))
        for rect in picture.iter(SVG + "rect")
        if rect.find(SVG + "title") is not None
    ]


def titles(picture: ElementTree.Element, tag: str) -> list[str]:
    """The titles (what a pointer shows) of every `tag` shape that has one, in drawing order."""
    return [
        shape.find(SVG + "title").text
        for shape in picture.iter(SVG + tag)
        if shape.find(SVG + "title") is not None
    ]


def arrows(picture: ElementTree.Element) -> list[tuple[float, float, float]]:
    """(x where it starts, y where it starts, line width) of every line with an arrowhead."""
    return [
        (float(line.get("x1")), float(line.get("y1")), float(line.get("stroke-width")))
        for line in picture.iter(SVG + "line")
        if line.get("marker-end")
    ]


def text_fills(picture: ElementTree.Element) -> list[str]:
    """The colour each text is drawn in: its own fill, else its nearest group's, else the
    picture's."""
    parents = {child: parent for parent in picture.iter() for child in parent}
    fills = []
    for text in picture.iter(SVG + "text"):
        element = text
        while element.get("fill") is None:
            element = parents[element]
        fills.append(element.get("fill"))
    return fills


# In a browser: the text of every server-drawn picture on the page, decoded from its data: address
# (the pictures are images: their words are not in the page's own text).
IN_BROWSER = """() => Array.from(
    document.querySelectorAll('img[src^="data:image/svg+xml,"]'))
  .map(img => new DOMParser().parseFromString(
    decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1)), 'image/svg+xml').documentElement)
  .map(svg => svg.textContent).join('\\n')"""
