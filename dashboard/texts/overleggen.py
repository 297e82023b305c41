"""Texts of the page Overleggen."""

from __future__ import annotations

BODIES_HEADING = "Overleggen en hoe ze samenhangen"
BODIES_INTRO = (
    "De overleggen van het Veiligheidsnetwerk, van landelijk tot lokaal: wie geeft opdracht aan "
    "wie, wie stuurt aan, wie stemt af. Filter in de zijbalk; de filters en het gekozen overleg "
    "staan in het webadres, zodat u deze weergave kunt delen."
)
BODIES_GRAPH_CAPTION = (
    "Van boven naar beneden: landelijk, regionaal, district, lokaal. Een pijl wijst van het "
    "overleg dat de relatie aangaat naar het andere overleg. Kies een overleg in de zijbalk "
    "(Overleg) om het en zijn relaties in het netwerk te markeren en de volledige beschrijving "
    "te zien."
)
BODIES_GRAPH_ALT = (
    "Het netwerk toont {bodies} en {relations}, per niveau geordend; de relaties staan "
    "hieronder ook in tabelvorm."
)
BODIES_SUMMARY = "{shown} van de {total} overleggen getoond, met {relations}."
BODY_NOUNS = ("overleg", "overleggen")
RELATION_NOUNS = ("relatie", "relaties")
SUMMARY_RELATION_NOUNS = ("onderlinge relatie", "onderlinge relaties")
RELATIONS_HEADING = "Relaties in tabelvorm"
RELATIONS_INTRO = (
    "Dezelfde relaties als in het netwerk, met dezelfde filters: van welk overleg, welke "
    "relatie, naar welk overleg, met de toelichting en de bron uit het register. Klik op een "
    "kolomkop om te sorteren."
)
RELATIONS_NONE = "Tussen de getoonde overleggen zijn geen relaties vastgelegd."
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
BODIES_CARD_HEADING = "Het gekozen overleg"
BODIES_TABLES_HEADING = "De getoonde overleggen in tabellen"
BODIES_CARD_HINT = "Kies een overleg in de zijbalk (Overleg) voor de details."
BODIES_UNKNOWN_VALUE = "onbekend"
BODIES_WHOLE_REGION = "hele regio"  # the district column of a regional body
BODIES_KIND_UNKNOWN = "Aard onbekend"
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
GRAPH_HOVER_RELATIONS = "Relaties: {outgoing} vanuit, {incoming} naar dit overleg"
GRAPH_EDGE_HOVER = "{source} {relation} {target}"
# A bundle: one rail through a row of bodies that each have the same relation (graph_bundles).
GRAPH_BUNDLE_HOVER = "Ieder van deze {count} overleggen {relation} {target}: {members}"
GRAPH_LEGEND_RAIL = (
    "Grijze lijn door een rij: de pijl vanaf de stip aan het eind geldt voor ieder op die lijn"
)
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
# Node labels in the network: long, recurring name parts shortened (the hover shows the full name).
GRAPH_LABEL_ABBREVIATIONS = {
    "Districtelijk Veiligheidsoverleg": "DVO",
    "Regionaal Veiligheidsoverleg": "RVO",
    "Ambtelijk districtsnetwerk": "Districtsnetwerk",
}
