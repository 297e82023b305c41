"""The truth audit of the shipped registers (issue 14): each fact with the seed passage it comes from.

The seed is the network's Q&A of May 2019 (`../shared/seed/`). Every column of every shipped
register (`data/register/*.csv`) has one rule here:

- `SOURCE` (`bron`): names the seed with its date, so every row carries its peildatum; a web
  address only where the row holds a fact from the public reference (below), and then every
  address (with its date) that the reference gives for that fact, and no other;
- `FREE`: free text that paraphrases the seed; every number in it must occur in the seed (or in
  the quote of a public fact that the row restates, see `NOTES`);
- `KEY`: an identifier that links rows, no fact of its own;
- `REFERENCE`: a code or name from the CBS reference data (`data/reference/`);
- `EMPTY`: nothing a source says; every cell must be empty (or `onbekend`);
- a dict of audited values: each value (each item of a list cell, `; `) must be a key, and its
  `Fact` holds a passage quoted from the seed. Without a `why`, the value itself occurs in that
  passage; with a `why`, the value derives from it as the `why` says. Keys `"<row>: <value>"`
  tie a value to one row (a theme to one body, a period to one activity).

A `Fact` with `source=PUBLIC` quotes the project's public reference
(`../shared/reference/pilots_public_facts.md`, "Public facts about pilots named in the Q&A") instead
of the seed. The reference is in English and names its sources (web addresses, some with a month)
per section; a row that holds such a fact cites every address of the fact's section in its `bron`,
written as the reference writes it: `<address> (<jjjj-mm>)` where it gives a month. `NOTES` lists
the public facts that a row's free text restates, so those rows cite them too.

Empty cells and `onbekend` need no source: they are what the seed leaves open.
"""

# ruff: noqa: E501 (seed quotes are long by nature; each stays on one line to be read against the seed)

from __future__ import annotations

from dataclasses import dataclass

SEED, PUBLIC = "seed", "publieke referentie"


@dataclass(frozen=True)
class Fact:
    quote: str  # verbatim from its source, line breaks and spacing aside
    why: str = ""  # how the value follows from the quote; empty: the value is in the quote
    source: str = SEED  # PUBLIC: the quote is in the public reference, not in the seed


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
    **{
        f"dvo-vr0{n} is vertegenwoordigd in bbg": Fact(
            BBG_MAYORS.quote, why="een burgemeester uit ieder district: het district in de BBG"
        )
        for n in range(4, 9)
    },
    **{
        f"districtsnetwerk-vr0{n} is vertegenwoordigd in expertteam-intelligence": TEAMS_PER_DISTRICT
        for n in range(4, 9)
    },
    "politie is vertegenwoordigd in bbg": Fact(
        BBG_MAYORS.quote, why="een vertegenwoordiging van de eenheidsleiding politie"
    ),
    "om is vertegenwoordigd in bbg": Fact(
        BBG_MAYORS.quote, why="een vertegenwoordiging van het bestuur van het OM"
    ),
    "politie is vertegenwoordigd in werkgroep": WERKGROEP,
    "om is vertegenwoordigd in werkgroep": WERKGROEP,
    "politie is vertegenwoordigd in platform-ondermijning": PLATFORM,
    "om is vertegenwoordigd in platform-ondermijning": PLATFORM,
    "belastingdienst is vertegenwoordigd in platform-ondermijning": PLATFORM,
    "provincie-gelderland is vertegenwoordigd in platform-ondermijning": BOTH_PROVINCES,
    "provincie-overijssel is vertegenwoordigd in platform-ondermijning": BOTH_PROVINCES,
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

# The public reference is English and the registers Dutch: a public value is its Dutch rendering.
DUTCH = "in het Nederlands"


def _public(quote: str, why: str = DUTCH) -> Fact:
    return Fact(quote, why=why, source=PUBLIC)


DEVENTER_WHAT = _public(
    "a police officer and a social-psychiatric nurse go together to acute reports about people with confused behaviour, assess on the spot and take the person straight to the fitting follow-up place"
)
DEVENTER_FUNDED = _public(
    "Funded as a project of ZonMw's programme for local initiatives on people with confused behaviour",
    why="in het Nederlands, met de naam van het programma zoals ZonMw het in het adres van de bron noemt",
)
DEVENTER_TRIAGED = _public(
    "people were triaged correctly and reached the fitting follow-up place faster"
)
DEVENTER_CELL = _public("fewer people ended up in a police cell")
DEVENTER_CONDITIONS = _public(
    "works only with dedicated staff, in an area with enough reports and short driving times"
)
TWENTE_START = _public(
    "The 14 municipalities of safety region Twente announced in December 2018 a pilot to start in January 2019; the team started in spring 2019; pilot period end 2018 – end 2020"
)
TWENTE_PARTNERS = _public(
    "Partners: GGZ organisations Dimence and Mediant, police Oost-Nederland district Twente, Ambulance Oost, Acute Zorg Euregio, the fourteen Twente municipalities",
    why="in het Nederlands; '(Twente)': partner van Streettriage Twente",
)
TWENTE_MENZIS = _public(
    "co-financed by health insurer Menzis", why="in het Nederlands, voor Streettriage Twente"
)
TWENTE_CONTINUED = _public(
    "A social cost-benefit analysis (MKBA Streettriage) was made in June 2020; on that basis the partners continued the service for three more years from 2021"
)
TWENTE_CONTEXT = _public(
    "reports about people with confused behaviour in Oost-Nederland rose from 7.000 to 11.000 a year since 2001; about 2.200 in Twente in 2018"
)
SKIPR_MONTH = _public(
    "https://www.skipr.nl/actueel/id36909-twentse-gemeenten-starten-streettriage-verwarde-personen.html (2018-12)",
    why="de datum van de bron, december 2018; het register slaat een dag op en toont de maand",
)

PILOTS = {
    "id": KEY,
    "toelichting": FREE,
    "bron": SOURCE,
    "trekker": EMPTY,
    "startdatum": EMPTY,
    "einddatum": EMPTY,
    # 'continued from 2021' is after the register's peildatum (the Q&A, May 2019): in the note
    "status": EMPTY,
    "subsidie_eur": EMPTY,
    "omschrijving": {
        "Een politieagent en een sociaal-psychiatrisch verpleegkundige gaan samen naar acute meldingen over personen met verward gedrag, beoordelen ter plekke en brengen de persoon direct naar de passende vervolgplek.": DEVENTER_WHAT
    },
    "partners": {
        "Dimence (Twente)": TWENTE_PARTNERS,
        "Mediant (Twente)": TWENTE_PARTNERS,
        "Politie Oost-Nederland, district Twente": TWENTE_PARTNERS,
        "Ambulance Oost (Twente)": TWENTE_PARTNERS,
        "Acute Zorg Euregio (Twente)": TWENTE_PARTNERS,
        "de veertien Twentse gemeenten": TWENTE_PARTNERS,
    },
    "financiers": {
        "ZonMw, Actieprogramma lokale initiatieven mensen met verward gedrag (Deventer)": DEVENTER_FUNDED,
        "Menzis, medefinanciering (Twente)": TWENTE_MENZIS,
    },
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
    "pilot": KEY,
    "resultaat": FREE,
    "bron": SOURCE,
    "indicator": {
        "Triage en vervolgplek (Deventer)": DEVENTER_TRIAGED,
        "Insluiting in een politiecel (Deventer)": DEVENTER_CELL,
        "Randvoorwaarden (Deventer)": DEVENTER_CONDITIONS,
        "Meldingen verward gedrag bij de start (Twente, 2018)": _public(
            TWENTE_CONTEXT.quote, why="in het Nederlands; 'quoted at the start': bij de start"
        ),
    },
    "waarde": {"2200": Fact(TWENTE_CONTEXT.quote, source=PUBLIC)},
    "eenheid": {
        "meldingen per jaar": _public(TWENTE_CONTEXT.quote, why="'a year': per jaar (2018)")
    },
    "peildatum": {"2018-12-01": SKIPR_MONTH},
}
# Free text that restates public facts, per register and row (`ROW_KEY`): the row cites them.
NOTES = {
    "pilots": {"street-triage": (DEVENTER_FUNDED, TWENTE_START, TWENTE_CONTINUED)},
    "pilot_locaties": {"street-triage overnemer": (TWENTE_START,)},
}

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
ROW_KEY = {"overleggen": ("id",), "themas": ("id",), "werkprogramma": ("id",), "pilots": ("id",),
           "pilot_locaties": ("pilot", "rol"), "pilot_resultaten": ("pilot", "indicator")}  # fmt: skip
LIST_COLUMNS = {"leden", "themas", "partners", "financiers"}
