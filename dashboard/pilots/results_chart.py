"""The results of one indicator compared across pilots: a bar per pilot that reports a number,
drawn on the server as SVG (dashboard/display/svg.py): no chart library reaches the browser.

The value, unit and measuring month are written beside each bar (colour carries nothing);
results in words only are shown beside the figure, never turned into bars.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import palette, svg
from dashboard.governance.workplan_chart import short_title
from dashboard.pilots.chart_style import LABEL_WIDTH, ROW_HEIGHT
from dashboard.pilots.chart_text import results_alt
from dashboard.texts import frame as frame_texts
from dashboard.texts import pilots as texts
from etl.core import dutch

WIDTH = 900
BAR_PX, AXIS_PX = 20, 52
VALUE_ROOM_PX = 260  # "1.234 meldingen per jaar · maart 2024" beside the longest bar


def _said(numeric: pd.DataFrame, mixed: bool) -> list[str]:
    """Per bar: its value (with its unit when the units differ) and when it was measured."""
    said = []
    for value, unit, when in zip(
        numeric["value"], numeric["unit"], numeric["measured_on"], strict=True
    ):
        words = dutch.number(value) + (f" {unit}" if pd.notna(unit) and mixed else "")
        when_said = dutch.month(when) or frame_texts.UNKNOWN
        said.append(f"{words} · {texts.PILOTS_HOVER_MEASURED.lower()} {when_said}")
    return said


def _axis(left: float, scale: float, bottom: float, span: float, title: str) -> list[str]:
    """Grid lines and numbers under the bars, the unit (or 'mixed units') as the axis title."""
    step, parts = svg.nice_step(span), []
    for index in range(int(span // step) + 1):
        x = left + index * step * scale
        parts.append(svg.line(x, 0, x, bottom, palette.CHART_GRID))
        parts.append(svg.text(x, bottom + 14, dutch.number(index * step), "middle"))
    middle = left + (WIDTH - VALUE_ROOM_PX - left) / 2
    return [*parts, svg.text(middle, bottom + 38, title, "middle")]


def results_chart(results: pd.DataFrame) -> str:
    """One bar per pilot with a number for this indicator, its value, unit and measuring month
    written beside it, as an SVG picture (described by `chart_text.results_alt`).

    `results` is `results.indicator_results` (one indicator, a `pilot` name column)."""
    numeric = results[results["value"].notna()]
    units = sorted(set(numeric["unit"].dropna()))
    names = [short_title(name, LABEL_WIDTH, 1)[0] for name in numeric["pilot"]]
    left = max((svg.words_px(name) for name in names), default=0) * 0.9 + 12
    highest = max(float(numeric["value"].max()) if len(numeric) else 0.0, 0.0)
    span = max(highest * 1.05, svg.nice_step(highest))
    scale = (WIDTH - VALUE_ROOM_PX - left) / span
    bottom = ROW_HEIGHT * max(len(numeric), 1)
    title = units[0] if len(units) == 1 else texts.PILOTS_RESULTS_MIXED_UNITS
    parts = _axis(left, scale, bottom, span, title)
    said_all = _said(numeric, len(units) > 1)
    rows = zip(names, numeric["pilot"], numeric["value"], said_all, strict=True)
    for row, (name, pilot, value, said) in enumerate(rows):
        middle, width = row * ROW_HEIGHT + ROW_HEIGHT / 2, max(float(value), 0.0) * scale
        parts.append(svg.group([svg.text(left - 8, middle, name, "end")], font_size="12"))
        tip = f"{pilot}: {said}"
        parts.append(
            svg.box(left, middle - BAR_PX / 2, width, BAR_PX, palette.PILOT_RESULT_BAR,
                    palette.CHART_TEXT, tip)
        )  # fmt: skip
        parts.append(svg.text(left + width + 6, middle, said))
    alt = results_alt(results, str(results["indicator"].iloc[0]))
    return svg.picture(WIDTH, bottom + AXIS_PX, alt, parts)
