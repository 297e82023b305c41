"""Relations that a whole row of bodies shares, drawn as one: a rail through the row and one
arc from the rail to the other body (issue 14: "een burgemeester uit ieder district").

Five DVOs that are each represented in the BBG make five long arcs across the picture; as a
bundle they are a grey rail through the five DVOs and one arc from a joint at the rail's end,
half a step beyond the first or the last of them, to the BBG. Only the picture bundles: the
register, the table and the counts keep every relation. Pure: frames in, frames and tuples out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from dashboard.governance.graph_layout import Row, body_rows

BUNDLE_MIN = 3  # fewer shared relations stay single arcs
JOINT_PREFIX = "bundel-"  # the ids of the joints, which are no bodies
Positions = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class Bundle:
    """The relations of `members` (a whole row, left to right once laid out) to `target`."""

    joint: str
    members: tuple[str, ...]
    relation: str
    target: str
    row: Row
    edges: tuple[int, ...]  # their index in the edges frame


def find_bundles(bodies: pd.DataFrame, edges: pd.DataFrame) -> list[Bundle]:
    """Every relation to one body that all bodies of a row have, BUNDLE_MIN or more of them
    (a row that holds the target itself never bundles)."""
    rows = dict(zip(bodies["body_id"], body_rows(bodies), strict=True))
    row_sizes = pd.Series(list(rows.values())).value_counts()
    sources = edges.assign(row=edges["source_body_id"].map(rows))
    bundles = []
    for (target, relation, row), group in sources.groupby(
        ["target_body_id", "relation", "row"], sort=True
    ):
        members = tuple(dict.fromkeys(group["source_body_id"]))
        whole_row = len(members) == row_sizes[row] == len(group)
        if len(members) >= BUNDLE_MIN and whole_row and rows.get(target) != row:
            joint = f"{JOINT_PREFIX}{len(bundles)}"
            bundles.append(Bundle(joint, members, relation, target, row, tuple(group.index)))
    return bundles


def single_rows(bundles: list[Bundle]) -> frozenset[Row]:
    """The rows a rail runs through: laid out as one row each, so a straight rail can."""
    return frozenset(bundle.row for bundle in bundles)


def in_order(bundle: Bundle, positions: Positions) -> Bundle:
    """The bundle with its members left to right."""
    members = tuple(sorted(bundle.members, key=lambda body_id: positions[body_id][0]))
    return replace(bundle, members=members)


def joint_options(bundle: Bundle, positions: Positions) -> list[tuple[float, float]]:
    """Where the bundle's arc may leave its rail: half a step beyond its first or its last
    member, so that it never runs between the members' labels. The router picks."""
    xs = sorted(positions[body_id][0] for body_id in bundle.members)
    step = (xs[-1] - xs[0]) / (len(xs) - 1)
    y = positions[bundle.members[0]][1]
    return [(xs[0] - step / 2, y), (xs[-1] + step / 2, y)]


def rail_span(bundle: Bundle, positions: Positions, joint_x: float) -> tuple[float, float]:
    """The x from where to where the rail runs: through every member and to its joint."""
    xs = [positions[body_id][0] for body_id in bundle.members]
    return min(*xs, joint_x), max(*xs, joint_x)


def routed_edges(edges: pd.DataFrame, bundles: list[Bundle]) -> pd.DataFrame:
    """The edges as the router takes them: each bundle's relations replaced by one edge from
    its joint, indexed after the register's edges."""
    bundled = [key for bundle in bundles for key in bundle.edges]
    start = int(edges.index.max()) + 1 if len(edges) else 0
    joints = pd.DataFrame(
        {
            "source_body_id": [bundle.joint for bundle in bundles],
            "target_body_id": [bundle.target for bundle in bundles],
            "relation": [bundle.relation for bundle in bundles],
        },
        index=range(start, start + len(bundles)),
    )
    return pd.concat([edges.drop(index=bundled), joints])
