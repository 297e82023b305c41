"""The words of the network picture: node labels and hovers, escaped, and as plain titles."""

from __future__ import annotations

import html
from types import SimpleNamespace

import pandas as pd

from dashboard.governance import graph_text


def test_short_label_wraps_and_shortens():
    assert graph_text.short_label("Bestuurlijke Begeleidingsgroep (BBG)") == "BBG"
    assert html.unescape(graph_text.short_label("Veiligheidsregio Twente (gastheer)")) == (
        "Veiligheidsregio<br>Twente<br>(gastheer)"
    )
    long = graph_text.short_label("een twee drie vier vijf zes zeven acht negen tien elf twaalf")
    assert long.count("<br>") == graph_text.LABEL_LINES - 1 and long.endswith("…")
    assert html.unescape(graph_text.short_label("RIEC Oost-Nederland")) == (
        "RIEC<br>Oost-Nederland"
    )
    assert graph_text.short_label("Districtelijk Veiligheidsoverleg Twente") == "DVO Twente"


def test_a_label_keeps_markup_as_text():
    label = graph_text.short_label("<b>vet</b>")
    assert "<b>" not in label and html.unescape(label) == "<b>vet</b>"


def test_node_hover_names_the_facts_and_counts_relations():
    row = SimpleNamespace(
        body_id="dvo",
        name="DVO <Twente>",
        body_type="dvo",
        kind=None,
        level="district",
        district_code="VR05",
        status=None,
        chair=None,
    )
    edges = pd.DataFrame({"source_body_id": ["dvo", "x"], "target_body_id": ["y", "dvo"]})
    hover = graph_text.node_hover(row, {"VR05": "Twente"}, edges)
    assert hover.startswith("<b>DVO &#60;Twente&#62;</b><br>")
    lines = html.unescape(hover).split("<br>")
    assert "District: Twente" in lines and "Status: onbekend" in lines
    assert "Aard: onbekend" in lines and not any(line.startswith("Voorzitter") for line in lines)
    assert lines[-1] == "Relaties: 1 vanuit, 1 naar dit overleg"


def test_edge_hover_is_a_sentence_with_the_note_wrapped():
    hover = graph_text.edge_hover("RVO", "geeft opdracht aan", "BBG", "woord " * 20)
    sentence, *note = hover.split("<br>")
    assert sentence == "RVO geeft opdracht aan BBG"
    assert len(note) == 2 and all(len(line) <= graph_text.NOTE_WIDTH for line in note)
    assert graph_text.edge_hover("A", "adviseert", "B", None) == "A adviseert B"


def test_plain_gives_the_words_of_a_hover_as_typed():
    hover = graph_text.edge_hover("<b>A</b>", "adviseert", "B & C", "een toelichting")
    assert graph_text.plain(hover) == "<b>A</b> adviseert B & C; een toelichting"
    assert graph_text.plain("<b>Naam</b><br>Soort: dvo") == "Naam; Soort: dvo"
