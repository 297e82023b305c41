"""The network figure in pixels: how big a label is, where it sits, how an arc runs.

The router (`graph_routing`) weighs label places with these boxes, the picture places the labels
with the same shifts. The text model is a
little wider than the text as drawn (a character as 0,52 em, capitals and m/w as 0,7 em), so
a label that fits here fits on the screen. x is a fraction of the plot's width, y in pixels.
"""

from __future__ import annotations

import html

import numpy as np

CHARACTER_EM, WIDE_CHARACTER_EM, LINE_EM = 0.52, 0.7, 1.3
LABEL_FONT_PX = 12
LABEL_PAD_PX = 2  # borderpad plus border
LABEL_GAP_PX = 3  # between a node's edge and its label
# Where a label can sit around its node: (xanchor, yanchor, x direction, y direction).
SIDES = {
    "below": ("center", "top", 0, -1),
    "above": ("center", "bottom", 0, 1),
    "right": ("left", "middle", 1, 0),
    "left": ("right", "middle", -1, 0),
}
CURVE_POINTS = 25


def label_size(text: str) -> tuple[float, float]:
    """Width and height in pixels of a label (escaped text, `<br>` between lines)."""
    lines = html.unescape(text).split("<br>")
    width = max(
        sum(WIDE_CHARACTER_EM if c.isupper() or c in "mwMW" else CHARACTER_EM for c in line)
        for line in lines
    )
    return (
        width * LABEL_FONT_PX + 2 * LABEL_PAD_PX,
        len(lines) * LINE_EM * LABEL_FONT_PX + 2 * LABEL_PAD_PX,
    )


def label_shift(side: str, node_px: float) -> tuple[float, float]:
    """The label's (xshift, yshift) in pixels from its node's centre."""
    _, _, dx, dy = SIDES[side]
    away = node_px / 2 + LABEL_GAP_PX
    return dx * (away + 1), dy * away


def label_box(centre_px: np.ndarray, size: tuple[float, float], side: str, node_px: float):
    """(left, top, right, bottom) in pixels, y downwards, of a label beside a node."""
    width, height = size
    xshift, yshift = label_shift(side, node_px)
    x, y = centre_px[0] + xshift, centre_px[1] - yshift
    xanchor, yanchor, _, _ = SIDES[side]
    left = {"left": x, "right": x - width}.get(xanchor, x - width / 2)
    top = {"top": y, "bottom": y - height}.get(yanchor, y - height / 2)
    return np.array([left, top, left + width, top + height])
