"""Names shown for codes and empty values in the pilot views."""

from __future__ import annotations

from dashboard.pilots import names
from dashboard.texts import labels

from . import pilot_frames as frames


def test_place_names_carry_the_district():
    places = names.place_names(frames.municipalities(), frames.districts())
    assert places["GM0150"] == "Deventer (IJsselland)"
    assert len(places) == 5


def test_an_unknown_district_code_is_shown_as_the_code():
    municipalities = frames.municipalities().assign(district_code="VR99")
    assert names.place_names(municipalities, frames.districts())["GM0150"] == "Deventer (VR99)"


def test_labels_and_unknown_values():
    assert names.label(labels.PILOT_STATUS, None) == "onbekend"
    assert names.label(labels.PILOT_STATUS, float("nan"), "") == ""
    assert names.label(labels.PILOT_STATUS, "nieuw") == "nieuw"  # not in the vocabulary
    assert names.label({"a": "Aa"}, "a") == "Aa"
    assert names.known(None) == "onbekend" and names.known("GGZ") == "GGZ"


def test_theme_names_by_id():
    assert names.theme_names(frames.themes()) == {"verward-gedrag": "Verward", "jongeren": "Jong"}
