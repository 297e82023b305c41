"""The words in the network picture: node labels and the titles of a node and of an edge.

Every register text goes through `markup.literal` (numeric character references); the only
markup left is ours, `<b>` and `<br>`, which `plain` turns into the words of an SVG title.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from dashboard.display.markup import literal
from dashboard.texts import labels
from dashboard.texts import overleggen as texts

LABEL_WIDTH, LABEL_LINES = 16, 3
NOTE_WIDTH = 60  # characters per line of a relation's note in its hover


def short_label(name: str) -> str:
    """A node label: an acronym in brackets ('… (RVO)' → 'RVO'), else wrapped and shortened.

    Returns escaped text with `<br>` line breaks (graph_shapes.label draws the lines).
    """
    name = " ".join(str(name).split())
    if name.endswith(")") and "(" in name:
        inner = name[name.rindex("(") + 1 : -1]
        if 2 <= len(inner) <= 6 and inner.isupper() and inner.isalpha():
            return literal(inner)
    for long, short in texts.GRAPH_LABEL_ABBREVIATIONS.items():
        if name.startswith(long + " "):
            name = short + name[len(long) :]
    wrapped = textwrap.wrap(name, LABEL_WIDTH, break_long_words=False, break_on_hyphens=False)
    lines = wrapped or [name]
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES]
        lines[-1] = lines[-1][: LABEL_WIDTH - 1].rstrip() + "…"
    lines = [
        line if len(line) <= LABEL_WIDTH + 6 else line[: LABEL_WIDTH + 5] + "…" for line in lines
    ]
    return "<br>".join(literal(line) for line in lines)


def node_hover(row, district_names: dict[str, str], edges: pd.DataFrame) -> str:
    """The hover of one body (a row of the bodies mart): name in bold, its facts, its relations."""
    values = {
        "body_type": labels.BODY_TYPE.get(row.body_type, row.body_type),
        "kind": labels.KIND.get(row.kind, texts.BODIES_UNKNOWN_VALUE),
        "level": labels.LEVEL.get(row.level, row.level),
        "district": None
        if pd.isna(row.district_code)
        else district_names.get(row.district_code, row.district_code),
        "status": texts.BODIES_UNKNOWN_VALUE if pd.isna(row.status) else row.status,
        "chair": None if pd.isna(row.chair) else row.chair,
    }
    lines = [f"<b>{literal(row.name)}</b>"]
    lines += [
        literal(f"{texts.GRAPH_HOVER_FIELDS[field]}: {value}")
        for field, value in values.items()
        if value is not None
    ]
    relations = texts.GRAPH_HOVER_RELATIONS.format(
        outgoing=int((edges["source_body_id"] == row.body_id).sum()),
        incoming=int((edges["target_body_id"] == row.body_id).sum()),
    )
    return "<br>".join([*lines, literal(relations)])


def edge_hover(source: str, relation: str, target: str, note: object) -> str:
    """'RVO geeft opdracht aan BBG', then the relation's note wrapped over lines."""
    sentence = texts.GRAPH_EDGE_HOVER.format(source=source, relation=relation, target=target)
    note = "" if pd.isna(note) else str(note)
    return "<br>".join(literal(line) for line in [sentence, *textwrap.wrap(note, NOTE_WIDTH)])


def plain(markup: str) -> str:
    """A hover text as plain words for an SVG title: the lines joined by '; ', unescaped (the
    picture escapes what it writes)."""
    lines = markup.replace("<b>", "").replace("</b>", "").split("<br>")
    return "; ".join(html.unescape(line) for line in lines)
