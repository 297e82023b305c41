"""The truth audit of the shipped registers (issue 14): each fact with the seed passage it comes from.

The seed is the network's Q&A of May 2019 (`../shared/seed/`). Every column of every shipped
register (`data/register/*.csv`) has one rule here:

- `SOURCE` (`bron`): names the seed with its date, so every row carries its peildatum; no web
  address, since no public document beyond the seed could be read for this audit;
- `FREE`: free text that paraphrases the seed; every number in it must occur in the seed;
- `KEY`: an identifier that links rows, no fact of its own;
- `REFERENCE`: a code or name from the CBS reference data (`data/reference/`);
- `EMPTY`: nothing the seed says; every cell must be empty (or `onbekend`);
- a dict of audited values: each value (each item of a list cell, `; `) must be a key, and its
  `Fact` holds a passage quoted from the seed. Without a `why`, the value itself occurs in that
  passage; with a `why`, the value derives from it as the `why` says. Keys `"<row>: <value>"`
  tie a value to one row (a theme to one body, a period to one activity).

Empty cells and `onbekend` need no source: they are what the seed leaves open.
"""

# ruff: noqa: E501 (seed quotes are long by nature; each stays on one line to be read against the seed)

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    quote: str  # verbatim from the seed, line breaks and spacing aside
    why: str = ""  # how the value follows from the quote; empty: the value is in the quote


SOURCE, FREE, KEY, REFERENCE, EMPTY = "bron", "vrije tekst", "sleutel", "referentie", "leeg"
SEED_SOURCE = "Q&A Veiligheidsnetwerk Oost-Nederland, mei 2019"

PERIOD = Fact("de gevraagde bijdrage van 7 cent per inwoner voor de periode 2020 tot en met 2023")
YEAR = Fact(PERIOD.quote, why="een jaar van 2020 tot en met 2023")
BUDGET_YEAR = Fact(PERIOD.quote, why="de begroting per jaar geldt voor elk jaar van de periode")
ORDER = Fact("Aan de basis hiervan ligt een opdracht van het RVO")
BBG_MAYORS = Fact(
    "Deze bestaat uit burgemeesters uit ieder district, een vertegenwoordiging van de eenheidsleiding politie en van het bestuur van het OM"
)
PLATFORM = Fact(
    "In dit Platform zijn zowel het RIEC als partners zoals de belastingdienst, politie, OM, beide provincies en gemeenten vertegenwoordigd"
)
BOTH_PROVINCES = Fact(
    PLATFORM.quote,
    why="'beide provincies': Gelderland en Overijssel, de provincies van de 76 gemeenten",
)
WERKGROEP = Fact(
    "Deze werkgroep bestaat uit een vertegenwoordiging van het OM, politie en gemeenten"
)
TEAMS_PER_DISTRICT = Fact(
    "Deze expertteams hebben ook zoveel mogelijk een ambtelijke vertegenwoordiging vanuit ieder district en andere partners",
    why="de ambtelijke vertegenwoordiging van een district: zijn ambtelijk netwerk",
)
IN_KIND = Fact(
    "Het openbaar ministerie, de politie en het RIEC dragen ieder jaarlijks 0,5 fte bij voor de instandhouding van het netwerk"
)
STRATEGY_THEMES = Fact(
    "De BBG ziet namens het RVO toe op de uitvoering en voortgang van de thema’s",
    why="de thema's van de Veiligheidsstrategie; werkprogramma-punten (hennep, mensenhandel) zijn geen thema",
)
NETWORK_THEMES = Fact(
    "Het Veiligheidsnetwerk geeft uitvoering aan de gekozen thema’s in de Veiligheidsstrategie",
    why="de thema's van de Veiligheidsstrategie",
)
DVO_NETWORK = Fact(
    "een goed werkend ambtelijk netwerk, dat onder meer de voorbereiding van de DVO’s ter hand neemt",
    why="het ambtelijk netwerk van een district bereidt zijn DVO voor",
)


def _years(fact: Fact, *years: int) -> dict[str, Fact]:
    return {str(year): fact for year in years}


def _row_facts(fact: Fact, rows: tuple[str, ...], value: str) -> dict[str, Fact]:
    return {f"{row}: {value}": fact for row in rows}


BODIES = {
    "id": KEY,
    "naam": FREE,
    "rol": FREE,
    "mandaat": FREE,
    "bron": SOURCE,
    "district": REFERENCE,
    "mandaattype": EMPTY,
    "soort": {
        "bestuurlijk overleg": Fact(
            "bestaande bestuurlijke gremia", why="een overleg van bestuurders (RVO, BBG)"
        ),
        "werkgroep": Fact("De expertteams worden aangestuurd door de werkgroep Veiligheidsnetwerk"),
        "expertteam": Fact("Op deze thema’s zijn ambtelijke expertteams actief"),
        "platform": Fact(
            "Het Veiligheidsnetwerk biedt een (kennis)platform en organisatie voor afstemming"
        ),
        "stuurgroep": Fact("De Stuurgroep RIEC heeft het Platform gevraagd"),
        "organisatie": Fact(
            "vanuit de deelnemende organisaties van het netwerk",
            why="een organisatie, geen overleg",
        ),
        "functie": Fact("Ook de functie van de coördinator zal een vacature worden"),
        "dvo": Fact("de voorbereiding van de DVO’s ter hand neemt"),
        "districtsnetwerk": Fact(
            "Het ondersteunen (van de doorontwikkeling) van de ambtelijke samenwerking/netwerken per district",
            why="een ambtelijk netwerk per district",
        ),
    },
    "aard": {
        "bestuurlijk": Fact("bestaande bestuurlijke gremia"),
        "ambtelijk": Fact("Op deze thema’s zijn ambtelijke expertteams actief"),
        "gemengd": Fact("zowel ambtelijk als bestuurlijk", why="ambtelijk en bestuurlijk samen"),
    },
    "niveau": {
        "regionaal": Fact("vervult vooral een verbindende rol op regionaal niveau"),
        "district": Fact(
            "Het zorgt voor een verbinding tussen het lokale, districts- en regionaal niveau"
        ),
        "landelijk": Fact(
            "invloed heeft kunnen uitoenen. Denk daarbij aan een afgeslankte voortzetting van het landelijk schakelteam"
        ),
    },
    "voorzitter": {
        "burgemeester van Enschede": Fact(
            "De burgemeester van Enschede, tevens lid van het Regionaal Veiligheidsoverleg (RVO), is voorzitter van de BBG"
        ),
    },
    "leden": {
        "onder meer de burgemeester van Enschede (voorzitter van de BBG)": Fact(
            "De burgemeester van Enschede, tevens lid van het Regionaal Veiligheidsoverleg (RVO), is voorzitter van de BBG",
            why="één lid van het RVO is bekend, de andere niet",
        ),
        "een burgemeester uit ieder district": Fact(
            BBG_MAYORS.quote, why="burgemeesters uit ieder district"
        ),
        "vertegenwoordiging eenheidsleiding politie": Fact(
            BBG_MAYORS.quote, why="een vertegenwoordiging van de eenheidsleiding politie"
        ),
        "vertegenwoordiging bestuur Openbaar Ministerie": Fact(
            BBG_MAYORS.quote, why="OM = Openbaar Ministerie"
        ),
        "vertegenwoordiging Openbaar Ministerie": Fact(
            WERKGROEP.quote, why="OM = Openbaar Ministerie"
        ),
        "vertegenwoordiging politie": Fact(
            WERKGROEP.quote, why="een vertegenwoordiging van de politie"
        ),
        "vertegenwoordiging gemeenten": Fact(
            WERKGROEP.quote, why="een vertegenwoordiging van de gemeenten"
        ),
        "zo veel mogelijk een ambtelijke vertegenwoordiging uit ieder district": Fact(
            TEAMS_PER_DISTRICT.quote, why="'zoveel mogelijk', 'vanuit'"
        ),
        "andere partners": Fact(TEAMS_PER_DISTRICT.quote),
        "RIEC Oost-Nederland": Fact(PLATFORM.quote, why="het RIEC van Oost-Nederland"),
        "Belastingdienst": Fact(PLATFORM.quote),
        "politie": Fact(PLATFORM.quote),
        "Openbaar Ministerie": Fact(PLATFORM.quote, why="OM = Openbaar Ministerie"),
        "provincie Gelderland": BOTH_PROVINCES,
        "provincie Overijssel": BOTH_PROVINCES,
        "gemeenten": Fact(PLATFORM.quote),
        "onder meer de portefeuillehouder Ondermijning van de BBG, als bestuurlijk vertegenwoordiger van IJsselland": Fact(
            "De portefeuillehouder van Ondermijning in de BBG is tevens de bestuurlijk vertegenwoordiger van IJsselland in de Stuurgroep RIEC",
            why="één lid van de stuurgroep is bekend, de andere niet",
        ),
        "76 gemeenten": Fact(
            "We sluiten aan bij bestaande en te verwachten vraagstukken en thema’s van de 76 gemeenten, Openbaar Ministerie en politie"
        ),
        "RIEC": Fact(
            "samen met het Openbaar Ministerie, de politie en andere veiligheidspartners zoals het RIEC"
        ),
        "secretaris van Veiligheidsregio Twente (in de vier jaar vóór mei 2019)": Fact(
            "In de afgelopen vier jaar was de secretaris van Veiligheidsregio Twente de programmamanager",
            why="'de afgelopen vier jaar', gezien vanuit de Q&A van mei 2019",
        ),
    },
    "status": {},
    "volwassenheid": {},
    "themas": {
        **_row_facts(STRATEGY_THEMES, ("bbg",), "ondermijning"),
        **_row_facts(STRATEGY_THEMES, ("bbg",), "verward-gedrag"),
        **_row_facts(STRATEGY_THEMES, ("bbg",), "cybercrime"),
        **_row_facts(STRATEGY_THEMES, ("bbg",), "jongeren"),
        **_row_facts(STRATEGY_THEMES, ("bbg",), "intelligence"),
        **{
            f"veiligheidsnetwerk: {theme}": NETWORK_THEMES
            for theme in (
                "ondermijning",
                "verward-gedrag",
                "cybercrime",
                "jongeren",
                "intelligence",
            )
        },
        "expertteam-intelligence: intelligence": Fact(
            "Het expertteam is bezig de visie voor de komende vier jaren uit te werken",
            why="het expertteam in de post Intelligence",
        ),
        "platform-ondermijning: ondermijning": Fact(
            "Eén van de thema’s in de nieuwe Veiligheidsstrategie is Ondermijning. Dit thema kent geen expertteam maar een platform"
        ),
        "stuurgroep-riec: ondermijning": Fact(
            "De portefeuillehouder van Ondermijning in de BBG is tevens de bestuurlijk vertegenwoordiger van IJsselland in de Stuurgroep RIEC"
        ),
        "riec: ondermijning": Fact(
            "Hoe verhouden het Veiligheidsnetwerk en het RIEC zich tot elkaar met betrekking tot Ondermijning"
        ),
        "landelijk-schakelteam: verward-gedrag": Fact(
            "In het kader van de sluitende aanpak personen met verward gedrag, is een projectleider aangesteld",
            why="het schakelteam staat in dat voorbeeld",
        ),
    },
}

# A relation is one fact: "<van> <relatie> <naar>".
RELATIONS = {
    "rvo geeft opdracht aan bbg": Fact(
        "De BBG ziet namens het RVO toe op de uitvoering en voortgang van de thema’s",
        why="toezien namens het RVO: in opdracht van het RVO",
    ),
    "bbg is vertegenwoordigd in rvo": Fact(
        "De burgemeester van Enschede, tevens lid van het Regionaal Veiligheidsoverleg (RVO), is voorzitter van de BBG",
        why="de voorzitter van de BBG is lid van het RVO",
    ),
    "rvo geeft opdracht aan veiligheidsnetwerk": ORDER,
    "werkgroep stuurt aan expertteam-intelligence": Fact(
        "De expertteams worden aangestuurd door de werkgroep Veiligheidsnetwerk"
    ),
    "bbg is vertegenwoordigd in stuurgroep-riec": Fact(
        "De portefeuillehouder van Ondermijning in de BBG is tevens de bestuurlijk vertegenwoordiger van IJsselland in de Stuurgroep RIEC"
    ),
    "platform-ondermijning ondersteunt stuurgroep-riec": Fact(
        "De Stuurgroep RIEC heeft het Platform gevraagd te ondersteunen bij de aanvraag en implementatie van de toegekende landelijke ondermijningsgelden"
    ),
    "riec is vertegenwoordigd in platform-ondermijning": PLATFORM,
    "veiligheidsnetwerk stemt af met landelijk-schakelteam": Fact(
        "Oost-Nederland een stevige vuist heeft kunnen maken in landelijke overleggen en invloed heeft kunnen uitoenen. Denk daarbij aan een afgeslankte voortzetting van het landelijk schakelteam",
        why="invloed in landelijke overleggen; de tegenrichting zegt de Q&A niet",
    ),
    "veiligheidsnetwerk stemt af met riec": Fact(
        "Het veiligheidsnetwerk vervult vooral een verbindende rol op regionaal niveau",
        why="de verhouding tot het RIEC (vraag 6); de tegenrichting zegt de Q&A niet",
    ),
    "coordinator ondersteunt bbg": Fact(
        "De coördinator houdt zich daarnaast bezig met de voorbereiding van de vergaderingen van de Bestuurlijke Begeleidingsgroep"
    ),
    "coordinator ondersteunt werkgroep": Fact(
        "de voorbereiding van de vergaderingen van de Bestuurlijke Begeleidingsgroep, de werkgroep en ondersteunt de trekkers van de expertteams"
    ),
    "coordinator ondersteunt expertteam-intelligence": Fact(
        "ondersteunt de trekkers van de expertteams"
    ),
    "coordinator ondersteunt programmamanager": Fact(
        "de programmamanager van het Veiligheidsnetwerk (een rol om niet), ondersteund door een coördinator (betaald)"
    ),
    "vr-twente ondersteunt veiligheidsnetwerk": Fact(
        "Degene die programmamanager wordt, zal dan de coördinator en het gastheerschap van het Veiligheidsnetwerk moeten onderbrengen bij zijn/haar organisatie",
        why="de programmamanager was de secretaris van Veiligheidsregio Twente",
    ),
    "programmamanager ondersteunt veiligheidsnetwerk": Fact(
        "de programmamanager van het Veiligheidsnetwerk (een rol om niet)"
    ),
    **{f"districtsnetwerk-vr0{n} ondersteunt dvo-vr0{n}": DVO_NETWORK for n in range(4, 9)},
}
RELATION_REGISTER = {"van": KEY, "naar": KEY, "relatie": KEY, "toelichting": FREE, "bron": SOURCE}

THEMES = {
    "id": KEY,
    "bron": SOURCE,
    "naam": {
        "Ondermijning": Fact(
            "Eén van de thema’s in de nieuwe Veiligheidsstrategie is Ondermijning"
        ),
        "Personen met verward gedrag": Fact("sluitende aanpak personen met verward gedrag"),
        "Cybercrime/gedigitaliseerde criminaliteit": Fact(
            "Op eenheid-niveau verkennen we het onderwerp Cybercrime/gedigitaliseerde criminaliteit"
        ),
        "Jongeren die doorgroeien naar zware criminaliteit": Fact(
            "welke aanpak we kunnen ontwikkelen van jongeren die versneld doorgroeien naar de zware, bovenlokale criminaliteit",
            why="ingekort",
        ),
        "Informatiegestuurd werken/Intelligence": Fact(
            "Het opstellen van een inspiratiekalender Informatie gestuurd werken",
            why="'Informatie gestuurd werken' en de post Intelligence (vraag 3)",
        ),
    },
    "portefeuillehouder": {
        "burgemeester in de BBG, tevens bestuurlijk vertegenwoordiger van IJsselland in de Stuurgroep RIEC": Fact(
            "De portefeuillehouder van Ondermijning in de BBG is tevens de bestuurlijk vertegenwoordiger van IJsselland in de Stuurgroep RIEC",
            why="iedere burgemeester in de BBG heeft een thema in portefeuille (vraag 5)",
        ),
    },
    "expertteam": {
        "ondermijning: platform-ondermijning": Fact(
            "Dit thema kent geen expertteam maar een platform", why="het Platform Ondermijning"
        ),
        "intelligence: expertteam-intelligence": Fact(
            "Het expertteam is bezig de visie voor de komende vier jaren uit te werken",
            why="het expertteam in de post Intelligence",
        ),
    },
}


def _period(quote: str, start: int, end: int, row: str) -> dict[str, Fact]:
    fact = Fact(quote)
    return {f"{row}: {start}-{end}": fact}


ACTIVITY_THEME = Fact(
    "Het Veiligheidsnetwerk geeft uitvoering aan de gekozen thema’s in de Veiligheidsstrategie",
    why="de activiteit valt onder dat thema (zie de titel)",
)
WORKPLAN = {
    "id": KEY,
    "titel": FREE,
    "bron": SOURCE,
    "thema": {
        f"{row}: {theme}": ACTIVITY_THEME
        for row, theme in (
            ("ondermijningsprojecten", "ondermijning"),
            ("pilots-verward-gedrag", "verward-gedrag"),
            ("methodiek-jongeren", "jongeren"),
            ("cyberinterventiematrix", "cybercrime"),
            ("visie-informatiedeling", "intelligence"),
            ("inspiratiekalender", "intelligence"),
        )
    },
    # startjaar and eindjaar together: "<row>: <start>-<end>" (one year: "<year>-<year>")
    "periode": {
        **_period(
            "landelijke versterkingsgelden ondermijning - 2019-2022",
            2019,
            2022,
            "ondermijningsprojecten",
        ),
        **_period(
            "triage en beoordelingslocaties - 2019-2020", 2019, 2020, "pilots-verward-gedrag"
        ),
        **_period("per district (voor zover nodig) - 2019-2022", 2019, 2022, "districtsnetwerken"),
        **_period("criminele carrière aan te pakken -2019-2020", 2019, 2020, "methodiek-jongeren"),
        **_period(
            "bestrijden van cybercrime en gedigitaliseerde criminaliteit -2019-2022",
            2019,
            2022,
            "cyberinterventiematrix",
        ),
        **_period(
            "gedeelde visie op informatiedeling te komen - 2019-2020",
            2019,
            2020,
            "visie-informatiedeling",
        ),
        **_period(
            "om als partner binnen het Veiligheidsnetwerk inspiratie op te doen - 2019",
            2019,
            2019,
            "inspiratiekalender",
        ),
        **_period("waar mogelijk per district - 2019", 2019, 2019, "veiligheidsveld-in-beeld"),
        **_period(
            "Actualisatie van het regionaal hennep convenant - 2019", 2019, 2019, "hennepconvenant"
        ),
        **_period("over geprioriteerde thema’s - 2019-2022", 2019, 2022, "informatiebijeenkomsten"),
        **_period("een gezamenlijke aanpak mensenhandel - 2019", 2019, 2019, "aanpak-mensenhandel"),
        **_period(
            "de realisatiefase van de Veiligheidsstrategie 2019-2022",
            2019,
            2022,
            "realisatiefase-strategie",
        ),
        **_period("Een evaluatie aan het einde van 2022", 2022, 2022, "evaluatie-netwerk"),
    },
    "status": {
        "veiligheidsveld-in-beeld: lopend": Fact(
            "Momenteel brengt het veiligheidsnetwerk de regionale overleggen in het veiligheidsdomein in Oost-Nederland in kaart",
            why="'momenteel': lopend in mei 2019",
        ),
    },
}

TRIAGE = Fact("Zo is het project street triage uit Deventer door Twente overgenomen")
PILOTS = {
    "id": KEY,
    "toelichting": FREE,
    "omschrijving": FREE,
    "bron": SOURCE,
    "trekker": EMPTY,
    "startdatum": EMPTY,
    "einddatum": EMPTY,
    "status": EMPTY,
    "subsidie_eur": EMPTY,
    "partners": EMPTY,
    "financiers": EMPTY,
    "naam": {"Street triage": TRIAGE},
    "thema": {
        "verward-gedrag": Fact(
            "In het kader van de sluitende aanpak personen met verward gedrag, is een projectleider aangesteld. Deze projectleider heeft ervoor gezorgd dat er in de districten een veertigtal pilots zijn opgezet",
            why="street triage is een van die pilots",
        )
    },
    "categorie": {
        "triage": Fact(
            "Daarbij ligt de focus op die pilots waar zorg en veiligheid samen komen (passend vervoer, triage en beoordelingslocaties",
            why="street triage is triage",
        )
    },
    "herkomstgemeente": {
        "GM0150": Fact(TRIAGE.quote, why="GM0150 is Deventer (referentiegegevens)")
    },
}
# A site is one fact: "<rol> <gemeente>"; Twente's municipalities follow from the reference data.
SITES = {
    "pilot": KEY,
    "toelichting": FREE,
    "bron": SOURCE,
    "sinds": EMPTY,
    "gemeente": REFERENCE,
    "rol": KEY,
}
SITE_FACTS = {
    "herkomst": Fact(TRIAGE.quote, why="uit Deventer (GM0150)"),
    "overnemer": Fact(TRIAGE.quote, why="door Twente: de gemeenten van district Twente (VR05)"),
}
RESULTS = {
    name: EMPTY for name in ("pilot", "indicator", "waarde", "resultaat", "eenheid", "peildatum")
} | {"bron": SOURCE}

CATEGORY = {
    "coördinatie": Fact("Coördinatie – € 90.000"),
    "communicatie/administratie": Fact("Communicatie/administratie – € 50.000"),
    "intelligence": Fact("Intelligence - € 20.000"),
    "projecten": Fact("Projecten - €70.000"),
}
BUDGET = {
    "jaar": _years(BUDGET_YEAR, 2020, 2021, 2022, 2023),
    "categorie": CATEGORY,
    "bedrag_eur": {
        amount: CATEGORY[name]
        for amount, name in (
            ("90000", "coördinatie"),
            ("50000", "communicatie/administratie"),
            ("20000", "intelligence"),
            ("70000", "projecten"),
        )
    },
    "toelichting": FREE,
    "bron": SOURCE,
}
CONTRIBUTIONS = {
    "gemeente_code": REFERENCE,
    "gemeente": REFERENCE,
    "jaar": _years(YEAR, 2020, 2021, 2022, 2023),
    "status": {
        "gevraagd": Fact(
            "Om het netwerk gedragen te laten worden door alle gemeenten, wordt nu een bijdrage per inwoner van elke gemeente gevraagd"
        )
    },
    "betaald_eur": EMPTY,
    "betaald_op": EMPTY,
    "toelichting": FREE,
    "bron": SOURCE,
}
RATES = {
    "jaar": _years(YEAR, 2020, 2021, 2022, 2023),
    "bijdrage_per_inwoner_eur": {
        "0.07": Fact("tenminste 7 cent per inwoner per jaar", why="7 cent = € 0,07")
    },
    "peildatum_inwoners": REFERENCE,
    "toelichting": FREE,
    "bron": SOURCE,
}
IN_KIND_REGISTER = {
    "partner": {
        "Openbaar Ministerie": IN_KIND,
        "Politie": IN_KIND,
        "RIEC": IN_KIND,
        "Landelijke versterkingsgelden ondermijning": Fact(
            "met de landelijke versterkingsgelden ondermijning - 2019-2022"
        ),
    },
    "jaar": {
        **_years(
            Fact(
                IN_KIND.quote, why="jaarlijks, in de periode van de bijdrage 2020 tot en met 2023"
            ),
            2020,
            2021,
            2022,
            2023,
        ),
        "2019": Fact("met de landelijke versterkingsgelden ondermijning - 2019-2022"),
    },
    "district": REFERENCE,
    "fte": {
        "0.5": IN_KIND,
        "1": Fact(
            "er ook vrij in te vullen capaciteit naar ieder district gaat (1 fte per district)"
        ),
    },
    "toelichting": FREE,
    "bron": SOURCE,
}

REGISTERS = {
    "overleggen": BODIES,
    "relaties": RELATION_REGISTER,
    "themas": THEMES,
    "werkprogramma": WORKPLAN,
    "pilots": PILOTS,
    "pilot_locaties": SITES,
    "pilot_resultaten": RESULTS,
    "begroting": BUDGET,
    "bijdragen": CONTRIBUTIONS,
    "bijdrageregeling": RATES,
    "inzet_in_natura": IN_KIND_REGISTER,
}
# The columns that tie a value to its row ("<row>: <value>"), and how a register names a row.
ROW_SCOPED = {("overleggen", "themas"), ("themas", "expertteam"), ("werkprogramma", "thema"),
              ("werkprogramma", "periode"), ("werkprogramma", "status")}  # fmt: skip
ROW_KEY = {"overleggen": "id", "themas": "id", "werkprogramma": "id"}
LIST_COLUMNS = {"leden", "themas", "partners", "financiers"}
