"""The work-programme timeline, tested through its builder: bars, years, colours, escaping."""

from __future__ import annotations

import html

import pandas as pd
import pytest

from dashboard.display.palette import ACTIVITY_STATUS_COLOURS
from dashboard.governance import themes, workplan_chart
from dashboard.texts import themas as texts

THEMES = pd.DataFrame(
    {
        "theme_id": ["cyber"],
        "name": ["Cyber & <i>crime</i>"],
        "portfolio_holder": [None],
        "expert_team_body_id": [None],
        "source": ["Q&A"],
    }
)
WORKPLAN = pd.DataFrame(
    {
        "activity_id": ["matrix", "kalender", "visie"],
        "title": [
            "Opzetten van een <b>cyberinterventiematrix</b>: welke partner welke rol kan spelen "
            "bij het bestrijden van cybercrime en gedigitaliseerde criminaliteit",
            "Inspiratiekalender",
            "Gedeelde visie",
        ],
        "theme_id": ["cyber", None, "cyber"],
        "start_year": [2019, 2019, 2020],
        "end_year": [2022, 2019, 2021],
        "status": ["gepland", "lopend", "gepland"],
        "source": ["s1", "s2", "s3"],
    }
)


@pytest.fixture
def figure():
    return workplan_chart.timeline(themes.activities(WORKPLAN, THEMES))


def _bars(figure) -> dict[str, tuple[int, int, str]]:
    """activity id → (first year, last year, status trace name)."""
    bars = {}
    for trace in figure.data:
        for activity, base, width in zip(trace.y, trace.base, trace.x, strict=True):
            bars[activity] = (base, base + width - 1, trace.name)
    return bars


def test_one_bar_per_activity_spanning_its_years_inclusive(figure):
    assert _bars(figure) == {
        "matrix": (2019, 2022, "Gepland"),
        "kalender": (2019, 2019, "Lopend"),
        "visie": (2020, 2021, "Gepland"),
    }
    assert all(trace.orientation == "h" for trace in figure.data)
    assert figure.layout.barmode == "overlay"


def test_one_legend_entry_per_status_in_okabe_ito_colours(figure):
    assert [trace.name for trace in figure.data] == ["Gepland", "Lopend"]
    assert [trace.marker.color for trace in figure.data] == [
        ACTIVITY_STATUS_COLOURS[s] for s in ("gepland", "lopend")
    ]
    assert figure.layout.legend.title.text == texts.CHART_STATUS
    assert figure.layout.showlegend is True
    # Not colour alone: the status is written in the bar and in the hover too.
    assert list(figure.data[1].text) == ["Lopend"]
    assert figure.data[1].customdata[0][3] == "Lopend"


def test_x_axis_shows_whole_years(figure):
    axis = figure.layout.xaxis
    assert tuple(axis.range) == (2019, 2023)
    assert list(axis.ticktext) == ["2019", "2020", "2021", "2022"]
    assert list(axis.tickvals) == [2019.5, 2020.5, 2021.5, 2022.5]
    assert axis.title.text == texts.CHART_YEAR
    # Labels and hover in dark text: the Streamlit theme's grey is too light to read.
    assert axis.tickfont.color == figure.layout.hoverlabel.font.color == "#1A1A1A"


def test_activities_keep_register_order_with_short_labels(figure):
    axis = figure.layout.yaxis
    assert list(axis.categoryarray) == ["matrix", "kalender", "visie"]
    assert axis.autorange == "reversed"
    first = axis.ticktext[0]
    assert first.count("<br>") == 1 and first.endswith("…")
    assert list(axis.ticktext[1:]) == ["Inspiratiekalender", "Gedeelde visie"]


def test_every_text_is_escaped_and_the_hover_has_the_full_title(figure):
    label = figure.layout.yaxis.ticktext[0]
    assert "<b>" not in label and "&#60;b&#62;" in label
    title, theme, period, status = figure.data[0].customdata[0]
    assert "&#60;b&#62;cyberinterventiematrix&#60;/b&#62;" in title
    assert "gedigitaliseerde criminaliteit" in title  # nothing cut off in the hover
    assert theme == "Cyber &#38; &#60;i&#62;crime&#60;/i&#62;"
    assert html.unescape(theme) == "Cyber & <i>crime</i>"  # shown exactly as registered
    assert (period, status) == ("2019–2022", "Gepland")
    assert "Periode: %{customdata[2]}" in figure.data[0].hovertemplate


def test_short_title():
    assert workplan_chart.short_title("Kort") == ["Kort"]
    lines = workplan_chart.short_title("een " * 40, width=20, lines=2)
    assert len(lines) == 2 and lines[-1].endswith(" …")
    assert all(len(line) <= 20 for line in lines)


def test_alt_text_and_height_follow_the_activities(figure):
    activities = themes.activities(WORKPLAN, THEMES)
    assert workplan_chart.alt_text(activities).startswith(
        "Tijdlijn van het werkprogramma: 3 activiteiten tussen 2019 en 2022."
    )
    assert figure.layout.height == 120 + 3 * workplan_chart.ROW_HEIGHT
