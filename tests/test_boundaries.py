"""Tests for etl/boundaries.py: configured file, cached PDOK download, tile-map fallback."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import requests

from etl.core.errors import InvalidInputError
from etl.core.settings import DataRoot, Settings
from etl.geo.boundaries import load_boundaries

from .samples import THREE, oost_municipalities

HERE = Path(__file__).parent
SHARED_GEO = Path(os.environ.get("VNON_SHARED") or HERE.parents[1] / "shared") / "geo"
TOPOJSON = SHARED_GEO / "gemeente_2019.topojson"
PDOK_FIXTURE = HERE / "fixtures" / "pdok_gemeente_2019_oost.json"

needs_shared_geo = pytest.mark.skipif(
    not TOPOJSON.is_file(), reason=f"{TOPOJSON} ontbreekt (zie DESIGN §2: ../shared/geo)"
)

PDOK_URL = "https://service.pdok.nl/cbs/gebiedsindelingen/2019/wfs/v1_0"
PDOK_PARAMS = {
    "request": "GetFeature",
    "service": "WFS",
    "version": "2.0.0",
    "typeName": "gebiedsindelingen:gemeente_gegeneraliseerd",
    "outputFormat": "json",
}
TILE_SOURCE = (
    "Tegelkaart: één zeshoek per gemeente, berekend uit de middelpunten (geen grenzen beschikbaar)"
)
RD_CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}

# --- helpers -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def oost() -> pd.DataFrame:
    return oost_municipalities()


@pytest.fixture(scope="module")
def pdok_answer() -> dict:
    """The recorded WFS answer (made from cartomap/nl, see tests/fixtures/make_pdok_fixture.py)."""
    return json.loads(PDOK_FIXTURE.read_text(encoding="utf-8"))


def make_settings(root: Path, *, file: Path | None = None, download: bool = True) -> Settings:
    return Settings(
        data=DataRoot(root / "data"),
        boundaries_file=file,
        boundary_year=2019,
        allow_download=download,
    )


def cache_of(root: Path) -> Path:
    return root / "data" / "cache" / "pdok_gemeente_2019.geojson"


def write_geojson(path: Path, features: list[dict], crs: dict | None = RD_CRS) -> Path:
    collection: dict = {"type": "FeatureCollection", "features": features}
    if crs is not None:
        collection["crs"] = crs
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def square(code: str, x: float, y: float, size: float = 1_000.0, **extra: str) -> dict:
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    properties = {"statcode": code, **extra}
    return {"type": "Feature", "properties": properties, "geometry": polygon(ring)}


def polygon(ring: list[list[float]]) -> dict:
    return {"type": "Polygon", "coordinates": [ring]}


def three_squares() -> list[dict]:
    return [square(code, 200_000 + 5_000 * i, 450_000) for i, code in enumerate(THREE.iloc[:, 0])]


class FakeResponse:
    def __init__(self, status_code: int, payload: object = None, error: Exception | None = None):
        self.status_code = status_code
        self.payload = payload
        self.error = error

    def json(self) -> object:
        if self.error is not None:
            raise self.error
        return copy.deepcopy(self.payload)

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code} Server Error")


class FakeSession:
    """Records every GET and answers with one response, or raises one exception."""

    def __init__(self, answer: FakeResponse | Exception):
        self.answer = answer
        self.calls: list[tuple[str, dict]] = []

    def get(self, url: str, **kwargs: object) -> FakeResponse:
        self.calls.append((url, kwargs))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


class NoNetwork:
    def get(self, url: str, **kwargs: object) -> FakeResponse:
        pytest.fail(f"unexpected download of {url}")


# --- 1. a configured file ----------------------------------------------------------------------


@needs_shared_geo
def test_topojson_gives_76_valid_polygons_in_rd_new(tmp_path: Path, oost: pd.DataFrame) -> None:
    settings = make_settings(tmp_path, file=TOPOJSON, download=True)
    result = load_boundaries(oost, settings, session=NoNetwork())
    assert result.kind == "bestand"
    assert result.source == "CBS-gemeentegrenzen 2019 uit bestand gemeente_2019.topojson"
    assert result.notes == ()
    shapes = result.shapes
    assert list(shapes.columns) == ["municipality_code", "geometry"]
    assert shapes["municipality_code"].tolist() == oost["municipality_code"].tolist()
    assert shapes.crs == "EPSG:28992"
    assert shapes.is_valid.all()  # GM0293 Westervoort self-intersects after reprojection
    assert shapes.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    assert (shapes.area / 1e6 - oost["area_km2"]).abs().max() < 0.05
    points = gpd.GeoSeries(gpd.points_from_xy(oost["lon"], oost["lat"]), crs="EPSG:4326")
    assert shapes.contains(points.to_crs("EPSG:28992")).all()
    assert not cache_of(tmp_path).exists()


@needs_shared_geo
@pytest.mark.parametrize(
    ("name", "crs"), [("copy.gpkg", "EPSG:28992"), ("copy.geojson", "EPSG:4326")]
)
def test_geopackage_and_geojson_copies_give_the_same_shapes(
    tmp_path: Path, name: str, crs: str
) -> None:
    source = gpd.read_file(TOPOJSON).set_crs("EPSG:4326")
    subset = source[source["statcode"].isin(THREE["municipality_code"])]
    subset[["statcode", "statnaam", "geometry"]].to_crs(crs).to_file(tmp_path / name)
    result = load_boundaries(THREE, make_settings(tmp_path, file=tmp_path / name))
    expected = subset.set_index("statcode").loc[THREE["municipality_code"]].to_crs("EPSG:28992")
    assert result.kind == "bestand"
    assert result.source == f"CBS-gemeentegrenzen 2019 uit bestand {name}"
    assert result.shapes["municipality_code"].tolist() == ["GM0150", "GM0153", "GM0202"]
    assert result.shapes.crs == "EPSG:28992"
    areas = result.shapes.area.to_numpy()
    assert areas == pytest.approx(expected.area.to_numpy(), rel=1e-6)
    assert 130e6 < areas[0] < 140e6  # Deventer, about 136,85 km²


def test_invalid_shapes_in_a_file_become_valid_polygons(tmp_path: Path) -> None:
    x, y = 200_000, 450_000
    bow_tie = [[x, y], [x + 2000, y + 2000], [x + 2000, y], [x, y + 2000], [x, y]]
    spike = [[x, y], [x + 1000, y], [x + 1500, y], [x + 1000, y], [x + 1000, y + 1000], [x, y]]
    features = [
        {"type": "Feature", "properties": {"statcode": "GM0150"}, "geometry": polygon(bow_tie)},
        {"type": "Feature", "properties": {"statcode": "GM0153"}, "geometry": polygon(spike)},
        square("GM0202", x + 5_000, y),
    ]
    path = write_geojson(tmp_path / "ongeldig.geojson", features)
    shapes = load_boundaries(THREE, make_settings(tmp_path, file=path)).shapes
    assert shapes.is_valid.all()
    assert shapes.geom_type.tolist() == ["MultiPolygon", "Polygon", "Polygon"]
    assert shapes.area.tolist() == pytest.approx([2_000_000, 500_000, 1_000_000])


def test_rows_with_the_same_code_are_merged(tmp_path: Path) -> None:
    features = [*three_squares(), square("GM0150", 190_000, 450_000)]
    path = write_geojson(tmp_path / "delen.geojson", features)
    shapes = load_boundaries(THREE, make_settings(tmp_path, file=path)).shapes
    assert shapes["municipality_code"].tolist() == ["GM0150", "GM0153", "GM0202"]
    assert shapes.geom_type.tolist() == ["MultiPolygon", "Polygon", "Polygon"]
    assert shapes.area.tolist() == pytest.approx([2_000_000, 1_000_000, 1_000_000])


def test_a_missing_file_is_an_error_without_fallback(tmp_path: Path) -> None:
    path = tmp_path / "bestaat_niet.geojson"
    settings = make_settings(tmp_path, file=path, download=True)
    with pytest.raises(InvalidInputError) as caught:
        load_boundaries(THREE, settings, session=NoNetwork())
    assert str(path) in str(caught.value)
    assert "bestaat niet" in str(caught.value)
    assert caught.value.problems[0].file == str(path)


def test_an_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kapot.geojson"
    path.write_text("dit is geen GeoJSON", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="kan niet worden gelezen") as caught:
        load_boundaries(THREE, make_settings(tmp_path, file=path))
    assert str(path) in str(caught.value)


def test_a_file_without_statcode_is_an_error(tmp_path: Path) -> None:
    features = [square("GM0150", 200_000, 450_000)]
    features[0]["properties"] = {"code": "GM0150", "naam": "Deventer"}
    path = write_geojson(tmp_path / "zonder_statcode.geojson", features)
    with pytest.raises(InvalidInputError) as caught:
        load_boundaries(THREE, make_settings(tmp_path, file=path))
    problem = caught.value.problems[0]
    assert (problem.file, problem.column) == (str(path), "statcode")
    assert "kolom 'statcode' ontbreekt" in problem.message
    assert "code, naam" in problem.message  # the columns that were found


def test_a_file_missing_a_requested_code_names_the_code(tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "twee.geojson", three_squares()[:2])
    with pytest.raises(InvalidInputError) as caught:
        load_boundaries(THREE, make_settings(tmp_path, file=path))
    message = str(caught.value)
    assert str(path) in message
    assert "1 gevraagde gemeentecode(s) ontbreken" in message
    assert "GM0202" in message
    assert "GM0150" not in message


def test_rd_coordinates_without_a_crs_are_an_error(tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "zonder_crs.geojson", three_squares(), crs=None)
    with pytest.raises(InvalidInputError, match="niet in Nederland") as caught:
        load_boundaries(THREE, make_settings(tmp_path, file=path))
    assert str(path) in str(caught.value)


# --- 2. PDOK, cached ---------------------------------------------------------------------------


def test_pdok_download_is_requested_validated_and_cached(tmp_path: Path, pdok_answer: dict) -> None:
    session = FakeSession(FakeResponse(200, pdok_answer))
    result = load_boundaries(THREE, make_settings(tmp_path), session=session)
    assert session.calls == [(PDOK_URL, {"params": PDOK_PARAMS, "timeout": (3, 20)})]
    assert result.kind == "pdok"
    today = dt.date.today()
    assert result.source == (
        "CBS/Kadaster via PDOK (gebiedsindelingen 2019, gegeneraliseerd), "
        f"gedownload op {today:%d-%m-%Y}"
    )
    assert result.notes == ()
    assert result.shapes["municipality_code"].tolist() == ["GM0150", "GM0153", "GM0202"]
    assert result.shapes.crs == "EPSG:28992"
    assert result.shapes.area.to_numpy() / 1e6 == pytest.approx([136.85, 141.65, 101.42], abs=0.05)
    cache = cache_of(tmp_path)
    assert json.loads(cache.read_text(encoding="utf-8")) == pdok_answer
    assert [p.name for p in cache.parent.iterdir()] == [cache.name]  # no temp file left


def test_the_cache_is_used_the_second_time(tmp_path: Path, pdok_answer: dict) -> None:
    settings = make_settings(tmp_path)
    first = load_boundaries(THREE, settings, session=FakeSession(FakeResponse(200, pdok_answer)))
    second = load_boundaries(THREE, settings, session=NoNetwork())
    assert second.kind == "pdok"
    assert second.source == first.source
    assert second.shapes.geom_equals(first.shapes).all()


def test_a_cached_download_works_offline_for_all_76(
    tmp_path: Path, oost: pd.DataFrame, pdok_answer: dict
) -> None:
    cache = cache_of(tmp_path)
    cache.parent.mkdir(parents=True)
    cache.write_text(json.dumps(pdok_answer), encoding="utf-8")
    os.utime(cache, (1_700_000_000, 1_700_000_000))  # 14/15 November 2023
    result = load_boundaries(oost, make_settings(tmp_path, download=False), session=NoNetwork())
    assert result.kind == "pdok"
    assert result.source.endswith(f"gedownload op {dt.date.fromtimestamp(1_700_000_000):%d-%m-%Y}")
    assert result.shapes["municipality_code"].tolist() == oost["municipality_code"].tolist()
    assert result.shapes.is_valid.all()  # including the repaired GM0293 Westervoort
    assert (result.shapes.area / 1e6 - oost["area_km2"]).abs().max() < 0.05


def without(answer: dict, code: str) -> dict:
    features = [f for f in answer["features"] if f["properties"]["statcode"] != code]
    return {**answer, "features": features}


def renamed_statcode(answer: dict) -> dict:
    features = [
        {**f, "properties": {"code": f["properties"]["statcode"]}} for f in answer["features"]
    ]
    return {**answer, "features": features}


def lon_lat_without_crs() -> dict:
    """Degrees without a `crs` member: read as RD New, they lie at the RD origin, not in NL."""
    features = [square(code, 6.0 + i, 52.0, 0.01) for i, code in enumerate(THREE.iloc[:, 0])]
    return {"type": "FeatureCollection", "features": features}


FAILURES = {
    "geen verbinding": lambda answer: requests.ConnectionError("Connection refused"),
    "geen antwoord binnen 20 seconden": lambda answer: requests.ReadTimeout("read timed out"),
    "geen verbinding met service.pdok.nl binnen 3 seconden": lambda answer: (
        requests.ConnectTimeout()
    ),
    "HTTP-status 500": lambda answer: FakeResponse(500, {"fout": "intern"}),
    "geen geldige JSON": lambda answer: FakeResponse(
        200, error=requests.exceptions.JSONDecodeError("Expecting value", "<html>", 0)
    ),
    "ontbreken in het antwoord: GM0202": lambda answer: FakeResponse(
        200, without(answer, "GM0202")
    ),
    "geen gemeenten": lambda answer: FakeResponse(
        200, {"type": "FeatureCollection", "features": []}
    ),
    "geen eigenschap 'statcode'": lambda answer: FakeResponse(200, renamed_statcode(answer)),
    "niet in Nederland": lambda answer: FakeResponse(
        200,
        {"type": "FeatureCollection", "features": three_squares()}  # no crs: lon/lat as RD
        | {"features": [square(c, 6.0, 52.0, 0.01) for c in THREE["municipality_code"]]},
    ),
}


@pytest.mark.parametrize("reason", FAILURES)
def test_a_failed_download_gives_a_note_and_the_tile_map(
    tmp_path: Path, pdok_answer: dict, reason: str
) -> None:
    session = FakeSession(FAILURES[reason](pdok_answer))
    result = load_boundaries(THREE, make_settings(tmp_path), session=session)
    assert len(session.calls) == 1
    assert result.kind == "tegelkaart"
    assert result.source == TILE_SOURCE
    assert len(result.notes) == 1
    note = result.notes[0]
    assert note.startswith("PDOK-download van de gemeentegrenzen 2019 mislukt: ")
    assert note.endswith("; de tegelkaart wordt gebruikt.")
    assert reason in note
    assert result.shapes["municipality_code"].tolist() == ["GM0150", "GM0153", "GM0202"]
    assert result.shapes.crs == "EPSG:28992"
    assert not cache_of(tmp_path).exists()


def test_offline_without_cache_gives_the_tile_map(tmp_path: Path) -> None:
    result = load_boundaries(THREE, make_settings(tmp_path, download=False), session=NoNetwork())
    assert result.kind == "tegelkaart"
    assert len(result.notes) == 1
    assert "VNON_OFFLINE" in result.notes[0]
    assert "tegelkaart wordt gebruikt" in result.notes[0]


def test_a_broken_cache_is_downloaded_again(tmp_path: Path, pdok_answer: dict) -> None:
    cache = cache_of(tmp_path)
    cache.parent.mkdir(parents=True)
    cache.write_text('{"type": "FeatureCollection", "feat', encoding="utf-8")
    session = FakeSession(FakeResponse(200, pdok_answer))
    result = load_boundaries(THREE, make_settings(tmp_path), session=session)
    assert result.kind == "pdok"
    assert len(session.calls) == 1
    assert len(result.notes) == 1
    assert "onbruikbaar" in result.notes[0]
    assert json.loads(cache.read_text(encoding="utf-8")) == pdok_answer


def test_a_cache_that_cannot_be_written_costs_only_a_note(
    tmp_path: Path, pdok_answer: dict
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cache").write_text("een bestand, geen map", encoding="utf-8")
    session = FakeSession(FakeResponse(200, pdok_answer))
    result = load_boundaries(THREE, make_settings(tmp_path), session=session)
    assert result.kind == "pdok"
    assert len(result.notes) == 1
    assert "kon niet worden bewaard" in result.notes[0]
    assert result.source.endswith(f"gedownload op {dt.date.today():%d-%m-%Y}")
