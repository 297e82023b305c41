"""Turn municipality boundaries into the display shapes of the marts (EPSG:4326, simplified)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from etl.geo.boundaries import Boundaries

RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
# Metres in RD New; the 2019 source is quantised at ~70 m already, so this only thins what a
# screen at region scale cannot show, and keeps the map payload within budget.
SIMPLIFY_TOLERANCE_M = 120.0
# Five decimals of a degree is about a metre: more precision only adds bytes.
DECIMALS = 5
# Snapping to whole metres closes the hairline gaps that a union of neighbours would keep.
GRID_METRES = 1.0
# No district of Oost-Nederland has a real hole or island this small (1 ha).
SLIVER_M2 = 10_000.0


def municipality_shapes(boundaries: Boundaries) -> gpd.GeoDataFrame:
    """Simplify the municipalities as one coverage, so neighbours keep sharing their borders."""
    shapes = boundaries.shapes.to_crs(RD_NEW)
    geometry = shapes.geometry
    if boundaries.kind != "tegelkaart":  # hexagons are already as simple as they get
        geometry = geometry.simplify_coverage(SIMPLIFY_TOLERANCE_M)
    return gpd.GeoDataFrame(
        {"municipality_code": shapes["municipality_code"].to_numpy(), "source": boundaries.source},
        geometry=shapely.make_valid(geometry.to_numpy()),
        crs=RD_NEW,
    )


def district_shapes(shapes_rd: gpd.GeoDataFrame, municipalities: pd.DataFrame) -> gpd.GeoDataFrame:
    """Dissolve the (simplified) municipalities into one shape per district."""
    district_by_code = municipalities.set_index("municipality_code")["district_code"]
    districts = shapes_rd.assign(district_code=shapes_rd["municipality_code"].map(district_by_code))
    rows = [
        (
            code,
            _without_slivers(shapely.union_all(group.geometry.to_numpy(), grid_size=GRID_METRES)),
        )
        for code, group in districts.groupby("district_code", sort=True)
    ]
    return gpd.GeoDataFrame(
        {"district_code": [code for code, _ in rows], "source": shapes_rd["source"].iloc[0]},
        geometry=[geometry for _, geometry in rows],
        crs=RD_NEW,
    )


def _without_slivers(geometry: shapely.Geometry) -> shapely.Geometry:
    """Drop the hairline holes that simplified neighbours leave inside a district."""
    parts = getattr(geometry, "geoms", [geometry])
    kept = [
        shapely.Polygon(
            part.exterior,
            [ring for ring in part.interiors if shapely.Polygon(ring).area >= SLIVER_M2],
        )
        for part in parts
        if part.area >= SLIVER_M2
    ]
    return kept[0] if len(kept) == 1 else shapely.MultiPolygon(kept)


def for_display(shapes_rd: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Reproject to WGS84 and round coordinates to five decimals, keeping polygons valid."""
    shapes = shapes_rd.to_crs(WGS84)
    # Plain rounding, not set_precision: GEOS' snap-rounding throws on some real borders.
    rounded = shapely.transform(shapes.geometry.to_numpy(), lambda xy: np.round(xy, DECIMALS))
    repaired = shapely.make_valid(rounded, method="structure", keep_collapsed=False)
    return shapes.set_geometry(repaired, crs=WGS84).reset_index(drop=True)
