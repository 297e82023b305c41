"""Every visible string of the dashboard, in Dutch, in one place."""

from __future__ import annotations

APP_TITLE = "Veiligheidslandschap Oost-Nederland"
ALL_DISTRICTS = "Alle districten"

PAGE_OVERVIEW = "Overzicht"
PAGE_MAP = "Kaart"

OVERVIEW_INTRO = (
    "Het Veiligheidsnetwerk Oost-Nederland verbindt de 76 gemeenten van Gelderland en "
    "Overijssel, het Openbaar Ministerie, de politie en het RIEC, in vijf politiedistricten."
)
METRIC_MUNICIPALITIES = "Gemeenten"
METRIC_INHABITANTS = "Inwoners"
METRIC_DISTRICTS = "Districten"
METRIC_INHABITANTS_HELP = "Aantal inwoners op {date}, bron: CBS."
HEADING_DISTRICTS = "Per district"
HEADING_SOURCES = "Waar komen de gegevens vandaan?"
SOURCES_BUILT_AT = "Gegevens gebouwd op {moment}."
SOURCES_BOUNDARIES = "Grenzen op de kaart: {source}"
SOURCES_NOTE = "Let op: {note}"

DISTRICT_COLUMNS = {
    "name": "District",
    "district_code": "Code",
    "safety_region": "Veiligheidsregio",
    "n_municipalities": "Gemeenten",
    "inhabitants": "Inwoners",
}
MUNICIPALITY_COLUMNS = {
    "name": "Gemeente",
    "municipality_code": "CBS-code",
    "province": "Provincie",
    "district": "District",
    "inhabitants": "Inwoners",
    "area_km2": "Oppervlakte (km²)",
}
TOTAL = "Totaal"
SOURCE_COLUMNS = {"table": "Gegevens", "source": "Bron", "reference_date": "Peildatum"}
SOURCE_TABLE_MUNICIPALITIES = "Gemeenten en inwoners"
SOURCE_TABLE_DISTRICTS = "Districten"

MAP_HEADING = "Kaart van de districten"
MAP_CAPTION = (
    "Klik op een gemeente om haar district te kiezen, of kies in de zijbalk. "
    "De keuze staat in het webadres, zodat u de kaart kunt delen."
)
MAP_DISTRICT_SELECT = "District"
MAP_LEGEND_TITLE = "Districten"
MAP_LAYER_MUNICIPALITIES = "Gemeenten"
MAP_LAYER_DISTRICTS = "Districtsgrenzen"
MAP_TOOLTIP_ALIASES = ("Gemeente", "District", "Inwoners")
MAP_TABLE_ALL = "Alle districten"
MAP_OVERLAY_SELECT = "Kaartlaag"
MAP_OVERLAYS = {"districten": "Districten", "overleggen": "DVO en districtsnetwerk"}
MAP_LEGEND_MATURITY = "Districtsnetwerk"
MAP_TOOLTIP_DVO = "DVO"
MAP_TOOLTIP_MATURITY = "Districtsnetwerk"
MAP_TABLE_GOVERNANCE = "DVO en districtsnetwerk per district"
MAP_GOVERNANCE_CAPTION = (
    "De kleur op de kaart is de volwassenheid van het ambtelijke districtsnetwerk dat het DVO "
    "voorbereidt, zoals het register die vastlegt. Een district zonder geregistreerd netwerk "
    "telt als 'ontbreekt'."
)
GOVERNANCE_COLUMNS = {
    "name": "District",
    "dvo": "DVO",
    "dvo_status": "Status DVO",
    "network": "Districtsnetwerk",
    "maturity": "Volwassenheid",
}
UNKNOWN = "onbekend"
NONE_RECORDED = "niet geregistreerd"
MAP_TABLE_ONE = "Gemeenten in {district}"
MAP_UNKNOWN_DISTRICT = (
    "Onbekend district '{value}' in het webadres; alle districten worden getoond."
)
MAP_UNKNOWN_OVERLAY = "Onbekende kaartlaag '{value}' in het webadres; de districten worden getoond."
MAP_SUMMARY = "{district}: {n} gemeenten, {inhabitants} inwoners."

FILTER_PLACEHOLDER = "Alles"

DEMO_TOGGLE = "Demodata tonen"
DEMO_TOGGLE_HELP = (
    "Toont fictieve voorbeeldgegevens naast de echte registers, om de weergaven met meer "
    "gegevens te bekijken. Demodata zijn nooit echte besluiten, bedragen of resultaten."
)
DEMO_BANNER = (
    "**Demodata staan aan.** Deze pagina toont naast de echte registers ook fictieve "
    "voorbeeldgegevens (gemarkeerd als demo). Zet 'Demodata tonen' in de zijbalk uit voor "
    "alleen echte gegevens."
)

DATA_ERROR_TITLE = "De gegevens zijn niet beschikbaar."
UNEXPECTED_ERROR = (
    "Er ging iets mis bij het tonen van deze pagina. Probeer het opnieuw of neem contact op met "
    "de beheerder van het dashboard."
)

# Thema's, werkprogramma en veiligheidsveld

PAGE_THEMES = "Thema's en werkprogramma"
PAGE_GAPS = "Veiligheidsveld in beeld"

THEMES_INTRO = (
    "De thema's van de Veiligheidsstrategie: welke burgemeester een thema in portefeuille heeft, "
    "welk expertteam eraan werkt, welke overleggen ermee bezig zijn en wat het werkprogramma "
    "ervoor plant. Kies in de zijbalk een thema; de keuze staat in het webadres, "
    "zodat u de pagina kunt delen."
)
THEMES_SELECT = "Thema"
THEMES_ALL = "Alle thema's"
THEMES_UNKNOWN = "Onbekend thema '{value}' in het webadres; alle thema's worden getoond."
THEME_CARD_HOLDER = "Portefeuillehouder"
THEME_CARD_TEAM = "Expertteam"
THEME_CARD_ACTIVITIES = "Activiteiten in het werkprogramma"
THEME_CARD_BODIES = "Overleggen die aan dit thema werken"
THEME_CARD_SOURCE = "Bron"
THEME_NO_BODIES = "geen overleg genoemd"
THEME_EXPERT_TEAM_UNREGISTERED = "{team} (staat niet in het register van overleggen)"

WORKPLAN_HEADING = "Werkprogramma {period}"
WORKPLAN_HEADING_THEME = "Werkprogramma: {theme}"
WORKPLAN_CAPTION = (
    "Elke balk is een activiteit, van het eerste tot en met het laatste jaar; de kleur en het "
    "woord in de balk geven de status. Wijs een balk aan voor de volledige titel. "
    "Dezelfde gegevens staan in de tabel eronder."
)
WORKPLAN_NONE = "Voor dit thema staan geen activiteiten in het werkprogramma."
WORKPLAN_COLUMNS = {
    "title": "Activiteit",
    "period": "Periode",
    "status": "Status",
    "theme": "Thema",
    "source": "Bron",
}
WORKPLAN_NO_THEME = "algemeen (geen thema)"
ACTIVITY_STATUS_LABELS = {
    "gepland": "Gepland",
    "lopend": "Lopend",
    "afgerond": "Afgerond",
    "gestopt": "Gestopt",
    "onbekend": "Onbekend",
}
CHART_YEAR = "Jaar"
CHART_STATUS = "Status"
CHART_THEME = "Thema"
CHART_PERIOD = "Periode"
CHART_ALT = (
    "Tijdlijn van het werkprogramma: {n} activiteiten tussen {first} en {last}. "
    "Dezelfde gegevens staan in de tabel onder de tijdlijn."
)

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
FINDING_COLUMNS = {
    "subject": "Betreft",
    "missing": "Wat ontbreekt",
    "kind": "Soort",
    "district": "District",
    "source": "Bron",
}
LIST_AND = "en"
LIST_OR = "of"
BODY_TYPE_LABELS = {
    "dvo": "DVO",
    "districtsnetwerk": "districtsnetwerk",
    "bestuurlijk overleg": "bestuurlijk overleg",
    "ambtelijk overleg": "ambtelijk overleg",
    "werkgroep": "werkgroep",
    "expertteam": "expertteam",
    "platform": "platform",
    "stuurgroep": "stuurgroep",
    "organisatie": "organisatie",
    "functie": "functie",
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

# Overleggen
PAGE_BODIES = "Overleggen"
BODIES_HEADING = "Overleggen en hoe ze samenhangen"
BODIES_INTRO = (
    "De overleggen van het Veiligheidsnetwerk, van landelijk tot lokaal: wie geeft opdracht aan "
    "wie, wie stuurt aan, wie stemt af. Filter in de zijbalk; de filters en het gekozen overleg "
    "staan in het webadres, zodat u deze weergave kunt delen."
)
BODIES_GRAPH_CAPTION = (
    "Van boven naar beneden: landelijk, regionaal, district, lokaal. Een pijl wijst van het "
    "overleg dat de relatie aangaat naar het andere overleg. Wijs een overleg of lijn aan voor "
    "details; klik op een overleg of kies het in de zijbalk voor de volledige beschrijving."
)
BODIES_GRAPH_ALT = "Netwerk van {bodies} overleggen en {relations} relaties, per niveau geordend."
BODIES_SUMMARY = "{shown} van de {total} overleggen getoond, met {relations} onderlinge relaties."
BODIES_EMPTY = (
    "Geen overleggen die aan deze filters voldoen. Maak de filters in de zijbalk ruimer om "
    "overleggen te zien."
)
BODIES_FILTER_LEVEL = "Niveau"
BODIES_FILTER_DISTRICT = "District"
BODIES_FILTER_THEME = "Thema"
BODIES_FILTER_STATUS = "Status"
BODIES_SELECT = "Overleg"
BODIES_SELECT_NONE = "Geen overleg gekozen"
BODIES_UNKNOWN_BODY = "Onbekend overleg '{value}' in het webadres; kies een overleg in de zijbalk."
BODIES_OUTSIDE_FILTER = (
    "Dit overleg valt buiten de gekozen filters en staat daarom niet in het netwerk hierboven."
)
BODIES_CARD_HINT = "Klik op een overleg in het netwerk of kies het in de zijbalk voor de details."
BODIES_UNKNOWN_VALUE = "onbekend"
BODIES_LEVEL_LABELS = {
    "landelijk": "Landelijk",
    "regionaal": "Regionaal",
    "district": "District",
    "lokaal": "Lokaal",
}
BODIES_KIND_LABELS = {
    "bestuurlijk": "Bestuurlijk",
    "ambtelijk": "Ambtelijk",
    "gemengd": "Gemengd (bestuurlijk en ambtelijk)",
}
BODIES_KIND_UNKNOWN = "Aard onbekend"
BODIES_STATUS_LABELS = {
    "actief": "Actief",
    "in oprichting": "In oprichting",
    "opgeheven": "Opgeheven",
    "onbekend": "Onbekend",
}
BODIES_TYPE_LABELS = {
    "dvo": "DVO",
    "districtsnetwerk": "Districtsnetwerk",
    "bestuurlijk overleg": "Bestuurlijk overleg",
    "ambtelijk overleg": "Ambtelijk overleg",
    "werkgroep": "Werkgroep",
    "expertteam": "Expertteam",
    "platform": "Platform",
    "stuurgroep": "Stuurgroep",
    "organisatie": "Organisatie",
    "functie": "Functie",
}
BODIES_MANDATE_LABELS = {
    "besluitvormend": "Besluitvormend",
    "adviserend": "Adviserend",
    "afstemmend": "Afstemmend",
    "uitvoerend": "Uitvoerend",
    "informerend": "Informerend",
}
GRAPH_LEGEND_KINDS = "Aard van het overleg"
GRAPH_LEGEND_RELATIONS = "Relatie (pijl naar het andere overleg)"
GRAPH_HOVER_FIELDS = {
    "body_type": "Soort",
    "kind": "Aard",
    "level": "Niveau",
    "district": "District",
    "status": "Status",
    "chair": "Voorzitter",
}
GRAPH_HOVER_RELATIONS = "{outgoing} relaties vanuit, {incoming} naar dit overleg"
GRAPH_EDGE_HOVER = "{source} {relation} {target}"
CARD_FIELDS = {
    "chair": "Voorzitter",
    "members": "Leden",
    "mandate_type": "Type mandaat",
    "mandate": "Mandaat",
    "status": "Status",
    "maturity": "Volwassenheid",
    "themes": "Thema's",
}
CARD_OUTGOING = "Relaties vanuit dit overleg"
CARD_INCOMING = "Relaties naar dit overleg"
CARD_NO_RELATIONS = "Geen relaties vastgelegd."
CARD_THIS_BODY = "dit overleg"
CARD_SOURCE = "Bron: {source}"
BODIES_TAB_TABLE = "Tabel"
BODIES_TAB_MANDATES = "Mandaten"
BODIES_TAB_THEMES = "Thema's"
BODIES_MANDATE_CAPTION = (
    "Welk type mandaat heeft elk overleg? 'Onbekend' betekent dat de bron het type niet noemt."
)
BODIES_THEME_CAPTION = "Welke thema's behandelt elk overleg, volgens het register?"
BODY_COLUMNS = {
    "name": "Overleg",
    "body_type": "Soort",
    "kind": "Aard",
    "level": "Niveau",
    "district": "District",
    "chair": "Voorzitter",
    "members": "Leden",
    "role": "Rol",
    "mandate_type": "Type mandaat",
    "mandate": "Mandaat",
    "status": "Status",
    "maturity": "Volwassenheid",
    "themes": "Thema's",
    "source": "Bron",
    "body_id": "Code",
}
RELATION_COLUMNS = {
    "source_name": "Van",
    "relation": "Relatie",
    "target_name": "Naar",
    "note": "Toelichting",
    "source": "Bron",
}
MATRIX_BODY = "Overleg"
MATRIX_MARK = "✓"
BODIES_DOWNLOAD_CSV = "Download tabel (CSV)"
BODIES_DOWNLOAD_EXCEL = "Download alles (Excel)"
BODIES_FILE_STEM = "overleggen"
BODIES_SHEETS = {
    "bodies": "Overleggen",
    "relations": "Relaties",
    "mandates": "Mandaten",
    "themes": "Thema's",
}
# Downloads (dashboard/exports.py)
EXPORT_YES = "ja"
EXPORT_NO = "nee"
EXPORT_EMPTY_SHEET = "Leeg"
BODIES_MATURITY_LABELS = {
    "goed werkend": "Goed werkend",
    "in ontwikkeling": "In ontwikkeling",
    "ontbreekt": "Ontbreekt",
    "onbekend": "Onbekend",
}
# Node labels in the network: long, recurring name parts shortened (the hover shows the full name).
GRAPH_LABEL_ABBREVIATIONS = {
    "Districtelijk Veiligheidsoverleg": "DVO",
    "Regionaal Veiligheidsoverleg": "RVO",
    "Ambtelijk districtsnetwerk": "Districtsnetwerk",
}
