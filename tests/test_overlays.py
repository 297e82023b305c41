"""Map overlays: districts by colour, and district networks by maturity with their DVO."""

from __future__ import annotations

import pandas as pd

from dashboard.display.palette import DISTRICT_COLOURS, MATURITY_COLOURS
from dashboard.maps import overlays

MUNICIPALITIES = pd.DataFrame(
    {"municipality_code": ["GM0150", "GM0153", "GM0202"],
     "district_code": ["VR04", "VR05", "VR07"]}
)  # fmt: skip
DISTRICTS = pd.DataFrame(
    {
        "district_code": ["VR05", "VR04", "VR07"],
        "name": ["Twente", "IJsselland", "Gelderland-Midden"],
    }
)
BODIES = pd.DataFrame(
    {
        "body_id": ["dvo-vr04", "dn-vr04", "dvo-vr05", "dn-vr05"],
        "name": ["DVO IJsselland", "Netwerk IJsselland", "DVO Twente", "Netwerk Twente"],
        "body_type": ["dvo", "districtsnetwerk", "dvo", "districtsnetwerk"],
        "district_code": ["VR04", "VR04", "VR05", "VR05"],
        "status": ["actief", "actief", "actief", "onbekend"],
        "maturity": [None, "goed werkend", None, "in ontwikkeling"],
    }
)


def test_district_overlay_colours_every_municipality_by_its_district():
    overlay = overlays.district_overlay(MUNICIPALITIES, DISTRICTS)
    assert overlay.colours == {
        "GM0150": DISTRICT_COLOURS["VR04"],
        "GM0153": DISTRICT_COLOURS["VR05"],
        "GM0202": DISTRICT_COLOURS["VR07"],
    }
    assert [label for label, _ in overlay.legend] == ["IJsselland", "Twente", "Gelderland-Midden"]


def test_governance_per_district_names_dvo_network_and_maturity():
    table = overlays.district_governance(DISTRICTS, BODIES).set_index("district_code")
    assert table.loc["VR04", ["dvo", "network", "maturity"]].tolist() == [
        "DVO IJsselland", "Netwerk IJsselland", "goed werkend",
    ]  # fmt: skip
    # Nothing registered for Gelderland-Midden: the network is missing, the DVO unknown.
    assert table.loc["VR07", ["dvo", "network", "maturity"]].tolist() == [
        "onbekend", "niet geregistreerd", "ontbreekt",
    ]  # fmt: skip


def test_governance_overlay_colours_by_maturity_and_explains_it():
    overlay = overlays.governance_overlay(MUNICIPALITIES, DISTRICTS, BODIES)
    assert overlay.colours == {
        "GM0150": MATURITY_COLOURS["goed werkend"],
        "GM0153": MATURITY_COLOURS["in ontwikkeling"],
        "GM0202": MATURITY_COLOURS["ontbreekt"],
    }
    assert [label for label, _ in overlay.legend] == [
        "goed werkend", "in ontwikkeling", "ontbreekt", "onbekend",
    ]  # fmt: skip
    assert overlay.tooltip["DVO"]["GM0153"] == "DVO Twente"
    assert overlay.tooltip["Districtsnetwerk"]["GM0202"] == "ontbreekt"


def test_governance_table_has_dutch_headers():
    table = overlays.governance_table(DISTRICTS, BODIES)
    assert list(table.columns) == [
        "District",
        "DVO",
        "Status DVO",
        "Districtsnetwerk",
        "Volwassenheid",
    ]
    assert table["District"].tolist() == ["IJsselland", "Twente", "Gelderland-Midden"]
