"""The card of one body on tiny literal frames: facts, relations in and out, safe Markdown."""

from __future__ import annotations

import html

import pytest

from dashboard.display.markup import literal
from dashboard.governance import card as cards

from . import body_samples
from .body_samples import HOSTILE


@pytest.fixture
def registers() -> dict:
    return {
        "bodies": body_samples.bodies(),
        "relations": body_samples.relations(),
        "themes": body_samples.themes(),
        "districts": body_samples.districts(),
    }


def test_card_has_relations_in_and_out_with_names(registers):
    card = cards.body_card("bbg", **registers)
    assert card.chair == "burgemeester van Enschede"
    assert card.members == ["OM", "politie"]
    assert card.mandate_type == "onbekend"
    assert card.status == "Actief"
    assert card.maturity is None  # only district networks have one
    assert card.themes == ["Ondermijning", "Cybercrime"]
    assert card.source == "bron bbg"
    assert [(r.relation, r.other_name, r.note) for r in card.outgoing] == [
        ("is vertegenwoordigd in", "Regionaal Veiligheidsoverleg (RVO)", ""),
        ("stemt af met", "Bestuurlijke Begeleidingsgroep", ""),
        ("stemt af met", "elders", ""),
    ]
    assert [(r.other_name, r.relation, r.note) for r in card.incoming] == [
        ("Regionaal Veiligheidsoverleg (RVO)", "geeft opdracht aan", "namens het RVO"),
        ("Bestuurlijke Begeleidingsgroep", "stemt af met", ""),
        ("Coördinator", "ondersteunt", "bereidt voor"),
    ]


def test_card_of_a_district_network_shows_its_maturity(registers):
    card = cards.body_card("net-05", **registers)
    assert (card.district, card.maturity, card.level) == ("Twente", "In ontwikkeling", "District")
    assert card.chair == "onbekend"
    assert [(r.relation, r.other_name) for r in card.outgoing] == [("ondersteunt", "DVO Twente")]
    assert card.incoming == []


def test_card_markdown_shows_a_hostile_name_as_text(registers):
    frame = registers["bodies"]
    frame.loc[frame["body_id"] == "rvo", "name"] = HOSTILE
    text = cards.card_markdown(cards.body_card("bbg", **registers))
    assert "<img" not in text and "**vet**" not in text and "[klik]" not in text
    assert "$x$" not in text
    assert "&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;" in text
    assert HOSTILE in html.unescape(text)  # the references stand for exactly the typed text
    assert "**Voorzitter:** burgemeester van Enschede" in text
    assert "**Type mandaat:** onbekend" in text
    assert " — namens het RVO" in text  # a relation's note follows it
    none = literal(cards.texts.CARD_NO_RELATIONS)
    assert text.count(none) == 0
    lonely = cards.card_markdown(cards.body_card("lst", **registers))
    assert lonely.count(none) == 2
