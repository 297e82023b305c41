"""The work-programme timeline, tested through its builder (an SVG picture read back): bars,
years, colours, escaping."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.display.palette import ACTIVITY_STATUS_COLOURS
from dashboard.governance import themes, workplan_chart
from dashboard.texts import themas as texts

from . import pictures

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
    return pictures.parse(workplan_chart.timeline(themes.activities(WORKPLAN, THEMES)))


def _bars(figure) -> dict[str, tuple[int, int, str]]:
    """The first line of each bar's title → (first year, last year, status), read off the
    drawing: the x axis is whole years from the first year's grid line."""
    lines = sorted({float(line.get("x1")) for line in figure.iter(pictures.SVG + "line")})
    left, year_px, first = lines[0], lines[1] - lines[0], 2019
    bars = {}
    for title, x, width in pictures.bars(figure):
        start = first + round((x - left) / year_px)
        status = title.rsplit("; ", 1)[1].split(": ")[1]
        bars[title.split("; ")[0][:20]] = (start, start + round(width / year_px) - 1, status)
    return bars


def test_one_bar_per_activity_spanning_its_years_inclusive(figure):
    assert _bars(figure) == {
        "Opzetten van een <b>": (2019, 2022, "Gepland"),
        "Inspiratiekalender": (2019, 2019, "Lopend"),
        "Gedeelde visie": (2020, 2021, "Gepland"),
    }


def test_one_legend_entry_per_status_in_okabe_ito_colours(figure):
    swatches = [
        r for r in figure.iter(pictures.SVG + "rect") if r.find(pictures.SVG + "title") is None
    ]
    assert [r.get("fill") for r in swatches] == [
        ACTIVITY_STATUS_COLOURS[s] for s in ("gepland", "lopend")
    ]
    words = pictures.words(figure)
    assert words[:3] == [f"{texts.CHART_STATUS}:", "Gepland", "Lopend"]
    # Not colour alone: the status is written in each bar too.
    assert words.count("Gepland") == 3 and words.count("Lopend") == 2


def test_x_axis_shows_whole_years(figure):
    words = pictures.words(figure)
    assert [w for w in words if w.isdigit()] == ["2019", "2020", "2021", "2022"]
    assert words.count(texts.CHART_YEAR) == 1
    # Dark text: the picture's own ink, not a light theme grey.
    assert figure.get("fill") == "#1A1A1A"
    assert len(list(figure.iter(pictures.SVG + "line"))) == 5  # a line between years


def test_activities_keep_register_order_with_short_labels(figure):
    titles = [title.split("; ")[0] for title, _, _ in pictures.bars(figure)]
    assert [t[:18] for t in titles] == [
        "Opzetten van een <",
        "Inspiratiekalender",
        "Gedeelde visie",
    ]
    words = pictures.words(figure)
    label = [w for w in words if w.startswith("Opzetten")] + [w for w in words if w.endswith("…")]
    assert len(label) == 2 and label[1].endswith("…")  # two lines, the rest cut off
    assert "Inspiratiekalender" in words and "Gedeelde visie" in words


def test_every_text_is_escaped_and_the_title_has_the_full_text(figure):
    raw = workplan_chart.timeline(themes.activities(WORKPLAN, THEMES))
    assert "<b>" not in raw and "<i>" not in raw and "&#60;b&#62;" in raw
    title = pictures.bars(figure)[0][0]
    assert "<b>cyberinterventiematrix</b>" in title  # shown exactly as registered
    assert "gedigitaliseerde criminaliteit" in title  # nothing cut off in the title
    assert "Thema: Cyber & <i>crime</i>" in title and "Periode: 2019–2022" in title


def test_short_title():
    assert workplan_chart.short_title("Kort") == ["Kort"]
    lines = workplan_chart.short_title("een " * 40, width=20, lines=2)
    assert len(lines) == 2 and lines[-1].endswith(" …")
    assert all(len(line) <= 20 for line in lines)


def test_alt_text_and_height_follow_the_activities(figure):
    activities = themes.activities(WORKPLAN, THEMES)
    alt = workplan_chart.alt_text(activities)
    assert alt.startswith("Tijdlijn van het werkprogramma: 3 activiteiten tussen 2019 en 2022.")
    assert figure.get("aria-label") == figure.find(pictures.SVG + "title").text == alt
    height = workplan_chart.LEGEND_PX + 3 * workplan_chart.ROW_HEIGHT + workplan_chart.AXIS_PX
    assert float(figure.get("height")) == height
