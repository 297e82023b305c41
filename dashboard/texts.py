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
MAP_OVERLAYS = {
    "districten": "Districten",
    "overleggen": "DVO en districtsnetwerk",
    "bijdrage": "Gevraagde bijdrage per gemeente",
    "bijdragestatus": "Stand van de bijdragen",
}
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

# Pilots
PAGE_PILOTS = "Pilots"
PILOTS_HEADING = "Pilots: waar ze lopen, wat ze kosten en opleveren, en waar ze navolging krijgen"
PILOTS_INTRO = (
    "De pilots in de districten, met hun subsidie, resultaten en overname door andere gemeenten. "
    "Filter in de zijbalk; de filters en keuzes op deze pagina staan in het webadres, zodat u "
    "deze weergave kunt delen. Wat de bronnen niet geven, staat er als 'onbekend'."
)
PILOTS_QA_NOTE = (
    "Volgens de Q&A (mei 2019, vraag 1) zijn er in de districten een veertigtal pilots voor "
    "personen met verward gedrag opgezet met subsidies, gericht op passend vervoer, triage en "
    "beoordelingslocaties. Alleen pilots die met naam en bron bekend zijn, staan in het register."
)
PILOTS_EMPTY = "Geen pilots die aan deze filters voldoen. Maak de filters in de zijbalk ruimer."
PILOTS_NONE = "Geen."
PILOTS_FILTER_THEME = "Thema"
PILOTS_FILTER_DISTRICT = "District (herkomst, overname of deelname)"
PILOTS_FILTER_STATUS = "Status"
PILOTS_FILTER_CATEGORY = "Categorie"
PILOTS_NO_CATEGORY = "Geen categorie"
PILOTS_FROM = "Periode vanaf"
PILOTS_TO = "Periode tot en met"
PILOTS_ALL_YEARS = "Alle jaren"
PILOTS_UNKNOWN_YEAR = "Onbekend jaar '{value}' in het webadres; alle jaren worden getoond."
PILOTS_PERIOD_NOTE = (
    "Binnen de gekozen periode vallen pilots die in die jaren liepen. {n} getoonde pilot(s) "
    "zonder bekende startdatum blijven zichtbaar, omdat ze toen gelopen kunnen hebben."
)
PILOT_STATUS_LABELS = {
    "gepland": "Gepland",
    "lopend": "Lopend",
    "afgerond": "Afgerond",
    "geborgd": "Geborgd",
    "gestopt": "Gestopt",
}
PILOT_CATEGORY_LABELS = {
    "passend vervoer": "Passend vervoer",
    "triage": "Triage",
    "beoordelingslocaties": "Beoordelingslocaties",
}
PILOT_ROLE_LABELS = {
    "herkomst": "Herkomst",
    "overnemer": "Overgenomen",
    "deelnemer": "Deelnemer",
}
PILOTS_METRIC_PILOTS = "Pilots"
PILOTS_METRIC_PILOTS_HELP = "Pilots in het register die aan de filters voldoen."
PILOTS_METRIC_DEMO = " Waarvan {n} fictief (demodata)."
PILOTS_METRIC_SUBSIDY = "Subsidie"
PILOTS_METRIC_SUBSIDY_HELP = (
    "Som van de bekende subsidiebedragen: bekend voor {known} van de {total} pilots. "
    "Een onbekend bedrag telt niet als € 0."
)
PILOTS_METRIC_SUBSIDY_UNKNOWN = "+ {n} pilot(s) met onbekend bedrag"
PILOTS_METRIC_REACHED = "Gemeenten bereikt"
PILOTS_METRIC_REACHED_HELP = (
    "Gemeenten waar een pilot begon, is overgenomen of aan meedoet (van de 76)."
)
PILOTS_METRIC_ADOPTIONS = "Overnames"
PILOTS_METRIC_ADOPTIONS_HELP = (
    "Keren dat een gemeente een pilot van elders overnam; van {unknown} is het jaar onbekend."
)
PILOTS_SUBSIDY_PARTLY = "(+ {n} onbekend)"

PILOTS_MAP_HEADING = "Waar lopen de pilots?"
PILOTS_LAYER = "Kleur de gemeenten naar"
PILOTS_LAYERS = {"pilots": "Aantal pilots", "subsidie": "Subsidie van pilots die er begonnen"}
PILOTS_UNKNOWN_LAYER = (
    "Onbekende kaartlaag '{value}' in het webadres; het aantal pilots wordt getoond."
)
PILOTS_MAP_CAPTION = (
    "Een gemeente telt een pilot mee als die er begon, is overgenomen of eraan meedoet. "
    "De subsidie telt bij de gemeente waar de pilot begon. Oranje cirkels: waar pilots begonnen "
    "(groter is meer). Wijs een gemeente of cirkel aan voor de details."
)
PILOTS_LEGEND_COUNT = "Aantal pilots"
PILOTS_LEGEND_SUBSIDY = "Subsidie (pilots die er begonnen)"
PILOTS_LEGEND_NONE = "geen pilot"
PILOTS_LEGEND_NO_ORIGIN = "geen pilot begonnen"
PILOTS_LEGEND_UNKNOWN = "bedrag onbekend"
PILOTS_LEGEND_MARKER = "cirkel: hier begonnen pilots (groter is meer)"
PILOTS_CLASS_UP_TO = "t/m {high}"
PILOTS_TOOLTIP_PILOTS = "Pilots"
PILOTS_TOOLTIP_COUNTS = "{n} (begonnen: {origin}, overgenomen: {adopted})"
PILOTS_TOOLTIP_SUBSIDY = "Subsidie (begonnen hier)"
PILOTS_TOOLTIP_NO_ORIGIN = "geen pilot begonnen"
PILOTS_MARKER_HEADING = "{place}: herkomst van {n} pilot(s)"
PILOTS_MARKER_MORE = "en {n} meer"
PILOTS_MUNICIPALITY_COLUMNS = {
    "name": "Gemeente (district)",
    "n_pilots": "Pilots",
    "n_origin": "Begonnen",
    "n_adopted": "Overgenomen",
    "subsidy": "Subsidie",
}

PILOTS_DIFFUSION_HEADING = "Hoe verspreiden pilots zich?"
PILOTS_YEAR = "Overnames tot en met het jaar"
PILOTS_DIFFUSION_CAPTION = (
    "Tot en met {year}: {n} overname(s) van {pilots} pilot(s). Een pijl loopt van de gemeente "
    "waar de pilot begon (ster) naar de gemeente die hem overnam (cirkel, kleur is de categorie); "
    "dikke pijlen: {new} overname(s) in {year}. Schuif het jaar om de verspreiding te volgen."
)
PILOTS_DIFFUSION_NONE = "Geen overnames met een bekend jaar bij deze filters."
PILOTS_DIFFUSION_ORIGIN = "Herkomst (ster)"
PILOTS_DIFFUSION_ALT = (
    "Verspreiding van pilots tot en met {year}: {n} overnames vanuit {origins} gemeenten, "
    "getekend als pijlen tussen de gemeenten."
)
PILOTS_UNDATED_HEADING = "Overnames met onbekend jaar"
PILOTS_UNDATED_COLUMNS = {"adopter": "Naar", "origin": "Van", "pilot": "Pilot"}
PILOTS_HOVER_EDGE = "neemt {pilot} over van {origin}, sinds {date}"
PILOTS_HOVER_ORIGIN = "herkomst van {n} overgenomen pilot(s):"

PILOTS_TIMELINE_HEADING = "Tijdlijn"
PILOTS_TIMELINE_CAPTION = (
    "Elke balk is een pilot van start tot einde; kleur en woord geven de status. Een gearceerde "
    "balk heeft geen bekend einde en loopt door tot de rand. Een ruit is het moment waarop andere "
    "gemeenten de pilot overnamen. Een pilot zonder bekende start heeft geen balk."
)
PILOTS_TIMELINE_LEGEND = "Status"
PILOTS_TIMELINE_OPEN = " (einde onbekend)"
PILOTS_TIMELINE_NO_START = " · start onbekend"
PILOTS_TIMELINE_ADOPTION = "Overname door andere gemeenten"
PILOTS_TIMELINE_ALT = (
    "Tijdlijn van {n} pilots van start tot einde; {undated} zonder bekende startdatum."
)
PILOTS_HOVER_PERIOD = "Periode"
PILOTS_HOVER_STATUS = "Status"
PILOTS_HOVER_ADOPTED = "Overgenomen door {n} gemeente(n) in {date}:"
PILOTS_START_UNKNOWN = "start onbekend"
PILOTS_END_OPEN = "loopt nog of einde onbekend"
PILOTS_END_UNKNOWN = "einde onbekend"
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip

PILOTS_RESULTS_HEADING = "Resultaten per indicator"
PILOTS_INDICATOR = "Indicator"
PILOTS_INDICATOR_OPTION = "{indicator} — {n} pilot(s), {kind}"
PILOTS_INDICATOR_NUMBER = "in cijfers"
PILOTS_INDICATOR_TEXT = "in woorden"
PILOTS_UNKNOWN_INDICATOR = (
    "Onbekende indicator '{value}' in het webadres; de eerste indicator wordt getoond."
)
PILOTS_RESULTS_NONE = "Voor deze pilots zijn geen resultaten vastgelegd."
PILOTS_RESULTS_MIXED_UNITS = "Waarde (eenheid staat bij elke balk)"
PILOTS_HOVER_MEASURED = "Peildatum"
PILOTS_RESULTS_ALL = "Alle resultaten van de getoonde pilots"
PILOTS_RESULT_COLUMNS = {
    "pilot": "Pilot",
    "indicator": "Indicator",
    "value": "Waarde",
    "unit": "Eenheid",
    "value_text": "Resultaat in woorden",
    "measured_on": "Peildatum",
    "source": "Bron",
}
PILOTS_MEASURED_ON = "peildatum {date}"

PILOTS_CARD_HEADING = "Pilotkaart"
PILOTS_SELECT = "Pilot"
PILOTS_SELECT_NONE = "Kies een pilot"
PILOTS_UNKNOWN_PILOT = "Onbekende pilot '{value}' in het webadres; kies een pilot."
PILOTS_CARD_HINT = "Kies een pilot voor alles wat erover bekend is, met de bronnen."
PILOTS_CARD_DEMO = "Demodata: een fictieve pilot, geen echte gegevens."
PILOTS_CARD_FIELDS = {
    "theme": "Thema",
    "category": "Categorie",
    "status": "Status",
    "lead": "Trekker",
    "origin": "Herkomst",
    "period": "Periode",
    "subsidy": "Subsidie",
    "funders": "Financiers",
    "partners": "Partners",
    "description": "Wat",
    "note": "Toelichting",
}
PILOTS_CARD_SITES = "Gemeenten"
PILOTS_CARD_NO_SITES = "Geen gemeenten vastgelegd."
PILOTS_CARD_RESULTS = "Resultaten"
PILOTS_CARD_NO_RESULTS = "Geen resultaten vastgelegd."
PILOTS_CARD_SOURCES = "Bronnen"
PILOTS_SITE_LINE = "{role} — {date} ({n}): {names}"
PILOTS_DATE_UNKNOWN = "datum onbekend"
PILOTS_ONE_MUNICIPALITY = "1 gemeente"
PILOTS_MUNICIPALITIES = "{n} gemeenten"

PILOTS_TABLE_HEADING = "Tabel en downloads"
PILOTS_DOWNLOAD_CSV = "Download pilots (CSV)"
PILOTS_DOWNLOAD_EXCEL = "Download pilots, gemeenten en resultaten (Excel)"
PILOTS_FILE_STEM = "pilots"
PILOTS_SHEETS = {"pilots": "Pilots", "sites": "Gemeenten", "results": "Resultaten"}
PILOTS_EXPORT_COLUMNS = {
    "name": "Pilot",
    "theme": "Thema",
    "category": "Categorie",
    "status": "Status",
    "origin": "Herkomst",
    "lead_organisation": "Trekker",
    "start_date": "Start",
    "end_date": "Einde",
    "subsidy_eur": "Subsidie (€)",
    "n_adopters": "Overgenomen door (gemeenten)",
    "n_participants": "Deelnemers (gemeenten)",
    "funders": "Financiers",
    "partners": "Partners",
    "source": "Bron",
    "pilot_id": "Code",
    "is_demo": "Demodata",
}
PILOTS_SITE_COLUMNS = {
    "pilot": "Pilot",
    "municipality": "Gemeente",
    "municipality_code": "CBS-code",
    "role": "Rol",
    "since": "Sinds",
    "note": "Toelichting",
    "source": "Bron",
    "is_demo": "Demodata",
}
PILOTS_EXPORT_RESULTS = {
    "pilot": "Pilot",
    "indicator": "Indicator",
    "value": "Waarde",
    "unit": "Eenheid",
    "value_text": "Resultaat in woorden",
    "measured_on": "Peildatum",
    "source": "Bron",
    "is_demo": "Demodata",
}

# Financiering
PAGE_FUNDING = "Financiering"
FUNDING_HEADING = "Financiering van het Veiligheidsnetwerk"
FUNDING_INTRO = (
    "Van 2020 tot en met 2023 vraagt het Veiligheidsnetwerk iedere gemeente een bijdrage per "
    "inwoner per jaar; daarvoor betaalden de grootste gemeenten. Hier ziet u wat iedere gemeente "
    "en ieder district gevraagd wordt, wat is toegezegd en betaald, en of de begroting gedekt is. "
    "Kies het jaar en de kaartlaag in de zijbalk; de keuze staat in het webadres, zodat u de "
    "pagina kunt delen."
)
FUNDING_YEAR_SELECT = "Jaar"
FUNDING_UNKNOWN_YEAR = "Onbekend jaar '{value}' in het webadres; 2020 wordt getoond."
FUNDING_LAYERS = {
    "bijdrage": "Gevraagde bijdrage per gemeente",
    "bijdragestatus": "Stand van de bijdragen",
}
FUNDING_UNKNOWN_LAYER = (
    "Onbekende kaartlaag '{value}' in het webadres; de gevraagde bijdrage wordt getoond."
)
FUNDING_METRIC_EXPECTED = "Gevraagd voor {year}"
FUNDING_METRIC_EXPECTED_HELP = (
    "Som over alle gemeenten van inwoners × bijdrage per inwoner, per gemeente afgerond op "
    "hele centen."
)
FUNDING_METRIC_BUDGET = "Begroting {year}"
FUNDING_METRIC_BUDGET_HELP = "De begroting van het netwerk voor dit jaar, alle posten samen."
FUNDING_METRIC_DIFFERENCE_HELP = "Het verschil tussen de gevraagde bijdragen en de begroting."
FUNDING_METRIC_COMMITTED = "Toegezegd ({count})"
FUNDING_METRIC_COMMITTED_HELP = (
    "De gevraagde bijdrage van de gemeenten die hebben toegezegd, een factuur hebben gekregen "
    "of hebben betaald."
)
FUNDING_METRIC_PAID = "Betaald ({count})"
FUNDING_METRIC_PAID_HELP = "De betaalde bedragen volgens het register, ook deelbetalingen."
FUNDING_N_MUNICIPALITY = "1 gemeente"
FUNDING_N_MUNICIPALITIES = "{n} gemeenten"
FUNDING_OUTCOME_LABELS = {
    "tekort": "Tekort",
    "overschot": "Overschot",
    "gedekt": "Verschil",
}
FUNDING_SENTENCES = {
    "tekort": (
        "**Tekort van {difference}.** De gevraagde bijdragen voor {year} ({expected}) dekken "
        "de begroting ({budget}) niet helemaal: ze dekken {coverage} ervan."
    ),
    "overschot": (
        "**Overschot van {difference}.** De gevraagde bijdragen voor {year} ({expected}) zijn "
        "hoger dan de begroting ({budget}): {coverage} ervan."
    ),
    "gedekt": (
        "**De begroting is gedekt.** De gevraagde bijdragen voor {year} ({expected}) zijn gelijk "
        "aan de begroting ({budget})."
    ),
}
FUNDING_STATUS_SENTENCE = "Stand van de bijdragen voor {year} volgens het register: {counts}."
FUNDING_STATUS_LABELS = {
    "gevraagd": "Gevraagd",
    "toegezegd": "Toegezegd",
    "gefactureerd": "Gefactureerd",
    "betaald": "Betaald",
    "afgewezen": "Afgewezen",
    "onbekend": "Onbekend",
}
FUNDING_CATEGORY_LABELS = {
    "coördinatie": "Coördinatie",
    "communicatie/administratie": "Communicatie/administratie",
    "intelligence": "Intelligence",
    "projecten": "Projecten",
}
FUNDING_NETWORK = "Oost-Nederland"
FUNDING_COL_DISTRICT = "District"
FUNDING_COL_MUNICIPALITY = "Gemeente"
FUNDING_COL_MUNICIPALITIES = "Gemeenten"
FUNDING_COL_INHABITANTS = "Inwoners"
FUNDING_COL_ASKED = "Gevraagd"
FUNDING_COL_COMMITTED = "Toegezegd"
FUNDING_COL_PAID = "Betaald"
FUNDING_COL_PAID_ON = "Betaald op"
FUNDING_COL_STATUS = "Status"
FUNDING_COL_CATEGORY = "Post"
FUNDING_COL_BUDGET = "Begroting"
FUNDING_COL_SHARE = "Aandeel"
FUNDING_COL_COVERED = "Gedekt door bijdragen"
FUNDING_COL_DIFFERENCE = "Verschil"
FUNDING_COL_PARTNER = "Partner"
FUNDING_COL_FOR = "Voor"
FUNDING_COL_FTE = "fte"
FUNDING_COL_NOTE = "Toelichting"
FUNDING_FOR_NETWORK = "het netwerk"
FUNDING_FOR_EVERY_DISTRICT = "ieder district"
FUNDING_FTE_PER_DISTRICT = "{fte} per district"
FUNDING_MAP_CAPTION = (
    "Wijs een gemeente aan voor haar bijdrage en status. De legenda staat rechtsonder op de "
    "kaart; de tabellen ernaast en hieronder geven dezelfde cijfers."
)
FUNDING_LEGEND_AMOUNT = "Gevraagde bijdrage {year}"
FUNDING_LEGEND_STATUS = "Stand van de bijdrage {year}"
FUNDING_LEGEND_BELOW = "minder dan {bound}"
FUNDING_LEGEND_BETWEEN = "{low} tot {high}"
FUNDING_LEGEND_ABOVE = "{bound} of meer"
FUNDING_TOOLTIP_ASKED = "Gevraagd {year}"
FUNDING_TOOLTIP_STATUS = "Status {year}"
FUNDING_TOOLTIP_PAID = "Betaald"
FUNDING_DISTRICT_HEADING = "Per district, {year}"
FUNDING_STATUS_HEADING = "Per status, {year}"
FUNDING_STATUS_COUNTS_HEADING = "Stand per district, {year}: aantal gemeenten per status"
FUNDING_BUDGET_HEADING = "Begroting {year} per post"
FUNDING_BUDGET_CAPTION = (
    "De posten van de begroting (Q&A, vraag 3). 'Gedekt door bijdragen' verdeelt de gevraagde "
    "bijdragen naar rato over de posten: de Q&A zegt niet welke post een tekort opvangt."
)
FUNDING_BUDGET_ALT = "Staafdiagram van de begroting {year} per post: {parts}."
FUNDING_WHATIF_HEADING = "Wat als?"
FUNDING_WHATIF_CAPTION = (
    "Reken met een andere bijdrage per inwoner, of met groei of krimp van het aantal inwoners "
    "ten opzichte van de peildatum. Dit rekenvoorbeeld staat naast de cijfers van het register; "
    "het register zelf verandert niet."
)
FUNDING_WHATIF_RATE = "Bijdrage per inwoner (rekenvoorbeeld)"
FUNDING_WHATIF_GROWTH = "Groei van het aantal inwoners (rekenvoorbeeld)"
FUNDING_WHATIF_ROW = " "
FUNDING_WHATIF_ROWS = {
    "rate": "Bijdrage per inwoner",
    "growth": "Groei van het aantal inwoners",
    "inhabitants": "Inwoners",
    "expected": "Gevraagde bijdragen",
    "budget": "Begroting",
    "difference": "Verschil met de begroting",
}
FUNDING_WHATIF_REGISTER = "Register {year}"
FUNDING_WHATIF_SCENARIO = "Rekenvoorbeeld"
FUNDING_MUNICIPALITIES_HEADING = "Per gemeente, {year}"
FUNDING_DOWNLOAD_CSV = "Download tabel {year} (CSV)"
FUNDING_DOWNLOAD_EXCEL = "Download bijdrageoverzicht (Excel)"
FUNDING_DOWNLOAD_REAL_ONLY = "De downloads bevatten alleen de echte registers, nooit demodata."
FUNDING_FILE_STEM = "bijdrageoverzicht"
FUNDING_IN_KIND_HEADING = "Inzet in natura, {year}"
FUNDING_IN_KIND_SENTENCE = (
    "In {year}: {network} fte voor het netwerk zelf, en {districts} fte vrij in te zetten "
    "capaciteit in de districten."
)
FUNDING_FORMER_HEADING = "Financiering 2015–2019 (afgeleid)"
FUNDING_SOURCES = (
    "Bronnen. Bijdrage per inwoner: {rate}. Begroting: {budget}. Inwoners: {inhabitants} "
    "(peildatum {dates})."
)
FUNDING_CSV_COLUMNS = {
    "name": "Gemeente",
    "municipality_code": "CBS-code",
    "district": "District",
    "inhabitants": "Inwoners",
    "inhabitants_date": "Peildatum inwoners",
    "rate_eur": "Bijdrage per inwoner (€)",
    "expected_eur": "Gevraagde bijdrage (€)",
    "status": "Status",
    "paid_eur": "Betaald (€)",
    "paid_on": "Betaald op",
    "note": "Toelichting",
    "source": "Bron",
}
FUNDING_SHEET_OVERVIEW = "Bijdrageoverzicht"
FUNDING_SHEET_DISTRICTS = "Per district"
FUNDING_SHEET_NOTES = "Toelichting"
FUNDING_XLSX_LEADING = ("Gemeente", "CBS-code", "District", "Inwoners", "Peildatum inwoners")
FUNDING_XLSX_RATE = "Bijdrage per inwoner"
FUNDING_XLSX_RATE_YEAR = "Bijdrage per inwoner {year}"
FUNDING_XLSX_EXPECTED = "Gevraagd {year}"
FUNDING_XLSX_STATUS = "Status {year}"
FUNDING_XLSX_NOTE = "Toelichting"
FUNDING_XLSX_DISTRICT_TOTAL = "Totaal {district}"
FUNDING_XLSX_TOTAL = "Totaal Oost-Nederland"
FUNDING_XLSX_NOTES_SUBJECT = "Onderwerp"
FUNDING_XLSX_NOTES_VALUE = "Toelichting"
FUNDING_XLSX_NOTE_MADE = "Gemaakt op"
FUNDING_XLSX_NOTE_DEMO = "Gegevens"
FUNDING_XLSX_NOTE_DEMO_TEXT = "Alleen de echte registers; nooit demodata."
FUNDING_XLSX_NOTE_METHOD = "Berekening"
FUNDING_XLSX_NOTE_METHOD_TEXT = (
    "Gevraagde bijdrage = inwoners × bijdrage per inwoner, per gemeente afgerond op hele centen; "
    "de totalen zijn sommen van die bedragen."
)
FUNDING_XLSX_NOTE_YEAR = "Jaar {year}"
FUNDING_XLSX_NOTE_YEAR_TEXT = (
    "Bijdrage per inwoner {rate}, inwoners op {date}, begroting {budget}. Bron: {source}"
)
FUNDING_XLSX_NOTE_SOURCE = "Bron"
FUNDING_KAART_HEADING = "Bijdragen {year} per district"
FUNDING_KAART_CAPTION = (
    "Dezelfde cijfers als op de kaart. Meer over de begroting, het rekenvoorbeeld en de "
    "downloads staat op de pagina Financiering."
)
FUNDING_KAART_MUNICIPALITIES = "Bijdragen {year} per gemeente"

# Gegevensbeheer

PAGE_DATA_ADMIN = "Gegevensbeheer"
ADMIN_HEADING = "Gegevensbeheer"
ADMIN_INTRO = (
    "Hier houdt de coördinator de registers bij: overleggen, relaties, thema's, werkprogramma, "
    "pilots, begroting en bijdragen. Download het sjabloon of de huidige gegevens, werk ze bij "
    "in Excel en lees het bestand weer in. Eerst wordt alles gecontroleerd en ziet u wat er "
    "verandert; pas na uw bevestiging worden de gegevens vervangen. Elke vorige versie blijft "
    "bewaard en kan worden teruggezet."
)
ADMIN_DOWNLOADS = "Downloaden"
ADMIN_DOWNLOAD_TEMPLATE = "Leeg sjabloon (Excel)"
ADMIN_DOWNLOAD_CURRENT = "Huidige gegevens (Excel)"
ADMIN_DOWNLOAD_HELP = (
    "Eén blad per register, met keuzelijsten en een toelichting. Demodata zitten er nooit in."
)
ADMIN_TEMPLATE_FILE = "sjabloon-registers.xlsx"
ADMIN_CURRENT_FILE = "registers-{version}.xlsx"
ADMIN_ACCESS_READ_ONLY = (
    "**Alleen lezen.** Registers inlezen en versies terugzetten kan hier alleen een aangemelde "
    "coördinator, en aanmelden is voor dit dashboard nog niet ingesteld."
)
ADMIN_ENABLE_TITLE = "Zo zet de beheerder bewerken aan"
ADMIN_ENABLE_STEPS = (
    "1. Zet in `.streamlit/secrets.toml` een sectie `[auth]` met `redirect_uri` (het adres van "
    "het dashboard gevolgd door `/oauth2callback`), een lang willekeurig `cookie_secret` en de "
    "gegevens van de identiteitsprovider (OIDC): `client_id`, `client_secret` en "
    "`server_metadata_url`.\n"
    "2. Installeer het pakket Authlib (`pip install -e .` doet dat).\n"
    "3. Noem de coördinatoren met hun e-mailadres: in de omgevingsvariabele "
    "`VNON_COORDINATORS` (gescheiden door komma's) of in `secrets.toml` als "
    '`[vnon]` `coordinators = ["naam@organisatie.nl"]`.\n'
    "4. Start het dashboard opnieuw.\n\n"
    "Tot die tijd leest de beheerder bestanden in met `python -m etl validate BESTAND` en "
    "`python -m etl import BESTAND`."
)
ADMIN_MISSING = {
    "auth": "de sectie [auth] in secrets.toml ontbreekt of is onvolledig",
    "authlib": "het pakket Authlib is niet geïnstalleerd",
    "coordinators": "er zijn geen coördinatoren ingesteld (VNON_COORDINATORS)",
}
ADMIN_MISSING_NOW = "Nu ontbreekt: {missing}."
ADMIN_SIGN_IN_NEEDED = "Meld u aan als coördinator om registers in te lezen of terug te zetten."
ADMIN_SIGN_IN = "Aanmelden"
ADMIN_SIGN_IN_FAILED = (
    "Aanmelden lukt nu niet; de instellingen voor aanmelden zijn niet compleet. "
    "Neem contact op met de beheerder."
)
ADMIN_NOT_COORDINATOR = (
    "U bent aangemeld als {user}, maar dat adres staat niet in de lijst van coördinatoren. "
    "U kunt de gegevens bekijken en downloaden, niet wijzigen."
)
ADMIN_SIGNED_IN = "Aangemeld als coördinator: {user}."
ADMIN_SIGN_OUT = "Afmelden"
ADMIN_UPLOAD_HEADING = "Registers inlezen"
ADMIN_UPLOAD = "Kies een Excel-werkmap (.xlsx) of een CSV-bestand"
ADMIN_UPLOAD_HELP = (
    "Een werkmap met één blad per register (zoals het sjabloon), of een CSV met één register "
    "(herkend aan de kolomkoppen of de bestandsnaam). CSV mag ';' of ',' als scheidingsteken "
    "hebben, een decimale komma, en UTF-8 of Windows-1252 (zoals Excel opslaat). "
    "Hoogstens {megabytes} MB."
)
ADMIN_CHECKING = "Het bestand wordt gecontroleerd…"
ADMIN_RECOGNISED = "Gelezen: {found}."
ADMIN_REJECTED = (
    "**Het bestand is afgekeurd: {count} fout(en).** Er is niets gewijzigd. Verbeter de cellen "
    "hieronder (rijnummers zoals Excel ze toont) en lees het bestand opnieuw in."
)
ADMIN_PROBLEM_COLUMNS = {
    "file": "Bestand",
    "sheet": "Blad",
    "rows": "Rij",
    "column": "Kolom",
    "value": "Waarde",
    "message": "Wat is er mis",
}
ADMIN_NO_CHANGES = (
    "Het bestand is in orde en gelijk aan de registers in gebruik: er verandert niets."
)
ADMIN_CHECKED = "**Het bestand is in orde.** Dit verandert er (vergeleken met {base}):"
ADMIN_SEED = "de startgegevens"
ADMIN_DIFF_COLUMNS = {
    "label": "Register",
    "added": "Toegevoegd",
    "changed": "Gewijzigd",
    "removed": "Verwijderd",
}
ADMIN_DIFF_DETAILS = "{label}: {added} toegevoegd, {changed} gewijzigd, {removed} verwijderd"
ADMIN_UNCHANGED = "Ongewijzigd: {labels}."
ADMIN_DIFF_ADDED = "Toegevoegd"
ADMIN_DIFF_CHANGED = "Gewijzigd"
ADMIN_DIFF_REMOVED = "Verwijderd"
ADMIN_CHANGE_COLUMNS = {"key": "Regel", "column": "Kolom", "old": "Was", "new": "Wordt"}
ADMIN_CONFIRM = "Ik heb de wijzigingen bekeken en wil ze doorvoeren"
ADMIN_APPLY = "Wijzigingen toepassen"
ADMIN_APPLYING = "Bezig met toepassen…"
ADMIN_STEPS = {
    "controle": "De versie wordt gecontroleerd…",
    "versie": "Nieuwe versie van de registers wordt geschreven…",
    "marts": "De gegevens van het dashboard worden opnieuw opgebouwd…",
}
ADMIN_APPLIED = "Klaar: versie {version} is in gebruik. Het dashboard toont de nieuwe gegevens."
ADMIN_APPLIED_NO_BUILD = (
    "Versie {version} is in gebruik, maar het dashboard kon niet opnieuw worden opgebouwd: "
    "{error} Het wordt bij de volgende start opnieuw geprobeerd."
)
ADMIN_DONE = "Klaar."
ADMIN_HISTORY_HEADING = "Geschiedenis"
ADMIN_HISTORY_CAPTION = (
    "Elke versie van de registers, de nieuwste bovenaan. Het controlegetal (SHA-256) laat zien "
    "of twee versies gelijk zijn en of een bewaarde versie onaangetast is."
)
ADMIN_HISTORY_COLUMNS = {
    "name": "Versie",
    "current": "In gebruik",
    "created_at": "Tijdstip",
    "action": "Handeling",
    "source": "Bron",
    "user": "Door",
    "changes": "Wijzigingen",
    "rows": "Regels",
    "checksum": "Controlegetal",
}
ADMIN_CURRENT_MARK = "✓ in gebruik"
ADMIN_HISTORY_CHANGES = "{added} toegevoegd, {changed} gewijzigd, {removed} verwijderd"
ADMIN_SEED_NAME = "start"
ADMIN_ROLLBACK_HEADING = "Een eerdere versie terugzetten"
ADMIN_ROLLBACK_SELECT = "Versie"
ADMIN_ROLLBACK_PREVIEW = "Terugzetten naar {version} verandert dit:"
ADMIN_ROLLBACK_CONFIRM = "Ik wil versie {version} terugzetten"
ADMIN_ROLLBACK = "Terugzetten"
ADMIN_ROLLBACK_NONE = "Er is nog geen eerdere versie om terug te zetten."
ADMIN_ROLLED_BACK = "Klaar: versie {restored} is teruggezet als versie {version}."
ADMIN_BUSY = (
    "Er loopt al een import of terugzetting. Probeer het over een minuut opnieuw; er is niets "
    "gewijzigd."
)
ADMIN_RECOVERED = "Bij het openen is een onderbroken bewerking opgeruimd: {note}"
ADMIN_REBUILT = (
    "De gegevens van het dashboard liepen achter op de registers en zijn opnieuw opgebouwd."
)
