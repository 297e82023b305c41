"""The work programme as a timeline drawn on the server as SVG: one bar per activity, from its
first to its last year (pure). No chart library reaches the browser (issue 13).

Colour shows the status (Okabe-Ito), and the status is also written in each bar and in the
legend, so colour is never the only carrier; every register text goes through `markup.literal`
(dashboard/display/svg.py).
"""

from __future__ import annotations

import textwrap

import pandas as pd

from dashboard.display import palette, svg
from dashboard.texts import labels
from dashboard.texts import themas as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch

LABEL_WIDTH = 42  # characters per line of an activity label
LABEL_LINES = 2
ROW_HEIGHT = 54
BAR_PX, LINE_PX = 30, 17
WIDTH, LEGEND_PX, AXIS_PX = 960, 40, 56


def short_title(title: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> list[str]:
    """A long title cut to a few lines at word boundaries, with '…' when something is left out."""
    wrapped = textwrap.wrap(str(title), width) or [""]
    if len(wrapped) <= lines:
        return wrapped
    kept, last = wrapped[: lines - 1], wrapped[lines - 1]
    while len(last) + 2 > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    return [*kept, f"{last} …"]


def _statuses(activities: pd.DataFrame) -> list[str]:
    """The statuses present: the vocabulary's order first, anything else after it."""
    present = set(activities["status"])
    known = [status for status in vocab.ACTIVITY_STATUSES if status in present]
    return known + sorted(present - set(known))


def _years(first: int, last: int, left: float, bottom: float, year_px: float) -> list[str]:
    """A grid line between years, each year's label in its middle, the axis title under it."""
    parts = []
    for index, year in enumerate(range(first, last + 2)):
        x = left + index * year_px
        parts.append(svg.line(x, LEGEND_PX, x, bottom, palette.CHART_GRID))
        if year <= last:
            parts.append(svg.text(x + year_px / 2, bottom + 16, str(year), "middle"))
    middle = left + (last + 1 - first) * year_px / 2
    return [*parts, svg.text(middle, bottom + 40, texts.CHART_YEAR, "middle")]


def _row(row, top: float, first: int, left: float, year_px: float) -> list[str]:
    """An activity's label (a few lines) and its bar with the status written in it."""
    lines = short_title(row.title)
    middle = top + ROW_HEIGHT / 2
    parts = [
        svg.text(left - 8, middle + (index - (len(lines) - 1) / 2) * LINE_PX, line, "end")
        for index, line in enumerate(lines)
    ]
    status = labels.ACTIVITY_STATUS.get(row.status, row.status)
    colours = palette.ACTIVITY_STATUS_COLOURS
    x = left + (int(row.start_year) - first) * year_px
    width = (int(row.end_year) - int(row.start_year) + 1) * year_px
    # One line: literal() makes a line break a space. "; " between the parts instead.
    theme, period = f"{texts.CHART_THEME}: {row.theme}", f"{texts.CHART_PERIOD}: {row.period}"
    tip = "; ".join((row.title, theme, period, f"{texts.CHART_STATUS}: {status}"))
    fill = colours.get(row.status, colours["onbekend"])
    parts.append(svg.box(x, middle - BAR_PX / 2, width, BAR_PX, fill, palette.CHART_TEXT, tip))
    ink = palette.ACTIVITY_STATUS_TEXT_COLOURS.get(row.status, palette.CHART_TEXT)
    parts.append(svg.text(x + width / 2, middle, status, "middle", fill=ink))
    return parts


def timeline(activities: pd.DataFrame) -> str:
    """A horizontal bar per activity, in register order top to bottom, spanning whole years,
    as an SVG picture (described by alt_text).

    `activities` has the columns of `themes.ACTIVITY_COLUMNS`. A bar runs from the start of
    `start_year` to the end of `end_year`: an activity of 2019 fills the year 2019.
    """
    left = LABEL_WIDTH * svg.CHAR_PX * 0.85  # most lines are shorter than the widest
    bottom = LEGEND_PX + ROW_HEIGHT * max(len(activities), 1)
    colours = palette.ACTIVITY_STATUS_COLOURS
    entries = [
        (labels.ACTIVITY_STATUS.get(status, status), colours.get(status, colours["onbekend"]))
        for status in _statuses(activities)
    ]
    title = f"{texts.CHART_STATUS}:"
    parts = [svg.text(0, 13, title), *svg.legend(entries, svg.words_px(title) + 8, 6)]
    if not activities.empty:
        first, last = int(activities["start_year"].min()), int(activities["end_year"].max())
        year_px = (WIDTH - 10 - left) / (last + 1 - first)
        parts += _years(first, last, left, bottom, year_px)
        for number, row in enumerate(activities.itertuples(index=False)):
            parts += _row(row, LEGEND_PX + number * ROW_HEIGHT, first, left, year_px)
    return svg.picture(WIDTH, bottom + AXIS_PX, alt_text(activities), parts)


def alt_text(activities: pd.DataFrame) -> str:
    """A one-sentence description of the timeline for screen readers."""
    if activities.empty:
        return texts.WORKPLAN_NONE
    return texts.CHART_ALT.format(
        n=dutch.number(len(activities)),
        first=int(activities["start_year"].min()),
        last=int(activities["end_year"].max()),
    )
