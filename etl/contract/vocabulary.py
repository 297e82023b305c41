"""Closed vocabularies, stored as their Dutch values (DESIGN §3): the words the template offers."""

from __future__ import annotations

BODY_TYPES = (
    "dvo", "districtsnetwerk", "bestuurlijk overleg", "ambtelijk overleg", "werkgroep",
    "expertteam", "platform", "stuurgroep", "organisatie", "functie",
)  # fmt: skip
KINDS = ("bestuurlijk", "ambtelijk", "gemengd")
LEVELS = (
    "landelijk",
    "regionaal",
    "district",
    "lokaal",
    "onbekend",
)  # onbekend: the source is silent
MANDATE_TYPES = ("besluitvormend", "adviserend", "afstemmend", "uitvoerend", "informerend")
BODY_STATUSES = ("actief", "in oprichting", "opgeheven", "onbekend")
MATURITIES = ("goed werkend", "in ontwikkeling", "ontbreekt", "onbekend")
RELATIONS = (
    "geeft opdracht aan", "stuurt aan", "rapporteert aan", "adviseert",
    "is vertegenwoordigd in", "stemt af met", "ondersteunt",
)  # fmt: skip
# A relation of these types holds both ways; the register should record both directions.
SYMMETRIC_RELATIONS = ("stemt af met",)
# Relations that carry mandate: together they form the chain of command down from the RVO.
CHAIN_RELATIONS = ("geeft opdracht aan", "stuurt aan", "rapporteert aan", "is vertegenwoordigd in")
ACTIVITY_STATUSES = ("gepland", "lopend", "afgerond", "gestopt", "onbekend")
# Body types that can serve as a theme's expert team (the Platform Ondermijning does for its theme).
EXPERT_TEAM_TYPES = ("expertteam", "platform")

# Pilots (issue 4): the focus the Q&A names, a pilot's life cycle, a municipality's part in it.
PILOT_CATEGORIES = ("passend vervoer", "triage", "beoordelingslocaties")
PILOT_STATUSES = ("gepland", "lopend", "afgerond", "geborgd", "gestopt")
SITE_ROLES = ("herkomst", "overnemer", "deelnemer")

# Funding (issue 5): the four budget categories of the Q&A (vraag 3), in its order.
BUDGET_CATEGORIES = ("coördinatie", "communicatie/administratie", "intelligence", "projecten")
# Where a municipality's contribution stands; `onbekend` when the register does not say.
CONTRIBUTION_STATUSES = (
    "gevraagd", "toegezegd", "gefactureerd", "betaald", "afgewezen", "onbekend",
)  # fmt: skip
# Statuses in which a municipality has said yes (committed), from promise to payment.
COMMITTED_STATUSES = ("toegezegd", "gefactureerd", "betaald")
OUTCOMES = ("gedekt", "tekort", "overschot")  # expected contributions against the budget
ROLLUP_LEVELS = ("district", "netwerk")
