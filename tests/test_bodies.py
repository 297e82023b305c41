"""The bodies module on tiny literal frames: filters, order, relations inside, choices, clicks."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.display import cells
from dashboard.governance import bodies
from dashboard.texts import overleggen as texts

from . import body_samples


@pytest.fixture
def frame() -> pd.DataFrame:
    return body_samples.bodies()


@pytest.fixture
def relations() -> pd.DataFrame:
    return body_samples.relations()


def _ids(frame: pd.DataFrame) -> list[str]:
    return frame["body_id"].tolist()


def test_no_filter_keeps_every_body_ordered_by_level_district_and_name(frame):
    assert _ids(bodies.filter_bodies(frame)) == [
        "lst",
        "bbg",
        "coord",
        "rvo",
        "net-04",
        "dvo-05",
        "net-05",
    ]


def test_filter_by_level_district_theme_and_status(frame):
    assert _ids(bodies.filter_bodies(frame, levels=["district"])) == ["net-04", "dvo-05", "net-05"]
    # a district keeps the regional bodies, whose territory includes it, but not the national one
    assert _ids(bodies.filter_bodies(frame, districts=["VR05"])) == [
        "bbg",
        "coord",
        "rvo",
        "dvo-05",
        "net-05",
    ]
    assert bodies.is_regional(frame).tolist() == [
        b in ("bbg", "coord", "rvo") for b in frame["body_id"]
    ]
    assert _ids(bodies.filter_bodies(frame, themes=["cyber"])) == ["bbg", "net-05"]
    assert _ids(bodies.filter_bodies(frame, statuses=["onbekend"])) == ["coord", "net-05"]
    assert _ids(bodies.filter_bodies(frame, ["regionaal"], [], ["ondermijning"], ["actief"])) == [
        "bbg",
        "rvo",
    ]
    assert bodies.filter_bodies(frame, levels=["lokaal"]).empty


def test_filters_offer_the_whole_vocabulary_with_dutch_labels():
    level, district, theme, status = bodies.filters(body_samples.districts(), body_samples.themes())
    assert (level.param, district.param, theme.param, status.param) == (
        "niveau",
        "district",
        "thema",
        "status",
    )
    assert level.options == {
        "landelijk": "Landelijk",
        "regionaal": "Regionaal",
        "district": "District",
        "lokaal": "Lokaal",
        "onbekend": "Niveau onbekend",  # the Q&A names partners without saying at what level
    }
    assert list(district.options.items()) == [("VR04", "IJsselland"), ("VR05", "Twente")]
    assert theme.options == {"ondermijning": "Ondermijning", "cyber": "Cybercrime"}
    assert status.options["in oprichting"] == "In oprichting"
    assert level.label == texts.BODIES_FILTER_LEVEL


def test_relations_between_keeps_only_relations_inside_the_selection(frame, relations):
    inside = bodies.relations_between(frame, relations)
    assert len(inside) == 4  # not to an unknown body, not to itself
    regional = bodies.filter_bodies(frame, levels=["regionaal"])
    assert bodies.relations_between(regional, relations)["relation"].tolist() == [
        "geeft opdracht aan",
        "is vertegenwoordigd in",
        "ondersteunt",
    ]


def test_summary_and_alt_text_count_the_relations_inside(frame, relations):
    shown = bodies.filter_bodies(frame, levels=["district"])
    assert bodies.summary(shown, frame, relations) == (
        "3 van de 7 overleggen getoond, met 1 onderlinge relatie."
    )
    assert bodies.graph_alt(frame, relations).startswith(
        "Het netwerk toont 7 overleggen en 4 relaties"
    )
    alone = bodies.filter_bodies(frame, levels=["landelijk"])
    assert bodies.graph_alt(alone, relations).startswith(
        "Het netwerk toont 1 overleg en 0 relaties"
    )
    assert bodies.graph_alt(shown, relations).startswith(
        "Het netwerk toont 3 overleggen en 1 relatie,"
    )


def test_body_choices_are_alphabetical_ignoring_accents(frame):
    assert list(bodies.body_choices(frame))[:3] == ["bbg", "coord", "dvo-05"]
    assert cells.sort_key("Coördinator") == "coordinator"
