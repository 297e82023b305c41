"""The factsheet's map: vector paths from the app's shapes, one per municipality, place marked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from dashboard.display.palette import DISTRICT_COLOURS, MUTED
from dashboard.factsheet.svg_map import map_svg
from dashboard.marts import read_marts
from dashboard.profile.place import REGION
from tests.factsheet_samples import APELDOORN, TWENTE

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def _paths(marts, place) -> dict[str, dict[str, ET.Element]]:
    svg = map_svg(marts.municipality_shapes, marts.district_shapes, marts.municipalities, place)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert "<image" not in svg and "base64" not in svg  # vector only, no raster
    found: dict[str, dict[str, ET.Element]] = {"gemeente": {}, "district": {}}
    for path in root.iter(f"{SVG}path"):
        found[path.get("class")][path.get("id")] = path
    return found


def test_one_path_per_municipality_and_district(marts) -> None:
    paths = _paths(marts, REGION)
    assert set(paths["gemeente"]) == set(marts.municipalities["municipality_code"])
    assert len(paths["gemeente"]) == 76
    assert set(paths["district"]) == set(marts.districts["district_code"])
    for path in paths["gemeente"].values():
        assert re.fullmatch(r"(M[\d.,\- L]+Z ?)+", path.get("d"))


def test_district_is_coloured_and_the_rest_muted(marts) -> None:
    paths = _paths(marts, TWENTE)["gemeente"]
    district_of = dict(
        zip(
            marts.municipalities["municipality_code"],
            marts.municipalities["district_code"],
            strict=True,
        )
    )
    for code, path in paths.items():
        expected = DISTRICT_COLOURS["VR05"] if district_of[code] == "VR05" else MUTED
        assert path.get("fill") == expected, code


def test_municipality_stands_out_within_its_district(marts) -> None:
    paths = _paths(marts, APELDOORN)
    towns = paths["gemeente"]
    assert towns["GM0200"].get("fill") == DISTRICT_COLOURS["VR06"]
    assert towns["GM0200"].get("fill-opacity") is None
    assert towns["GM0273"].get("fill-opacity") == "0.35"  # Putten: the rest of the district, paler
    assert towns["GM0153"].get("fill") == MUTED  # Enschede: elsewhere
    assert float(paths["district"]["VR06"].get("stroke-width")) > float(
        paths["district"]["VR05"].get("stroke-width")
    )


def test_north_is_up(marts) -> None:
    """Projected to the Dutch plane: Zwolle (north) lies above Nijmegen (south) on the map."""
    towns = _paths(marts, REGION)["gemeente"]

    def top(code: str) -> float:
        return min(
            float(pair.split(",")[1]) for pair in re.findall(r"[\d.]+,[\d.]+", towns[code].get("d"))
        )

    assert top("GM0193") < top("GM0268")
