"""The server-drawn pictures as <img> data: addresses (dashboard/display/svg.image): the SVG's
own text percent-encoded, read back unchanged, and shorter than base64 (issue 13)."""

from __future__ import annotations

import base64

from dashboard.display import svg
from tests import pictures

WORDS = 'Pilot\'s "nul" – 100% <b>#1</b> & € 16,59: zó'
PLAIN = "Demo-pilot 17 – cyberweerbaarheid Twenterand: 226 minuten (peildatum 2019)."


def _picture(words: str = WORDS) -> str:
    parts = [svg.text(10 + x, 20 + 16 * x, words) for x in range(40)]
    parts += [svg.box(10, 5 * x, 30, 4, "#0061B6", "#1A1A1A", title=words) for x in range(40)]
    return svg.picture(640, 700, words, parts)


def test_the_picture_reads_back_with_every_word_as_drawn():
    shown = svg.image(_picture(), WORDS, 640)
    [(picture, alt)] = pictures.IMAGE.findall(shown)
    parsed = pictures.parse(pictures.decoded(picture))
    assert pictures.words(parsed) == [WORDS] * 40
    assert [title for title, _, _ in pictures.bars(parsed)] == [WORDS] * 40
    assert parsed.get("font-family") == svg.FONTS.replace("'", '"')
    assert alt.startswith("Pilot&#39;s")


def test_the_address_holds_nothing_that_ends_or_changes_the_attribute():
    address = svg.image(_picture(), WORDS, 640).split('src="', 1)[1].split('" alt=', 1)[0]
    assert not set(address) & set('"<>&#\n') and address.isascii()
    assert "base64" not in address and "</title" not in address


def test_the_address_is_shorter_than_base64_would_be():
    picture = _picture(PLAIN)
    shown = svg.image(picture, PLAIN, 640)
    assert len(shown) < len(base64.b64encode(picture.encode("utf-8"))) * 0.85
    [(address, _)] = pictures.IMAGE.findall(shown)
    assert pictures.words(pictures.parse(pictures.decoded(address))) == [PLAIN] * 40
