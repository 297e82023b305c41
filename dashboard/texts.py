"""Every visible string of the dashboard, in Dutch, in one place."""

from __future__ import annotations

APP_TITLE = "Veiligheidslandschap Oost-Nederland"
APP_ICON = ":material/shield:"
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

DATA_ERROR_TITLE = "De gegevens zijn niet beschikbaar."
UNEXPECTED_ERROR = (
    "Er ging iets mis bij het tonen van deze pagina. Probeer het opnieuw of neem contact op met "
    "de beheerder van het dashboard."
)
