"""Names shown for codes and empty values in the pilot views."""

from __future__ import annotations

from dashboard.pilots import names

from . import pilot_frames as frames


def test_place_names_carry_the_district():
    places = names.place_names(frames.municipalities(), frames.districts())
    assert places["GM0150"] == "Deventer (IJsselland)"
    assert len(places) == 5


def test_an_unknown_district_code_is_shown_as_the_code():
    municipalities = frames.municipalities().assign(district_code="VR99")
    assert names.place_names(municipalities, frames.districts())["GM0150"] == "Deventer (VR99)"
