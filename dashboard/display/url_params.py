"""Every URL parameter of the app, in one table: a view is shared by its link.

The names are Dutch because people read and share the links. A name that was unified keeps its
old spelling as an alias (`ALIASES`), so links shared before still open the same view.
"""

from __future__ import annotations

DISTRICT = "district"
MUNICIPALITY = "gemeente"
DEMO = "demo"
LAYER = "laag"  # map layer, on Kaart, Financiering and Pilots
YEAR = "jaar"
THEME = "thema"
LEVEL = "niveau"
STATUS = "status"
BODY = "overleg"
CATEGORY = "categorie"
FROM_YEAR = "van"
TO_YEAR = "tot"
PILOT = "pilot"
INDICATOR = "indicator"
# The what-if on Financiering: for which place, at which rate (tenths of a cent: 80 = € 0,08)
# and growth of the inhabitants (tenths of a percent: 15 = +1,5%).
WHAT_IF_PLACE = "wat_als"
WHAT_IF_RATE = "tarief"
WHAT_IF_GROWTH = "groei"
# Set only by the sign-in routes (dashboard/server/signin.py), removed by Gegevensbeheer.
SIGN_IN = "aanmelden"
SIGN_IN_FAILED = "mislukt"

ALL_VALUES = "alle"  # the value that stands for "no filter"

# old name → current name; read once when a page opens, then the link shows the current name
ALIASES = {"kaartlaag": LAYER}

PARAMS = (
    DISTRICT, MUNICIPALITY, DEMO, LAYER, YEAR, THEME, LEVEL, STATUS, BODY, CATEGORY, FROM_YEAR,
    TO_YEAR, PILOT, INDICATOR, WHAT_IF_PLACE, WHAT_IF_RATE, WHAT_IF_GROWTH, SIGN_IN,
)  # fmt: skip
