"""Texts of the page Kaart and of the map layers."""

from __future__ import annotations

MAP_HEADING = "Kaart van de districten"
MAP_CAPTION = (
    "Klik op een gemeente om haar te kiezen, op een districtsgrens voor het district, of kies in "
    "de zijbalk. De keuze staat in het webadres, zodat u de kaart kunt delen."
)
MAP_SOURCES = (
    "Bronnen: grenzen: {boundaries}. Gemeenten en inwoners: {inhabitants}. "
    "Districten: {districts}. Gegevens gebouwd op {moment}."
)
MAP_SOURCE_DATED = "{source} (peildatum {date})"
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
    "pilots": "Pilots per jaar",
}
# The layers through time: a year slider on the page, the year in the URL (`?jaar=`).
MAP_YEAR_SLIDER = "Jaar op de kaart (pijltoetsen: vorig of volgend jaar)"
MAP_YEAR_SHOWN = "De kaart toont {what} in {year}."
MAP_YEAR_WHAT = {
    "bijdrage": "de gevraagde bijdrage per gemeente",
    "bijdragestatus": "de stand van de bijdragen",
    "pilots": "de pilots die toen liepen en waar",
}
MAP_YEAR_ONLY_ONE = (
    "Deze kaartlaag heeft alleen gegevens voor {year}; er is geen ander jaar te kiezen."
)
MAP_YEAR_NONE = (
    "Van geen enkele pilot is bekend sinds wanneer hij loopt; de kaart kan ze niet per jaar "
    "tonen en toont alle pilots waar ze bekend zijn, zonder jaar."
)
MAP_PILOTS_UNDATED_LEGEND = "Pilots (jaar onbekend)"
MAP_PILOTS_NONE_AT_ALL = "Het register kent geen pilots in deze keuze."
MAP_PILOTS_LEGEND = "Pilots in {year}"
MAP_PILOTS_UNDATED = (
    "Niet op de kaart, omdat het jaar niet bekend is: {pilots} zonder startdatum of overname "
    "met datum, {sites} zonder datum 'sinds'. Ze staan op de pagina Pilots."
)
MAP_PILOTS_NONE = "Geen pilots in {year} waarvan het register het jaar kent, in deze keuze."
MAP_PILOTS_SOURCE = (
    "Bron: de registers Pilots en Pilotlocaties (startdatum, einddatum, sinds); de bron van elke "
    "pilot staat op zijn pilotkaart op de pagina Pilots."
)
MAP_PILOTS_SITE_WORDS = ("plaats", "plaatsen")
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
MAP_TABLE_ONE = "Gemeenten in {district}"
MAP_UNKNOWN_OVERLAY = "Onbekende kaartlaag '{value}' in het webadres; de districten worden getoond."
MAP_SUMMARY = "{district}: {n} gemeenten, {inhabitants} inwoners."
MAP_ZOOM_IN = "Inzoomen"
MAP_ZOOM_OUT = "Uitzoomen"
MAP_LEAFLET_TITLE = "Een JavaScript-bibliotheek voor interactieve kaarten"
MAP_REGION_LABEL = (
    "Kaart. Pijltoetsen verschuiven de kaart, plus en min zoomen in en uit; met Tab gaat u langs "
    "de gemeenten."
)
MAP_SKIP_LINK = "Kaart overslaan"
MAP_NO_LEAFLET = (
    "De kaart kan niet getekend worden: de kaartbibliotheek Leaflet ontbreekt op de server. "
    "De beheerder zet haar terug met `make setup`."
)
MAP_NO_SHAPES = (
    "De kaart kan niet getekend worden: de grenzen van de gemeenten ontbreken in de gegevens. "
    "De beheerder bouwt ze opnieuw met `make data`."
)
# The table beside the map, as the project's Dutch files (Streamlit's English toolbar is hidden).
MAP_TABLE_DOWNLOAD_CSV = "Download gemeenten (CSV)"
MAP_TABLE_DOWNLOAD_EXCEL = "Download gemeenten (Excel)"
MAP_TABLE_FILE_STEM = "gemeenten"
