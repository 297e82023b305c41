"""Texts of the page Veiligheidsveld in beeld."""

from __future__ import annotations

GAPS_INTRO = (
    "Wat weten we nog niet over het veiligheidsveld van Oost-Nederland? Deze controlelijst "
    "legt de registers van overleggen, relaties en thema's naast vijf vragen. Een bevinding "
    "betekent: vastleggen of navragen, niet: hier gaat iets mis. De registers geven de stand "
    "van mei 2019, toen veel mandaten en de volwassenheid van de districtsnetwerken nog niet in "
    "kaart waren; veel bevindingen zijn dus te verwachten."
)
GAPS_DISTRICT_FILTER = "Districten"
GAPS_FILTER_NOTE = (
    "Alleen bevindingen over {districts}. Bevindingen over regionale en landelijke overleggen "
    "en over thema's blijven zichtbaar, omdat die alle districten aangaan."
)
GAPS_SUMMARY_HEADING = "Samenvatting"
GAPS_SUMMARY_COLUMNS = {"rule": "Controle", "count": "Bevindingen", "verdict": "Uitkomst"}
GAPS_VERDICT_OK = "✓ niets gevonden"
GAPS_VERDICT_OPEN = "aanvullen of navragen"
GAPS_NONE = "✓ Niets gevonden: het register is op dit punt compleet."
GAPS_RULE_HEADING = "{number}. {title}: {count}"
GAPS_RULE_HEADING_OK = "{number}. {title}: ✓"
GAPS_RULES = {
    "mandaat": (
        "Overleggen zonder mandaat of status",
        "Van ieder overleg, iedere organisatie en functie in het register willen we weten welk "
        "soort mandaat het heeft (besluitvormend, adviserend, afstemmend, uitvoerend of "
        "informerend), wat dat mandaat inhoudt en of het actief is. Een lege of 'onbekende' "
        "waarde telt als ontbrekend.",
    ),
    "thema": (
        "Thema's zonder portefeuillehouder of expertteam",
        "Iedere burgemeester in de Bestuurlijke Begeleidingsgroep heeft een thema in "
        "portefeuille, en op ieder thema werkt een ambtelijk expertteam (voor Ondermijning is "
        "dat het Platform Ondermijning). Hier staan de thema's waarvoor het register nog geen "
        "portefeuillehouder of expertteam noemt.",
    ),
    "districtsnetwerk": (
        "Districten zonder goed werkend districtsnetwerk",
        "Het Veiligheidsnetwerk kan gerichter werken als ieder district een goed werkend "
        "ambtelijk netwerk heeft dat onder meer het DVO voorbereidt. Een district staat hier als "
        "er geen districtsnetwerk is geregistreerd, of als de volwassenheid ervan niet "
        "'goed werkend' is (ook als die onbekend is).",
    ),
    "keten": (
        "Overleggen zonder lijn naar het RVO",
        "Aan de basis van het Veiligheidsnetwerk ligt een opdracht van het Regionaal "
        "Veiligheidsoverleg (RVO). Vanaf het RVO volgen we in het register de relaties "
        "{relations}, in beide richtingen. Wie zo niet bij het RVO uitkomt, staat hier: voor dat "
        "overleg is (nog) niet vastgelegd langs welke lijn het met het RVO verbonden is. "
        "Relaties als 'ondersteunt', 'adviseert' en 'stemt af met' tellen niet mee, omdat er "
        "geen opdracht of mandaat langs loopt.",
    ),
    "tweezijdig": (
        "Afstemming die maar één kant op is vastgelegd",
        "Afstemming werkt twee kanten op: als A {relations} B, hoort ook de relatie van B naar A "
        "in het register te staan. Hier staan de relaties waarvan de tegenrichting ontbreekt.",
    ),
}
GAPS_MISSING_MANDATE_TYPE = "soort mandaat"
GAPS_MISSING_MANDATE_TEXT = "omschrijving van het mandaat"
GAPS_MISSING_MANDATE_BOTH = "soort en omschrijving van het mandaat"
GAPS_MISSING_STATUS = "status"
GAPS_STATUS_UNKNOWN = "status (onbekend)"
GAPS_MISSING_HOLDER = "portefeuillehouder"
GAPS_MISSING_TEAM = "expertteam"
GAPS_TEAM_UNREGISTERED = "expertteam ('{team}' staat niet in het register van overleggen)"
GAPS_NO_NETWORK = "districtsnetwerk (er is geen districtsnetwerk geregistreerd)"
GAPS_NETWORK_NOT_GOOD = "goed werkend districtsnetwerk (volwassenheid: {maturity})"
GAPS_NETWORK_NOT_GOOD_NAMED = "goed werkend districtsnetwerk ({network}, volwassenheid: {maturity})"
GAPS_MATURITY_EMPTY = "niet ingevuld"
GAPS_NO_RECORD = "geen registerregel"
GAPS_NOT_IN_CHAIN = "lijn naar het RVO"
GAPS_NOT_IN_CHAIN_GROUP = "lijn naar het RVO (wel verbonden met {bodies})"
GAPS_NO_ROOT = "lijn naar het RVO (het RVO staat niet in het register)"
GAPS_RELATION_SUBJECT = "{source} → {target}"
GAPS_ONE_WAY = "de tegenrichting: {target} {relation} {source}"
# The columns of a rule's findings table, and the words that join a list ('a, b en c').
FINDING_COLUMNS = {
    "subject": "Betreft",
    "missing": "Wat ontbreekt",
    "kind": "Soort",
    "district": "District",
    "source": "Bron",
}
LIST_AND = "en"
LIST_OR = "of"
