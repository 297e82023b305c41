"""The governance bodies ("overleggen"): filters, the card of one body, tables and matrices.

Pure: mart frames in, plain data or display frames (Dutch headers) out. Stored values stay what
the register says; text is escaped only where it reaches markup (`card_markdown`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch

LEVEL_PARAM = "niveau"
DISTRICT_PARAM = "district"
THEME_PARAM = "thema"
STATUS_PARAM = "status"
BODY_PARAM = "overleg"
NETWORK_TYPE = "districtsnetwerk"  # the bodies whose maturity the network tracks
# Characters with a meaning in (Streamlit) Markdown or HTML: written as character references, so
# a name like `<img src=x onerror=…>` or `**x**` shows as the text it is.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~$:<>&\"'=^")


@dataclass(frozen=True)
class Filter:
    """One sidebar filter kept in the URL: its label, stored value → Dutch label, URL key."""

    label: str
    options: dict[str, str]
    param: str


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


def filters(districts: pd.DataFrame, themes: pd.DataFrame) -> list[Filter]:
    """Level, district, theme and status (the order `filter_bodies` takes them in).

    Levels and statuses come from the closed vocabularies, so a shared link never silently loses
    a choice that happens to have no bodies today.
    """
    ordered_districts = districts.sort_values("district_code")
    levels = {level: labels.LEVEL.get(level, level) for level in vocab.LEVELS}
    statuses = {s: labels.BODY_STATUS.get(s, s) for s in vocab.BODY_STATUSES}
    return [
        Filter(texts.BODIES_FILTER_LEVEL, levels, LEVEL_PARAM),
        Filter(
            texts.BODIES_FILTER_DISTRICT,
            dict(zip(ordered_districts["district_code"], ordered_districts["name"], strict=True)),
            DISTRICT_PARAM,
        ),
        Filter(
            texts.BODIES_FILTER_THEME,
            dict(zip(themes["theme_id"], themes["name"], strict=True)),
            THEME_PARAM,
        ),
        Filter(texts.BODIES_FILTER_STATUS, statuses, STATUS_PARAM),
    ]


def filter_bodies(
    bodies: pd.DataFrame,
    levels: Iterable[str] = (),
    districts: Iterable[str] = (),
    themes: Iterable[str] = (),
    statuses: Iterable[str] = (),
) -> pd.DataFrame:
    """The bodies that pass every filter; an empty filter lets everything through.

    District: the bodies of those districts (regional bodies have none). Theme: bodies with at
    least one of the themes. Status: an empty status counts as 'onbekend'.
    """
    keep = pd.Series(True, index=bodies.index)
    levels, districts, themes, statuses = map(set, (levels, districts, themes, statuses))
    if levels:
        keep &= bodies["level"].isin(levels)
    if districts:
        keep &= bodies["district_code"].isin(districts)
    if themes:
        keep &= bodies["themes"].map(lambda values: bool(themes.intersection(values)))
    if statuses:
        keep &= bodies["status"].fillna(vocab.BODY_STATUSES[-1]).isin(statuses)
    return ordered(bodies[keep])


def ordered(bodies: pd.DataFrame) -> pd.DataFrame:
    """Top to bottom by level, then by district (regional first), then by name."""
    rank = {level: index for index, level in enumerate(vocab.LEVELS)}
    keys = pd.DataFrame(
        {
            "level": bodies["level"].map(lambda level: rank.get(level, len(rank))),
            "district": bodies["district_code"].fillna(""),
            "name": bodies["name"].map(sort_key),
            "body_id": bodies["body_id"],
        },
        index=bodies.index,
    )
    order = keys.sort_values(["level", "district", "name", "body_id"]).index
    return bodies.loc[order].reset_index(drop=True)


def sort_key(text: str) -> str:
    """'Coördinator' sorts with the C's, 'RIEC' after 'Regionaal'."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def relations_between(bodies: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """The relations whose two ends are both among `bodies` (loops to itself left out)."""
    ids = set(bodies["body_id"])
    inside = (
        relations["source_body_id"].isin(ids)
        & relations["target_body_id"].isin(ids)
        & (relations["source_body_id"] != relations["target_body_id"])
    )
    return relations[inside].reset_index(drop=True)


def body_choices(bodies: pd.DataFrame) -> dict[str, str]:
    """Body id → name, alphabetical: the options of the body select."""
    pairs = sorted(
        zip(bodies["body_id"], bodies["name"], strict=True),
        key=lambda pair: (sort_key(pair[1]), pair[0]),
    )
    return dict(pairs)


def chosen_body(value: str | None, bodies: pd.DataFrame) -> tuple[str | None, str | None]:
    """The body named in the URL, or (None, a Dutch warning) when the id is unknown."""
    if value is None or value in set(bodies["body_id"]):
        return value, None
    return None, texts.BODIES_UNKNOWN_BODY.format(value=value)


def clicked_body(event: Mapping | None) -> str | None:
    """The body id of the node clicked in the graph (its customdata), if any."""
    selection = (event or {}).get("selection") or {}
    for point in selection.get("points") or []:
        data = point.get("customdata")
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if isinstance(data, str) and data:
            return data
    return None


def body_card(
    body_id: str,
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    themes: pd.DataFrame,
    districts: pd.DataFrame,
) -> BodyCard:
    """The card of one body: its facts, relations in and out (with names) and its themes."""
    row = bodies.set_index("body_id").loc[body_id]
    names = dict(zip(bodies["body_id"], bodies["name"], strict=True))
    district_names = dict(zip(districts["district_code"], districts["name"], strict=True))
    theme_names = dict(zip(themes["theme_id"], themes["name"], strict=True))

    def linked(frame: pd.DataFrame, other_column: str) -> list[Relation]:
        items = [
            Relation(
                relation=rel.relation,
                other_id=getattr(rel, other_column),
                other_name=names.get(getattr(rel, other_column), getattr(rel, other_column)),
                note=_text(rel.note),
            )
            for rel in frame.itertuples(index=False)
        ]
        order = {relation: index for index, relation in enumerate(vocab.RELATIONS)}
        return sorted(items, key=lambda r: (order.get(r.relation, 99), sort_key(r.other_name)))

    is_network = row["body_type"] == NETWORK_TYPE
    return BodyCard(
        body_id=body_id,
        name=str(row["name"]),
        body_type=_label(labels.BODY_TYPE, row["body_type"]),
        kind=_label(labels.KIND, row["kind"]),
        level=_label(labels.LEVEL, row["level"]),
        district=_text(district_names.get(row["district_code"], row["district_code"])),
        role=_text(row["role"]),
        chair=_known(row["chair"]),
        members=list(row["members"]),
        mandate_type=_label(labels.MANDATE_TYPE, row["mandate_type"]),
        mandate=_known(row["mandate"]),
        status=_label(labels.BODY_STATUS, row["status"]),
        maturity=_label(labels.MATURITY, row["maturity"]) if is_network else None,
        themes=[theme_names.get(theme, theme) for theme in row["themes"]],
        source=str(row["source"]),
        outgoing=linked(relations[relations["source_body_id"] == body_id], "target_body_id"),
        incoming=linked(relations[relations["target_body_id"] == body_id], "source_body_id"),
    )


def card_markdown(card: BodyCard) -> str:
    """The card as Markdown in which every register text is escaped, so it shows as text."""
    md = markdown_text
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
    this = md(texts.CARD_THIS_BODY)
    lines += ["", f"**{md(texts.CARD_OUTGOING)}**", ""]
    lines += [
        f"- {md(r.relation)} **{md(r.other_name)}**" + _note(r.note) for r in card.outgoing
    ] or [md(texts.CARD_NO_RELATIONS)]
    lines += ["", f"**{md(texts.CARD_INCOMING)}**", ""]
    lines += [
        f"- **{md(r.other_name)}** {md(r.relation)} {this}" + _note(r.note) for r in card.incoming
    ] or [md(texts.CARD_NO_RELATIONS)]
    lines += ["", f"*{md(texts.CARD_SOURCE.format(source=card.source))}*"]
    return "\n".join(lines)


def markdown_text(value: object) -> str:
    """Text for Markdown that shows as typed: markup characters as character references."""
    text = " ".join(str(value).split())
    return "".join(f"&#{ord(c)};" if c in _MARKDOWN_SPECIAL else c for c in text)


def _note(note: str) -> str:
    return f" — {markdown_text(note)}" if note else ""


def body_table(bodies: pd.DataFrame, districts: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    """One row per body with Dutch headers and labels; lists stay lists (exports join them)."""
    district_names = dict(zip(districts["district_code"], districts["name"], strict=True))
    theme_names = dict(zip(themes["theme_id"], themes["name"], strict=True))
    frame = ordered(bodies)
    is_network = frame["body_type"] == NETWORK_TYPE
    big = texts.BODIES_UNKNOWN_VALUE.capitalize()  # a table cell starts with a capital
    table = pd.DataFrame(
        {
            "name": frame["name"],
            "body_type": frame["body_type"].map(lambda v: _label(labels.BODY_TYPE, v, big)),
            "kind": frame["kind"].map(lambda v: _label(labels.KIND, v, big)),
            "level": frame["level"].map(lambda v: _label(labels.LEVEL, v, big)),
            "district": frame["district_code"].map(lambda v: _text(district_names.get(v, v))),
            "chair": frame["chair"].map(_text),
            "members": frame["members"].map(list),
            "role": frame["role"].map(_text),
            "mandate_type": frame["mandate_type"].map(
                lambda v: _label(labels.MANDATE_TYPE, v, big)
            ),
            "mandate": frame["mandate"].map(_text),
            "status": frame["status"].map(lambda v: _label(labels.BODY_STATUS, v, big)),
            "maturity": frame["maturity"]
            .map(lambda v: _label(labels.MATURITY, v, big))
            .where(is_network, ""),
            "themes": frame["themes"].map(lambda ids: [theme_names.get(t, t) for t in ids]),
            "source": frame["source"].map(_text),
            "body_id": frame["body_id"],
        }
    )
    return table.rename(columns=texts.BODY_COLUMNS)


def relation_table(bodies: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """The relations among `bodies`, with the names of both ends and Dutch headers."""
    names = dict(zip(bodies["body_id"], bodies["name"], strict=True))
    shown = relations_between(bodies, relations)
    table = pd.DataFrame(
        {
            "source_name": shown["source_body_id"].map(names),
            "relation": shown["relation"],
            "target_name": shown["target_body_id"].map(names),
            "note": shown["note"].map(_text),
            "source": shown["source"].map(_text),
        }
    )
    return table.rename(columns=texts.RELATION_COLUMNS)


def mandate_matrix(bodies: pd.DataFrame) -> pd.DataFrame:
    """Bodies × mandate type with ✓ marks; a body whose type is not known is marked 'Onbekend'."""
    frame = ordered(bodies)
    columns = {**labels.MANDATE_TYPE, None: texts.BODIES_UNKNOWN_VALUE.capitalize()}
    types = frame["mandate_type"].where(frame["mandate_type"].isin(vocab.MANDATE_TYPES), None)
    matrix = {texts.MATRIX_BODY: frame["name"].tolist()}
    for mandate_type, label in columns.items():
        hits = types.isna() if mandate_type is None else types.eq(mandate_type)
        matrix[label] = _marks(hits)
    return pd.DataFrame(matrix)


def theme_matrix(bodies: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    """Bodies × themes (by name) with ✓ marks, themes in register order."""
    frame = ordered(bodies)
    matrix = {texts.MATRIX_BODY: frame["name"].tolist()}
    for theme_id, name in zip(themes["theme_id"], themes["name"], strict=True):
        matrix[name] = _marks(frame["themes"].map(lambda ids, t=theme_id: t in ids))
    return pd.DataFrame(matrix)


def export_sheets(
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    districts: pd.DataFrame,
    themes: pd.DataFrame,
) -> dict[str, pd.DataFrame]:
    """The workbook of the shown bodies: the table, their relations and both matrices."""
    return {
        texts.BODIES_SHEETS["bodies"]: body_table(bodies, districts, themes),
        texts.BODIES_SHEETS["relations"]: relation_table(bodies, relations),
        texts.BODIES_SHEETS["mandates"]: mandate_matrix(bodies),
        texts.BODIES_SHEETS["themes"]: theme_matrix(bodies, themes),
    }


def summary(shown: pd.DataFrame, bodies: pd.DataFrame, relations: pd.DataFrame) -> str:
    """'22 van de 22 overleggen getoond, met 22 onderlinge relaties.'"""
    return texts.BODIES_SUMMARY.format(
        shown=dutch.number(len(shown)),
        total=dutch.number(len(bodies)),
        relations=dutch.number(len(relations_between(shown, relations))),
    )


def graph_alt(shown: pd.DataFrame, relations: pd.DataFrame) -> str:
    """The network's description for screen readers."""
    return texts.BODIES_GRAPH_ALT.format(
        bodies=dutch.number(len(shown)),
        relations=dutch.number(len(relations_between(shown, relations))),
    )


def _marks(hits: pd.Series) -> list[str]:
    return [texts.MATRIX_MARK if hit else "" for hit in hits]


def _label(labels: Mapping[str, str], value, unknown: str = texts.BODIES_UNKNOWN_VALUE) -> str:
    """The Dutch label of a vocabulary value, or 'onbekend' where the register leaves it empty."""
    return unknown if _missing(value) else labels.get(value, str(value))


def _known(value) -> str:
    """The value, or 'onbekend' where the register leaves it empty."""
    return texts.BODIES_UNKNOWN_VALUE if _missing(value) else str(value)


def _text(value) -> str:
    return "" if _missing(value) else str(value)


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
