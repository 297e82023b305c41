"""The work programme as a timeline: one bar per activity, from its first to its last year.

Colour shows the status (Okabe-Ito), and the status is also written in each bar, in the legend
and in the hover, so colour is never the only carrier. Every text that reaches plotly goes
through `markup.literal`: plotly renders a subset of HTML in labels and hovers.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.texts import labels
from dashboard.texts import themas as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch

LABEL_WIDTH = 42  # characters per line of an activity label
LABEL_LINES = 2
HOVER_WIDTH = 60
ROW_HEIGHT = 54
FONT_SIZE = 14
# Explicit, so the Streamlit theme's light grey does not make the labels hard to read.
TICK_FONT = {"size": FONT_SIZE, "color": palette.CHART_TEXT}
CONFIG = {"displayModeBar": False, "responsive": True}
HOVER = (
    "<b>%{customdata[0]}</b><br>"
    f"{literal(texts.CHART_THEME)}: %{{customdata[1]}}<br>"
    f"{literal(texts.CHART_PERIOD)}: %{{customdata[2]}}<br>"
    f"{literal(texts.CHART_STATUS)}: %{{customdata[3]}}<extra></extra>"
)


def short_title(title: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> list[str]:
    """A long title cut to a few lines at word boundaries, with '…' when something is left out."""
    wrapped = textwrap.wrap(str(title), width) or [""]
    if len(wrapped) <= lines:
        return wrapped
    kept, last = wrapped[: lines - 1], wrapped[lines - 1]
    while len(last) + 2 > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    return [*kept, f"{last} …"]


def _html_lines(lines: list[str]) -> str:
    return "<br>".join(literal(line) for line in lines)


def timeline(activities: pd.DataFrame) -> go.Figure:
    """A horizontal bar per activity, in register order top to bottom, spanning whole years.

    `activities` has the columns of `themes.ACTIVITY_COLUMNS`. A bar runs from the start of
    `start_year` to the end of `end_year`: an activity of 2019 fills the year 2019.
    """
    order = list(activities["activity_id"])
    ticks = {
        activity: _html_lines(short_title(title))
        for activity, title in zip(activities["activity_id"], activities["title"], strict=True)
    }
    present = set(activities["status"])
    known = [status for status in vocab.ACTIVITY_STATUSES if status in present]
    figure = go.Figure()
    for status in known + sorted(present - set(known)):
        figure.add_trace(_status_bars(activities[activities["status"] == status], status))
    _year_axis(figure, activities)
    figure.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=order,
        tickmode="array",
        tickvals=order,
        ticktext=[ticks[activity] for activity in order],
        autorange="reversed",
        automargin=True,
        tickfont=TICK_FONT,
    )
    figure.update_layout(
        barmode="overlay",
        showlegend=True,  # also for a single status: the legend explains the colour
        height=120 + ROW_HEIGHT * max(len(order), 1),
        margin={"l": 10, "r": 10, "t": 40, "b": 50},
        font={"size": FONT_SIZE, "color": palette.CHART_TEXT},
        legend={
            "title": {"text": literal(texts.CHART_STATUS), "font": TICK_FONT},
            "font": TICK_FONT,
            "orientation": "h",
            "x": 0,
            "y": 1.0,
            "yanchor": "bottom",
        },
        plot_bgcolor=palette.CHART_BACKGROUND,
        hoverlabel={
            "align": "left",
            "bgcolor": palette.CHART_BACKGROUND,
            "bordercolor": palette.CHART_TEXT,
            "font": TICK_FONT,
        },
    )
    return figure


def _status_bars(part: pd.DataFrame, status: str) -> go.Bar:
    """The bars of the activities with one status: one legend entry, the status in each bar."""
    label = literal(labels.ACTIVITY_STATUS.get(status, status))
    colours = palette.ACTIVITY_STATUS_COLOURS
    return go.Bar(
        orientation="h",
        y=part["activity_id"].tolist(),
        base=part["start_year"].astype(int).tolist(),
        x=(part["end_year"] - part["start_year"] + 1).astype(int).tolist(),
        name=label,
        marker={
            "color": colours.get(status, colours["onbekend"]),
            "line": {"color": palette.CHART_TEXT, "width": 1},
        },
        text=[label] * len(part),
        textposition="inside",
        insidetextanchor="middle",
        textfont={
            "color": palette.ACTIVITY_STATUS_TEXT_COLOURS.get(status, palette.CHART_TEXT),
            "size": FONT_SIZE,
        },
        customdata=[
            [
                _html_lines(textwrap.wrap(str(row.title), HOVER_WIDTH)),
                literal(row.theme),
                literal(row.period),
                label,
            ]
            for row in part.itertuples(index=False)
        ],
        hovertemplate=HOVER,
    )


def _year_axis(figure: go.Figure, activities: pd.DataFrame) -> None:
    """Years as whole blocks: a label in the middle of each year, a grid line between years."""
    if activities.empty:
        return
    first, last = int(activities["start_year"].min()), int(activities["end_year"].max())
    years = list(range(first, last + 1))
    figure.update_xaxes(
        range=[first, last + 1],
        tickmode="array",
        tickvals=[year + 0.5 for year in years],
        ticktext=[str(year) for year in years],
        showgrid=False,
        zeroline=False,
        tickfont=TICK_FONT,
        title={"text": literal(texts.CHART_YEAR), "font": TICK_FONT},
    )
    for boundary in range(first, last + 2):
        figure.add_vline(x=boundary, line={"color": palette.CHART_GRID, "width": 1}, layer="below")


def alt_text(activities: pd.DataFrame) -> str:
    """A one-sentence description of the timeline for screen readers."""
    if activities.empty:
        return texts.WORKPLAN_NONE
    return texts.CHART_ALT.format(
        n=dutch.number(len(activities)),
        first=int(activities["start_year"].min()),
        last=int(activities["end_year"].max()),
    )
