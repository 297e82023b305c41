"""Sample frames shared by tests: three known municipalities, and all 76 in the mart's shape."""

from __future__ import annotations

import pandas as pd

from .conftest import REPO

REFERENCE = REPO / "data" / "reference" / "gemeenten_oost_nederland_2019.csv"

THREE = pd.DataFrame(
    {
        "municipality_code": ["GM0150", "GM0153", "GM0202"],
        "name": ["Deventer", "Enschede", "Arnhem"],
        "lat": [52.26996, 52.22547, 52.00705],
        "lon": [6.23650, 6.86860, 5.87463],
        "district_code": ["VR04", "VR05", "VR07"],
    }
)


def oost_municipalities() -> pd.DataFrame:
    """The 76 municipalities with the municipalities mart's column names (district by name)."""
    reference = pd.read_csv(REFERENCE, dtype={"gemeente_code": str})
    columns = {
        "gemeente_code": "municipality_code",
        "gemeente_naam": "name",
        "centroid_lat": "lat",
        "centroid_lon": "lon",
        "district": "district_code",
        "oppervlakte_km2": "area_km2",
    }
    return reference.rename(columns=columns)[list(columns.values())]
