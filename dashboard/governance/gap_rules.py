"""The five rules of the checklist of the field: what the registers do not (yet) say.

Each rule is a pure function of the registers returning one row per finding, with the columns
of FINDING_COLUMNS: the rule, the body, theme, district or relation concerned (by name), its
kind, its district (for the district filter), what is missing (Dutch) and the source record's
`source` ("bron"). Nothing here judges a body: a finding means "record or ask".
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from dashboard.governance.bodies import NETWORK_TYPE
from dashboard.governance.names import body_names
from dashboard.texts import labels
from dashboard.texts import veiligheidsveld as texts
from etl.contract import vocabulary as vocab

FINDING_COLUMNS = ("rule", "subject", "kind", "district_code", "missing", "source")
CHAIN_ROOT = "rvo"
GOOD_MATURITY = "goed werkend"
UNKNOWN_STATUS = "onbekend"


def dutch_list(items: Iterable[str], conjunction: str = texts.LIST_AND) -> str:
    """['a', 'b', 'c'] → 'a, b en c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _blank(value: object) -> bool:
    return value is None or pd.isna(value) or not str(value).strip()


def _findings(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


def _kind(body_type: str) -> str:
    return labels.BODY_TYPE_IN_SENTENCE.get(body_type, body_type)


def bodies_without_mandate_or_status(bodies: pd.DataFrame) -> pd.DataFrame:
    """Rule 1: bodies whose kind of mandate, mandate text or status is empty or unknown."""
    rows = []
    for body in bodies.itertuples(index=False):
        missing = []
        no_type, no_text = _blank(body.mandate_type), _blank(body.mandate)
        if no_type and no_text:
            missing.append(texts.GAPS_MISSING_MANDATE_BOTH)
        elif no_type:
            missing.append(texts.GAPS_MISSING_MANDATE_TYPE)
        elif no_text:
            missing.append(texts.GAPS_MISSING_MANDATE_TEXT)
        if _blank(body.status):
            missing.append(texts.GAPS_MISSING_STATUS)
        elif body.status == UNKNOWN_STATUS:
            missing.append(texts.GAPS_STATUS_UNKNOWN)
        if missing:
            rows.append(
                {
                    "rule": "mandaat",
                    "subject": body.name,
                    "kind": _kind(body.body_type),
                    "district_code": body.district_code,
                    "missing": dutch_list(missing),
                    "source": body.source,
                }
            )
    return _findings(rows)


def themes_without_holder_or_team(themes: pd.DataFrame, bodies: pd.DataFrame) -> pd.DataFrame:
    """Rule 2: themes without a portfolio holder or without a (registered) expert team."""
    names = body_names(bodies)
    rows = []
    for theme in themes.itertuples(index=False):
        missing = []
        if _blank(theme.portfolio_holder):
            missing.append(texts.GAPS_MISSING_HOLDER)
        if _blank(theme.expert_team_body_id):
            missing.append(texts.GAPS_MISSING_TEAM)
        elif theme.expert_team_body_id not in names:
            missing.append(texts.GAPS_TEAM_UNREGISTERED.format(team=theme.expert_team_body_id))
        if missing:
            rows.append(
                {
                    "rule": "thema",
                    "subject": theme.name,
                    "kind": None,
                    "district_code": None,
                    "missing": dutch_list(missing),
                    "source": theme.source,
                }
            )
    return _findings(rows)


def districts_without_good_network(bodies: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    """Rule 3: districts with no district network, or none whose maturity is 'goed werkend'."""
    networks = bodies[bodies["body_type"] == NETWORK_TYPE]
    rows = []
    for district in districts.sort_values("district_code").itertuples(index=False):
        own = networks[networks["district_code"] == district.district_code]
        if (own["maturity"] == GOOD_MATURITY).any():
            continue
        base = {"rule": "districtsnetwerk", "subject": district.name, "kind": None}
        base["district_code"] = district.district_code
        if own.empty:
            rows.append(base | {"missing": texts.GAPS_NO_NETWORK, "source": texts.GAPS_NO_RECORD})
        for network in own.itertuples(index=False):
            maturity = texts.GAPS_MATURITY_EMPTY if _blank(network.maturity) else network.maturity
            template = (
                texts.GAPS_NETWORK_NOT_GOOD_NAMED if len(own) > 1 else texts.GAPS_NETWORK_NOT_GOOD
            )
            missing = template.format(network=network.name, maturity=maturity)
            rows.append(base | {"missing": missing, "source": network.source})
    return _findings(rows)


def _chain_neighbours(relations: pd.DataFrame) -> dict[str, set[str]]:
    """Bodies linked by a relation that carries mandate, in either direction."""
    chain = relations[relations["relation"].isin(vocab.CHAIN_RELATIONS)]
    neighbours: dict[str, set[str]] = {}
    for source, target in zip(chain["source_body_id"], chain["target_body_id"], strict=True):
        neighbours.setdefault(source, set()).add(target)
        neighbours.setdefault(target, set()).add(source)
    return neighbours


def _reachable(start: str, neighbours: dict[str, set[str]]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for other in neighbours.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def bodies_outside_rvo_chain(
    bodies: pd.DataFrame, relations: pd.DataFrame, root: str = CHAIN_ROOT
) -> pd.DataFrame:
    """Rule 4: bodies not reached from the RVO along CHAIN_RELATIONS, followed both ways.

    A body that is linked to others that are themselves cut off is told which: that group
    only needs one line to the RVO.
    """
    names = body_names(bodies)
    neighbours = _chain_neighbours(relations)
    in_chain = _reachable(root, neighbours) if root in names else set()
    rows = []
    for body in bodies.itertuples(index=False):
        if body.body_id in in_chain:
            continue
        group = sorted(_reachable(body.body_id, neighbours) - {body.body_id})
        if root not in names:
            missing = texts.GAPS_NO_ROOT
        elif group:
            others = dutch_list(names.get(other, other) for other in group)
            missing = texts.GAPS_NOT_IN_CHAIN_GROUP.format(bodies=others)
        else:
            missing = texts.GAPS_NOT_IN_CHAIN
        rows.append(
            {
                "rule": "keten",
                "subject": body.name,
                "kind": _kind(body.body_type),
                "district_code": body.district_code,
                "missing": missing,
                "source": body.source,
            }
        )
    return _findings(rows)


def one_way_relations(bodies: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """Rule 5: relations of a symmetric type recorded A→B without B→A of the same type."""
    names = body_names(bodies)
    districts = dict(zip(bodies["body_id"], bodies["district_code"], strict=True))
    recorded = set(
        zip(
            relations["source_body_id"],
            relations["target_body_id"],
            relations["relation"],
            strict=True,
        )
    )
    rows = []
    symmetric = relations[relations["relation"].isin(vocab.SYMMETRIC_RELATIONS)]
    for relation in symmetric.itertuples(index=False):
        a, b = relation.source_body_id, relation.target_body_id
        if (b, a, relation.relation) in recorded:
            continue
        name_a, name_b = names.get(a, a), names.get(b, b)
        district = districts.get(a)
        rows.append(
            {
                "rule": "tweezijdig",
                "subject": texts.GAPS_RELATION_SUBJECT.format(source=name_a, target=name_b),
                "kind": relation.relation,
                "district_code": district if not _blank(district) else districts.get(b),
                "missing": texts.GAPS_ONE_WAY.format(
                    source=name_a, target=name_b, relation=relation.relation
                ),
                "source": relation.source,
            }
        )
    return _findings(rows)
