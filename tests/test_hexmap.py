"""Tests for etl/hexmap.py: the hexagon tile map."""

from __future__ import annotations

import itertools

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal

from etl.geo.hexmap import hexagon_tiles

from .samples import THREE, oost_municipalities


@pytest.fixture(scope="module")
def oost() -> pd.DataFrame:
    """The 76 municipalities without their areas: cells sized by nearest neighbours."""
    return oost_municipalities().drop(columns="area_km2")


def centroids_rd(frame: pd.DataFrame) -> gpd.GeoSeries:
    points = gpd.GeoSeries(gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326")
    return points.to_crs("EPSG:28992")


def overlap_areas(tiles: gpd.GeoDataFrame) -> list[float]:
    geometries = list(tiles.geometry)
    return [a.intersection(b).area for a, b in itertools.combinations(geometries, 2)]


def widths(tiles: gpd.GeoDataFrame) -> np.ndarray:
    """Flat-to-flat width of each (pointy-topped) hexagon: its extent in x."""
    bounds = tiles.geometry.bounds
    return (bounds["maxx"] - bounds["minx"]).to_numpy()


def test_every_municipality_gets_one_hexagon_in_input_order(oost: pd.DataFrame) -> None:
    tiles = hexagon_tiles(oost)
    assert list(tiles.columns) == ["municipality_code", "geometry"]
    assert tiles["municipality_code"].tolist() == oost["municipality_code"].tolist()
    assert tiles.crs == "EPSG:28992"
    assert (tiles.geom_type == "Polygon").all()
    assert tiles.is_valid.all()
    assert [len(polygon.exterior.coords) for polygon in tiles.geometry] == [7] * 76


def test_hexagons_do_not_overlap_and_neighbours_touch(oost: pd.DataFrame) -> None:
    tiles = hexagon_tiles(oost)
    areas = overlap_areas(tiles)
    assert max(areas) < 1.0  # m², against ~54 km² per hexagon
    pairs = itertools.combinations(tiles.geometry, 2)
    neighbours = sum(a.distance(b) < 1.0 for a, b in pairs)
    assert neighbours > 76  # a tile map, not scattered islands


def test_hexagons_lie_near_their_centroid(oost: pd.DataFrame) -> None:
    tiles = hexagon_tiles(oost)
    distances = tiles.geometry.centroid.distance(centroids_rd(oost))
    assert distances.max() < 15_000
    assert distances.mean() < 5_000


def test_hexagons_are_regular_and_sized_for_oost_nederland(oost: pd.DataFrame) -> None:
    tiles = hexagon_tiles(oost)
    width = widths(tiles)
    assert np.allclose(width, width[0])
    assert 6_000 < width[0] < 8_500
    corners = np.array(tiles.geometry.iloc[0].exterior.coords)[:-1]
    centre = np.array(tiles.geometry.iloc[0].centroid.coords)[0]
    assert np.allclose(np.hypot(*(corners - centre).T), width[0] / np.sqrt(3))


def test_same_input_gives_the_same_tiles(oost: pd.DataFrame) -> None:
    assert_geodataframe_equal(hexagon_tiles(oost), hexagon_tiles(oost.copy()))


def test_three_far_apart_municipalities_get_the_largest_cells() -> None:
    tiles = hexagon_tiles(THREE)
    assert tiles["municipality_code"].tolist() == ["GM0150", "GM0153", "GM0202"]
    assert np.allclose(widths(tiles), 15_000)  # nearest neighbours are > 15 km apart: clipped
    assert max(overlap_areas(tiles)) < 1.0
    assert tiles.geometry.centroid.distance(centroids_rd(THREE)).max() < 15_000


def test_municipalities_with_the_same_centroid_get_distinct_cells() -> None:
    same = THREE.assign(lat=52.26996, lon=6.23650)
    tiles = hexagon_tiles(same)
    centres = {(round(p.x), round(p.y)) for p in tiles.geometry.centroid}
    assert len(centres) == 3
    assert max(overlap_areas(tiles)) < 1.0
    assert np.allclose(widths(tiles), 2_000)  # nearest-neighbour distance 0: clipped up


def test_one_municipality_gets_the_default_cell() -> None:
    tiles = hexagon_tiles(THREE.iloc[:1])
    assert np.allclose(widths(tiles), 7_000)
    assert tiles.geometry.iloc[0].centroid.distance(centroids_rd(THREE).iloc[0]) < 7_000


def test_no_municipalities_give_an_empty_map() -> None:
    tiles = hexagon_tiles(THREE.iloc[:0])
    assert list(tiles.columns) == ["municipality_code", "geometry"]
    assert tiles.empty
    assert tiles.crs == "EPSG:28992"


def test_a_missing_centroid_is_named() -> None:
    broken = THREE.assign(lat=[52.26996, None, 52.00705])
    with pytest.raises(ValueError, match="GM0153"):
        hexagon_tiles(broken)


@pytest.fixture(scope="module")
def oost_with_areas() -> pd.DataFrame:
    return oost_municipalities()


def test_with_areas_the_tiles_close_up_into_one_map(oost_with_areas: pd.DataFrame) -> None:
    tiles = hexagon_tiles(oost_with_areas)
    width = widths(tiles)[0]
    mean_area_m2 = oost_with_areas["area_km2"].mean() * 1e6
    assert width**2 * np.sqrt(3) / 2 == pytest.approx(mean_area_m2, rel=1e-6)
    grown = tiles.geometry.buffer(1.0)
    assert shapely.union_all(grown.to_numpy()).geom_type == "Polygon"  # one connected map
    assert max(overlap_areas(tiles)) < 1.0
    distances = tiles.geometry.centroid.distance(centroids_rd(oost_with_areas))
    assert distances.max() < 25_000 and distances.mean() < 6_000
