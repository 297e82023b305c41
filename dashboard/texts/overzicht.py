"""Texts of the page Overzicht."""

from __future__ import annotations

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
SOURCE_COLUMNS = {"table": "Gegevens", "source": "Bron", "reference_date": "Peildatum"}
SOURCE_TABLE_MUNICIPALITIES = "Gemeenten en inwoners"
SOURCE_TABLE_DISTRICTS = "Districten"
