"""Tiny literal registers for the checklist of the field: complete bodies, tests blank out."""

from __future__ import annotations

import pandas as pd

DISTRICTS = pd.DataFrame(
    {"district_code": ["VR05", "VR04"], "name": ["Twente", "IJsselland"]},
)


def body(body_id: str, **values) -> dict:
    """A complete, well-described body; tests blank out what they check."""
    return {
        "body_id": body_id,
        "name": values.pop("name", body_id.upper()),
        "body_type": "bestuurlijk overleg",
        "district_code": None,
        "mandate_type": "besluitvormend",
        "mandate": "Besluit over de aanpak.",
        "status": "actief",
        "maturity": None,
        "themes": [],
        "source": f"bron {body_id}",
    } | values


def bodies(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(body("x")))


def relations(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"source_body_id": a, "target_body_id": b, "relation": r, "source": f"bron {a}-{b}"}
            for a, b, r in rows
        ],
        columns=["source_body_id", "target_body_id", "relation", "source"],
    )


def themes(*rows: tuple[str, str | None, str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "theme_id": theme_id,
                "name": theme_id.capitalize(),
                "portfolio_holder": holder,
                "expert_team_body_id": team,
                "source": f"bron {theme_id}",
            }
            for theme_id, holder, team in rows
        ]
    )


def network(district: str, maturity: str | None, body_id: str | None = None) -> dict:
    return body(
        body_id or f"net-{district}",
        name=f"Netwerk {district}",
        body_type="districtsnetwerk",
        district_code=district,
        maturity=maturity,
    )
