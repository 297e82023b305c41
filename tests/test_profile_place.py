"""The one place choice: codes from the URL to a place and back, with Dutch notes."""

import pandas as pd

from dashboard.profile.place import REGION, Level, resolve

MUNICIPALITIES = pd.DataFrame(
    {"municipality_code": ["GM0200", "GM0153"], "name": ["Apeldoorn", "Enschede"],
     "district_code": ["VR06", "VR05"]}
)  # fmt: skip
DISTRICTS = pd.DataFrame(
    {"district_code": ["VR05", "VR06"], "name": ["Twente", "Noord- en Oost-Gelderland"]}
)


def _resolve(district, municipality):
    return resolve(district, municipality, MUNICIPALITIES, DISTRICTS)


def test_a_municipality_carries_its_district_and_a_trail_from_the_region():
    resolved = _resolve("VR06", "GM0200")
    place = resolved.place
    assert not resolved.problems
    assert (place.level, place.name, place.code) == (Level.MUNICIPALITY, "Apeldoorn", "GM0200")
    assert [p.name for p in place.trail] == [
        "Oost-Nederland",
        "Noord- en Oost-Gelderland",
        "Apeldoorn",
    ]
    assert place.params() == {"district": "VR06", "gemeente": "GM0200"}
    assert place.parent.parent == REGION and REGION.parent is None and REGION.params() == {}


def test_the_municipality_decides_the_district_and_says_so():
    resolved = _resolve("VR05", "GM0200")
    assert resolved.place.district_code == "VR06"
    assert "VR05" in resolved.problems[0]


def test_unknown_codes_fall_back_one_level_with_a_dutch_note():
    district = _resolve("VR05", "GM9999")
    assert district.place.level is Level.DISTRICT and "GM9999" in district.problems[0]
    region = _resolve("VR99", None)
    assert region.place == REGION and "Onbekend district 'VR99'" in region.problems[0]
    assert _resolve("alle", None) == _resolve(None, None)
