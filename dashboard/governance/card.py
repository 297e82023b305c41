"""The card of one governance body: its facts, its relations in and out, as safe Markdown.

`body_card` gathers the plain (unescaped) facts; `card_markdown` writes them with every register
text escaped by `markup.literal`, so a name like `<img …>` or `**x**` shows as the text it is.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.display import cells
from dashboard.display.cells import sort_key
from dashboard.display.markup import literal
from dashboard.governance.bodies import NETWORK_TYPE
from dashboard.governance.names import body_names, theme_names
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab
from etl.reference.names import district_names


@dataclass(frozen=True)
class Relation:
    relation: str
    other_id: str
    other_name: str
    note: str


@dataclass(frozen=True)
class BodyCard:
    """Everything the page shows about one body, as plain (unescaped) text."""

    body_id: str
    name: str
    body_type: str
    kind: str
    level: str
    district: str
    role: str
    chair: str
    members: list[str]
    mandate_type: str
    mandate: str
    status: str
    maturity: str | None  # only for district networks
    themes: list[str]
    source: str
    outgoing: list[Relation]
    incoming: list[Relation]


def body_card(
    body_id: str,
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    themes: pd.DataFrame,
    districts: pd.DataFrame,
) -> BodyCard:
    """The card of one body: its facts, relations in and out (with names) and its themes."""
    row = bodies.set_index("body_id").loc[body_id]
    names = body_names(bodies)
    districts_by_code = district_names(districts)
    themes_by_id = theme_names(themes)
    is_network = row["body_type"] == NETWORK_TYPE
    return BodyCard(
        body_id=body_id,
        name=str(row["name"]),
        body_type=cells.label(labels.BODY_TYPE, row["body_type"]),
        kind=cells.label(labels.KIND, row["kind"]),
        level=cells.label(labels.LEVEL, row["level"]),
        district=cells.text(districts_by_code.get(row["district_code"], row["district_code"])),
        role=cells.text(row["role"]),
        chair=cells.known(row["chair"]),
        members=list(row["members"]),
        mandate_type=cells.label(labels.MANDATE_TYPE, row["mandate_type"]),
        mandate=cells.known(row["mandate"]),
        status=cells.label(labels.BODY_STATUS, row["status"]),
        maturity=cells.label(labels.MATURITY, row["maturity"]) if is_network else None,
        themes=[themes_by_id.get(theme, theme) for theme in row["themes"]],
        source=str(row["source"]),
        outgoing=_linked(relations[relations["source_body_id"] == body_id], "target", names),
        incoming=_linked(relations[relations["target_body_id"] == body_id], "source", names),
    )


def _linked(frame: pd.DataFrame, other_end: str, names: dict[str, str]) -> list[Relation]:
    """The relations of `frame` seen from this body, `other_end` ('source'/'target') the other.

    Sorted by relation type (vocabulary order), then by the other body's name.
    """
    items = [
        Relation(
            relation=relation,
            other_id=other,
            other_name=names.get(other, other),
            note=cells.text(note),
        )
        for relation, other, note in zip(
            frame["relation"], frame[f"{other_end}_body_id"], frame["note"], strict=True
        )
    ]
    order = {relation: index for index, relation in enumerate(vocab.RELATIONS)}
    return sorted(items, key=lambda r: (order.get(r.relation, 99), sort_key(r.other_name)))


def card_markdown(card: BodyCard) -> str:
    """The card as Markdown in which every register text is escaped, so it shows as text."""
    md = literal
    parts = {"body_type": card.body_type, "kind": card.kind, "level": card.level}
    parts["district"] = card.district
    subtitle = " · ".join(
        f"{md(texts.GRAPH_HOVER_FIELDS[field])}: {md(value)}"
        for field, value in parts.items()
        if value
    )
    lines = [f"### {md(card.name)}", f"*{subtitle}*", ""]
    if card.role:
        lines += [md(card.role), ""]
    fields = {
        "chair": card.chair,
        "members": "; ".join(card.members) or texts.BODIES_UNKNOWN_VALUE,
        "mandate_type": card.mandate_type,
        "mandate": card.mandate,
        "status": card.status,
        "maturity": card.maturity,
        "themes": "; ".join(card.themes) or texts.BODIES_UNKNOWN_VALUE,
    }
    lines += [
        f"- **{md(texts.CARD_FIELDS[field])}:** {md(value)}"
        for field, value in fields.items()
        if value is not None
    ]
    return "\n".join([*lines, *_relation_lines(card)])


def _relation_lines(card: BodyCard) -> list[str]:
    """The card's relations out and in, each a Markdown list (or 'none recorded'), and source."""
    md = literal
    this = md(texts.CARD_THIS_BODY)
    lines = ["", f"**{md(texts.CARD_OUTGOING)}**", ""]
    lines += [
        f"- {md(r.relation)} **{md(r.other_name)}**" + _note(r.note) for r in card.outgoing
    ] or [md(texts.CARD_NO_RELATIONS)]
    lines += ["", f"**{md(texts.CARD_INCOMING)}**", ""]
    lines += [
        f"- **{md(r.other_name)}** {md(r.relation)} {this}" + _note(r.note) for r in card.incoming
    ] or [md(texts.CARD_NO_RELATIONS)]
    return [*lines, "", f"*{md(texts.CARD_SOURCE.format(source=card.source))}*"]


def _note(note: str) -> str:
    return f" — {literal(note)}" if note else ""
