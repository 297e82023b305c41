"""The network of governance bodies as a plotly figure (pure: frames in, Figure out).

Layout is deterministic: one row per level (landelijk on top, lokaal at the bottom), the bodies of
a row spread evenly, sorted by district and name; a crowded row alternates between two heights so
that neighbouring labels never collide. Nodes: colour and shape by `kind` (Okabe-Ito, never colour
alone: legend and labels); edges: colour and dash per relation type, an arrow at the target.
Every register text reaches plotly through `html.escape` (plotly renders HTML-like markup).
"""

from __future__ import annotations

import html
import math
import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.governance.bodies import ordered, relations_between
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab

# Node colour and marker shape per kind; Okabe-Ito, with grey for "unknown".
KIND_STYLES: dict[str | None, tuple[str, str]] = {
    "bestuurlijk": ("#D55E00", "circle"),  # vermillion
    "ambtelijk": ("#0072B2", "square"),  # blue
    "gemengd": ("#009E73", "diamond"),  # bluish green
    None: ("#BBBBBB", "hexagon"),  # kind unknown
}
# Edge colour and dash per relation: two cues, both in the legend (and the verb in the hover).
RELATION_STYLES: dict[str, tuple[str, str]] = {
    "geeft opdracht aan": ("#000000", "solid"),
    "stuurt aan": ("#D55E00", "dash"),
    "rapporteert aan": ("#0072B2", "longdash"),
    "adviseert": ("#CC79A7", "dashdot"),
    "is vertegenwoordigd in": ("#009E73", "longdashdot"),
    "stemt af met": ("#0072B2", "dot"),
    "ondersteunt": ("#6E6E6E", "6px,3px,2px,3px,2px,3px"),
}
OTHER_RELATION_STYLE = ("#6E6E6E", "solid")
TEXT_COLOUR = "#1A1A1A"
MUTED_TEXT = "#595959"  # labels out of focus: lighter, still 7:1 on white
LABEL_GROUND = "rgba(255,255,255,0.85)"
BAND_COLOUR = "#F5F5F5"
NODE_SIZE, SELECTED_SIZE, RING_SIZE = 20, 30, 44
FADED = 0.25
SUB_ROW_LIMITS = (5, 10)  # more bodies in a row: two, then three sub-rows
# Organisation-chart tiers within a level: who decides on top, who works below, who helps lowest.
TYPE_TIERS = {
    "bestuurlijk overleg": 0, "stuurgroep": 0, "dvo": 0,
    "ambtelijk overleg": 1, "werkgroep": 1, "platform": 1, "organisatie": 1, "districtsnetwerk": 1,
    "expertteam": 2, "functie": 2,
}  # fmt: skip
SUB_ROW_SPREAD = 0.3  # sub-rows lie within ±0.3 of their row (rows are 1 apart)
ROW_HEIGHT_PX = 240  # one level row
LEGEND_PX = 170  # the legend below the network
SPACE_ABOVE, SPACE_BELOW = 0.15, 0.4  # around the nodes, in rows: a node; a label of 3 lines
ASPECT = 0.2  # one row is drawn about a fifth as high as the plot is wide
LABEL_WIDTH, LABEL_LINES = 16, 3
CURVE_POINTS = 17


def body_graph(
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    selected: str | None = None,
    *,
    districts: pd.DataFrame | None = None,
) -> go.Figure:
    """Every body a node, every relation between two of them an arrow; `selected` in focus."""
    frame = ordered(bodies)
    edges = relations_between(frame, relations)
    positions = node_positions(frame)
    district_names = {}
    if districts is not None:
        district_names = dict(zip(districts["district_code"], districts["name"], strict=True))
    if selected not in positions:
        selected = None
    linked = _linked(edges, selected)

    figure = go.Figure()
    rows = _rows(frame)
    # Annotations (arrowheads, labels) are collected and set once: plotly validates the whole
    # layout on every add_annotation, which made the graph take a quarter of a second.
    annotations: list[dict] = []
    for relation in _present(edges["relation"], vocab.RELATIONS):
        annotations += _add_edges(
            figure, edges[edges["relation"] == relation], relation, positions, selected
        )
    _add_edge_hover(figure, edges, frame, positions)
    if selected is not None:
        x, y = positions[selected]
        figure.add_trace(
            go.Scatter(
                x=[x],
                y=[y],
                mode="markers",
                hoverinfo="skip",
                showlegend=False,
                marker={
                    "size": RING_SIZE,
                    "symbol": "circle-open",
                    "color": TEXT_COLOUR,
                    "line": {"width": 3},
                },
                meta={"role": "selection"},
            )
        )
    kinds = {kind if kind in vocab.KINDS else None for kind in frame["kind"]}
    for kind in [kind for kind in KIND_STYLES if kind in kinds]:
        _add_nodes(figure, frame, kind, positions, selected, linked, district_names, edges)
    annotations += _labels(frame, positions, selected, linked)
    _layout(figure, rows, positions)
    figure.update_layout(annotations=annotations)
    return figure


def node_positions(bodies: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """body_id → (x, y): a row per level, top to bottom, the bodies of a row evenly spread.

    Within a row, bodies stand in tiers like an organisation chart: administrative bodies on
    top, working bodies below, teams and functions lowest (TYPE_TIERS), so each DVO stands above
    its district network. A row of one tier that is crowded alternates over sub-rows instead,
    so that neighbouring labels sit at different heights.
    """
    frame = ordered(bodies)
    positions: dict[str, tuple[float, float]] = {}
    for row_index, row in _rows(frame):
        in_row = frame[frame["level"] == row]
        tiers = in_row["body_type"].map(lambda body_type: TYPE_TIERS.get(body_type, 1))
        if tiers.nunique() == 1:
            ids = in_row["body_id"].tolist()
            heights = _sub_rows(len(ids))
            for index, body_id in enumerate(ids):
                positions[body_id] = (
                    _spread(index, len(ids)),
                    -row_index + heights[index % len(heights)],
                )
            continue
        levels = sorted(tiers.unique())
        heights = dict(zip(levels, _tier_heights(len(levels)), strict=True))
        for tier in levels:
            ids = in_row.loc[tiers == tier, "body_id"].tolist()
            for index, body_id in enumerate(ids):
                positions[body_id] = (_spread(index, len(ids)), -row_index + heights[tier])
    return positions


def _spread(index: int, count: int) -> float:
    return (index + 0.5) / count


def _tier_heights(count: int) -> list[float]:
    """Heights (relative to the row) of `count` tiers, top tier highest."""
    if count == 1:
        return [0.0]
    step = 2 * SUB_ROW_SPREAD / (count - 1)
    return [SUB_ROW_SPREAD - step * index for index in range(count)]


def _sub_rows(n: int) -> list[float]:
    """The heights (relative to the row) over which a row of n bodies alternates."""
    return _tier_heights(1 + sum(n > limit for limit in SUB_ROW_LIMITS))


def short_label(name: str) -> str:
    """A node label: an acronym in brackets ('… (RVO)' → 'RVO'), else wrapped and shortened.

    Returns escaped text with `<br>` line breaks, ready for plotly.
    """
    name = " ".join(str(name).split())
    if name.endswith(")") and "(" in name:
        inner = name[name.rindex("(") + 1 : -1]
        if 2 <= len(inner) <= 6 and inner.isupper() and inner.isalpha():
            return html.escape(inner)
    for long, short in texts.GRAPH_LABEL_ABBREVIATIONS.items():
        if name.startswith(long + " "):
            name = short + name[len(long) :]
    lines = textwrap.wrap(name, LABEL_WIDTH, break_long_words=False, break_on_hyphens=False) or [
        name
    ]
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES]
        lines[-1] = lines[-1][: LABEL_WIDTH - 1].rstrip() + "…"
    lines = [
        line if len(line) <= LABEL_WIDTH + 6 else line[: LABEL_WIDTH + 5] + "…" for line in lines
    ]
    return "<br>".join(html.escape(line) for line in lines)


def _rows(frame: pd.DataFrame) -> list[tuple[int, str]]:
    """The levels present, top to bottom (unknown levels last)."""
    present = list(dict.fromkeys(frame["level"]))
    ordered_levels = [level for level in vocab.LEVELS if level in present]
    ordered_levels += [level for level in present if level not in vocab.LEVELS]
    return list(enumerate(ordered_levels))


def _present(values: pd.Series, order: tuple[str, ...]) -> list[str]:
    """The values that occur, in vocabulary order (any unknown ones after, alphabetically)."""
    seen = set(values.tolist())
    return [value for value in order if value in seen] + sorted(seen.difference(order))


def _linked(edges: pd.DataFrame, selected: str | None) -> set[str]:
    if selected is None:
        return set()
    touching = edges[(edges["source_body_id"] == selected) | (edges["target_body_id"] == selected)]
    return {selected, *touching["source_body_id"], *touching["target_body_id"]}


def _curve(start: tuple[float, float], end: tuple[float, float]) -> np.ndarray:
    """A gentle arc from start to end, bending to the left of its direction.

    Two relations in opposite directions thus take different arcs; an arc within a row lifts
    over the bodies between its ends.
    """
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, (y1 - y0) * ASPECT
    length = math.hypot(dx, dy) or 1.0
    flat = 1.0 - min(abs(dy) / length, 1.0)  # 1 for a horizontal edge
    offset = min(length * (0.12 + 0.2 * flat), 0.06 + 0.03 * flat)
    normal = (-dy / length, dx / length)
    cx = (x0 + x1) / 2 + normal[0] * offset
    cy = ((y0 + y1) / 2 * ASPECT + normal[1] * offset) / ASPECT
    t = np.linspace(0.0, 1.0, CURVE_POINTS)[:, None]
    points = np.array([[x0, y0]]) * (1 - t) ** 2 + np.array([[cx, cy]]) * 2 * (1 - t) * t
    return points + np.array([[x1, y1]]) * t**2


def _add_edges(figure, edges, relation, positions, selected) -> list[dict]:
    """Add the relation's lines and legend entry; return its arrowheads as annotations."""
    colour, dash = RELATION_STYLES.get(relation, OTHER_RELATION_STYLE)
    groups = {True: ([], []), False: ([], [])}
    arrows = []
    for edge in edges.itertuples(index=False):
        curve = _curve(positions[edge.source_body_id], positions[edge.target_body_id])
        in_focus = selected is None or selected in (edge.source_body_id, edge.target_body_id)
        xs, ys = groups[in_focus]
        xs += [*curve[:, 0].tolist(), None]
        ys += [*curve[:, 1].tolist(), None]
        width = 3.0 if selected is not None and in_focus else 2.0
        arrows.append(
            dict(
                x=curve[-1, 0],
                y=curve[-1, 1],
                ax=curve[-4, 0],
                ay=curve[-4, 1],
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                text="",
                showarrow=True,
                arrowhead=2,
                arrowsize=1.1,
                arrowwidth=width,
                arrowcolor=colour,
                standoff=(SELECTED_SIZE if edge.target_body_id == selected else NODE_SIZE) / 2 + 2,
                opacity=1.0 if in_focus else FADED,
            )
        )
    legend = html.escape(relation)
    figure.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="lines",
            name=legend,
            legendgroup="relations",
            legendgrouptitle_text=html.escape(texts.GRAPH_LEGEND_RELATIONS),
            line={"color": colour, "dash": dash, "width": 2.5},
            hoverinfo="skip",
            meta={"role": "legend", "relation": relation},
        )
    )
    for in_focus, (xs, ys) in groups.items():
        if not xs:
            continue
        width = 3.0 if selected is not None and in_focus else 2.0
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                showlegend=False,
                legendgroup="relations",
                line={"color": colour, "dash": dash, "width": width},
                hoverinfo="skip",
                opacity=1.0 if in_focus else FADED,
                meta={"role": "edges", "relation": relation},
            )
        )
    return arrows


def _add_edge_hover(figure, edges, frame, positions) -> None:
    """An invisible point halfway along each edge, telling what the relation is."""
    if edges.empty:
        return
    names = dict(zip(frame["body_id"], frame["name"], strict=True))
    xs, ys, labels = [], [], []
    for edge in edges.itertuples(index=False):
        curve = _curve(positions[edge.source_body_id], positions[edge.target_body_id])
        middle = curve[len(curve) // 2]
        sentence = texts.GRAPH_EDGE_HOVER.format(
            source=names[edge.source_body_id],
            relation=edge.relation,
            target=names[edge.target_body_id],
        )
        note = "" if pd.isna(edge.note) else str(edge.note)
        lines = [html.escape(sentence), *map(html.escape, textwrap.wrap(note, 60))]
        xs.append(float(middle[0]))
        ys.append(float(middle[1]))
        labels.append("<br>".join(lines))
    figure.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            hovertext=labels,
            hoverinfo="text",
            showlegend=False,
            marker={"size": 14, "color": "rgba(0,0,0,0)"},
            meta={"role": "edge-hover"},
        )
    )


def _add_nodes(figure, frame, kind, positions, selected, linked, district_names, edges) -> None:
    colour, symbol = KIND_STYLES.get(kind, KIND_STYLES[None])
    label = labels.KIND.get(kind, texts.BODIES_KIND_UNKNOWN)
    figure.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=html.escape(label),
            legendgroup="kinds",
            legendgrouptitle_text=html.escape(texts.GRAPH_LEGEND_KINDS),
            marker={
                "symbol": symbol,
                "color": colour,
                "size": 14,
                "line": {"color": TEXT_COLOUR, "width": 1.5},
            },
            hoverinfo="skip",
            meta={"role": "legend", "kind": kind},
        )
    )
    known = frame["kind"].isin(vocab.KINDS)
    chosen = frame[frame["kind"] == kind] if kind is not None else frame[~known]
    ids = chosen["body_id"].tolist()
    in_focus = [selected is None or body_id in linked for body_id in ids]
    figure.add_trace(
        go.Scatter(
            x=[positions[body_id][0] for body_id in ids],
            y=[positions[body_id][1] for body_id in ids],
            mode="markers",
            showlegend=False,
            legendgroup="kinds",
            hovertext=[
                _node_hover(row, district_names, edges) for row in chosen.itertuples(index=False)
            ],
            hoverinfo="text",
            customdata=ids,
            marker={
                "symbol": symbol,
                "color": colour,
                "size": [SELECTED_SIZE if body_id == selected else NODE_SIZE for body_id in ids],
                "opacity": [1.0 if focus else FADED + 0.15 for focus in in_focus],
                "line": {"color": TEXT_COLOUR, "width": 1.5},
            },
            meta={"role": "nodes", "kind": kind},
        )
    )


def _labels(frame, positions, selected, linked) -> list[dict]:
    """A (shortened, escaped) name under every node, on a light ground so lines never hide it."""
    labels = []
    for body_id, name in zip(frame["body_id"], frame["name"], strict=True):
        x, y = positions[body_id]
        in_focus = selected is None or body_id in linked
        size = RING_SIZE if body_id == selected else NODE_SIZE
        labels.append(
            dict(
                x=x,
                y=y,
                text=short_label(name),
                showarrow=False,
                yanchor="top",
                yshift=-(size / 2 + 3),
                font={"size": 12, "color": TEXT_COLOUR if in_focus else MUTED_TEXT},
                bgcolor=LABEL_GROUND,
                borderpad=1,
                name=f"label-{body_id}",
            )
        )
    return labels


def _node_hover(row, district_names: dict[str, str], edges: pd.DataFrame) -> str:
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
    lines = [f"<b>{html.escape(str(row.name))}</b>"]
    lines += [
        html.escape(f"{texts.GRAPH_HOVER_FIELDS[field]}: {value}")
        for field, value in values.items()
        if value is not None
    ]
    lines.append(
        html.escape(
            texts.GRAPH_HOVER_RELATIONS.format(
                outgoing=int((edges["source_body_id"] == row.body_id).sum()),
                incoming=int((edges["target_body_id"] == row.body_id).sum()),
            )
        )
    )
    return "<br>".join(lines)


def _layout(figure: go.Figure, rows: list[tuple[int, str]], positions) -> None:
    heights = [y for _, y in positions.values()] or [0.0]
    top, bottom = max(heights) + SPACE_ABOVE, min(heights) - SPACE_BELOW
    for index, _ in rows[1::2]:
        figure.add_hrect(
            y0=-index - 0.5, y1=-index + 0.5, fillcolor=BAND_COLOUR, line_width=0, layer="below"
        )
    figure.update_layout(
        height=round((top - bottom) * ROW_HEIGHT_PX) + LEGEND_PX + 20,
        margin={"l": 90, "r": 20, "t": 10, "b": 10},
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
        font={"color": TEXT_COLOUR, "size": 13},
        hovermode="closest",
        hoverlabel={
            "bgcolor": "#FFFFFF",
            "bordercolor": TEXT_COLOUR,
            "font": {"color": TEXT_COLOUR, "size": 13},
            "align": "left",
        },
        dragmode=False,
        clickmode="event+select",
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -0.02,
            "yanchor": "top",
            "itemclick": False,
            "itemdoubleclick": False,
            "tracegroupgap": 12,
            "font": {"size": 13},
        },
        xaxis={"visible": False, "range": [-0.04, 1.04], "fixedrange": True},
        yaxis={
            "range": [bottom, top],
            "fixedrange": True,
            "zeroline": False,
            "showgrid": False,
            "tickvals": [-float(index) for index, _ in rows],
            "ticktext": [
                f"<b>{html.escape(labels.LEVEL.get(level, level))}</b>" for _, level in rows
            ],
            "tickfont": {"size": 14, "color": TEXT_COLOUR},
            "ticks": "",
        },
    )
