"""Display shapes: simplified as one coverage, rounded, dissolved into five districts."""

from __future__ import annotations

import itertools

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from etl.geo.boundaries import Boundaries
from etl.geo.shapes import RD_NEW, district_shapes, for_display, municipality_shapes


def _squares() -> Boundaries:
    """Four 10 km squares with a wiggly shared border: two districts of two municipalities."""
    wiggle = [(10_000 + (37 * y) % 200 - 100, y) for y in range(0, 10_001, 250)]
    left = shapely.Polygon([(0, 0), *wiggle, (0, 10_000)])
    right = shapely.Polygon([(10_000, 0), (20_000, 0), (20_000, 10_000), *reversed(wiggle)])
    shapes = [left, right, *(shapely.affinity.translate(p, 0, 10_000) for p in (left, right))]
    frame = gpd.GeoDataFrame(
        {"municipality_code": ["GM0001", "GM0002", "GM0003", "GM0004"]}, geometry=shapes, crs=RD_NEW
    )
    return Boundaries(frame, "bestand", "proef", ())


MUNICIPALITIES = pd.DataFrame(
    {"municipality_code": ["GM0001", "GM0002", "GM0003", "GM0004"],
     "district_code": ["VR04", "VR05", "VR04", "VR05"]}
)  # fmt: skip


def test_simplified_neighbours_still_share_their_border():
    shapes = municipality_shapes(_squares())
    assert shapes.crs.to_string() == RD_NEW
    assert shapes.is_valid.all()
    total = shapes.geometry.area.sum()
    assert shapely.union_all(shapes.geometry.to_numpy()).area == pytest.approx(total, rel=1e-9)
    for a, b in itertools.combinations(shapes.geometry, 2):
        assert a.intersection(b).area == pytest.approx(0, abs=1e-3)


def test_districts_are_dissolved_from_their_municipalities():
    shapes = municipality_shapes(_squares())
    districts = district_shapes(shapes, MUNICIPALITIES)
    assert districts["district_code"].tolist() == ["VR04", "VR05"]
    assert districts.geom_type.tolist() == ["Polygon", "Polygon"]
    assert districts.geometry.area.sum() == pytest.approx(shapes.geometry.area.sum(), rel=1e-6)
    assert (districts["source"] == "proef").all()


def test_display_shapes_are_wgs84_with_five_decimals():
    display = for_display(municipality_shapes(_squares()))
    assert display.crs.to_epsg() == 4326
    coordinates = shapely.get_coordinates(display.geometry.to_numpy())
    assert (abs(coordinates * 1e5 - (coordinates * 1e5).round()) < 1e-6).all()
    assert display.is_valid.all()


def test_hexagon_tiles_are_not_simplified():
    tiles = _squares()
    hexagon = shapely.Polygon([(0, 0), (2, 0), (3, 1.7), (2, 3.4), (0, 3.4), (-1, 1.7)])
    tiles = Boundaries(
        tiles.shapes.iloc[:1].set_geometry([hexagon], crs=RD_NEW), "tegelkaart", "t", ()
    )
    assert municipality_shapes(tiles).geometry.iloc[0].equals(hexagon)
