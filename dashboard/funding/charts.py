"""The budget split as a bar chart drawn on the server as SVG, the amounts written on the bars
(pure). No chart library reaches the browser: the page Financiering stays light (issue 13)."""

from __future__ import annotations

import pandas as pd

from dashboard.display import svg
from dashboard.display.palette import BUDGET_COLOUR, CHART_GRID, COVERED_COLOUR, OUTLINE
from dashboard.display.svg import nice_step  # also read by tests
from dashboard.texts import financiering as texts
from dashboard.texts import labels
from etl.core import dutch
from etl.funding.amounts import cents

WIDTH = 720
BAR_PX, GROUP_GAP_PX, AXIS_PX, LEGEND_PX = 22, 16, 28, 34
AMOUNT_ROOM_PX = 118  # "€ 230.000,00" beside the longest bar


def _bars(rows: pd.DataFrame) -> list[tuple[str, str, list[int]]]:
    """(name, colour, amounts in cents per post) for the budget and the part covered."""
    return [
        (name, colour, [int(amount) for amount in cents(rows[column])])
        for name, colour, column in (
            (texts.FUNDING_COL_BUDGET, BUDGET_COLOUR, "budget_eur"),
            (texts.FUNDING_COL_COVERED, COVERED_COLOUR, "expected_eur"),
        )
    ]


def _axis(left: float, scale: float, bottom: float, highest: float) -> list[str]:
    """Grid lines and € labels under the bars, at round amounts."""
    step, parts = nice_step(highest), []
    for index in range(int(highest // step) + 1):
        x = left + index * step * scale
        parts.append(svg.line(x, 0, x, bottom, CHART_GRID))
        parts.append(svg.text(x, bottom + AXIS_PX / 2, dutch.euro_short(index * step), "middle"))
    return parts


def budget_figure(category_comparison: pd.DataFrame, year: int) -> str:
    """Per post of `year`: the budget, and the part the expected contributions cover pro rata,
    as an SVG picture (described by budget_alt) with each amount on its bar."""
    rows = category_comparison[category_comparison["year"] == year]
    posts = [str(post) for post in rows["category"].map(labels.BUDGET_CATEGORY)]
    bars = _bars(rows)
    left = max((svg.words_px(post) for post in posts), default=0) + 12
    highest = max((amount for _, _, amounts in bars for amount in amounts), default=0) / 100
    span = max(highest * 1.1, nice_step(highest))
    scale = (WIDTH - left - AMOUNT_ROOM_PX) / span
    group = len(bars) * BAR_PX + GROUP_GAP_PX
    bottom = GROUP_GAP_PX / 2 + group * len(posts)
    parts = _axis(left, scale, bottom, span)
    for row, post in enumerate(posts):
        top = GROUP_GAP_PX / 2 + row * group
        parts.append(svg.text(left - 8, top + len(bars) * BAR_PX / 2, post, "end"))
        for index, (name, colour, amounts) in enumerate(bars):
            y, amount = top + index * BAR_PX, dutch.euro_cents(amounts[row])
            width = amounts[row] / 100 * scale
            tip = f"{post}, {name}: {amount}"
            parts.append(svg.box(left, y + 2, width, BAR_PX - 4, colour, OUTLINE, tip))
            parts.append(svg.text(left + max(width, 0) + 6, y + BAR_PX / 2, amount))
    parts += svg.legend([(name, colour) for name, colour, _ in bars], left, bottom + AXIS_PX + 8)
    height = bottom + AXIS_PX + LEGEND_PX
    return svg.picture(WIDTH, height, budget_alt(category_comparison, year), parts)


def budget_alt(category_comparison: pd.DataFrame, year: int) -> str:
    rows = category_comparison[category_comparison["year"] == year]
    parts = [
        f"{labels.BUDGET_CATEGORY.get(category, category)} {dutch.euro_cents(amount)}"
        for category, amount in zip(rows["category"], cents(rows["budget_eur"]), strict=True)
    ]
    return texts.FUNDING_BUDGET_ALT.format(year=year, parts=", ".join(parts))
