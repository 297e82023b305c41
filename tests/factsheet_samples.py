"""A hand-made profile of Twente and of Apeldoorn for the factsheet tests, and the real shapes."""

from __future__ import annotations

from dashboard.factsheet.render import Shapes
from dashboard.marts import Marts
from dashboard.profile.model import (
    ActivityLine,
    BodyLine,
    FundingYear,
    PilotLine,
    Profile,
    Source,
)
from dashboard.profile.place import Level, Place

TWENTE = Place(Level.DISTRICT, "Twente", "VR05", "Twente")
APELDOORN = Place(Level.MUNICIPALITY, "Apeldoorn", "VR06", "Noord- en Oost-Gelderland", "GM0200")
# Register text that Typst would read as markup if it were spliced into the template.
TRICKY = "Overleg #1 *vet* _schuin_ $x$ @ref <label> [haak] \\ einde"


def profile(place: Place = TWENTE, **changes) -> Profile:
    values = {
        "place": place,
        "inhabitants": 629284,
        "inhabitants_date": "1 januari 2019",
        "municipalities": ("Almelo", "Borne", "Enschede", "Hengelo"),
        "funding": (
            FundingYear(2020, 4404988, 0, 0, 23000000, 14),
            FundingYear(2021, 4404988, 100000, 50, 23000000, 14),
        ),
        "pilots": (
            PilotLine(
                "street-triage", "Street triage", "Lopend", "Overgenomen", False, ("12 ritten",)
            ),
            PilotLine(
                "regio", "Regionale pilot", "Gepland", "Regionaal", True, coverage="heel Twente"
            ),
        ),
        "bodies": (
            BodyLine("dvo-twente", "DVO Twente", "DVO", False, "", "Besluitvormend"),
            BodyLine("bbg", TRICKY, "Bestuurlijk overleg", True, "burgemeester van Enschede"),
        ),
        "activities": (
            ActivityLine("a1", "Ondermijningsprojecten", "2019–2022", "Gepland", "Ondermijning"),
        ),
        "sources": (
            Source("Inwoners", "CBS Kerncijfers wijken en buurten 2019", "1 januari 2019"),
            Source("Bijdragen", "Q&A Veiligheidsnetwerk Oost-Nederland, mei 2019", "mei 2019"),
        ),
        "built_at": "3 december 2026, 15:12",
        "notes": ("Het register kent geen betalingen.",),
    }
    return Profile(**{**values, **changes})


def shapes(marts: Marts) -> Shapes:
    return Shapes(marts.municipality_shapes, marts.district_shapes, marts.municipalities, "CBS")
