"""Read the reference files (municipalities, districts) and stage them into mart-shaped frames."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from etl.contract.reference import DistrictsTable, MunicipalitiesTable
from etl.contract.validation import SourceTable, check_table
from etl.core import cells
from etl.core.cells import read_raw_csv
from etl.core.errors import InvalidInputError, Problem
from etl.reference.names import district_codes_by_name

MUNICIPALITIES_FILE = "gemeenten_oost_nederland_2019.csv"
DISTRICTS_FILE = "districten.csv"

# mart column -> column of the source file (the source keeps CBS's Dutch names)
MUNICIPALITY_COLUMNS = {
    "municipality_code": "gemeente_code",
    "name": "gemeente_naam",
    "province": "provincie",
    "district_code": "district",
    "inhabitants": "inwoners",
    "inhabitants_date": "inwoners_peildatum",
    "area_km2": "oppervlakte_km2",
    "lat": "centroid_lat",
    "lon": "centroid_lon",
    "source": "bron_inwoners",
}
DISTRICT_COLUMNS = {
    "district_code": "district_code",
    "name": "district_naam",
    "safety_region": "veiligheidsregio",
    "reference_date": "peildatum",
    "source": "bron",
}


@dataclass(frozen=True)
class Reference:
    """The validated reference tables, in mart shape, and the files they came from."""

    municipalities: pd.DataFrame
    districts: pd.DataFrame
    inputs: tuple[Path, ...]


def load_reference(folder: Path) -> Reference:
    """Read, stage and validate both reference files; raise with every problem found in either."""
    municipality_path, district_path = folder / MUNICIPALITIES_FILE, folder / DISTRICTS_FILE
    problems: list[Problem] = []
    raw_districts = _read_or_collect(district_path, DISTRICT_COLUMNS, problems)
    raw_municipalities = _read_or_collect(municipality_path, MUNICIPALITY_COLUMNS, problems)
    if problems:
        raise InvalidInputError(problems)
    districts = stage_districts(raw_districts)
    municipalities = stage_municipalities(raw_municipalities, districts)
    district_names = tuple(districts["name"])
    checks = [
        (municipalities, MunicipalitiesTable, raw_municipalities, municipality_path,
         MUNICIPALITY_COLUMNS, {"district_code": district_names}),
        (district_table(districts, municipalities), DistrictsTable, raw_districts, district_path,
         DISTRICT_COLUMNS, {}),
    ]  # fmt: skip
    validated = []
    for frame, schema, raw, path, columns, allowed in checks:
        source = SourceTable(path.name, raw, columns, allowed=allowed)
        try:
            validated.append(check_table(frame, schema, source))
        except InvalidInputError as err:
            problems.extend(err.problems)
    if problems:
        raise InvalidInputError(problems)
    return Reference(validated[0], validated[1], (municipality_path, district_path))


def _read_or_collect(path: Path, required: dict[str, str], problems: list[Problem]):
    try:
        return read_raw_csv(path, list(required.values()))
    except InvalidInputError as err:
        problems.extend(err.problems)
        return None


def stage_districts(raw: pd.DataFrame) -> pd.DataFrame:
    """Rename to mart columns and parse the reference date; unparseable cells become empty."""
    return pd.DataFrame(
        {
            "district_code": raw["district_code"].str.strip(),
            "name": raw["district_naam"].str.strip(),
            "safety_region": raw["veiligheidsregio"].str.strip(),
            "reference_date": cells.dates(raw["peildatum"]),
            "source": raw["bron"].str.strip(),
        }
    )


def stage_municipalities(raw: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    """Rename to mart columns, parse numbers and dates, and replace district names by codes.

    An unknown district name is kept as it is, so the schema rejects it with the user's value.
    """
    code_by_name = district_codes_by_name(districts)
    district = raw["district"].str.strip()
    return pd.DataFrame(
        {
            "municipality_code": raw["gemeente_code"].str.strip(),
            "name": raw["gemeente_naam"].str.strip(),
            "province": raw["provincie"].str.strip(),
            "district_code": district.map(code_by_name).fillna(district),
            "inhabitants": cells.whole_numbers(raw["inwoners"]),
            "inhabitants_date": cells.dates(raw["inwoners_peildatum"]),
            "area_km2": cells.numbers(raw["oppervlakte_km2"]),
            "lat": cells.numbers(raw["centroid_lat"]),
            "lon": cells.numbers(raw["centroid_lon"]),
            "source": raw["bron_inwoners"].str.strip(),
        }
    )


def district_table(districts: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """Add the number of municipalities and inhabitants per district."""
    per_district = municipalities.groupby("district_code").agg(
        n_municipalities=("municipality_code", "size"), inhabitants=("inhabitants", "sum")
    )
    table = districts.join(per_district, on="district_code")
    filled = table[["n_municipalities", "inhabitants"]].fillna(0).astype("int64")
    return table.assign(**filled)[[*DISTRICT_COLUMNS, "n_municipalities", "inhabitants"]]
