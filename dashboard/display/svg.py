"""Pieces of an SVG picture drawn on the server (the budget chart, the work programme): text,
boxes and the picture around them. Every word goes through `markup.literal`; the picture is
shown with `image`, so it runs nothing and cannot use the page's web font."""

from __future__ import annotations

import math
import re
from urllib.parse import quote

from dashboard.display.markup import MARKUP_CHARACTERS, literal
from dashboard.display.palette import CHART_BACKGROUND, CHART_TEXT, OUTLINE

FONT_PX = 14
# Shown as an image, the SVG cannot use the page's web font: the nearest the machine has.
FONTS = "'Source Sans Pro', 'Source Sans 3', Helvetica, Arial, sans-serif"
CHAR_PX = 8.4  # an average character at 14 px in a system sans serif, to make room for words
# Kept as typed in the data: address; the rest (%, #, <, >, &, ", non-ASCII) percent-encoded.
# "<" and ">" too: the page's sanitiser drops an attribute that holds "</title".
URL_SAFE = " '=/:,.-()_;!*~+?@$"
QUOTES_SWAPPED = str.maketrans({'"': "'", "'": '"'})
# `literal`'s entities for characters that XML takes as they are (":" for "&#58;"): in the
# address an entity would cost 9 characters ("%26%2358;").
PLAIN_IN_XML = frozenset(MARKUP_CHARACTERS - set("<&\"'"))
ENTITY = re.compile(r"&#(\d+);")


def text(x: float, y: float, words: str, anchor: str = "start", fill: str | None = None) -> str:
    """One line of text, vertically centred on y."""
    colour = f' fill="{fill}"' if fill else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" dominant-baseline="middle"'
        f"{colour}>{literal(words)}</text>"
    )


def box(
    x: float, y: float, width: float, height: float, fill: str, line: str, title: str = ""
) -> str:
    """A filled rectangle with an outline; `title` is what a pointer over it shows."""
    tip = f"<title>{literal(title)}</title>" if title else ""
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 0):.1f}" height="{height:.1f}" '
        f'fill="{fill}" stroke="{line}" stroke-width="0.5">{tip}</rect>'
    )


def line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    return (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
        f'stroke="{colour}" stroke-width="1"/>'
    )


def path(points: list[tuple[float, float]], colour: str, width: float = 1, closed=False) -> str:
    """A line through `points` (a polygon's outline when `closed`), unfilled."""
    steps = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    end = " Z" if closed else ""
    return (
        f'<path d="M{steps}{end}" fill="none" stroke="{colour}" stroke-width="{width}" '
        'stroke-linejoin="round"/>'
    )


def circle(x: float, y: float, radius: float, fill: str, line: str, title: str = "") -> str:
    """A dot with an outline; `title` is what a pointer over it shows."""
    tip = f"<title>{literal(title)}</title>" if title else ""
    return (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{fill}" stroke="{line}" '
        f'stroke-width="1">{tip}</circle>'
    )


def group(parts: list[str], **attributes: str) -> str:
    """Parts sharing presentation attributes (font-size, fill, …; `_` in a name becomes `-`)."""
    said = "".join(f' {name.replace("_", "-")}="{value}"' for name, value in attributes.items())
    return f"<g{said}>" + "".join(parts) + "</g>"


def nice_step(highest: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2,5 or 5 × a power of ten) that splits 0..highest in about `ticks`."""
    if highest <= 0:
        return 1.0
    raw = highest / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(power * m for m in (1, 2, 2.5, 5, 10) if power * m >= raw)


def picture(width: float, height: float, alt: str, parts: list[str]) -> str:
    """The SVG document: its size, its description (title and aria-label) and its parts."""
    described = literal(alt)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{described}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'style="background:{CHART_BACKGROUND}" font-size="{FONT_PX}" '
        f'font-family="{FONTS}" fill="{CHART_TEXT}"><title>{described}</title>'
        + "".join(parts)
        + "</svg>"
    )


def words_px(words: str) -> float:
    """About how wide a line of text is, in pixels."""
    return len(words) * CHAR_PX


def legend(entries: list[tuple[str, str]], left: float, top: float) -> list[str]:
    """A swatch and a name per (name, colour), in a row from `left`."""
    parts, x = [], left
    for name, colour in entries:
        parts.append(box(x, top, 14, 14, colour, OUTLINE))
        parts.append(text(x + 20, top + 7, name))
        x += 20 + words_px(name) + 24
    return parts


def image(svg: str, alt: str, width: int) -> str:
    """An <img> showing an SVG picture from a data: address, with `alt` for screen readers,
    as wide as the column up to the picture's own `width`.

    st.html keeps no inline SVG (its sanitiser allows HTML only); as an image the SVG runs
    nothing and the page's policy allows data: pictures. The address holds the SVG's own text,
    percent-encoded, not base64 (issue 13): a sixth shorter, and a third to a half smaller
    once the websocket deflates it. The quotes swap places, so that the attributes are quoted
    with ' (kept as typed) and only the font list's inner quotes cost %22; no word holds a quote
    of its own (`literal` writes entities, which stay for quotes, "<" and "&" only).
    """
    plain = ENTITY.sub(_plain_character, svg).translate(QUOTES_SWAPPED)
    data = quote(plain, safe=URL_SAFE)
    return (
        f'<img src="data:image/svg+xml,{data}" alt="{literal(alt)}" '
        f'style="width:100%;max-width:{width}px;height:auto">'
    )


def _plain_character(entity: re.Match) -> str:
    character = chr(int(entity[1]))
    return character if character in PLAIN_IN_XML else entity[0]
