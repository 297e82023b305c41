"""The hexagon tile map ("tegelkaart"): one regular hexagon per municipality near its centroid.

Used when no real boundaries are available, so the dashboard always has a map. The tiles lie on
one hexagonal grid in RD New (EPSG:28992); every municipality gets its own cell, so tiles never
overlap, and neighbouring tiles share an edge.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

CODE = "municipality_code"
RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"

# Distance between neighbouring cell centres (the hexagon's width across its flat sides), in metres.
# Taken from the data; these bounds keep one or two far-apart municipalities readable.
DEFAULT_WIDTH_M = 7_000.0
MIN_WIDTH_M = 2_000.0
MAX_WIDTH_M = 15_000.0


def hexagon_tiles(municipalities: pd.DataFrame) -> gpd.GeoDataFrame:
    """One pointy-topped hexagon per municipality, in the row order of the input.

    Reads `municipality_code`, `lat` and `lon` (WGS84); returns `municipality_code` and a hexagon
    `geometry` in RD New. The same input always gives the same tiles.
    """
    codes = municipalities[CODE].astype(str).to_numpy()
    centres = project_centroids(municipalities)
    if len(centres) == 0:
        return gpd.GeoDataFrame({CODE: codes}, geometry=gpd.GeoSeries([], crs=RD_NEW), crs=RD_NEW)
    width = cell_width(centres, municipalities.get("area_km2"))
    cells = grid_cells(centres, width)
    chosen = assign_cells(centres, cells)
    return gpd.GeoDataFrame({CODE: codes, "geometry": hexagons(cells[chosen], width)}, crs=RD_NEW)


def project_centroids(municipalities: pd.DataFrame) -> np.ndarray:
    """The lat/lon centroids as an (n, 2) array of RD New x/y in metres."""
    missing = municipalities[municipalities[["lat", "lon"]].isna().any(axis=1)]
    if not missing.empty:
        codes = ", ".join(missing[CODE].astype(str))
        raise ValueError(f"Geen middelpunt (lat/lon) voor gemeente(n) {codes}; geen tegelkaart.")
    points = gpd.GeoSeries(gpd.points_from_xy(municipalities["lon"], municipalities["lat"]))
    return shapely.get_coordinates(points.set_crs(WGS84).to_crs(RD_NEW).values)


def cell_width(centres: np.ndarray, areas_km2: pd.Series | None = None) -> float:
    """Cell spacing: hexagons as large as the average municipality, so the tiles close up.

    A hexagon of flat-to-flat width w has area w² √3 / 2; for Oost-Nederland (on average
    112 km²) that is about 11,4 km. Without areas: the median distance from a centroid to its
    nearest neighbour. Clipped to MIN_WIDTH_M…MAX_WIDTH_M; DEFAULT_WIDTH_M for a single one.
    """
    if areas_km2 is not None and areas_km2.notna().all() and len(areas_km2) > 0:
        width = np.sqrt(2 * float(areas_km2.mean()) * 1e6 / np.sqrt(3))
        return float(np.clip(width, MIN_WIDTH_M, MAX_WIDTH_M))
    if len(centres) < 2:
        return DEFAULT_WIDTH_M
    distances = pairwise_distances(centres, centres)
    np.fill_diagonal(distances, np.inf)
    return float(np.clip(np.median(distances.min(axis=1)), MIN_WIDTH_M, MAX_WIDTH_M))


def grid_cells(centres: np.ndarray, width: float) -> np.ndarray:
    """Centres of the grid cells around the centroids, as an (m, 2) array with m >= n.

    Pointy-topped hexagons in offset rows: odd rows shift half a cell to the right. The margin
    grows with n, so there are always enough cells, even when all centroids coincide.
    """
    row_height = width * np.sqrt(3) / 2
    margin = 3 + int(np.sqrt(len(centres)) / 2)
    (x_min, y_min), (x_max, y_max) = centres.min(axis=0), centres.max(axis=0)
    cols = np.arange(np.floor(x_min / width) - margin, np.ceil(x_max / width) + margin + 1)
    rows = np.arange(
        np.floor(y_min / row_height) - margin, np.ceil(y_max / row_height) + margin + 1
    )
    col, row = np.meshgrid(cols, rows)
    x = width * (col + 0.5 * np.mod(row, 2))
    return np.column_stack([x.ravel(), (row_height * row).ravel()])


def assign_cells(centres: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """The index of one distinct cell per municipality.

    Greedy matching: of all (municipality, cell) pairs the closest are matched first, skipping
    municipalities that have a cell and cells that are taken. Ties go to the earlier row.
    """
    distances = pairwise_distances(centres, cells)
    order = np.argsort(distances, axis=None, kind="stable")
    municipality_of, cell_of = np.unravel_index(order, distances.shape)
    chosen = np.full(len(centres), -1)
    taken = np.zeros(len(cells), dtype=bool)
    remaining = len(centres)
    for municipality, cell in zip(municipality_of.tolist(), cell_of.tolist(), strict=True):
        if chosen[municipality] >= 0 or taken[cell]:
            continue
        chosen[municipality], taken[cell] = cell, True
        remaining -= 1
        if remaining == 0:
            break
    return chosen


def hexagons(centres: np.ndarray, width: float) -> np.ndarray:
    """Regular pointy-topped hexagons of the given flat-to-flat width around the centres."""
    radius = width / np.sqrt(3)
    angles = np.deg2rad(30 + 60 * np.arange(6))
    corners = np.column_stack([np.cos(angles), np.sin(angles)]) * radius
    return shapely.polygons(centres[:, None, :] + corners[None, :, :])


def pairwise_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distances between the rows of a (n, 2) and b (m, 2), as an (n, m) array."""
    return np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])
