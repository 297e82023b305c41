"""Tiny literal registers of governance bodies, shared by the bodies, card and table tests."""

from __future__ import annotations

import pandas as pd

HOSTILE = "<img src=x onerror=alert(1)> **vet** [klik](javascript:x) $x$"

BODY_COLUMNS = (
    "body_id", "name", "body_type", "kind", "level", "district_code", "chair", "members", "role",
    "mandate_type", "mandate", "status", "maturity", "themes", "source",
)  # fmt: skip


def body(body_id, name, level="regionaal", **values) -> dict:
    row = dict.fromkeys(BODY_COLUMNS)
    row.update(body_id=body_id, name=name, level=level, body_type="werkgroep", members=[])
    row.update(themes=[], source=f"bron {body_id}")
    row.update(values)
    return row


def bodies() -> pd.DataFrame:
    return pd.DataFrame(
        [
            body("rvo", "Regionaal Veiligheidsoverleg (RVO)", body_type="bestuurlijk overleg",
                 kind="bestuurlijk", mandate_type="besluitvormend", status="actief",
                 themes=["ondermijning"]),
            body("bbg", "Bestuurlijke Begeleidingsgroep", kind="bestuurlijk",
                 chair="burgemeester van Enschede", members=["OM", "politie"],
                 status="actief", themes=["ondermijning", "cyber"]),
            body("coord", "Coördinator", body_type="functie", kind="ambtelijk", status=None),
            body("lst", "Landelijk Schakelteam", level="landelijk", status="opgeheven"),
            body("dvo-05", "DVO Twente", level="district", district_code="VR05", kind="bestuurlijk",
                 body_type="dvo", status="actief", maturity="goed werkend"),
            body("net-05", "Netwerk Twente", level="district", district_code="VR05",
                 body_type="districtsnetwerk", kind="ambtelijk", status="onbekend",
                 maturity="in ontwikkeling", themes=["cyber"]),
            body("net-04", "Netwerk IJsselland", level="district", district_code="VR04",
                 body_type="districtsnetwerk", kind="ambtelijk", status="actief"),
        ],
        columns=list(BODY_COLUMNS),
    )  # fmt: skip


def relations() -> pd.DataFrame:
    rows = [
        ("rvo", "bbg", "geeft opdracht aan", "namens het RVO"),
        ("bbg", "rvo", "is vertegenwoordigd in", None),
        ("coord", "bbg", "ondersteunt", "bereidt voor"),
        ("net-05", "dvo-05", "ondersteunt", None),
        ("bbg", "elders", "stemt af met", None),
        ("bbg", "bbg", "stemt af met", None),
    ]
    return pd.DataFrame(
        [(*row, "bron") for row in rows],
        columns=["source_body_id", "target_body_id", "relation", "note", "source"],
    )


def themes() -> pd.DataFrame:
    return pd.DataFrame(
        {"theme_id": ["ondermijning", "cyber"], "name": ["Ondermijning", "Cybercrime"]}
    )


def districts() -> pd.DataFrame:
    return pd.DataFrame({"district_code": ["VR05", "VR04"], "name": ["Twente", "IJsselland"]})
