"""Municipality boundaries for the maps, from the first source that works (DESIGN §2).

1. The file configured in `VNON_BOUNDARIES` (GeoJSON, TopoJSON or GeoPackage with CBS `statcode`);
   when it is configured it must work: its problems are raised as `InvalidInputError`.
2. The CBS generalised boundaries of the configured year from PDOK, downloaded once into the
   cache folder of the data root; network and data problems only add a note.
3. The hexagon tile map of `etl.geo.hexmap`, computed from the centroids, so there is always a map.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import requests
import shapely
from pyproj.exceptions import ProjError
from shapely.errors import ShapelyError

from etl.core import atomic
from etl.core.errors import InvalidInputError, Problem
from etl.core.settings import Settings
from etl.geo.hexmap import hexagon_tiles

CODE = "municipality_code"
STATCODE = "statcode"
RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
# Generous box around the Netherlands in RD New (x_min, y_min, x_max, y_max), in metres.
RD_NEW_BOX = (-25_000.0, 280_000.0, 310_000.0, 660_000.0)

PDOK_URL = "https://service.pdok.nl/cbs/gebiedsindelingen/{year}/wfs/v1_0"
PDOK_PARAMS = {
    "request": "GetFeature",
    "service": "WFS",
    "version": "2.0.0",
    "typeName": "gebiedsindelingen:gemeente_gegeneraliseerd",
    "outputFormat": "json",
}
PDOK_TIMEOUT = (3, 20)  # seconds to connect, seconds to wait for the answer

TILE_SOURCE = (
    "Tegelkaart: één zeshoek per gemeente, berekend uit de middelpunten (geen grenzen beschikbaar)"
)


@dataclass(frozen=True)
class Boundaries:
    """Municipality shapes in RD New, where they came from, and what went wrong on the way."""

    shapes: gpd.GeoDataFrame  # municipality_code, geometry; EPSG:28992; input order
    kind: str  # 'bestand' | 'pdok' | 'tegelkaart'
    source: str  # Dutch one-liner for the dashboard's "bron" section
    notes: tuple[str, ...]  # Dutch warnings to show or log


class PdokError(Exception):
    """A PDOK download or cached download that cannot be used; the message is the Dutch reason."""


def load_boundaries(
    municipalities: pd.DataFrame, settings: Settings, *, session: requests.Session | None = None
) -> Boundaries:
    """Shapes for the rows of `municipalities` (one per row, same order) from the first source.

    Reads `municipality_code` (and `lat`/`lon` for the tile map). Writes only the PDOK cache file.
    Raises InvalidInputError for a configured file that cannot be used; never for the network.
    """
    codes = municipalities[CODE].astype(str).tolist()
    if settings.boundaries_file is not None:
        return from_file(settings.boundaries_file, codes, settings.boundary_year)
    boundaries, notes = from_pdok(codes, settings, session)
    if boundaries is not None:
        return boundaries
    return Boundaries(hexagon_tiles(municipalities), "tegelkaart", TILE_SOURCE, tuple(notes))


# --- 1. a configured file ---------------------------------------------------------------------


def from_file(path: Path, codes: list[str], year: int) -> Boundaries:
    """The requested municipalities from a CBS boundary file, reprojected to RD New."""
    shapes = file_shapes(path, read_boundary_file(path), codes, year)
    return Boundaries(shapes, "bestand", f"CBS-gemeentegrenzen {year} uit bestand {path.name}", ())


def file_shapes(
    path: Path, frame: gpd.GeoDataFrame, codes: list[str], year: int
) -> gpd.GeoDataFrame:
    """The requested shapes of a file that was read; InvalidInputError says what is wrong."""
    if STATCODE not in frame.columns:
        found = ", ".join(str(column) for column in frame.columns if column != "geometry")
        message = (
            "kolom 'statcode' ontbreekt; verwacht worden CBS-gemeentegrenzen met de gemeentecode "
            f"in 'statcode' (bijv. GM0150) en de naam in 'statnaam'. Gevonden kolommen: {found}"
        )
        raise file_error(path, message, column=STATCODE)
    try:
        shapes, missing = select_shapes(frame, codes)
    except (ShapelyError, ProjError) as exc:
        message = f"de vlakken kunnen niet worden omgerekend of hersteld ({exc})"
        raise file_error(path, message) from exc
    if missing:
        message = (
            f"{len(missing)} gevraagde gemeentecode(s) ontbreken of hebben geen vlak: "
            f"{listed(missing)}. Is dit het bestand met de gemeentegrenzen van {year}?"
        )
        raise file_error(path, message, column=STATCODE)
    if not within(shapes.total_bounds, RD_NEW_BOX):
        message = (
            "de coördinaten liggen na omrekening naar RD New niet in Nederland; klopt het "
            "coördinatenstelsel van het bestand? (zonder opgave wordt WGS84 aangenomen)"
        )
        raise file_error(path, message)
    return shapes


def read_boundary_file(path: Path) -> gpd.GeoDataFrame:
    """The file as read by pyogrio; a missing CRS (GDAL's TopoJSON) is taken to be WGS84."""
    if not path.is_file():
        raise file_error(
            path, "het grenzenbestand (VNON_BOUNDARIES) bestaat niet of is geen bestand"
        )
    try:
        frame = gpd.read_file(path, layer=boundary_layer(path))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
        message = f"kan niet worden gelezen als GeoJSON, TopoJSON of GeoPackage ({exc})"
        raise file_error(path, message) from exc
    return frame if frame.crs is not None else frame.set_crs(WGS84)


def boundary_layer(path: Path) -> str:
    """The layer to read: the first whose name mentions 'gemeente', else the first layer."""
    names = [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    return next((name for name in names if "gemeente" in name.lower()), names[0])


def file_error(path: Path, message: str, column: str | None = None) -> InvalidInputError:
    """The error for a configured boundary file, naming the file (and the column)."""
    return InvalidInputError([Problem(file=str(path), message=message, column=column)])


# --- 2. PDOK, cached ---------------------------------------------------------------------------


def from_pdok(
    codes: list[str], settings: Settings, session: requests.Session | None
) -> tuple[Boundaries | None, list[str]]:
    """PDOK boundaries from the cache, else freshly downloaded and cached; plus Dutch notes.

    Returns None (with the reason in the notes) when neither works.
    """
    year = settings.boundary_year
    cache = settings.data.cache / f"pdok_gemeente_{year}.geojson"
    notes: list[str] = []
    if cache.exists():
        try:
            shapes = pdok_shapes(read_cache(cache), codes)
            return pdok_boundaries(shapes, year, cache, notes), notes
        except PdokError as exc:
            notes.append(f"De bewaarde PDOK-download {cache} is onbruikbaar: {exc}.")
    if not settings.allow_download:
        notes.append(
            f"Downloaden staat uit (VNON_OFFLINE) en er is geen bruikbare PDOK-download van de "
            f"gemeentegrenzen {year} of grenzenbestand (VNON_BOUNDARIES); "
            "de tegelkaart wordt gebruikt."
        )
        return None, notes
    try:
        collection = download(year, session)
        shapes = pdok_shapes(collection, codes)
    except PdokError as exc:
        notes.append(
            f"PDOK-download van de gemeentegrenzen {year} mislukt: {exc}; "
            "de tegelkaart wordt gebruikt."
        )
        return None, notes
    notes.extend(write_cache(cache, collection))
    return pdok_boundaries(shapes, year, cache, notes), notes


def pdok_boundaries(
    shapes: gpd.GeoDataFrame, year: int, cache: Path, notes: list[str]
) -> Boundaries:
    """Boundaries of kind 'pdok', dated by the cache file (today if it could not be written)."""
    day = dt.date.fromtimestamp(cache.stat().st_mtime) if cache.exists() else dt.date.today()
    source = (
        f"CBS/Kadaster via PDOK (gebiedsindelingen {year}, gegeneraliseerd), "
        f"gedownload op {day:%d-%m-%Y}"
    )
    return Boundaries(shapes, "pdok", source, tuple(notes))


def download(year: int, session: requests.Session | None) -> object:
    """The decoded JSON of a WFS GetFeature for all municipalities of the year."""
    get = session.get if session is not None else requests.get
    try:
        response = get(PDOK_URL.format(year=year), params=PDOK_PARAMS, timeout=PDOK_TIMEOUT)
    except requests.ConnectTimeout as exc:
        raise PdokError(
            f"geen verbinding met service.pdok.nl binnen {PDOK_TIMEOUT[0]} seconden"
        ) from exc
    except requests.Timeout as exc:
        raise PdokError(f"geen antwoord binnen {PDOK_TIMEOUT[1]} seconden") from exc
    except requests.ConnectionError as exc:
        raise PdokError("geen verbinding met service.pdok.nl") from exc
    except requests.RequestException as exc:
        raise PdokError(f"netwerkfout ({type(exc).__name__})") from exc
    if response.status_code != 200:
        raise PdokError(f"de server antwoordde met HTTP-status {response.status_code}")
    try:
        return response.json()
    except (ValueError, requests.RequestException) as exc:
        raise PdokError("het antwoord is geen geldige JSON") from exc


def read_cache(path: Path) -> object:
    """The decoded JSON of an earlier download."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PdokError(f"het bestand is geen leesbare JSON ({type(exc).__name__})") from exc


def pdok_shapes(collection: object, codes: list[str]) -> gpd.GeoDataFrame:
    """The requested municipalities from a WFS GeoJSON answer; PdokError says what is wrong.

    The answer is in RD New unless its `crs` member says otherwise.
    """
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list) or not features:
        raise PdokError("het antwoord bevat geen gemeenten (geen 'features')")
    try:
        frame = gpd.GeoDataFrame.from_features(features, crs=declared_crs(collection))
        if STATCODE not in frame.columns:
            raise PdokError("de gemeenten in het antwoord hebben geen eigenschap 'statcode'")
        shapes, missing = select_shapes(frame, codes)
    except (AttributeError, KeyError, TypeError, ValueError, ProjError, ShapelyError) as exc:
        raise PdokError(f"het antwoord is geen leesbare GeoJSON ({type(exc).__name__})") from exc
    if missing:
        raise PdokError(
            f"{len(missing)} gemeentecode(s) ontbreken in het antwoord: {listed(missing)}"
        )
    if not within(shapes.total_bounds, RD_NEW_BOX):
        raise PdokError("de coördinaten liggen niet in Nederland (onverwacht coördinatenstelsel)")
    return shapes


def declared_crs(collection: dict) -> str:
    """The CRS named in the GeoJSON's `crs` member; RD New, PDOK's default, when there is none."""
    member = collection.get("crs") or {}
    return (member.get("properties") or {}).get("name") or RD_NEW


def write_cache(path: Path, collection: object) -> list[str]:
    """Store a validated download atomically (etl.core.atomic); a failure only adds a note."""
    try:
        atomic.write_text(path, json.dumps(collection, ensure_ascii=False))
    except OSError as exc:
        return [
            f"De PDOK-download kon niet worden bewaard in {path} ({exc.strerror or exc}); "
            "de volgende keer wordt opnieuw gedownload."
        ]
    return []


# --- shared by file and PDOK -------------------------------------------------------------------


def select_shapes(frame: gpd.GeoDataFrame, codes: list[str]) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The requested codes in the requested order, in RD New, as valid (multi)polygons.

    Invalid shapes are repaired with shapely.make_valid and stripped of line or point parts;
    several rows with one code are merged. Also returns the codes without a (non-empty) shape.
    """
    frame = frame.to_crs(RD_NEW)
    statcode = frame[STATCODE].astype(str).str.strip()
    wanted = statcode.isin(codes).to_numpy()
    shapes = gpd.GeoDataFrame(
        {
            CODE: statcode[wanted].to_numpy(),
            "geometry": polygons_only(frame.geometry.values[wanted]),
        },
        crs=RD_NEW,
    )
    shapes = shapes[shapes.geometry.notna() & ~shapes.geometry.is_empty]
    if shapes[CODE].duplicated().any():
        shapes = shapes.dissolve(by=CODE, as_index=False)
    found = set(shapes[CODE])
    missing = [code for code in dict.fromkeys(codes) if code not in found]
    shapes = shapes.set_index(CODE).reindex(codes).reset_index()
    return gpd.GeoDataFrame(shapes[[CODE, "geometry"]], geometry="geometry", crs=RD_NEW), missing


def polygons_only(geometries: np.ndarray) -> np.ndarray:
    """Invalid geometries repaired (shapely.make_valid); only their polygonal parts are kept."""
    geometries = np.asarray(geometries, dtype=object).copy()
    finite = np.isfinite(shapely.bounds(geometries)).all(axis=1)  # not None, empty or inf
    invalid = finite & ~shapely.is_valid(geometries)
    repaired = shapely.make_valid(geometries[invalid], method="structure", keep_collapsed=False)
    geometries[invalid] = [polygonal_part(geometry) for geometry in repaired]
    return geometries


def polygonal_part(geometry: shapely.Geometry) -> shapely.Geometry:
    """The Polygon/MultiPolygon part of a geometry; an empty polygon when it has none."""
    if geometry.geom_type in {"Polygon", "MultiPolygon"}:
        return geometry
    parts = [part for part in shapely.get_parts(geometry) if part.area > 0]
    polygons = [polygonal_part(part) for part in parts]
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


def within(bounds: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    """Whether bounds (x_min, y_min, x_max, y_max) lie inside the box."""
    x_min, y_min, x_max, y_max = (float(value) for value in bounds)
    return box[0] <= x_min and box[1] <= y_min and x_max <= box[2] and y_max <= box[3]


def listed(codes: list[str], limit: int = 10) -> str:
    """Codes for a message: the first `limit`, then an ellipsis."""
    return ", ".join(codes[:limit]) + (" …" if len(codes) > limit else "")
